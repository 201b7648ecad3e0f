package com.offerbook.comp.tax;

import com.offerbook.comp.Money;
import com.offerbook.tax.TaxProfileJson;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** The seeded profiles of {@code /tax/profiles.json}, by key, and the calculator on them. */
final class Seeded {

    static final List<TaxProfile> ALL = TaxProfileJson.seeded();

    private Seeded() {}

    static TaxProfile profile(String key) {
        return ALL.stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No seeded profile " + key));
    }

    static List<TaxProfile> stack(String... keys) {
        return Arrays.stream(keys).map(Seeded::profile).toList();
    }

    static TaxResult usd(long gross, String... keys) {
        return TaxCalculator.compute(Money.of(gross, Currency.getInstance("USD")), stack(keys));
    }

    static TaxResult gbp(long gross, String... keys) {
        return TaxCalculator.compute(Money.of(gross, Currency.getInstance("GBP")), stack(keys));
    }
}
