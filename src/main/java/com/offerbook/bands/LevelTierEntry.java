package com.offerbook.bands;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One company's level in a level tier: levels in the same tier are comparable across companies (e.g. Google L5
 * and Meta IC5). An empty level label stands for the company's whole role in that tier.
 */
@Entity
@Table(name = "level_tier_entry")
class LevelTierEntry {

    @Id
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "tier_id", nullable = false)
    private long tierId;

    @Column(name = "company", nullable = false)
    private String company = "";

    @Column(name = "level_label", nullable = false)
    private String levelLabel = "";

    protected LevelTierEntry() {
        // for JPA
    }

    long getTierId() {
        return tierId;
    }

    String getCompany() {
        return company;
    }

    String getLevelLabel() {
        return levelLabel;
    }
}
