package com.offerbook.comp;

import java.util.ArrayList;
import java.util.List;

/**
 * The value that would have vested at the current job in the 12 months after the leave month: what a new employer
 * is asked to make whole, as a signing bonus.
 */
public record MakeWhole(int leaveMonth, ByScenario amount, List<String> steps) {

    public MakeWhole {
        steps = List.copyOf(steps);
    }

    /** The signing-bonus ask: the offer's own signing bonus, raised to at least the make-whole amount. */
    public SigningAsk signingAsk(Money offered) {
        var floor = amount.expected();
        var steps = new ArrayList<>(this.steps);
        if (offered.compareTo(floor) >= 0) {
            steps.add("The offer's signing bonus, %s, already covers it."
                    .formatted(offered.rounded().format()));
            return new SigningAsk(offered, floor, steps);
        }
        steps.add("The offer's signing bonus, %s, is below it: ask for at least %s."
                .formatted(offered.rounded().format(), floor.rounded().format()));
        return new SigningAsk(floor, floor, steps);
    }

    /** A signing-bonus ask of at least the make-whole amount, with the steps. */
    public record SigningAsk(Money ask, Money makeWhole, List<String> steps) {

        public SigningAsk {
            steps = List.copyOf(steps);
        }
    }
}
