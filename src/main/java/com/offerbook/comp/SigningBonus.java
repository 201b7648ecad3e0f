package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A signing bonus paid in year 1, repayable if you leave within {@code clawbackMonths}: in full, or pro-rated
 * by the months not yet served.
 */
public record SigningBonus(Money amount, int clawbackMonths, boolean proRated) {

    public SigningBonus {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A signing bonus cannot be negative");
        }
        if (clawbackMonths < 0 || clawbackMonths > 120) {
            throw new IllegalArgumentException("The clawback period must be 0 to 120 months");
        }
    }

    public static SigningBonus none(java.util.Currency currency) {
        return new SigningBonus(Money.zero(currency), 0, false);
    }

    /** What you would repay when leaving after {@code months} months. */
    public Money exposureAfter(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("Months cannot be negative");
        }
        if (months >= clawbackMonths) {
            return Money.zero(amount.currency());
        }
        if (!proRated) {
            return amount;
        }
        return amount.times(BigDecimal.valueOf(clawbackMonths - months)).dividedBy(BigDecimal.valueOf(clawbackMonths));
    }
}
