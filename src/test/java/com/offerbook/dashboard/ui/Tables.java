package com.offerbook.dashboard.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a {@link NativeTable} puts on the page, read through its element tree: a head or body removed from the table
 * but still held by it is not there, whatever {@code getHead()} or {@code getBody()} return.
 */
final class Tables {

    private Tables() {}

    /** The header row's cells. */
    static List<String> headers(NativeTable table) {
        return descendants(table.getElement())
                .filter(e -> e.getTag().equals("thead"))
                .flatMap(Tables::descendants)
                .filter(e -> e.getTag().equals("th"))
                .map(Element::getText)
                .toList();
    }

    /** The body's rows. */
    static long bodyRows(NativeTable table) {
        return descendants(table.getElement())
                .filter(e -> e.getTag().equals("tbody"))
                .flatMap(Tables::descendants)
                .filter(e -> e.getTag().equals("tr"))
                .count();
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren()
                .filter(child -> !child.isTextNode())
                .flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
