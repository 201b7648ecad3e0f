package com.offerbook.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A reason to ask for more, as a percentage range. Shared (owner null, seeded) or the user's own. */
@Entity
@Table(name = "premium_lever")
class PremiumLever {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    @Column(name = "name", nullable = false, length = 80)
    private String name = "";

    @Column(name = "low_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal lowPercent = BigDecimal.ZERO;

    @Column(name = "high_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal highPercent = BigDecimal.ZERO;

    @Column(name = "rationale", nullable = false, length = 300)
    private String rationale = "";

    @Column(name = "source", nullable = false, length = 200)
    private String source = "";

    protected PremiumLever() {
        // for JPA
    }

    PremiumLever(long ownerId, String name, BigDecimal lowPercent, BigDecimal highPercent, String rationale) {
        this.ownerId = ownerId;
        this.name = name;
        this.lowPercent = lowPercent;
        this.highPercent = highPercent;
        this.rationale = rationale;
    }

    Lever toRecord() {
        return new Lever(Objects.requireNonNull(id), name, lowPercent, highPercent, rationale, ownerId == null);
    }
}
