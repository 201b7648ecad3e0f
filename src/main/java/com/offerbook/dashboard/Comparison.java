package com.offerbook.dashboard;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.Money;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Two to four offers side by side, in the display currency. */
public record Comparison(String currency, List<String> ratesUsed, List<Column> offers) {

    /** One offer's figures. Band positions are absent for components its band does not state. */
    public record Column(
            long offerId,
            String label,
            Money recurring,
            Money yearOne,
            Money fourYearAverage,
            Money riskAdjusted,
            Money signingAtRisk,
            int clawbackMonths,
            String equityKind,
            boolean liquid,
            @Nullable String band,
            Map<BandDetails.Component, BandPosition> positions,
            List<Money> yearTotals) {}
}
