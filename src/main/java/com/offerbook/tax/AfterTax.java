package com.offerbook.tax;

import com.offerbook.comp.Money;
import com.offerbook.comp.tax.TaxResult;
import com.offerbook.currencies.ExchangeRate;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a package leaves after tax where it is taxed, or why there is no estimate. An estimate for one wage income
 * with no other income and no other deductions; not tax advice.
 */
public sealed interface AfterTax {

    /** The words every after-tax figure carries. */
    String DISCLAIMER = "An estimate for a single income with no other income or deductions; not tax advice.";

    /** No estimate: the region has no tax profile, or none for the user's tax year and filing status. */
    record NoProfile(String region, String reason) implements AfterTax {}

    /**
     * @param taxedAs the region whose profiles apply (the offer's own, or the one chosen for it)
     * @param profiles the titles of the profiles used, each naming its year and version
     * @param conversion the rate the gross was converted with when the profiles' currency is not the package's, else
     *     null; every figure of the results is in the profiles' currency
     * @param recurring tax on the recurring pay (base, target bonus, a year of equity)
     * @param years tax on each year's figures, year 1 first (the signing bonus in the year it is paid, equity as it
     *     vests), all under the rules of {@code settings.taxYear()}
     * @param equityNote how the package's kind of equity is taxed here, in words
     * @param costOfLiving the user's own index for the region, when they entered one
     */
    record Estimate(
            String taxedAs,
            TaxSettings settings,
            List<String> profiles,
            @Nullable ExchangeRate conversion,
            TaxResult recurring,
            List<TaxResult> years,
            String equityNote,
            @Nullable CostOfLiving costOfLiving)
            implements AfterTax {

        public Estimate {
            profiles = List.copyOf(profiles);
            years = List.copyOf(years);
        }

        public TaxResult yearOne() {
            return years.getFirst();
        }

        /** The mean take-home of the years computed, the after-tax twin of the four-year average. */
        public Money averageTakeHome() {
            var sum =
                    years.stream().map(TaxResult::takeHome).reduce(Money::plus).orElseThrow();
            return sum.dividedBy(BigDecimal.valueOf(years.size()));
        }
    }
}
