package com.offerbook.valuation.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Notifications;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.ProjectedYear;
import com.offerbook.comp.Projection;
import com.offerbook.comp.Scenario;
import com.offerbook.comp.tax.TaxResult;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferService;
import com.offerbook.tax.AfterTax;
import com.offerbook.tax.TaxService;
import com.offerbook.valuation.ValuationService;
import com.offerbook.valuation.Worth;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * "What it's worth": an offer's valuation assumptions and its projection year by year, under bear, base and bull
 * and weighted, as a table and a chart, each figure explained and naming the assumptions it used. Another user's
 * offer answers not-found.
 */
@Route("offers/:offerId([0-9]{1,18})/worth")
@PermitAll
class WorthView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Which figures the table shows: one scenario or weighted over the three. */
    enum Case {
        WEIGHTED("Weighted (expected)", null),
        BEAR("Bear", Scenario.BEAR),
        BASE("Base", Scenario.BASE),
        BULL("Bull", Scenario.BULL);

        final String label;
        final @Nullable Scenario scenario;

        Case(String label, @Nullable Scenario scenario) {
            this.label = label;
            this.scenario = scenario;
        }
    }

    static final String BASE = "Base", BONUS = "Bonus", INITIAL = "Initial grant", REFRESHERS = "Refreshers";
    static final String ONE_TIME = "One-time", BEAR_TOTAL = "Bear case total", BULL_ABOVE = "Bull case adds";

    final AssumptionsForm form = new AssumptionsForm(AssumptionsForm.Use.OFFER);
    final Button save = new Button("Save assumptions");
    final Button useDefaults = new Button("Use my defaults");
    final Paragraph source = new Paragraph();
    final Div assumptionsInWords = new Div();
    final Div totals = new Div();
    final Select<Case> shown = new Select<>();
    final Grid<ProjectedYear> table = new Grid<>();
    final Div explanations = new Div();
    final ChartPanel chart = new ChartPanel("chart-worth", "Year by year, stacked, with the bear–bull range");
    final Div staying = new Div();

    private final OfferService offers;
    private final ValuationService valuation;
    private long offerId;
    private String title = "What it's worth";
    private @Nullable Worth worth;
    private final TaxService tax;
    private String region = "";
    private @Nullable String taxedAs;
    private TaxService.@Nullable Estimator taxes;

    WorthView(OfferService offers, ValuationService valuation, TaxService tax) {
        this.offers = offers;
        this.tax = tax;
        this.valuation = valuation;
        addClassName("view");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-assumptions");
        save.addClickListener(event -> save());
        useDefaults.setId("use-defaults");
        useDefaults.addClickListener(event -> useDefaults());
        source.setId("assumptions-source");
        assumptionsInWords.setId("assumptions-in-words");
        totals.addClassName("figure-grid");
        totals.setId("worth-totals");
        shown.setLabel("Figures");
        shown.setItems(Case.values());
        shown.setItemLabelGenerator(c -> c.label);
        shown.setId("worth-case");
        shown.setMinWidth("14em");
        shown.setValue(Case.WEIGHTED);
        shown.addValueChangeListener(event -> showTable());
        table.setId("worth-table");
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        explanations.setId("worth-explanations");
        staying.setId("worth-staying");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            offerId = Long.parseLong(event.getRouteParameters().get("offerId").orElseThrow(NumberFormatException::new));
            var offer = offers.get(offerId);
            build(offer);
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void build(OfferDetails offer) {
        removeAll();
        var d = offer.details();
        region = d.region();
        taxedAs = offer.taxedAs();
        taxes = tax.estimator();
        title = "What it's worth · " + d.company();
        var kind = offer.latest().compPackage().equityKind();
        form.setKind(kind);
        form.read(valuation.startingPoint(offerId));

        var heading = new H2("What it's worth: " + d.company());
        heading.setId("worth-title");
        var subtitle = new Paragraph(d.roleTitle() + " · the latest revision · " + kind.label());
        subtitle.addClassName("subtitle");
        var back = new Anchor("offers/" + offerId, "← Back to the offer");
        back.setId("back-to-offer");
        var intro = new Paragraph("Your beliefs about this offer's future: how its equity may grow, when you could "
                + "sell it, what refreshers and raises to expect. They are kept apart from the offer's revisions "
                + "(changing them adds no revision). Equity vesting in year N is valued at (1 + g)^N times its value "
                + "at the grant, for a growth g a year; vesting counts at the end of each year.");
        intro.addClassName("caption");

        var formCard = new Div(new H3("Assumptions"), source, form, CurrentJobView.buttons(save, useDefaults));
        formCard.addClassNames("card", "section");
        formCard.setId("assumptions-card");

        var tableCard = new Div(new H3("Projection"), assumptionsInWords, totals, shown, table, explanations);
        tableCard.addClassNames("card", "section");
        tableCard.setId("projection-card");

        chart.addClassName("section");
        add(new Div(heading, subtitle, back), intro, formCard, tableCard, chart, staying);
        refresh();
    }

    private void save() {
        form.write().ifPresent(draft -> {
            try {
                valuation.saveAssumptions(offerId, draft);
                Notifications.success("Assumptions saved");
                refresh();
            } catch (InvalidInputException e) {
                FieldProblems.show(e, form.binder);
            }
        });
    }

    private void useDefaults() {
        valuation.clearAssumptions(offerId);
        form.read(valuation.startingPoint(offerId));
        refresh();
        Notifications.success("This offer uses your defaults again (or today's figures when you have none)");
    }

    private void refresh() {
        var w = valuation.worth(offerId);
        this.worth = w;
        var p = w.projection();
        source.setText(
                switch (w.used().source()) {
                    case OFFER -> "The figures below use the assumptions saved for this offer.";
                    case YOUR_DEFAULT ->
                        "The figures below use your default assumptions for "
                                + p.equityKind().label()
                                + "; saving here keeps a set for this offer alone.";
                    case NONE ->
                        "No assumptions are saved for this offer or as your default: the figures below are "
                                + "today's (no growth, no refreshers, no raises). The form starts from suggestions "
                                + "to change; save to use them.";
                });
        assumptionsInWords.removeAll();
        assumptionsInWords.add(new Paragraph("These figures assume:"));
        assumptionsInWords.add(Figures.steps("assumptions-list", p.assumptionsInWords()));
        showTotals(p);
        showTable();
        chart.setSpec(chartSpec(p));
        chart.setNote("Each year's left bar stacks base, bonus, equity (initial grant and refreshers) and one-time "
                + "money, weighted over the three scenarios; the right bar reaches the bear case's total, and its "
                + "top part is what the bull case adds.");
        showStaying(w);
    }

    private void showTotals(Projection p) {
        totals.removeAll();
        int n = p.horizonYears();
        var figure = p.figure(n, ProjectedYear::cumulative);
        var s = p.assumptions().scenarios();
        for (var scenario : Scenario.values()) {
            totals.add(Figures.card(
                    "total-" + scenario.name().toLowerCase(Locale.ROOT),
                    scenario.label() + " · " + n + " years",
                    Figures.whole(figure.get(scenario)),
                    "Equity " + signed(s.growthPercent(scenario)) + " a year; weight "
                            + s.weightPercent(scenario).stripTrailingZeros().toPlainString() + " %"));
        }
        totals.add(Figures.card(
                "total-expected",
                "Weighted expected · " + n + " years",
                Figures.whole(figure.expected()),
                "Each case's total times its weight, added up"));
        if (!p.equityKind().isLiquid()) {
            var last = p.expectedYear(n);
            totals.add(Figures.card(
                    "total-cash",
                    "Cash in hand by year " + n,
                    Figures.whole(last.cashInHand()),
                    "Weighted; on paper " + Figures.whole(last.paperValue()) + ": " + cashBasis(p.cashBasis())));
        }
    }

    private static String cashBasis(Projection.CashBasis basis) {
        return switch (basis) {
            case SOLD_AS_IT_VESTS -> "sold as it vests";
            case FLAT_DISCOUNT -> "the paper value less the offer's liquidity discount";
            case SALES -> "only what the IPO or tenders let you sell";
        };
    }

    private static String signed(BigDecimal percent) {
        var plain = percent.stripTrailingZeros().toPlainString();
        return percent.signum() > 0
                ? "+" + plain + " %"
                : percent.signum() < 0 ? "−" + plain.substring(1) + " %" : "0 %";
    }

    private void showTable() {
        var w = worth;
        if (w == null) {
            return;
        }
        var p = w.projection();
        var c = shown.getValue() == null ? Case.WEIGHTED : shown.getValue();
        var years = c.scenario == null ? p.expected() : p.years(c.scenario);
        table.removeAllColumns();
        table.addColumn(y -> "Year " + y.year())
                .setHeader("Year")
                .setKey("year")
                .setAutoWidth(true)
                .setFrozen(true);
        column("base", "Base", ProjectedYear::base);
        // A part that is nothing in every year (no bonus, no refreshers, no one-time money) takes no column: the
        // table stays narrow enough to read on a phone; the totals and the explanations still count it.
        columnUnlessZero(years, "bonus", "Bonus", ProjectedYear::bonus);
        column("initial", "Equity: initial grant", ProjectedYear::initialGrant);
        columnUnlessZero(years, "refreshers", "Equity: refreshers", ProjectedYear::refresherEquity);
        columnUnlessZero(years, "oneTime", "One-time", ProjectedYear::oneTime);
        column("total", "Year total", ProjectedYear::total);
        column("cumulative", "Cumulative", ProjectedYear::cumulative);
        // The year total after tax where the offer is taxed, under the user's tax year's rules (docs/tax.md).
        // Read once per page (settings, regions, profiles), not each time another scenario is shown.
        var estimator = this.taxes;
        boolean taxed = estimator != null
                && !years.isEmpty()
                && estimator.takeHome(region, taxedAs, years.getFirst().total()).isPresent();
        if (estimator != null && taxed) {
            column(
                    "takeHome",
                    "Year total after tax",
                    y -> estimator
                            .takeHome(region, taxedAs, y.total())
                            .map(TaxResult::takeHome)
                            .orElse(null));
        }
        if (p.equityKind() != EquityKind.NONE && !p.equityKind().isLiquid()) {
            column("paper", "Paper value by year end", ProjectedYear::paperValue);
            column("cash", "Cash in hand by year end", ProjectedYear::cashInHand);
        }
        if (!years.isEmpty() && years.getFirst().exerciseCost() != null) {
            column("exercise", "Cost to exercise", y -> y.exerciseCost());
            column("spread", "Spread", y -> y.optionSpread());
        }
        table.setItems(years);

        explanations.removeAll();
        var how = new Div();
        for (var year : years) {
            var lines = c.scenario == null ? p.explainExpected(year.year()) : p.explain(c.scenario, year.year());
            how.add(new H3("Year " + year.year()));
            how.add(Figures.steps("explain-year-" + year.year(), lines));
        }
        var details =
                new NativeDetails("How each year's figures are made (" + c.label.toLowerCase(Locale.ROOT) + ")", how);
        details.setId("worth-how");
        explanations.add(details);
        if (taxed) {
            var note = new Paragraph("Year total after tax: the year's total taxed as wages where the offer is taxed "
                    + "(its page shows each line of the computation), under your tax year's rules. "
                    + AfterTax.DISCLAIMER);
            note.addClassName("caption");
            explanations.add(note);
        }
        if (p.equityKind() != EquityKind.NONE && !p.equityKind().isLiquid()) {
            var note = new Paragraph("Paper value by year end: pay received so far plus the equity vested, at that "
                    + "year's price (what was sold, at the price it fetched). Cash in hand: pay received plus only "
                    + "the equity you could have turned into money: " + cashBasis(p.cashBasis()) + ".");
            note.addClassName("caption");
            explanations.add(note);
        }
    }

    private void columnUnlessZero(
            List<ProjectedYear> years, String key, String header, Function<ProjectedYear, Money> value) {
        if (years.stream().anyMatch(y -> !value.apply(y).isZero())) {
            column(key, header, value::apply);
        }
    }

    private void column(String key, String header, Function<ProjectedYear, @Nullable Money> value) {
        table.addColumn(y -> {
                    var money = value.apply(y);
                    return money == null ? "" : Figures.cents(money);
                })
                .setHeader(header)
                .setKey(key)
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
    }

    static ChartSpec chartSpec(Projection p) {
        var years = p.expected();
        var categories = years.stream().map(y -> "Year " + y.year()).toList();
        Function<Function<ProjectedYear, Money>, List<ChartSpec.Point>> points = f -> years.stream()
                .map(y -> new ChartSpec.Point("Year " + y.year(), amount(f.apply(y))))
                .toList();
        var series = new ArrayList<ChartSpec.Series>();
        series.add(new ChartSpec.Series(BASE, "expected", points.apply(ProjectedYear::base)));
        series.add(new ChartSpec.Series(BONUS, "expected", points.apply(ProjectedYear::bonus)));
        series.add(new ChartSpec.Series(INITIAL, "expected", points.apply(ProjectedYear::initialGrant)));
        series.add(new ChartSpec.Series(REFRESHERS, "expected", points.apply(ProjectedYear::refresherEquity)));
        series.add(new ChartSpec.Series(ONE_TIME, "expected", points.apply(ProjectedYear::oneTime)));
        var bear = p.years(Scenario.BEAR);
        var bull = p.years(Scenario.BULL);
        var bearPoints = new ArrayList<ChartSpec.Point>();
        var bullPoints = new ArrayList<ChartSpec.Point>();
        for (int i = 0; i < years.size(); i++) {
            var label = "Year " + (i + 1);
            bearPoints.add(new ChartSpec.Point(label, amount(bear.get(i).total())));
            bullPoints.add(new ChartSpec.Point(
                    label, amount(bull.get(i).total().minus(bear.get(i).total()))));
        }
        series.add(new ChartSpec.Series(BEAR_TOTAL, "range", bearPoints));
        series.add(new ChartSpec.Series(BULL_ABOVE, "range", bullPoints));
        return ChartSpec.series(
                ChartSpec.Kind.STACKED_BAR,
                p.expected().getFirst().total().currency().getCurrencyCode(),
                "Each projected year: base, bonus, equity from the initial grant and from refreshers, and one-time "
                        + "money, weighted over the scenarios; beside it, the range from the bear case's total to the "
                        + "bull case's.",
                categories,
                series);
    }

    private void showStaying(Worth w) {
        staying.removeAll();
        var s = w.staying();
        if (s == null) {
            staying.setVisible(false);
            return;
        }
        staying.setVisible(true);
        staying.addClassNames("card", "section");
        var grid = new Grid<Projection.YearDifference>();
        grid.setId("against-staying");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        // Whole figures, never cut short: on a narrow screen the table scrolls sideways.
        grid.addColumn(d -> "Year " + d.year())
                .setHeader("Year")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(d -> Figures.centsSigned(d.difference().expected()))
                .setHeader("This year, weighted")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> Figures.centsSigned(d.cumulative().expected()))
                .setHeader("So far, weighted")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> Figures.centsSigned(d.cumulative().bear()) + " to "
                        + Figures.centsSigned(d.cumulative().bull()))
                .setHeader("So far, bear to bull")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(s.differences());
        var intro = new Paragraph("This offer minus staying at " + s.company() + ", in the offer's currency"
                + (s.conversion() == null ? "." : " (" + s.conversion() + ")."));
        intro.addClassName("caption");
        var ask = new Paragraph(
                "Leaving costs " + Figures.whole(s.costOfLeaving().total().expected())
                        + " (weighted). The signing bonus to ask for: at least "
                        + Figures.wholeAtLeast(s.signingAsk().ask()) + ".");
        ask.setId("signing-ask");
        staying.add(
                new H3("Against staying at " + s.company()),
                intro,
                grid,
                ask,
                Figures.steps("signing-ask-steps", s.signingAsk().steps()),
                new Anchor("current-job", "The job I'd leave"));
    }

    /** Chart values are display data: whole units of the currency. */
    static double amount(Money money) {
        return money.rounded().amount().doubleValue();
    }
}
