package com.offerbook.valuation.ui;

import com.offerbook.comp.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** How the valuation pages write figures and lists of steps. */
final class Figures {

    private Figures() {}

    /** "$312,500.00": projected figures always show cents (half-even), so a column reads evenly. */
    static String cents(Money money) {
        var format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(money.currency());
        int digits = money.currency().getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(money.rounded().amount());
    }

    /** A figure card: label, value, and how it is made. */
    static Div card(String id, String label, String value, String how) {
        var l = new Span(label);
        l.addClassName("figure-label");
        var v = new Span(value);
        v.addClassName("figure-value");
        v.setId(id + "-value");
        var h = new Span(how);
        h.addClassName("figure-how");
        var card = new Div(l, v, h);
        card.addClassName("figure-card");
        card.setId(id);
        return card;
    }

    static Component steps(String id, List<String> lines) {
        var list = new UnorderedList();
        list.setId(id);
        list.addClassName("steps");
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
