package com.offerbook.comp;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One year of a projection under one scenario (or weighted over the three).
 *
 * @param initialGrant equity of the initial grant (or the current job's unvested equity) vesting this year
 * @param refreshers equity vesting this year from each refresher granted so far
 * @param total base + bonus + equity + one-time money of this year
 * @param cumulative totals of years 1 to this one
 * @param payCumulative base, bonus and one-time money of years 1 to this one
 * @param equityPaperValue by the end of this year: what was sold (at its sale price) plus everything vested and not
 *     sold (at this year's price)
 * @param equityCash by the end of this year: money from equity you could have had; equal to the paper value for
 *     liquid equity, reduced by the flat discount in the simple mode, the sales' proceeds otherwise
 * @param exerciseCost options only: strike × options vested by the end of this year
 * @param optionSpread options only: value of the vested options at this year's price minus the cost to exercise
 */
public record ProjectedYear(
        int year,
        Money base,
        Money bonus,
        Money initialGrant,
        List<RefresherYear> refreshers,
        Money oneTime,
        Money total,
        Money cumulative,
        Money payCumulative,
        Money equityPaperValue,
        Money equityCash,
        @Nullable Money exerciseCost,
        @Nullable Money optionSpread) {

    /** Equity vesting this year from the refresher granted in {@code grantedInYear}. */
    public record RefresherYear(int grantedInYear, Money vesting) {}

    public ProjectedYear {
        refreshers = List.copyOf(refreshers);
    }

    /** Equity vesting this year: initial grant plus every refresher. */
    public Money equity() {
        var sum = initialGrant;
        for (var refresher : refreshers) {
            sum = sum.plus(refresher.vesting());
        }
        return sum;
    }

    public Money refresherEquity() {
        var sum = Money.zero(initialGrant.currency());
        for (var refresher : refreshers) {
            sum = sum.plus(refresher.vesting());
        }
        return sum;
    }

    /** Cash you could have by the end of this year: pay received plus the equity cash. */
    public Money cashInHand() {
        return payCumulative.plus(equityCash);
    }

    /** Paper value by the end of this year: pay received plus the equity's paper value. */
    public Money paperValue() {
        return payCumulative.plus(equityPaperValue);
    }

    /** The same year in today's terms ({@link CompPackage#year(int)}'s shape). */
    public YearFigures figures() {
        return new YearFigures(year, base, bonus, equity(), oneTime);
    }
}
