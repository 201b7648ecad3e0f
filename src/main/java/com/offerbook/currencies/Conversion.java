package com.offerbook.currencies;

import com.offerbook.comp.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A converted amount and how: the rate used (target per source unit), its date and its source. */
public record Conversion(Money original, Money converted, BigDecimal rate, LocalDate asOf, String source) {

    public boolean isIdentity() {
        return original.currency().equals(converted.currency());
    }

    /** "1 GBP = 1.27 USD (rate of Nov 1, 2026; source …)" */
    public String explanation() {
        return "1 %s = %s %s (rate of %s; %s)"
                .formatted(
                        original.currency().getCurrencyCode(),
                        rate.setScale(4, java.math.RoundingMode.HALF_EVEN)
                                .stripTrailingZeros()
                                .toPlainString(),
                        converted.currency().getCurrencyCode(),
                        asOf,
                        source);
    }
}
