package com.offerbook.dashboard;

import com.offerbook.base.Limits;

/** A figure and the horizon of the figures that add up years (kept when a figure without one is chosen). */
public record FigureChoice(Figure figure, int horizonYears) {

    public FigureChoice {
        if (horizonYears < Limits.MIN_HORIZON_YEARS || horizonYears > Limits.MAX_HORIZON_YEARS) {
            throw new IllegalArgumentException("The horizon is " + Limits.MIN_HORIZON_YEARS + " to "
                    + Limits.MAX_HORIZON_YEARS + " years, not " + horizonYears);
        }
    }

    /** Recurring total comp, as before the choice existed; a 5-year horizon ready for the projected figures. */
    public static FigureChoice defaults() {
        return new FigureChoice(Figure.RECURRING, Limits.DEFAULT_HORIZON_YEARS);
    }

    public String label() {
        return figure.label(horizonYears);
    }
}
