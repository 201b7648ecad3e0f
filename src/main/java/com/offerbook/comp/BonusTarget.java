package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.Objects;

/** The target annual bonus, stated either as an amount or as a percentage of base salary. */
public record BonusTarget(Kind kind, BigDecimal value) {

    public enum Kind {
        AMOUNT("Target bonus", "An amount"),
        PERCENT_OF_BASE("Target bonus (% of base)", "% of base salary");

        private final String fieldLabel;
        private final String label;

        Kind(String fieldLabel, String label) {
            this.fieldLabel = fieldLabel;
            this.label = label;
        }

        /** The label of the bonus field while the bonus is stated this way. */
        public String fieldLabel() {
            return fieldLabel;
        }

        /** How the bonus is stated, as a choice. */
        public String label() {
            return label;
        }
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

    /** "Target bonus", or "Target bonus (15 % of base)" when it is a percentage. */
    public String label() {
        return kind == Kind.AMOUNT
                ? kind.fieldLabel()
                : "Target bonus (" + value.stripTrailingZeros().toPlainString() + " % of base)";
    }

    public Money annual(Money base) {
        return kind == Kind.AMOUNT ? new Money(value, base.currency()) : base.percent(value);
    }
}
