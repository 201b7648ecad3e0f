package com.offerbook.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A titled chart with the same data as a table beneath it ("Show as table"), for people who cannot see the chart.
 * The table's cells are created when it is first opened: a dashboard of a heavy user has hundreds of them, and every
 * session would otherwise keep them all in memory (docs/performance.md, "Memory").
 */
public class ChartPanel extends Div {

    public final Chart chart = new Chart();
    /** A plain HTML table: light, and read well by screen readers. */
    public final NativeTable table = new NativeTable();

    private final Paragraph note = new Paragraph();
    private final NativeDetails details;
    /** Where the chart's data comes from when the table is opened (the panel keeps no copy of it). */
    private @Nullable Supplier<ChartSpec> source;

    private boolean tableBuilt;

    public ChartPanel(String id, String title) {
        setId(id);
        addClassNames("card", "chart-panel");
        chart.setId(id + "-chart");
        table.setId(id + "-table");
        table.addClassName("data-table");
        note.addClassName("caption");
        details = new NativeDetails("Show as table", table);
        details.addClassName("chart-table");
        details.addToggleListener(event -> {
            if (event.isOpened()) {
                buildTable();
            }
        });
        add(new H3(title), chart, note, details);
    }

    public void setNote(String text) {
        note.setText(text);
    }

    public void setSpec(ChartSpec spec) {
        setSpec(() -> spec);
    }

    /**
     * Shows the spec that the source gives now; the table, when opened, asks the source again. A view whose data is
     * cached outside the session passes a source that reads the cache, so the session holds neither the chart's nor
     * the table's data (issue 15).
     */
    public void setSpec(Supplier<ChartSpec> source) {
        this.source = source;
        chart.setSpec(source.get());
        tableBuilt = false;
        clear(table);
        if (details.isOpen()) {
            buildTable();
        }
    }

    /** Opens "Show as table", as a click on it does. */
    public void openTable() {
        details.setOpen(true);
        buildTable();
    }

    /** Whether the table's cells exist yet (they are made when it is first opened). */
    public boolean tableBuilt() {
        return tableBuilt;
    }

    /** The table's body rows, as shown (first cell is the row label). */
    public List<List<String>> tableRows() {
        var spec = spec();
        return spec == null ? List.of() : text(spec).rows();
    }

    /** What the chart shows (asked of its source again), or null before it was given any. */
    public @Nullable ChartSpec spec() {
        var from = source;
        return from == null ? null : from.get();
    }

    /** A table's header and body rows as text. */
    private record TableText(List<String> headers, List<List<String>> rows) {}

    private static void clear(NativeTable table) {
        table.getElement().setProperty("innerHTML", "");
    }

    private static TableText text(ChartSpec spec) {
        var money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setCurrency(Currency.getInstance(spec.currency()));
        money.setMaximumFractionDigits(0);
        var rows = new ArrayList<List<String>>();
        List<String> headers;
        if (spec.kind() == ChartSpec.Kind.RANGE) {
            var markerNames = spec.markers().stream()
                    .map(ChartSpec.Marker::name)
                    .distinct()
                    .toList();
            headers = new ArrayList<>(List.of("", "Band", "Band min", "Band max"));
            headers.addAll(markerNames);
            for (var category : spec.categories()) {
                var row = new ArrayList<String>();
                row.add(category);
                var range = spec.ranges().stream()
                        .filter(r -> r.category().equals(category))
                        .findFirst();
                row.add(range.map(ChartSpec.RangeBar::label).orElse("No band"));
                row.add(range.map(r -> money.format(r.min())).orElse(""));
                row.add(range.map(r -> money.format(r.max())).orElse(""));
                for (var name : markerNames) {
                    row.add(spec.markers().stream()
                            .filter(m ->
                                    m.category().equals(category) && m.name().equals(name))
                            .findFirst()
                            .map(m -> money.format(m.value()))
                            .orElse(""));
                }
                rows.add(row);
            }
        } else {
            // One row per x value, one column per series.
            headers = new ArrayList<>();
            headers.add(spec.kind() == ChartSpec.Kind.TIME_LINE ? "Date" : "");
            spec.series().forEach(s -> headers.add(s.name()));
            Map<String, @Nullable String[]> byX = new LinkedHashMap<>();
            spec.categories().forEach(c -> byX.put(c, new String[spec.series().size()]));
            for (int i = 0; i < spec.series().size(); i++) {
                for (var point : spec.series().get(i).points()) {
                    byX.computeIfAbsent(point.x(), x -> new String[spec.series().size()])[i] = money.format(point.y());
                }
            }
            var lines = new ArrayList<>(byX.entrySet());
            if (spec.kind() == ChartSpec.Kind.TIME_LINE) {
                lines.sort(Map.Entry.comparingByKey());
            }
            for (var line : lines) {
                var row = new ArrayList<String>();
                row.add(line.getKey());
                for (var value : line.getValue()) {
                    row.add(value == null ? "" : value);
                }
                rows.add(row);
            }
        }
        return new TableText(List.copyOf(headers), List.copyOf(rows));
    }

    private void buildTable() {
        if (tableBuilt) {
            return;
        }
        var spec = spec();
        if (spec == null) {
            return;
        }
        tableBuilt = true;
        var text = text(spec);
        var markup = new TableMarkup().headRow();
        text.headers().forEach(markup::heading);
        for (var row : text.rows()) {
            markup.bodyRow(null).heading(row.getFirst()); // the row's label heads the row
            row.stream().skip(1).forEach(markup::data);
        }
        markup.writeTo(table);
    }
}
