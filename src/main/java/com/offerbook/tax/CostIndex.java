package com.offerbook.tax;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A user's own cost-of-living index for one region: 100 is their baseline. */
@Entity
@Table(name = "cost_index")
class CostIndex {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "region", nullable = false)
    private String region = "";

    @Column(name = "index_value", nullable = false, precision = 7, scale = 2)
    private BigDecimal value = BigDecimal.ZERO;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf = LocalDate.EPOCH;

    @Column(name = "source", nullable = false)
    private String source = "";

    protected CostIndex() {
        // for JPA
    }

    CostIndex(long userId, String region) {
        this.userId = userId;
        this.region = region;
    }

    void apply(CostOfLiving entry) {
        this.value = entry.index();
        this.asOf = entry.asOf();
        this.source = entry.source();
    }

    CostOfLiving toRecord() {
        return new CostOfLiving(region, value, asOf, source);
    }
}
