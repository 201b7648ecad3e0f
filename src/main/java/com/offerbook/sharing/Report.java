package com.offerbook.sharing;

import java.time.LocalDate;
import java.util.List;

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
