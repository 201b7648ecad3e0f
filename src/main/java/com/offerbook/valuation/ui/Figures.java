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

/**
 * How the valuation pages write figures and lists of steps. One rule for money: headline figures (the cards and the
 * sentences) in whole units of the currency, "$1,801,758"; tables always with cents, "$1,801,757.81", so a column
 * reads evenly and the worked examples can be checked to the cent; the steps in words show cents where there are
 * some. Both round half-even; a minimum ("at least") rounds up, so it never reads below the amount.
 */
final class Figures {

    private Figures() {}

    /** "$312,500.00": projected figures in a table always show cents (half-even), so a column reads evenly. */
    static String cents(Money money) {
        return format(money, money.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    /** "+$12,500.00", "−$3,000.50", "±$0.00": a difference in a table. */
    static String centsSigned(Money money) {
        var text = cents(new Money(money.amount().abs(), money.currency()));
        return sign(money) + text;
    }

    /** "$1,801,758": a headline figure, in whole units (half-even). */
    static String whole(Money money) {
        return format(money, 0, RoundingMode.HALF_EVEN);
    }

    /** "$60,001" for $60,000.40: a minimum in whole units, rounded up so it is never below the amount. */
    static String wholeAtLeast(Money money) {
        return format(money, 0, RoundingMode.CEILING);
    }

    private static String sign(Money money) {
        return money.amount().signum() > 0 ? "+" : money.amount().signum() < 0 ? "\u2212" : "±";
    }

    private static String format(Money money, int digits, RoundingMode rounding) {
        var format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(rounding);
        return format.format(money.amount().setScale(digits, rounding));
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
