package com.offerbook.accounts;

import com.offerbook.base.Limits;
import com.offerbook.comp.AmountText;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Display settings: the currency comparisons are shown in, whether the dark theme is on, and the number format amounts
 * are read and written in ({@code numberFormat}: a language tag of {@link AmountText#SUPPORTED}, or null for the
 * browser's).
 */
public record Preferences(
        String displayCurrency, boolean darkTheme, @Nullable String numberFormat) {

    public Preferences {
        if (!Limits.CURRENCIES.contains(displayCurrency)) {
            throw new IllegalArgumentException("Unknown display currency " + displayCurrency);
        }
        if (numberFormat != null
                && AmountText.SUPPORTED.stream()
                        .noneMatch(l -> l.toLanguageTag().equals(numberFormat))) {
            throw new IllegalArgumentException("Unknown number format " + numberFormat);
        }
    }

    public Preferences(String displayCurrency, boolean darkTheme) {
        this(displayCurrency, darkTheme, null);
    }

    public static Preferences defaults() {
        return new Preferences("USD", false, null);
    }

    public Preferences withDisplayCurrency(String code) {
        return new Preferences(code, darkTheme, numberFormat);
    }

    public Preferences withDarkTheme(boolean on) {
        return new Preferences(displayCurrency, on, numberFormat);
    }

    /** {@code locale} one of {@link AmountText#SUPPORTED}, or null for the browser's. */
    public Preferences withNumberFormat(@Nullable Locale locale) {
        return new Preferences(displayCurrency, darkTheme, locale == null ? null : locale.toLanguageTag());
    }

    /** The chosen number format; empty for the browser's. */
    public Optional<Locale> numberLocale() {
        return Optional.ofNullable(numberFormat).map(Locale::forLanguageTag);
    }
}
