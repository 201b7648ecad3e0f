package com.offerbook.negotiation;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The step the planner rounds suggested asks and floors to, in the offer's currency: a counter asks for
 * £78,500, not £78,740.16. The user chooses it per plan; numbers the user types are kept as typed.
 */
public enum AskRounding {
    NEAREST_500(500),
    NEAREST_1000(1000);

    public static final AskRounding DEFAULT = NEAREST_500;

    private final int step;

    AskRounding(int step) {
        this.step = step;
    }

    /** The step in units of the currency: 500 or 1000 (as stored in {@code negotiation_plan.ask_step}). */
    public int step() {
        return step;
    }

    public BigDecimal stepAmount() {
        return BigDecimal.valueOf(step);
    }

    public String label() {
        return this == NEAREST_500 ? "Nearest 500" : "Nearest 1,000";
    }

    /** The rounding of a stored or imported step; anything else is refused. */
    public static AskRounding ofStep(int step) {
        return Arrays.stream(values())
                .filter(r -> r.step == step)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Round to 500 or 1000, not " + step));
    }
}
