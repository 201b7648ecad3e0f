package com.offerbook.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.vaadin.flow.component.html.Span;

/** A small rounded label: a status, a kind, a change. {@code tone} is one of neutral, success, error, accent. */
public final class Badge extends Span {

    public Badge(String text, String tone) {
        super(text);
        addClassNames("badge", "badge-" + tone);
    }

    /** The same label as markup, for a part of a page drawn as static markup (one state node for the whole part). */
    public static String markup(String text, String tone) {
        return "<span class=\"badge badge-" + tone + "\">" + htmlEscape(text) + "</span>";
    }
}
