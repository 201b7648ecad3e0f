package com.offerbook.accounts;

import java.util.List;

/** Display settings: the currency comparisons are shown in, and whether the dark theme is on. */
public record Preferences(String displayCurrency, boolean darkTheme) {

    public static final List<String> CURRENCIES = List.of("USD", "GBP", "EUR", "CAD", "CHF");

    public Preferences {
        if (!CURRENCIES.contains(displayCurrency)) {
            throw new IllegalArgumentException("Unknown display currency " + displayCurrency);
        }
    }

    public static Preferences defaults() {
        return new Preferences("USD", false);
    }
}
