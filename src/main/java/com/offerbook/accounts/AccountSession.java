package com.offerbook.accounts;

import com.offerbook.base.Limits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One signed-in session of an account, for "Your sessions". Deleting the row ends the session at its next request.
 * No {@code @Version}: the one change, the last-active time, is a plain update whose last writer may win.
 */
@Entity
@Table(name = "account_session")
class AccountSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "device", nullable = false, length = Limits.SESSION_DEVICE_MAX)
    private String device = "";

    @Column(name = "address", nullable = false, length = Limits.SESSION_ADDRESS_MAX)
    private String address = "";

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt = Instant.EPOCH;

    protected AccountSession() {
        // for JPA
    }

    AccountSession(long accountId, String device, String address, Instant startedAt) {
        this.accountId = accountId;
        this.device = device;
        this.address = address;
        this.startedAt = startedAt;
        this.lastActiveAt = startedAt;
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    String getDevice() {
        return device;
    }

    String getAddress() {
        return address;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getLastActiveAt() {
        return lastActiveAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof AccountSession that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return AccountSession.class.hashCode();
    }
}
