package com.offerbook.base.ui;

import java.util.List;

/**
 * What one chart shows, as plain data: the Java side decides the numbers, the web component only draws them.
 * Amounts are in {@code currency}; {@code description} is read out by screen readers (ECharts aria).
 */
public record ChartSpec(
        Kind kind,
        String currency,
        String description,
        List<String> categories,
        List<Series> series,
        List<RangeBar> ranges,
        List<Marker> markers) {

    /** The kinds of chart Offerbook draws. */
    public enum Kind {
        /** One line per series over dates; points' x are ISO dates. */
        TIME_LINE,
        /** Bars per category, series stacked. */
        STACKED_BAR,
        /** Bars per category, series side by side. */
        GROUPED_BAR,
        /** A floating bar per category from min to max, with markers. */
        RANGE
    }

    /** A named series of points. */
    public record Series(String name, String stack, List<Point> points) {}

    /** One value: x is a category or an ISO date. */
    public record Point(String x, double y) {}

    /** A min–max bar for one category. */
    public record RangeBar(String category, double min, double max, String label) {}

    /** A marked value for one category. */
    public record Marker(String category, String name, double value) {}

    public static ChartSpec series(
            Kind kind, String currency, String description, List<String> categories, List<Series> series) {
        return new ChartSpec(kind, currency, description, categories, series, List.of(), List.of());
    }

    public static ChartSpec ranges(
            String currency, String description, List<String> categories, List<RangeBar> ranges, List<Marker> markers) {
        return new ChartSpec(Kind.RANGE, currency, description, categories, List.of(), ranges, markers);
    }
}
