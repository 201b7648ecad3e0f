package com.offerbook.tax;

import com.offerbook.comp.tax.FilingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a place's tax rules for a tax year: the profile's document (docs/tax.md) with the columns it is
 * looked up by. Never changed once written; an administrator's change is a new version.
 */
@Entity
@Table(name = "tax_profile")
class StoredProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "profile_key", nullable = false, updatable = false)
    private String key = "";

    @Column(name = "tax_year", nullable = false, updatable = false)
    private int taxYear;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "jurisdiction", nullable = false, updatable = false)
    private String jurisdiction = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_status", updatable = false)
    private @Nullable FilingStatus filingStatus;

    @Column(name = "document", nullable = false, updatable = false)
    private String document = "";

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy = "";

    protected StoredProfile() {
        // for JPA
    }

    StoredProfile(
            String key,
            int taxYear,
            int version,
            String jurisdiction,
            @Nullable FilingStatus filingStatus,
            String document,
            Instant changedAt,
            String changedBy) {
        this.key = key;
        this.taxYear = taxYear;
        this.version = version;
        this.jurisdiction = jurisdiction;
        this.filingStatus = filingStatus;
        this.document = document;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    String key() {
        return key;
    }

    int taxYear() {
        return taxYear;
    }

    int version() {
        return version;
    }

    String jurisdiction() {
        return jurisdiction;
    }

    @Nullable
    FilingStatus filingStatus() {
        return filingStatus;
    }

    String document() {
        return document;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }
}
