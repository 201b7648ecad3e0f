package com.offerbook.comp;

import java.util.Objects;

/** Equity that vests at the end of month {@code month} (counted from the day it was recorded), at today's value. */
public record VestingTranche(int month, Money amount) {

    public VestingTranche {
        Objects.requireNonNull(amount, "amount");
    }
}
