package com.offerbook.sharing;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.Money;
import com.offerbook.comp.YearFigures;
import com.offerbook.dashboard.Comparison;
import com.offerbook.dashboard.DashboardData;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.dashboard.FigureChoice;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the one-pager of an offer, a comparison or the dashboard from the signed-in user's (or, for a share link, its
 * owner's) figures. What it leaves out is the point: no offer or revision notes, nothing of the planner (targets, the
 * walk-away floor, its notes), no account details.
 */
@Component
class ReportBuilder {

    private final OfferService offers;
    private final DashboardService dashboard;
    private final Clock clock;

    ReportBuilder(OfferService offers, DashboardService dashboard, Clock clock) {
        this.offers = offers;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    Report build(ShareTarget target) {
        return switch (target.kind()) {
            case OFFER -> offer(target.offerIds().getFirst());
            case COMPARISON ->
                comparison(
                        target.offerIds(),
                        target.stay(),
                        Objects.requireNonNullElseGet(target.choice(), FigureChoice::defaults));
            case DASHBOARD -> dashboard();
        };
    }

    /** The name a link to {@code target} is listed by (the owner's own labels). */
    String label(ShareTarget target) {
        return switch (target.kind()) {
            case OFFER -> offers.get(target.offerIds().getFirst()).label();
            case COMPARISON -> {
                var names = new ArrayList<String>(offers.getAll(target.offerIds()).stream()
                        .map(OfferDetails::label)
                        .toList());
                if (target.stay()) {
                    dashboard.stayLabel().ifPresent(names::add);
                }
                var choice = Objects.requireNonNullElseGet(target.choice(), FigureChoice::defaults);
                yield String.join(" vs ", names) + " (" + choice.label() + ")";
            }
            case DASHBOARD -> "Dashboard";
        };
    }

    private Report offer(long offerId) {
        var withBand = offers.getWithBand(offerId);
        var offer = withBand.offer();
        var latest = offer.latest();
        var p = latest.compPackage();
        var d = offer.details();
        var parts = new ArrayList<Report.Part>();
        var headline = latest.headline();
        var figures = new ArrayList<List<String>>();
        figures.add(List.of("Base salary", p.base().format()));
        figures.add(List.of("Bonus (target, a year)", p.annualBonus().format()));
        figures.add(List.of(
                "Equity (" + p.equityKind().label() + ", a year)",
                p.annualEquity().format()));
        figures.add(List.of("Recurring total comp", headline.recurring().format()));
        figures.add(List.of("Year 1", headline.yearOne().format()));
        figures.add(List.of("4-year average", headline.fourYearAverage().format()));
        figures.add(List.of("Risk-adjusted", headline.riskAdjusted().format()));
        figures.add(List.of("Signing bonus", p.signingBonus().amount().format()));
        figures.add(List.of(
                "Relocation and other one-time",
                p.relocation().plus(p.otherOneTime()).format()));
        parts.add(new Report.Table("Key figures", List.of("Figure", "Amount"), figures));
        parts.add(yearsGraph(p.yearByYear(), p.currency().getCurrencyCode()));
        var sources = new ArrayList<String>();
        var assumptions = new ArrayList<String>();
        assumptions.add("Amounts in " + p.currency().getCurrencyCode() + ", as of the latest revision ("
                + latest.draft().kind().label() + ", " + latest.draft().date() + ").");
        assumptions.add("Bonus counted at its target; equity at its grant value, vesting "
                + String.join(
                        "/",
                        p.vesting().yearlyPercents().stream()
                                .map(v -> v.stripTrailingZeros().toPlainString())
                                .toList())
                + " % a year"
                + (p.vesting().cliffMonths() > 0 ? " after a " + p.vesting().cliffMonths() + "-month cliff" : "")
                + ".");
        assumptions.add("Risk-adjusted takes "
                + p.liquidityDiscountPercent().stripTrailingZeros().toPlainString()
                + " % off equity for liquidity.");
        var band = withBand.band();
        if (band != null) {
            var rows = band.positions().stream()
                    .map(position -> List.of(
                            position.component().label(),
                            position.position().value().rounded().format(),
                            range(position.position()),
                            position.position().zone().label() + " ("
                                    + position.position().throughTheRange() + ")"))
                    .toList();
            var bandDraft = band.match().band().draft();
            parts.add(new Report.Table(
                    "In band: " + band.match().band().title(),
                    List.of("Component", "Offer", "Band range", "Position"),
                    rows));
            assumptions.addAll(band.notes());
            sources.add("Band: " + band.match().band().title() + " — " + bandDraft.sourceTitle()
                    + (bandDraft.sourceUrl().isBlank() ? "" : " (" + bandDraft.sourceUrl() + ")") + ", as of "
                    + bandDraft.asOf() + ".");
            var rate = band.rate();
            if (rate != null) {
                sources.add("Exchange rate: " + rate.explanation());
            }
        }
        var history = offer.revisions().stream()
                .map(r -> List.of(
                        String.valueOf(r.sequenceNo()),
                        r.draft().kind().label(),
                        r.draft().date().toString(),
                        r.headline().recurring().rounded().format(),
                        r.headline().yearOne().rounded().format()))
                .toList();
        parts.add(
                new Report.Table("Revisions", List.of("#", "Kind", "Date", "Recurring total comp", "Year 1"), history));
        var subtitle = join(d.levelLabel(), d.location(), d.status().label());
        return new Report(offer.label(), subtitle, today(), parts, assumptions, sources);
    }

    private Report comparison(List<Long> offerIds, boolean stay, FigureChoice choice) {
        var comparison = dashboard.compare(offerIds, stay, choice);
        var columns = comparison.offers();
        var headers = new ArrayList<String>();
        headers.add("");
        columns.forEach(c -> headers.add(c.label()));
        var rows = new ArrayList<List<String>>();
        rows.add(moneyRow(choice.label() + " (compared by)", columns, Comparison.Column::chosen));
        rows.add(moneyRow("Recurring total comp", columns, Comparison.Column::recurring));
        rows.add(moneyRow("Year 1", columns, Comparison.Column::yearOne));
        rows.add(moneyRow("4-year average", columns, Comparison.Column::fourYearAverage));
        rows.add(moneyRow("Risk-adjusted", columns, Comparison.Column::riskAdjusted));
        if (columns.stream().anyMatch(c -> c.takeHome() != null)) {
            rows.add(moneyRow("Take-home, recurring", columns, Comparison.Column::takeHome));
            rows.add(row("Taxed as (an estimate, not tax advice)", columns, Comparison.Column::taxedAs));
        }
        rows.add(row(
                "Signing bonus at risk",
                columns,
                c -> c.isStay()
                        ? "—"
                        : c.signingAtRisk().isZero()
                                ? "None"
                                : c.signingAtRisk().formatWhole() + " for " + c.clawbackMonths() + " months"));
        for (var component : BandDetails.Component.values()) {
            rows.add(row(
                    "In band: " + component.label(),
                    columns,
                    c -> position(c.positions().get(component))));
        }
        rows.add(row("Equity", columns, c -> c.equityKind() + (c.liquid() ? " · liquid" : " · not yet liquid")));
        rows.add(row("Band", columns, c -> c.isStay() ? "—" : c.band() == null ? "No band matches" : c.band()));
        var parts = new ArrayList<Report.Part>();
        parts.add(new Report.Table("Side by side", headers, rows));
        int years = columns.stream().mapToInt(c -> c.chosenYears().size()).max().orElse(0);
        var categories =
                IntStream.rangeClosed(1, years).mapToObj(y -> "Year " + y).toList();
        var series = columns.stream()
                .map(c -> new Report.Series(
                        c.label(),
                        IntStream.range(0, years)
                                .mapToObj(i -> i < c.chosenYears().size()
                                        ? c.chosenYears().get(i).amount().doubleValue()
                                        : 0.0)
                                .toList()))
                .toList();
        parts.add(new Report.Graph(
                "Year by year: " + choice.label(),
                comparison.currency(),
                "Each compared column's total in each year, side by side.",
                false,
                categories,
                series));
        var assumptions = new ArrayList<String>();
        assumptions.add("Compared by " + choice.label() + ", in " + comparison.currency() + ".");
        var seen = new LinkedHashSet<String>();
        columns.forEach(c -> {
            if (!c.assumptions().isBlank() && seen.add(c.label() + c.assumptions())) {
                assumptions.add(c.label() + ": " + c.assumptions());
            }
        });
        var sources = new ArrayList<String>();
        comparison.ratesUsed().forEach(rate -> sources.add("Exchange rate: " + rate));
        columns.stream()
                .map(Comparison.Column::band)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(b -> sources.add("Band: " + b));
        var title = String.join(
                " vs ", columns.stream().map(Comparison.Column::label).toList());
        return new Report(title, "Comparison by " + choice.label(), today(), parts, assumptions, sources);
    }

    private Report dashboard() {
        var data = dashboard.load();
        var parts = new ArrayList<Report.Part>();
        var cards = new ArrayList<List<String>>();
        var best = data.best();
        if (best != null) {
            cards.add(List.of(
                    "Best offer by " + data.choice().label(),
                    best.label() + ": " + best.value().formatWhole()));
        }
        var stay = data.stay();
        if (stay != null) {
            cards.add(List.of(stay.label(), stay.value().formatWhole()));
        }
        cards.add(List.of("Active offers", String.valueOf(data.activeCount())));
        var deadline = data.nearestDeadline();
        if (deadline != null) {
            cards.add(List.of("Nearest decision date", deadline.label() + ": " + deadline.date()));
        }
        parts.add(new Report.Table("At a glance", List.of("", ""), cards));
        if (!data.packages().isEmpty()) {
            var categories = data.packages().stream()
                    .map(DashboardData.PackageBar::label)
                    .toList();
            parts.add(new Report.Graph(
                    "Packages by component",
                    data.currency(),
                    "Each active offer's base, bonus, equity a year and one-time money, stacked.",
                    true,
                    categories,
                    List.of(
                            series("Base", data.packages(), DashboardData.PackageBar::base),
                            series("Bonus", data.packages(), DashboardData.PackageBar::bonus),
                            series("Equity a year", data.packages(), DashboardData.PackageBar::equityPerYear),
                            series("One-time", data.packages(), DashboardData.PackageBar::oneTime))));
        }
        if (!data.againstBands().isEmpty()) {
            parts.add(new Report.Table(
                    "Against bands (total comp)",
                    List.of("Offer", "Band", "Band range", "Recurring", "Year 1"),
                    data.againstBands().stream()
                            .map(b -> List.of(
                                    b.label(),
                                    b.band() == null ? "No band matches" : b.band(),
                                    b.min() == null || b.max() == null
                                            ? "—"
                                            : b.min().formatWhole() + " – "
                                                    + b.max().formatWhole(),
                                    b.recurring().formatWhole(),
                                    b.yearOne().formatWhole()))
                            .toList()));
        }
        var assumptions = List.of("Figures in " + data.currency() + "; the figure chosen is "
                + data.choice().label() + ".");
        var sources = data.ratesUsed().stream().map(r -> "Exchange rate: " + r).toList();
        return new Report("Offers at a glance", "Dashboard", today(), parts, assumptions, sources);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Report.Graph yearsGraph(List<YearFigures> years, String currency) {
        var categories = years.stream().map(y -> "Year " + y.year()).toList();
        return new Report.Graph(
                "Year by year",
                currency,
                "Base, bonus, vesting equity and one-time money in each year, stacked.",
                true,
                categories,
                List.of(
                        yearSeries("Base", years, YearFigures::base),
                        yearSeries("Bonus", years, YearFigures::bonus),
                        yearSeries("Equity", years, YearFigures::equity),
                        yearSeries("One-time", years, YearFigures::oneTime)));
    }

    private static Report.Series yearSeries(String name, List<YearFigures> years, Function<YearFigures, Money> value) {
        return new Report.Series(
                name,
                years.stream().map(y -> value.apply(y).amount().doubleValue()).toList());
    }

    private static Report.Series series(
            String name, List<DashboardData.PackageBar> bars, Function<DashboardData.PackageBar, Money> value) {
        return new Report.Series(
                name,
                bars.stream().map(b -> value.apply(b).amount().doubleValue()).toList());
    }

    private static List<String> moneyRow(
            String label, List<Comparison.Column> columns, Function<Comparison.Column, @Nullable Money> value) {
        return row(label, columns, c -> {
            var money = value.apply(c);
            return money == null ? "—" : money.formatWhole();
        });
    }

    private static List<String> row(
            String label, List<Comparison.Column> columns, Function<Comparison.Column, String> cell) {
        var cells = new ArrayList<String>();
        cells.add(label);
        columns.forEach(c -> cells.add(cell.apply(c)));
        return cells;
    }

    private static String range(BandPosition position) {
        return position.min().rounded().format() + " – "
                + position.max().rounded().format();
    }

    private static String position(@Nullable BandPosition position) {
        return position == null ? "—" : position.zone().label() + " (" + position.throughTheRange() + ")";
    }

    private static String join(String... parts) {
        return String.join(" · ", Arrays.stream(parts).filter(s -> !s.isBlank()).toList());
    }
}
