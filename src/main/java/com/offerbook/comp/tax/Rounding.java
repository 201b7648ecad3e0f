package com.offerbook.comp.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the authority rounds: every line of the breakdown (the tax in one band, one flat rate, one credit) is rounded to
 * {@code scale} decimals with {@code mode}; totals are sums of rounded lines, so the breakdown always adds up.
 *
 * @param rule the authority's rule in words, shown with the figures
 */
public record Rounding(int scale, RoundingMode mode, String rule) {

    public static final Rounding CENTS = new Rounding(2, RoundingMode.HALF_UP, "to the cent, half up");

    public Rounding {
        if (scale < 0 || scale > 4) {
            throw new IllegalArgumentException("Rounding scale must be between 0 and 4 decimals: " + scale);
        }
        rule = rule == null ? "" : rule.strip();
    }

    BigDecimal apply(BigDecimal amount) {
        return amount.setScale(scale, mode);
    }
}
