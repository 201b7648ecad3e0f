package com.offerbook.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One single-use recovery code of an account, as its SHA-256 hash only; deleted when used. Never changed. */
@Entity
@Table(name = "account_recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash = "";

    protected RecoveryCode() {
        // for JPA
    }

    RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof RecoveryCode that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return RecoveryCode.class.hashCode();
    }
}
