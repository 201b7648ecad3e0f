package com.offerbook.comp.tax;

import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one place for one tax year, as data: rows evaluated by {@link TaxCalculator}. Several profiles stack
 * (United States federal + California), each computed on the same gross wage.
 *
 * @param key a stable name for the place and status, e.g. {@code us-federal-single}; with the year and version it names
 *     the figures a result used
 * @param taxYear the tax year the profile is for (0 when missing, which {@link #problems()} refuses)
 * @param yearLabel the year as the authority writes it: "2026", "2026/27"
 * @param filingStatus the status it applies to, absent where the place has none
 * @param version increases with every change an administrator makes to the profile of that year
 * @param note caveats shown with every figure (figures from an older year, what is left out)
 */
public record TaxProfile(
        String key,
        String name,
        String jurisdiction,
        int taxYear,
        String yearLabel,
        @Nullable FilingStatus filingStatus,
        Currency currency,
        int version,
        Rounding rounding,
        TaxSource source,
        String note,
        List<TaxRow> rows) {

    public static final int NO_YEAR = 0;

    public TaxProfile {
        rows = List.copyOf(rows);
    }

    /** What is wrong with the profile, each problem at its row; empty when the calculator may use it. */
    public List<TaxProblem> problems() {
        return TaxProfileCheck.problems(this);
    }

    public boolean hasStatutorySteps() {
        return rows.stream().anyMatch(TaxRow::hasStatutorySteps);
    }

    /** E.g. "United States federal · Single · 2026 (v1)". */
    public String title() {
        return name + (filingStatus == null ? "" : " · " + filingStatus.label()) + " · " + yearLabel + " (v" + version
                + ")";
    }
}
