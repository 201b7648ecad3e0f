package com.offerbook.comp;

import java.util.List;

/**
 * What leaving the current job in month {@code leaveMonth} costs: unvested equity forfeited (by scenario) + bonus
 * forfeited (pro-rated) + signing or retention bonus repaid, with the steps in words.
 */
public record LeavingCost(
        int leaveMonth,
        ByScenario equityForfeited,
        Money bonusForfeited,
        Money repaid,
        ByScenario total,
        List<String> steps) {

    public LeavingCost {
        steps = List.copyOf(steps);
    }
}
