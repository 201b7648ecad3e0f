package com.offerbook.dashboard.ui;

import com.vaadin.flow.component.html.NativeTable;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a table written as markup ({@code innerHTML}: Compare's table, a chart's "Show as table") shows to the browser. */
final class Tables {

    private Tables() {}

    /** The header row's cells. */
    static List<String> headers(NativeTable table) {
        return shown(table).select("thead th").stream().map(Element::text).toList();
    }

    /** The body's rows. */
    static long bodyRows(NativeTable table) {
        return shown(table).select("tbody tr").size();
    }

    private static Document shown(NativeTable table) {
        return Jsoup.parse("<table>" + table.getElement().getProperty("innerHTML", "") + "</table>");
    }
}
