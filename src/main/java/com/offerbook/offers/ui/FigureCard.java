package com.offerbook.offers.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;

/** One headline figure: a label, the value, and a line that says how it is computed. */
class FigureCard extends Div {

    final Span value = new Span();

    FigureCard(String id, String label, String amount, String explanation) {
        addClassName("figure-card");
        setId(id);
        var labelSpan = new Span(label);
        labelSpan.addClassName("figure-label");
        value.setText(amount);
        value.addClassName("figure-value");
        var how = new Span(explanation);
        how.addClassName("figure-how");
        add(labelSpan, value, how);
        Tooltip.forComponent(this).setText(explanation);
    }

    /** Adds the figure after tax under the value: "After tax: $187,412 (San Francisco Bay Area)". */
    void afterTax(String takeHome) {
        var line = new Span(takeHome);
        line.addClassName("figure-after-tax");
        line.setId(getId().orElse("figure") + "-after-tax");
        addComponentAtIndex(2, line);
    }
}
