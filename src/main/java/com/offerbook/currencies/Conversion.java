package com.offerbook.currencies;

import com.offerbook.comp.Money;

/** A converted amount and the rate it was converted with (see {@link ExchangeRate#conversion}). */
public record Conversion(Money original, Money converted, ExchangeRate rate) {

    public boolean isIdentity() {
        return rate.isIdentity();
    }

    /** "1 GBP = 1.27 USD (rate of 2026-11-01; source …)" */
    public String explanation() {
        return rate.explanation();
    }
}
