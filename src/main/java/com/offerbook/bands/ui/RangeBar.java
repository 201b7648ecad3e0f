package com.offerbook.bands.ui;

import com.offerbook.comp.Money;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A band component's range drawn as a bar, with points marked on it (an offer's value). Values outside the
 * range are drawn at the bar's ends, and each mark names its value in text too.
 */
class RangeBar extends Div {

    /** A point to mark: its label and value in the bar's currency. */
    record Mark(String label, Money value) {
    }

    RangeBar(Money min, Money max, List<Mark> marks) {
        addClassName("range-bar");
        var track = new Div();
        track.addClassName("range-track");
        var fill = new Div();
        fill.addClassName("range-fill");
        track.add(fill);
        // The track spans 10 % below min to 10 % above max so marks just outside the band stay visible.
        var span = max.minus(min).amount();
        var pad = span.signum() == 0 ? max.amount().multiply(new BigDecimal("0.1")) : span.multiply(new BigDecimal("0.1"));
        var from = min.amount().subtract(pad);
        var width = span.add(pad.multiply(BigDecimal.TWO));
        fill.getStyle().set("left", percent(min.amount(), from, width)).set("width", percent(max.amount(), from, width, min.amount()));
        for (var mark : marks) {
            var dot = new Span();
            dot.addClassName("range-mark");
            dot.getStyle().set("left", percent(mark.value().amount(), from, width));
            dot.getElement().setAttribute("aria-label", mark.label() + ": " + mark.value().format());
            Tooltip.forComponent(dot).setText(mark.label() + ": " + mark.value().format());
            track.add(dot);
        }
        var labels = new Div(new Span(min.format()), new Span(max.format()));
        labels.addClassName("range-labels");
        add(track, labels);
    }

    private static String percent(BigDecimal value, BigDecimal from, BigDecimal width) {
        if (width.signum() == 0) {
            return "50%";
        }
        var fraction = value.subtract(from).divide(width, MathContext.DECIMAL64).max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String percent(BigDecimal max, BigDecimal from, BigDecimal width, BigDecimal min) {
        if (width.signum() == 0) {
            return "0%";
        }
        return max.subtract(min).divide(width, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(100))
                .setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
