package com.offerbook.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account's authenticator app: the shared secret and the last 30-second step whose code was accepted. No
 * {@code @Version}: the only change after creation is that step, moved by one conditional update
 * ({@link TotpRepository#claimStep}) that two sign-ins at once cannot both win.
 */
@Entity
@Table(name = "account_totp")
class TotpAuthenticator {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "secret", nullable = false, length = 64)
    private String secret = "";

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected TotpAuthenticator() {
        // for JPA
    }

    TotpAuthenticator(long accountId, String secret, long lastUsedStep, Instant createdAt) {
        this.accountId = accountId;
        this.secret = secret;
        this.lastUsedStep = lastUsedStep;
        this.createdAt = createdAt;
    }

    long getAccountId() {
        return accountId;
    }

    String getSecret() {
        return secret;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof TotpAuthenticator that && accountId == that.accountId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
