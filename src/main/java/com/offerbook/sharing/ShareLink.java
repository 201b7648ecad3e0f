package com.offerbook.sharing;

import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A read-only share link (V030): what it shows, whose it is, and its token's hash, never the token. */
@Entity
@Table(name = "share_link")
class ShareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long ownerId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ShareKind kind = ShareKind.OFFER;

    @Column(name = "offer_ids", nullable = false, length = 200)
    private String offerIds = "";

    @Column(name = "include_stay", nullable = false)
    private boolean includeStay;

    @Enumerated(EnumType.STRING)
    @Column(name = "figure", length = 24)
    private @Nullable Figure figure;

    @Column(name = "horizon_years")
    private @Nullable Integer horizonYears;

    @Column(name = "label", nullable = false, length = SharingService.LABEL_MAX)
    private String label = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_opened_at")
    private @Nullable Instant lastOpenedAt;

    @Column(name = "open_count", nullable = false)
    private int openCount;

    protected ShareLink() {
        // for JPA
    }

    ShareLink(long ownerId, String tokenHash, ShareTarget target, String label, Instant now, Instant expiresAt) {
        this.ownerId = ownerId;
        this.tokenHash = tokenHash;
        this.kind = target.kind();
        this.offerIds = target.offerIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.includeStay = target.stay();
        var choice = target.choice();
        this.figure = choice == null ? null : choice.figure();
        this.horizonYears = choice == null ? null : choice.horizonYears();
        this.label = label.length() > SharingService.LABEL_MAX ? label.substring(0, SharingService.LABEL_MAX) : label;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    ShareTarget target() {
        var ids = offerIds.isEmpty()
                ? List.<Long>of()
                : Arrays.stream(offerIds.split(",")).map(Long::valueOf).toList();
        var choice = figure == null || horizonYears == null ? null : new FigureChoice(figure, horizonYears);
        return new ShareTarget(kind, ids, includeStay, choice);
    }

    SharedLink.State state(Instant now) {
        if (revokedAt != null) {
            return SharedLink.State.REVOKED;
        }
        return now.isBefore(expiresAt) ? SharedLink.State.ACTIVE : SharedLink.State.EXPIRED;
    }

    SharedLink toRecord(Instant now) {
        return new SharedLink(
                Objects.requireNonNull(id),
                kind,
                label,
                createdAt,
                expiresAt,
                revokedAt,
                lastOpenedAt,
                openCount,
                state(now));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void opened(Instant now) {
        lastOpenedAt = now;
        openCount++;
    }

    long getOwnerId() {
        return ownerId;
    }

    @Nullable
    Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ShareLink link && id != null && id.equals(link.id));
    }

    @Override
    public int hashCode() {
        return ShareLink.class.hashCode();
    }
}
