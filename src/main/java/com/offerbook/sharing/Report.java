package com.offerbook.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The read-only one-pager a share link, the print view and the PDF show, as plain text and numbers: the page and the
 * PDF only lay it out. Built from the owner's figures and never from notes, the planner or the walk-away floor. Text
 * here is the user's own (company names, labels) and is always written out as text, never as markup.
 *
 * @param parts tables and charts, in the order shown
 * @param assumptions what the figures assume, in words
 * @param sources where outside figures come from (bands, exchange rates, tax profiles)
 */
public record Report(
        String title,
        String subtitle,
        LocalDate date,
        List<Part> parts,
        List<String> assumptions,
        List<String> sources) {

    public Report {
        parts = List.copyOf(parts);
        assumptions = List.copyOf(assumptions);
        sources = List.copyOf(sources);
    }

    /** A table or a chart. */
    public sealed interface Part permits Table, Graph {
        String title();
    }

    /** A table: the first column names each row. */
    public record Table(String title, List<String> headers, List<List<String>> rows) implements Part {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** A chart's data as a table: one row per category, one column per series (amounts rounded to whole units). */
        static Table of(Graph graph) {
            var headers = new ArrayList<String>();
            headers.add("");
            graph.series().forEach(s -> headers.add(s.name()));
            var rows = new ArrayList<List<String>>();
            for (int i = 0; i < graph.categories().size(); i++) {
                var row = new ArrayList<String>();
                row.add(graph.categories().get(i));
                for (var s : graph.series()) {
                    row.add(
                            i < s.values().size()
                                    ? String.format(
                                                    Locale.ROOT,
                                                    "%,.0f",
                                                    s.values().get(i)) + " " + graph.currency()
                                    : "");
                }
                rows.add(row);
            }
            return new Table(graph.title(), headers, rows);
        }
    }

    /**
     * A bar chart in {@code currency}: one bar per series in each category, side by side or stacked. {@code
     * description} says in words what it shows (screen readers, and the PDF's caption).
     */
    public record Graph(
            String title,
            String currency,
            String description,
            boolean stacked,
            List<String> categories,
            List<Series> series)
            implements Part {

        public Graph {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** One series' value in each category, in order (0 where it has none). */
    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }
}
