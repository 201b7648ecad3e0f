package com.offerbook.tax;

import com.offerbook.comp.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * The user's own cost-of-living index for a region, dated and sourced like an exchange rate: 100 is their baseline, 150
 * means living there costs half as much again. Offerbook ships no index; every figure made with one says it is the
 * user's.
 */
public record CostOfLiving(String region, BigDecimal index, LocalDate asOf, String source) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What {@code takeHome} buys at the baseline: take-home × 100 / index. */
    public Money purchasingPower(Money takeHome) {
        return new Money(takeHome.amount().multiply(HUNDRED).divide(index, MathContext.DECIMAL64), takeHome.currency())
                .rounded();
    }

    /** "your index 150 for Seattle, as of Nov 1, 2026 (source)" */
    public String describe(String date) {
        return "your index " + index.stripTrailingZeros().toPlainString() + " for " + region + ", as of " + date
                + (source.isBlank() ? "" : " (" + source + ")");
    }
}
