package com.offerbook.tax;

import com.offerbook.comp.tax.FilingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's filing status and the tax year their figures are computed for. */
@Entity
@Table(name = "tax_setting")
class TaxSetting {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_status", nullable = false)
    private FilingStatus filingStatus = FilingStatus.SINGLE;

    @Column(name = "tax_year", nullable = false)
    private int taxYear;

    protected TaxSetting() {
        // for JPA
    }

    TaxSetting(long userId) {
        this.userId = userId;
    }

    TaxSettings toRecord() {
        return new TaxSettings(filingStatus, taxYear);
    }

    void apply(TaxSettings settings) {
        this.filingStatus = settings.filingStatus();
        this.taxYear = settings.taxYear();
    }
}
