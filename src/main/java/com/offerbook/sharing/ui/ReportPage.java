package com.offerbook.sharing.ui;

import com.offerbook.base.ui.ChartPanel;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.sharing.Report;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A {@link Report} laid out as a read-only page: headings, tables and charts (each chart with its table beneath), then
 * the assumptions and sources. All text is set as text, never as HTML.
 */
class ReportPage extends Div {

    ReportPage(Report report) {
        addClassName("report");
        var title = new H1(report.title());
        title.setId("report-title");
        var subtitle = new Paragraph(report.subtitle());
        subtitle.addClassName("caption");
        var made = new Paragraph("Made on " + report.date().format(DateTimeFormatter.ISO_LOCAL_DATE)
                + " by Offerbook. Read-only; figures as the owner entered them.");
        made.addClassName("caption");
        add(title, subtitle, made);
        int index = 0;
        for (var part : report.parts()) {
            index++;
            switch (part) {
                case Report.Table table -> add(table(table, "report-table-" + index));
                case Report.Graph graph -> {
                    var panel = new ChartPanel("report-chart-" + index, graph.title());
                    panel.setSpec(spec(graph));
                    panel.setNote(graph.description());
                    add(panel);
                }
            }
        }
        add(list("Assumptions", "report-assumptions", report.assumptions()));
        add(list(
                "Sources",
                "report-sources",
                report.sources().isEmpty() ? List.of("None: only figures the owner entered.") : report.sources()));
    }

    static ChartSpec spec(Report.Graph graph) {
        var series = graph.series().stream()
                .map(s -> new ChartSpec.Series(
                        s.name(),
                        graph.stacked() ? "total" : "",
                        IntStream.range(
                                        0,
                                        Math.min(
                                                s.values().size(),
                                                graph.categories().size()))
                                .mapToObj(i -> new ChartSpec.Point(
                                        graph.categories().get(i), s.values().get(i)))
                                .toList()))
                .toList();
        return ChartSpec.series(
                graph.stacked() ? ChartSpec.Kind.STACKED_BAR : ChartSpec.Kind.GROUPED_BAR,
                graph.currency(),
                graph.description(),
                graph.categories(),
                series);
    }

    private static Div table(Report.Table table, String id) {
        var html = new NativeTable();
        html.setId(id);
        html.addClassNames("data-table", "report-table");
        var head = html.getHead().addRow();
        table.headers().forEach(h -> head.addHeaderCell().setText(h));
        var body = html.getBody();
        for (var row : table.rows()) {
            var tr = body.addRow();
            for (int i = 0; i < row.size(); i++) {
                var cell = i == 0 ? tr.addHeaderCell() : tr.addDataCell();
                cell.setText(row.get(i));
            }
        }
        var card = new Div(new H3(table.title()), scroll(html));
        card.addClassNames("card", "report-part");
        return card;
    }

    private static Div scroll(NativeTable table) {
        var scroll = new Div(table);
        scroll.addClassName("compare-scroll");
        return scroll;
    }

    private static Div list(String title, String id, List<String> lines) {
        var items = new ArrayList<ListItem>();
        lines.forEach(line -> items.add(new ListItem(line)));
        var list = new UnorderedList(items.toArray(ListItem[]::new));
        list.setId(id);
        var card = new Div(new H3(title), list);
        card.addClassNames("card", "report-part");
        return card;
    }
}
