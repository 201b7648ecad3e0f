package com.offerbook.dashboard;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.Money;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Two to four offers side by side (the job the user would leave can be one of them, last), in the display currency,
 * with the figure the user chose.
 */
public record Comparison(String currency, List<String> ratesUsed, FigureChoice choice, List<Column> offers) {

    /**
     * One offer's figures, or staying at the current job ({@code offerId} null). Band positions are absent for
     * components its band does not state.
     *
     * @param chosen the chosen figure
     * @param chosenYears year by year under the choice: today's totals for today's figures, the projected totals of
     *     the chosen scenario (or weighted), or the cash in hand by the end of each year
     * @param assumptions which assumptions the projected figures use, in words
     * @param riskAdjusted absent when staying (no liquidity discount is recorded for the current job)
     * @param taxedAs where the offer is taxed and under which profiles, or why there is no after-tax figure
     * @param takeHome the recurring pay after tax, absent without a tax profile (and when staying)
     * @param takeHomeYears each year's take-home, year 1 first; empty without a tax profile
     */
    public record Column(
            @Nullable Long offerId,
            String label,
            Money chosen,
            List<Money> chosenYears,
            String assumptions,
            Money recurring,
            Money yearOne,
            Money fourYearAverage,
            @Nullable Money riskAdjusted,
            Money signingAtRisk,
            int clawbackMonths,
            String equityKind,
            boolean liquid,
            @Nullable String band,
            Map<BandDetails.Component, BandPosition> positions,
            List<Money> yearTotals,
            String taxedAs,
            @Nullable Money takeHome,
            List<Money> takeHomeYears) {

        public boolean isStay() {
            return offerId == null;
        }
    }
}
