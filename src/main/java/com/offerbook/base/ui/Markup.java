package com.offerbook.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Markup Offerbook puts together itself, every text escaped where it is added, sent to the browser as one element's
 * {@code innerHTML}: one state node however much it shows (issue 15). Unlike Vaadin's {@code Html}, which parses its
 * markup with jsoup on the server each time it is set, the text goes out as it is; the offer page's revision cards and
 * the dashboard's figure cards were parsed on every visit.
 */
public final class Markup {

    private Markup() {}

    /** A div with these class names, holding this markup. */
    public static Div div(String innerHtml, String... classNames) {
        return into(new Div(), innerHtml, classNames);
    }

    /** A span with these class names, holding this markup. */
    public static Span span(String innerHtml, String... classNames) {
        return into(new Span(), innerHtml, classNames);
    }

    /** Replaces what the element holds with this markup. */
    public static void set(HtmlContainer element, String innerHtml) {
        element.getElement().setProperty("innerHTML", innerHtml);
    }

    /** The markup the element holds (for tests and for what is read back). */
    public static String of(HtmlContainer element) {
        return element.getElement().getProperty("innerHTML", "");
    }

    private static <T extends HtmlContainer> T into(T element, String innerHtml, String... classNames) {
        element.addClassNames(classNames);
        set(element, innerHtml);
        return element;
    }
}
