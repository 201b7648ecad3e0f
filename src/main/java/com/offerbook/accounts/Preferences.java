package com.offerbook.accounts;

import com.offerbook.base.Limits;

/** Display settings: the currency comparisons are shown in, and whether the dark theme is on. */
public record Preferences(String displayCurrency, boolean darkTheme) {

    public Preferences {
        if (!Limits.CURRENCIES.contains(displayCurrency)) {
            throw new IllegalArgumentException("Unknown display currency " + displayCurrency);
        }
    }

    public static Preferences defaults() {
        return new Preferences("USD", false);
    }
}
