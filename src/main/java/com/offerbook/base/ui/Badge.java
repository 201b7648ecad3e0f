package com.offerbook.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small rounded label: a status, a kind, a change. {@code tone} is one of neutral, success, error, accent. */
public final class Badge extends Span {

    public Badge(String text, String tone) {
        super(text);
        addClassNames("badge", "badge-" + tone);
    }
}
