package com.offerbook.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's private calendar feed: only the SHA-256 hash of its token is kept (base.SecretTokens). */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected CalendarFeed() {
        // for JPA
    }

    CalendarFeed(long ownerId, String tokenHash, Instant createdAt) {
        this.ownerId = ownerId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    long getOwnerId() {
        return ownerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof CalendarFeed that && ownerId == that.ownerId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ownerId);
    }
}
