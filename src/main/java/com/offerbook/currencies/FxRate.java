package com.offerbook.currencies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored exchange rate: US dollars per unit of a currency, with its date and source. */
@Entity
@Table(name = "fx_rate")
class FxRate {

    @Id
    @Column(name = "currency", length = 3)
    private String currency = "USD";

    @Column(name = "usd_per_unit", nullable = false, precision = 19, scale = 8)
    private BigDecimal usdPerUnit = BigDecimal.ONE;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf = LocalDate.EPOCH;

    @Column(name = "source", nullable = false, length = 200)
    private String source = "";

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FxRate() {
        // for JPA
    }

    void update(BigDecimal usdPerUnit, LocalDate asOf, String source) {
        this.usdPerUnit = usdPerUnit;
        this.asOf = asOf;
        this.source = source;
    }

    String getCurrency() {
        return currency;
    }

    BigDecimal getUsdPerUnit() {
        return usdPerUnit;
    }

    LocalDate getAsOf() {
        return asOf;
    }

    String getSource() {
        return source;
    }
}
