package com.offerbook.dashboard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figure offers are ranked and compared by. The first three are today's figures of the latest revision; the others
 * come from the valuation projection over a horizon of 1 to 10 years, under the assumptions each offer uses (an offer
 * without assumptions projects today's figures: no growth, no refreshers, no raises).
 */
public enum Figure {
    RECURRING("recurring", "Recurring total comp"),
    YEAR_ONE("year-1", "Year 1"),
    FOUR_YEAR_AVERAGE("4-year-average", "4-year average"),
    BEAR("bear", "Bear case"),
    BASE("base", "Base case"),
    BULL("bull", "Bull case"),
    EXPECTED("expected", "Weighted expected value"),
    CASH_IN_HAND("cash", "Cash in hand");

    private final String parameter;
    private final String name;

    Figure(String parameter, String name) {
        this.parameter = parameter;
        this.name = name;
    }

    /** How the figure is written in an address ({@code /compare?figure=bull}). */
    public String parameter() {
        return parameter;
    }

    /** The figure's name, for a choice list. */
    public String label() {
        return name;
    }

    /** Whether the figure adds up years 1 to a horizon (the projected figures). */
    public boolean usesHorizon() {
        return compareTo(BEAR) >= 0;
    }

    /** The figure named with its horizon: "Bear case, years 1–5 together", "Cash in hand by the end of year 3". */
    public String label(int years) {
        if (!usesHorizon()) {
            return name;
        }
        if (this == CASH_IN_HAND) {
            return "Cash in hand by the end of year " + years;
        }
        return name + (years == 1 ? ", year 1" : ", years 1–" + years + " together");
    }

    public static Optional<Figure> fromParameter(String text) {
        return Arrays.stream(values())
                .filter(f -> f.parameter.equalsIgnoreCase(text.strip()))
                .findFirst();
    }
}
