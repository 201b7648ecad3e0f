package com.offerbook.dashboard.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.offerbook.base.SharingSwitch;
import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Markup;
import com.offerbook.base.ui.NativeSelect;
import com.offerbook.base.ui.ReportActions;
import com.offerbook.comp.Money;
import com.offerbook.comp.YearFigures;
import com.offerbook.dashboard.DashboardData;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import com.offerbook.journal.JournalService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The landing view: the best offer, what is active, what is due, and four charts of total comp. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "icons/dashboard.svg", title = "Dashboard")
@PermitAll
class DashboardView extends VerticalLayout {

    static final String BASE = "Base", BONUS = "Bonus", EQUITY = "Equity per year", ONE_TIME = "One-time";

    final ChartPanel overTime = new ChartPanel("chart-over-time", "Recurring total comp over time");
    final ChartPanel packages = new ChartPanel("chart-packages", "Current packages");
    final ChartPanel bands = new ChartPanel("chart-bands", "Offers against their bands");
    final ChartPanel years = new ChartPanel("chart-years", "Year by year");
    final NativeSelect<DashboardData.OfferChoice> yearOffer = new NativeSelect<>();
    final NativeSelect<Figure> bestFigure = new NativeSelect<>();
    final NativeSelect<Integer> bestYears = new NativeSelect<>();

    private final DashboardService dashboard;
    private final LocalDate today;
    /** The figure the cards rank by; the rest of the dashboard's data is not kept in the session (issue 15). */
    private FigureChoice choice;

    private @Nullable Component cards;

    DashboardView(DashboardService dashboard, JournalService journal, Clock clock, SharingSwitch sharing) {
        this.dashboard = dashboard;
        var data = dashboard.load();
        this.choice = data.choice();
        this.today = LocalDate.now(clock);
        addClassName("view");
        if (data.isEmpty()) {
            add(emptyState());
            return;
        }
        cards = cards(data, today);
        // Issue 14: share, print or download the dashboard's one-pager
        add(new ReportActions("pdf/dashboard", sharing.isOn() ? "shared?dashboard" : null));
        add(figureChoice(), cards);
        add(new DueSection(journal)); // deadlines and follow-ups (issue 14)
        if (!data.ratesUsed().isEmpty()) {
            var rates = new Paragraph("Figures in " + data.currency() + ", converted with the stored rates: "
                    + String.join("; ", data.ratesUsed()) + ".");
            rates.addClassName("caption");
            rates.setId("rates-used");
            add(rates);
        }
        // The sources read the dashboard's cached figures again when a table is opened.
        overTime.setSpec(() -> overTimeSpec(dashboard.load()));
        packages.setSpec(() -> packagesSpec(dashboard.load()));
        bands.setSpec(() -> bandsSpec(dashboard.load()));
        bands.setNote(
                "The bar is the band's total-comp range; the markers are each offer's recurring and year-1 figures.");
        yearOffer.setLabel("Offer");
        yearOffer.setItems(data.offers());
        yearOffer.setItemLabelGenerator(DashboardData.OfferChoice::label);
        yearOffer.setId("year-offer");
        yearOffer.setWidth("min(24rem, 100%)");
        years.addComponentAtIndex(1, yearOffer);
        var currency = data.currency(); // not data itself: the listener lives as long as the view
        yearOffer.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                long offerId = event.getValue().offerId();
                years.setSpec(() -> yearsSpec(currency, yearsOf(offerId)));
            }
        });
        var first = data.firstYears();
        if (first != null) {
            data.offers().stream()
                    .filter(o -> o.offerId() == first.offerId())
                    .findFirst()
                    .ifPresent(yearOffer::setValue);
        }
        // Packages, bands and years describe active offers: without any, only the history chart has something to show.
        boolean anyActive = !data.offers().isEmpty();
        packages.setVisible(anyActive);
        bands.setVisible(anyActive);
        years.setVisible(anyActive);
        var charts = new Div(overTime, packages, bands, years);
        charts.addClassName("chart-grid");
        add(charts);
    }

    private Component emptyState() {
        var start = new Button("Record your first offer", event -> getUI().ifPresent(ui -> ui.navigate("offers/new")));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        var box = new Div(
                new H2("Welcome to Offerbook"),
                new Paragraph(
                        "Once you record an offer, this page shows your best offer, what is due next, and charts of "
                                + "total compensation: each offer over its revisions, the packages side by side, each offer "
                                + "against its compensation band, and what an offer pays year by year."),
                new Paragraph(
                        "Start with the offer as the company stated it. The Bands page already holds ML/AI Engineer "
                                + "bands to compare with; you can import your own."),
                start);
        box.addClassNames("card", "empty-state");
        box.setId("dashboard-empty");
        return box;
    }

    /** "Rank offers by": the figure of the best-offer card, remembered for the user. */
    private Component figureChoice() {
        FigureFields.setUp(bestFigure, bestYears, "Rank offers by", "best");
        bestFigure.setValue(choice.figure());
        bestYears.setValue(choice.horizonYears());
        bestYears.setVisible(choice.figure().usesHorizon());
        bestFigure.addValueChangeListener(event -> chooseFigure());
        bestYears.addValueChangeListener(event -> chooseFigure());
        var row = new Div(bestFigure, bestYears);
        row.addClassName("figure-choice");
        return row;
    }

    private void chooseFigure() {
        if (bestFigure.getValue() == null || bestYears.getValue() == null) {
            return;
        }
        var chosen = new FigureChoice(bestFigure.getValue(), bestYears.getValue());
        if (chosen.equals(choice)) {
            return;
        }
        dashboard.savePreferredFigure(chosen);
        choice = chosen;
        bestYears.setVisible(chosen.figure().usesHorizon());
        var fresh = cards(dashboard.load(), today);
        replace(cards, fresh);
        cards = fresh;
    }

    private static Component cards(DashboardData data, LocalDate today) {
        var best = data.best();
        var deadline = data.nearestDeadline();
        var grid = new Div(
                card(
                        "card-best",
                        "Best offer (" + lowerFirst(data.choice().label()) + ")",
                        best == null ? "—" : Formats.moneyWhole(best.value()),
                        best == null ? "No active offer" : best.label(),
                        best == null ? null : "offers/" + best.offerId()),
                card(
                        "card-year-one",
                        "Its year 1",
                        best == null ? "—" : Formats.moneyWhole(best.yearOne()),
                        "Including one-time money paid in year 1",
                        null),
                card(
                        "card-active",
                        "Active offers",
                        String.valueOf(data.activeCount()),
                        "Exploring, received or negotiating",
                        "offers"),
                card(
                        "card-deadline",
                        "Next decision",
                        deadline == null ? "—" : Formats.date(deadline.date()),
                        deadline == null
                                ? "No upcoming deadline"
                                : deadline.label() + " · " + Formats.fromToday(deadline.date(), today),
                        deadline == null ? null : "offers/" + deadline.offerId()));
        var stay = data.stay();
        if (stay != null) {
            grid.add(card(
                    "card-stay",
                    stay.label(),
                    Formats.moneyWhole(stay.value()),
                    best == null ? "By the same figure" : versusBest(stay.value(), best.value()),
                    "current-job"));
        }
        grid.addClassName("figure-grid");
        grid.setId("cards");
        return grid;
    }

    /**
     * "1 year", "5 years". Here and not in CompareView: a reference from this view to CompareView would put Compare's
     * components into the dashboard's JavaScript (Vaadin follows class references when it splits the bundle).
     */
    static String years(int years) {
        return years == 1 ? "1 year" : years + " years";
    }

    /** How staying compares with the best offer, in money. */
    static String versusBest(Money stay, Money best) {
        int sign = stay.compareTo(best);
        if (sign == 0) {
            return "The same as the best offer";
        }
        var gap = sign > 0 ? stay.minus(best) : best.minus(stay);
        return Formats.moneyWhole(gap) + (sign > 0 ? " more" : " less") + " than the best offer";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * One figure card as static markup: one state node instead of seven (issue 15, memory per session). Cards are
     * replaced whole when the figure changes. The detail link is followed by Vaadin's router like any in-app link.
     */
    private static Component card(String id, String label, String value, String detail, @Nullable String link) {
        var how = link == null
                ? "<span class=\"figure-how\">" + htmlEscape(detail) + "</span>"
                : "<a class=\"figure-how\" href=\"" + htmlEscape(link) + "\">" + htmlEscape(detail) + "</a>";
        var card = Markup.div(
                "<span class=\"figure-label\">" + htmlEscape(label) + "</span><span class=\"figure-value\" id=\"" + id
                        + "-value\">" + htmlEscape(value) + "</span>" + how,
                "figure-card");
        card.setId(id);
        return card;
    }

    static ChartSpec overTimeSpec(DashboardData data) {
        var series = data.totalOverTime().stream()
                .map(line -> new ChartSpec.Series(
                        line.label(),
                        "",
                        line.points().stream()
                                .map(p -> new ChartSpec.Point(p.date().toString(), amount(p.value())))
                                .toList()))
                .toList();
        return ChartSpec.series(
                ChartSpec.Kind.TIME_LINE,
                data.currency(),
                "Recurring total compensation of each offer at each revision, by date.",
                List.of(),
                series);
    }

    static ChartSpec packagesSpec(DashboardData data) {
        var categories =
                data.packages().stream().map(DashboardData.PackageBar::label).toList();
        var series = List.of(
                component(BASE, data.packages(), DashboardData.PackageBar::base),
                component(BONUS, data.packages(), DashboardData.PackageBar::bonus),
                component(EQUITY, data.packages(), DashboardData.PackageBar::equityPerYear),
                component(ONE_TIME, data.packages(), DashboardData.PackageBar::oneTime));
        return ChartSpec.series(
                ChartSpec.Kind.STACKED_BAR,
                data.currency(),
                "The current package of each active offer: base, bonus, equity per year and one-time money, stacked.",
                categories,
                series);
    }

    static ChartSpec bandsSpec(DashboardData data) {
        var categories =
                data.againstBands().stream().map(DashboardData.BandRow::label).toList();
        var ranges = data.againstBands().stream()
                .filter(r -> r.band() != null && r.min() != null && r.max() != null)
                .map(r -> new ChartSpec.RangeBar(r.label(), amount(r.min()), amount(r.max()), r.band()))
                .toList();
        var markers = new ArrayList<ChartSpec.Marker>();
        for (var row : data.againstBands()) {
            markers.add(new ChartSpec.Marker(row.label(), "Recurring", amount(row.recurring())));
            markers.add(new ChartSpec.Marker(row.label(), "Year 1", amount(row.yearOne())));
        }
        return ChartSpec.ranges(
                data.currency(),
                "Each active offer's recurring and year-1 figures against the total-comp range of its matched band.",
                categories,
                ranges,
                markers);
    }

    /**
     * What an offer pays year by year: for the offer the chart opens on, the figures the dashboard worked out (kept in
     * its cache); for another, read now.
     */
    private List<YearFigures> yearsOf(long offerId) {
        var kept = dashboard.load().firstYears();
        return kept != null && kept.offerId() == offerId ? kept.figures() : dashboard.yearByYear(offerId);
    }

    static ChartSpec yearsSpec(String currency, List<YearFigures> years) {
        var categories = years.stream().map(y -> "Year " + y.year()).toList();
        Function<Function<YearFigures, Money>, List<ChartSpec.Point>> points = f -> years.stream()
                .map(y -> new ChartSpec.Point("Year " + y.year(), amount(f.apply(y))))
                .toList();
        var series = List.of(
                new ChartSpec.Series(BASE, "total", points.apply(YearFigures::base)),
                new ChartSpec.Series(BONUS, "total", points.apply(YearFigures::bonus)),
                new ChartSpec.Series("Equity vesting", "total", points.apply(YearFigures::equity)),
                new ChartSpec.Series(ONE_TIME, "total", points.apply(YearFigures::oneTime)));
        return ChartSpec.series(
                ChartSpec.Kind.STACKED_BAR,
                currency,
                "What the chosen offer pays in each year of its vesting schedule, stacked by component.",
                categories,
                series);
    }

    private static ChartSpec.Series component(
            String name, List<DashboardData.PackageBar> bars, Function<DashboardData.PackageBar, Money> value) {
        return new ChartSpec.Series(
                name,
                "total",
                bars.stream()
                        .map(b -> new ChartSpec.Point(b.label(), amount(value.apply(b))))
                        .toList());
    }

    /** Chart values are display data: whole units of the currency. */
    static double amount(Money money) {
        return money.rounded().amount().doubleValue();
    }
}
