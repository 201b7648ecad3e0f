package com.offerbook.dashboard.ui;

import com.offerbook.bands.BandDetails;
import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.Money;
import com.offerbook.dashboard.Comparison;
import com.offerbook.dashboard.DashboardService;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Two to four offers side by side, the best value of each row marked; deep link: /compare?offers=1,2,3. */
@Route("compare")
@PageTitle("Compare offers")
@Menu(order = 1.5, icon = "icons/handshake.svg", title = "Compare")
@PermitAll
class CompareView extends VerticalLayout implements BeforeEnterObserver {

    static final String PARAMETER = "offers";

    final MultiSelectComboBox<OfferSummary> picker = new MultiSelectComboBox<>("Offers to compare (2 to 4)");
    final NativeTable table = new NativeTable();
    final ChartPanel years = new ChartPanel("chart-compare-years", "Year by year");
    final Paragraph hint = new Paragraph();
    private final Paragraph rates = new Paragraph();
    private final DashboardService dashboard;
    private List<Row> rows = List.of();

    /** One row of the table: its label, each offer's cell text, and which columns hold the best value. */
    record Row(String label, List<String> cells, List<Integer> best) {}

    CompareView(DashboardService dashboard, OfferService offers) {
        this.dashboard = dashboard;
        addClassName("view");
        picker.setItems(offers.list(
                        OfferFilter.none(), PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "lastChangeAt")))
                .getContent());
        picker.setItemLabelGenerator(o -> o.label() + (o.levelLabel().isBlank() ? "" : " " + o.levelLabel()));
        picker.setWidth("min(40rem, 100%)");
        picker.setId("compare-picker");
        picker.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                var ids = event.getValue().stream()
                        .map(o -> String.valueOf(o.id()))
                        .collect(Collectors.joining(","));
                getUI().ifPresent(ui -> ui.navigate(CompareView.class, QueryParameters.of(PARAMETER, ids)));
            }
        });
        table.addClassNames("data-table", "compare-table");
        table.setId("compare-table");
        rates.addClassName("caption");
        hint.setId("compare-hint");
        years.setWidthFull();
        add(picker, hint, rates, table, years);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var ids = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PARAMETER)
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> s.matches("\\d{1,18}"))
                        .map(Long::parseLong)
                        .distinct()
                        .toList())
                .orElse(List.of());
        picker.setValue(picker.getListDataView()
                .getItems()
                .filter(o -> ids.contains(o.id()))
                .collect(Collectors.toSet()));
        if (ids.size() < 2 || ids.size() > 4) {
            hint.setText("Choose two to four offers to see them side by side.");
            hint.setVisible(true);
            table.setVisible(false);
            years.setVisible(false);
            rates.setVisible(false);
            return;
        }
        show(dashboard.compare(ids)); // another user's offer: the router shows the not-found page
    }

    private void show(Comparison comparison) {
        hint.setVisible(false);
        table.setVisible(true);
        years.setVisible(true);
        rates.setVisible(!comparison.ratesUsed().isEmpty());
        rates.setText("Figures in " + comparison.currency() + ", converted with: "
                + String.join("; ", comparison.ratesUsed()) + ".");
        var offers = comparison.offers();
        var built = new ArrayList<Row>();
        built.add(money("Recurring total comp", offers, Comparison.Column::recurring, true));
        built.add(money("Year 1", offers, Comparison.Column::yearOne, true));
        built.add(money("4-year average", offers, Comparison.Column::fourYearAverage, true));
        built.add(money("Risk-adjusted", offers, Comparison.Column::riskAdjusted, true));
        built.add(new Row(
                "Signing bonus at risk",
                offers.stream()
                        .map(o -> o.signingAtRisk().isZero()
                                ? "None"
                                : o.signingAtRisk().format() + " for " + o.clawbackMonths() + " months")
                        .toList(),
                best(offers, o -> o.signingAtRisk().amount().negate())));
        for (var component : BandDetails.Component.values()) {
            built.add(new Row(
                    "In band: " + component.label(),
                    offers.stream()
                            .map(o -> position(o.positions().get(component)))
                            .toList(),
                    bestPosition(offers, component)));
        }
        built.add(new Row(
                "Equity",
                offers.stream()
                        .map(o -> o.equityKind() + (o.liquid() ? " · liquid" : " · not yet liquid"))
                        .toList(),
                IntStream.range(0, offers.size())
                        .filter(i -> offers.get(i).liquid())
                        .boxed()
                        .toList()));
        built.add(new Row(
                "Band",
                offers.stream()
                        .map(o -> o.band() == null ? "No band matches" : o.band())
                        .toList(),
                List.of()));
        rows = List.copyOf(built);
        renderTable(offers);
        years.setSpec(yearsSpec(comparison));
    }

    private void renderTable(List<Comparison.Column> offers) {
        table.removeAll();
        var head = table.getHead().addRow();
        head.addHeaderCell().setText("");
        offers.forEach(o -> head.addHeaderCell().setText(o.label()));
        var body = table.getBody();
        for (var row : rows) {
            var tr = body.addRow();
            tr.addHeaderCell().setText(row.label());
            for (int i = 0; i < row.cells().size(); i++) {
                var cell = tr.addDataCell();
                if (row.best().contains(i) && row.best().size() < row.cells().size()) {
                    cell.setText(row.cells().get(i) + " ★");
                    cell.addClassName("best");
                    cell.getElement().setAttribute("title", "Best in this row");
                } else {
                    cell.setText(row.cells().get(i));
                }
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    static ChartSpec yearsSpec(Comparison comparison) {
        int years = comparison.offers().stream()
                .mapToInt(o -> o.yearTotals().size())
                .max()
                .orElse(4);
        var categories =
                IntStream.rangeClosed(1, years).mapToObj(y -> "Year " + y).toList();
        var series = comparison.offers().stream()
                .map(o -> new ChartSpec.Series(
                        o.label(),
                        "",
                        IntStream.range(0, o.yearTotals().size())
                                .mapToObj(i -> new ChartSpec.Point(
                                        "Year " + (i + 1),
                                        DashboardView.amount(o.yearTotals().get(i))))
                                .toList()))
                .toList();
        return ChartSpec.series(
                ChartSpec.Kind.GROUPED_BAR,
                comparison.currency(),
                "Total pay of each compared offer in each year, side by side.",
                categories,
                series);
    }

    private static Row money(
            String label,
            List<Comparison.Column> offers,
            Function<Comparison.Column, Money> value,
            boolean higherIsBetter) {
        return new Row(
                label,
                offers.stream().map(o -> value.apply(o).format()).toList(),
                best(
                        offers,
                        o -> higherIsBetter
                                ? value.apply(o).amount()
                                : value.apply(o).amount().negate()));
    }

    private static List<Integer> best(List<Comparison.Column> offers, Function<Comparison.Column, BigDecimal> score) {
        var top = offers.stream().map(score).max(Comparator.naturalOrder()).orElseThrow();
        return IntStream.range(0, offers.size())
                .filter(i -> score.apply(offers.get(i)).compareTo(top) == 0)
                .boxed()
                .toList();
    }

    private static List<Integer> bestPosition(List<Comparison.Column> offers, BandDetails.Component component) {
        var scored = IntStream.range(0, offers.size())
                .filter(i -> offers.get(i).positions().containsKey(component))
                .boxed()
                .toList();
        if (scored.size() < 2) {
            return List.of();
        }
        var top = scored.stream()
                .map(i -> scoredPosition(offers.get(i), component).fraction())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return scored.stream()
                .filter(i -> scoredPosition(offers.get(i), component).fraction().compareTo(top) == 0)
                .toList();
    }

    private static BandPosition scoredPosition(Comparison.Column offer, BandDetails.Component component) {
        return Objects.requireNonNull(offer.positions().get(component), "only offers with a position are scored");
    }

    private static String position(@Nullable BandPosition position) {
        if (position == null) {
            return "—";
        }
        // Outside the band the distance reads as money (BandPosition says it one way for every page).
        return position.zone().label() + " (" + position.throughTheRange() + ")";
    }
}
