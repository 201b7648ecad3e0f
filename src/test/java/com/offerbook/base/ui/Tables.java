package com.offerbook.base.ui;

import com.vaadin.flow.component.html.NativeTable;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a table written as markup ({@code innerHTML}, see {@link TableMarkup}: Compare's table, a chart's "Show as
 * table", the offer page's year-by-year figures and band positions) shows to the browser.
 */
public final class Tables {

    private Tables() {}

    /** The header row's cells. */
    public static List<String> headers(NativeTable table) {
        return shown(table).select("thead th").stream().map(Element::text).toList();
    }

    /** The body's rows. */
    public static long bodyRows(NativeTable table) {
        return shown(table).select("tbody tr").size();
    }

    /** The text of one cell of the body, a row's label ({@code th}) counted as its first cell; both from 0. */
    public static String cell(NativeTable table, int row, int column) {
        return shown(table)
                .select("tbody tr")
                .get(row)
                .select("th, td")
                .get(column)
                .text();
    }

    private static Document shown(NativeTable table) {
        return Jsoup.parse("<table>" + Markup.of(table) + "</table>");
    }
}
