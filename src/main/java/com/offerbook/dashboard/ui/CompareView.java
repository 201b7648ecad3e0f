package com.offerbook.dashboard.ui;

import com.offerbook.bands.BandDetails;
import com.offerbook.base.Limits;
import com.offerbook.base.SharingSwitch;
import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.NativeSelect;
import com.offerbook.base.ui.ReportActions;
import com.offerbook.base.ui.TableMarkup;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.Money;
import com.offerbook.dashboard.Comparison;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import com.offerbook.offers.OfferName;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Two to four offers side by side (staying at the current job can be one of them), compared by the figure the user
 * chooses, the best value of each row marked. The address keeps the selection, the figure and the horizon:
 * {@code /compare?offers=1,2,stay&figure=expected&years=5}. Without a figure it uses the one the user ranks offers
 * by on the dashboard.
 */
@Route("compare")
@PageTitle("Compare offers")
@Menu(order = 1.5, icon = "icons/handshake.svg", title = "Compare")
@PermitAll
class CompareView extends VerticalLayout implements BeforeEnterObserver {

    static final String PARAMETER = "offers", FIGURE = "figure", YEARS = "years", STAY = "stay";

    final MultiSelectComboBox<Choice> picker = new MultiSelectComboBox<>("Offers to compare (2 to 4)");
    final NativeSelect<Figure> figure = new NativeSelect<>();
    final NativeSelect<Integer> years = new NativeSelect<>();
    final NativeTable table = new NativeTable();
    final ChartPanel chart = new ChartPanel("chart-compare-years", "Year by year");
    final Paragraph hint = new Paragraph();
    private final Paragraph rates = new Paragraph();
    /** Share, print, download PDF of the comparison shown (issue 14); empty while nothing is compared. */
    final Div actions = new Div();

    private final DashboardService dashboard;
    private final OfferService offers;
    private final SharingSwitch sharing;
    private List<Row> rows = List.of();
    /** The columns shown, in the order the user added them. */
    private List<Choice> shown = List.of();
    /** True while the page shows what its address says: changes to the fields then are not the user's. */
    private boolean entering;

    /** One row of the table: its label, each column's cell text, and which columns hold the best value. */
    record Row(String label, List<String> cells, List<Integer> best) {}

    /**
     * What can be a column: one of the user's offers, or staying at the current job ({@code offerId} null). Two
     * choices are the same column whatever their labels.
     */
    record Choice(@Nullable Long offerId, String label) {

        static Choice of(OfferName name) {
            return new Choice(name.id(), name.label() + (name.levelLabel().isBlank() ? "" : " " + name.levelLabel()));
        }

        String parameter() {
            return offerId == null ? STAY : String.valueOf(offerId);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Choice choice && Objects.equals(offerId, choice.offerId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(offerId);
        }
    }

    CompareView(DashboardService dashboard, OfferService offers, SharingSwitch sharing) {
        this.dashboard = dashboard;
        this.offers = offers;
        this.sharing = sharing;
        addClassName("view");
        // Read page by page as the list opens and the user types: every offer can be found, however many there are.
        picker.setItems(query -> choices(query.getFilter().orElse(""), query.getPage(), query.getPageSize()));
        picker.setItemLabelGenerator(Choice::label);
        picker.setWidth("min(40rem, 100%)");
        picker.setId("compare-picker");
        picker.addValueChangeListener(event -> {
            if (!entering) {
                var kept = new ArrayList<>(shown);
                kept.retainAll(event.getValue());
                var added = new LinkedHashSet<>(kept);
                added.addAll(event.getValue());
                go(List.copyOf(added));
            }
        });
        FigureFields.setUp(figure, years, "Compare by", "compare");
        figure.addValueChangeListener(event -> {
            if (!entering) {
                go(shown);
            }
        });
        years.addValueChangeListener(event -> {
            if (!entering) {
                go(shown);
            }
        });
        var choiceRow = new Div(figure, years);
        choiceRow.addClassName("figure-choice");
        table.addClassNames("data-table", "compare-table");
        table.setId("compare-table");
        rates.addClassName("caption");
        hint.setId("compare-hint");
        chart.setWidthFull();
        var scroll = new Div(table); // a phone scrolls the table sideways
        scroll.addClassName("compare-scroll");
        picker.addClassName("no-print");
        choiceRow.addClassName("no-print");
        add(picker, choiceRow, actions, hint, rates, scroll, chart);
    }

    /** Shows {@code columns} by the chosen figure, through the address (so that it can be bookmarked). */
    private void go(List<Choice> columns) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(PARAMETER, columns.stream().map(Choice::parameter).collect(Collectors.joining(",")));
        parameters.put(
                FIGURE,
                Objects.requireNonNullElse(figure.getValue(), Figure.RECURRING).parameter());
        parameters.put(
                YEARS, String.valueOf(Objects.requireNonNullElse(years.getValue(), Limits.DEFAULT_HORIZON_YEARS)));
        getUI().ifPresent(ui -> ui.navigate(CompareView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var tokens = query.getSingleParameter(PARAMETER)
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> s.equals(STAY) || s.matches("\\d{1,18}"))
                        .distinct()
                        .toList())
                .orElse(List.of());
        var ids = tokens.stream()
                .filter(s -> !s.equals(STAY))
                .map(Long::parseLong)
                .toList();
        var named = offers.namesOf(ids).stream().collect(Collectors.toMap(OfferName::id, Choice::of));
        var stayChoice = tokens.contains(STAY) ? stayChoice() : Optional.<Choice>empty();
        boolean stay = stayChoice.isPresent();
        var choice = choice(query);
        var ordered = new ArrayList<Choice>();
        for (var id : ids) {
            var offer = named.get(id);
            if (offer != null) {
                ordered.add(offer);
            }
        }
        stayChoice.ifPresent(ordered::add);
        shown = List.copyOf(ordered);
        entering = true;
        try {
            picker.setValue(new LinkedHashSet<>(shown));
            figure.setValue(choice.figure());
            years.setValue(choice.horizonYears());
        } finally {
            entering = false;
        }
        years.setVisible(choice.figure().usesHorizon());
        int columns = ids.size() + (stay ? 1 : 0);
        actions.removeAll();
        if (columns < 2 || columns > 4) {
            hint.setText("Choose two to four offers to see them side by side.");
            hint.setVisible(true);
            table.setVisible(false);
            chart.setVisible(false);
            rates.setVisible(false);
            return;
        }
        show(dashboard.compare(ids, stay, choice)); // another user's offer: the router shows the not-found page
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(PARAMETER, shown.stream().map(Choice::parameter).collect(Collectors.joining(",")));
        parameters.put(FIGURE, choice.figure().parameter());
        parameters.put(YEARS, String.valueOf(choice.horizonYears()));
        var address = QueryParameters.simple(parameters).getQueryString();
        actions.add(new ReportActions("pdf/compare?" + address, sharing.isOn() ? "shared?" + address : null));
    }

    /**
     * One page of the picker's choices matching what is typed: the user's offers, most recently changed first, then
     * staying at the current job when the user has described it.
     */
    Stream<Choice> choices(String typed, int page, int pageSize) {
        var names = offers.names(typed, PageRequest.of(page, pageSize));
        var result = names.stream().map(Choice::of);
        if (names.size() == pageSize) {
            return result;
        }
        var stay = stayChoice()
                .filter(c -> c.label()
                        .toLowerCase(Locale.ROOT)
                        .contains(typed.strip().toLowerCase(Locale.ROOT)));
        return Stream.concat(result, stay.stream());
    }

    private Optional<Choice> stayChoice() {
        return dashboard.stayLabel().map(label -> new Choice(null, label));
    }

    /** The figure and horizon the address names; what it leaves out (or gets wrong) comes from the user's choice. */
    private FigureChoice choice(QueryParameters query) {
        var preferred = dashboard.preferredFigure();
        var chosenFigure =
                query.getSingleParameter(FIGURE).flatMap(Figure::fromParameter).orElse(preferred.figure());
        int horizon = query.getSingleParameter(YEARS)
                .filter(s -> s.matches("\\d{1,2}"))
                .map(Integer::parseInt)
                .filter(y -> y >= Limits.MIN_HORIZON_YEARS && y <= Limits.MAX_HORIZON_YEARS)
                .orElse(preferred.horizonYears());
        return new FigureChoice(chosenFigure, horizon);
    }

    private void show(Comparison comparison) {
        hint.setVisible(false);
        table.setVisible(true);
        chart.setVisible(true);
        rates.setVisible(!comparison.ratesUsed().isEmpty());
        rates.setText("Figures in " + comparison.currency() + ", converted with: "
                + String.join("; ", comparison.ratesUsed()) + ".");
        var columns = comparison.offers();
        var chosen = comparison.choice().figure();
        var built = new ArrayList<Row>();
        built.add(money(comparison.choice().label(), columns, Comparison.Column::chosen));
        if (chosen.usesHorizon()) {
            built.add(new Row(
                    "Assumptions used",
                    columns.stream().map(Comparison.Column::assumptions).toList(),
                    List.of()));
        }
        if (chosen != Figure.RECURRING) {
            built.add(money(Figure.RECURRING.label(), columns, Comparison.Column::recurring));
        }
        if (chosen != Figure.YEAR_ONE) {
            built.add(money(Figure.YEAR_ONE.label(), columns, Comparison.Column::yearOne));
        }
        if (chosen != Figure.FOUR_YEAR_AVERAGE) {
            built.add(money(Figure.FOUR_YEAR_AVERAGE.label(), columns, Comparison.Column::fourYearAverage));
        }
        built.add(money("Risk-adjusted", columns, Comparison.Column::riskAdjusted));
        if (columns.stream().anyMatch(o -> o.takeHome() != null)) {
            built.add(money("Take-home, recurring", columns, Comparison.Column::takeHome));
            int years = Math.min(
                    comparison.choice().horizonYears(),
                    columns.stream()
                            .mapToInt(o -> o.takeHomeYears().size())
                            .max()
                            .orElse(0));
            for (int year = 1; year <= years; year++) {
                int index = year - 1;
                built.add(money(
                        "Take-home, year " + year,
                        columns,
                        o -> index < o.takeHomeYears().size()
                                ? o.takeHomeYears().get(index)
                                : null));
            }
            built.add(new Row(
                    "Taxed as (an estimate, not tax advice)",
                    columns.stream().map(Comparison.Column::taxedAs).toList(),
                    List.of()));
        }
        built.add(new Row(
                "Signing bonus at risk",
                columns.stream()
                        .map(o -> o.isStay()
                                ? "—"
                                : o.signingAtRisk().isZero()
                                        ? "None"
                                        : Formats.moneyWhole(o.signingAtRisk()) + " for " + o.clawbackMonths()
                                                + " months")
                        .toList(),
                best(
                        columns,
                        o -> o.isStay() ? null : o.signingAtRisk().amount().negate())));
        for (var component : BandDetails.Component.values()) {
            built.add(new Row(
                    "In band: " + component.label(),
                    columns.stream()
                            .map(o -> position(o.positions().get(component)))
                            .toList(),
                    bestPosition(columns, component)));
        }
        built.add(new Row(
                "Equity",
                columns.stream()
                        .map(o -> o.equityKind() + (o.liquid() ? " · liquid" : " · not yet liquid"))
                        .toList(),
                IntStream.range(0, columns.size())
                        .filter(i -> columns.get(i).liquid())
                        .boxed()
                        .toList()));
        built.add(new Row(
                "Band",
                columns.stream()
                        .map(o -> o.isStay() ? "—" : o.band() == null ? "No band matches" : o.band())
                        .toList(),
                List.of()));
        rows = List.copyOf(built);
        renderTable(columns);
        chart.setSpec(yearsSpec(comparison));
    }

    /** The table, written again whole on a change (static markup: see {@link TableMarkup}). */
    private void renderTable(List<Comparison.Column> columns) {
        table.getElement().getStyle().set("--compare-columns", String.valueOf(columns.size()));
        var markup = new TableMarkup().headRow().heading("");
        columns.forEach(o -> markup.cell("th", o.label(), o.isStay() ? "stay" : null, null));
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            markup.bodyRow(r == 0 ? "chosen" : null).heading(row.label());
            for (int i = 0; i < row.cells().size(); i++) {
                var text = row.cells().get(i);
                if (row.best().contains(i) && row.best().size() < row.cells().size()) {
                    markup.cell("td", text + " ★", "best", "Best in this row");
                } else {
                    markup.data(text);
                }
            }
        }
        markup.writeTo(table);
    }

    List<Row> rows() {
        return rows;
    }

    /** The columns shown, in order (for tests). */
    List<Choice> shown() {
        return shown;
    }

    static ChartSpec yearsSpec(Comparison comparison) {
        var figure = comparison.choice().figure();
        int years = comparison.offers().stream()
                .mapToInt(o -> o.chosenYears().size())
                .max()
                .orElse(4);
        var categories =
                IntStream.rangeClosed(1, years).mapToObj(y -> "Year " + y).toList();
        var series = comparison.offers().stream()
                .map(o -> new ChartSpec.Series(
                        o.label(),
                        "",
                        IntStream.range(0, o.chosenYears().size())
                                .mapToObj(i -> new ChartSpec.Point(
                                        "Year " + (i + 1),
                                        DashboardView.amount(o.chosenYears().get(i))))
                                .toList()))
                .toList();
        var description = switch (figure) {
            case RECURRING, YEAR_ONE, FOUR_YEAR_AVERAGE ->
                "Total pay of each compared column in each year of today's figures, side by side.";
            case CASH_IN_HAND ->
                "Cash each compared column could have put in hand by the end of each year, weighted over the scenarios.";
            case EXPECTED -> "Total pay of each compared column in each year, weighted over the scenarios.";
            default ->
                "Total pay of each compared column in each year, "
                        + figure.label().toLowerCase(Locale.ROOT) + ".";
        };
        return ChartSpec.series(ChartSpec.Kind.GROUPED_BAR, comparison.currency(), description, categories, series);
    }

    /** A row of money, higher is better; a column without the figure shows a dash. */
    private static Row money(
            String label, List<Comparison.Column> columns, Function<Comparison.Column, @Nullable Money> value) {
        return new Row(
                label,
                columns.stream()
                        .map(o -> {
                            var money = value.apply(o);
                            return money == null ? "—" : Formats.moneyWhole(money);
                        })
                        .toList(),
                best(columns, o -> {
                    var money = value.apply(o);
                    return money == null ? null : money.amount();
                }));
    }

    /** The columns with the highest score (columns without one take no part; fewer than two: none marked). */
    private static List<Integer> best(
            List<Comparison.Column> columns, Function<Comparison.Column, @Nullable BigDecimal> score) {
        Map<Integer, BigDecimal> scored = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            var value = score.apply(columns.get(i));
            if (value != null) {
                scored.put(i, value);
            }
        }
        if (scored.size() < 2) {
            return List.of();
        }
        var top = scored.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        return scored.entrySet().stream()
                .filter(e -> e.getValue().compareTo(top) == 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<Integer> bestPosition(List<Comparison.Column> columns, BandDetails.Component component) {
        return best(columns, o -> {
            var position = o.positions().get(component);
            return position == null ? null : position.fraction();
        });
    }

    private static String position(@Nullable BandPosition position) {
        if (position == null) {
            return "—";
        }
        // Outside the band the distance reads as money (BandPosition says it one way for every page).
        return position.zone().label() + " (" + position.throughTheRange(Formats.locale()) + ")";
    }
}
