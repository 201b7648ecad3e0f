package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.Objects;

/** The target annual bonus, stated either as an amount or as a percentage of base salary. */
public record BonusTarget(Kind kind, BigDecimal value) {

    public enum Kind {
        AMOUNT,
        PERCENT_OF_BASE
    }

    public BonusTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A bonus cannot be negative");
        }
        if (kind == Kind.PERCENT_OF_BASE && value.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("A bonus of more than 1000 % of base is not plausible");
        }
    }

    public static BonusTarget none() {
        return new BonusTarget(Kind.AMOUNT, BigDecimal.ZERO);
    }

    public Money annual(Money base) {
        return kind == Kind.AMOUNT ? new Money(value, base.currency()) : base.percent(value);
    }
}
