package com.offerbook.dashboard;

import com.offerbook.comp.Money;
import com.offerbook.comp.YearFigures;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the dashboard shows, already converted to the display currency. */
public record DashboardData(
        String currency,
        List<String> ratesUsed,
        FigureChoice choice,
        @Nullable Best best,
        @Nullable Stay stay,
        int activeCount,
        @Nullable Deadline nearestDeadline,
        List<OfferLine> totalOverTime,
        List<PackageBar> packages,
        List<BandRow> againstBands,
        List<OfferChoice> offers,
        @Nullable Years firstYears) {

    /** No offer at all (active or not): the dashboard shows its short guide instead. */
    public boolean isEmpty() {
        return totalOverTime.isEmpty();
    }

    /** The best active offer by the chosen figure ({@code value}), and its year 1. */
    public record Best(long offerId, String label, Money value, Money yearOne) {}

    /** Staying at the recorded current job, by the same figure. */
    public record Stay(String label, Money value) {}

    /** The active offer whose decision date comes first (today or later). */
    public record Deadline(long offerId, String label, LocalDate date) {}

    /** One offer's recurring total at each revision. */
    public record OfferLine(long offerId, String label, List<Point> points) {}

    /** A dated value. */
    public record Point(LocalDate date, Money value) {}

    /** The current package of an active offer, by component (equity per year). */
    public record PackageBar(long offerId, String label, Money base, Money bonus, Money equityPerYear, Money oneTime) {}

    /** An active offer against its matched band's total-comp range (range absent when no band matches). */
    public record BandRow(
            long offerId,
            String label,
            @Nullable String band,
            @Nullable Money min,
            @Nullable Money max,
            Money recurring,
            Money yearOne) {}

    /** An offer the user can pick for the year-by-year chart. */
    public record OfferChoice(long offerId, String label) {}

    /** What one offer pays year by year: the chart opens on the best offer (else the first active one). */
    public record Years(long offerId, List<YearFigures> figures) {}
}
