package com.offerbook.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A local account's link to one person at one OpenID Connect provider: the provider's issuer and the subject it gives
 * that person. Sign-in through the provider finds the account by this pair only ({@link SsoAccounts}).
 */
@Entity
@Table(name = "sso_identity")
public class SsoIdentity {

    static final int ISSUER_MAX_LENGTH = 512;
    static final int SUBJECT_MAX_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "issuer", nullable = false, length = ISSUER_MAX_LENGTH)
    private String issuer = "";

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected SsoIdentity() {
        // for JPA
    }

    SsoIdentity(long accountId, String issuer, String subject, Instant createdAt) {
        this.accountId = accountId;
        this.issuer = issuer;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    long getAccountId() {
        return accountId;
    }
}
