package com.offerbook.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers that write numbers into the explanations and messages (the one place that words a number plainly). */
public final class Words {

    private Words() {}

    /** "25", "12.5", "-30": no trailing zeros, no exponent, at most 4 decimals (rounded, for reading only). */
    public static String plain(BigDecimal value) {
        var scaled = value.scale() > 4 ? value.setScale(4, RoundingMode.HALF_EVEN) : value;
        return scaled.stripTrailingZeros().toPlainString();
    }

    /** "+25 %", "−30 %", "0 %". */
    static String signedPercent(BigDecimal percent) {
        if (percent.signum() == 0) {
            return "0 %";
        }
        return (percent.signum() > 0 ? "+" : "\u2212") + plain(percent.abs()) + " %";
    }

    /** "1.25" for a growth factor, rounded to 6 places for reading only. */
    static String factor(BigDecimal factor) {
        return plain(factor.setScale(6, RoundingMode.HALF_EVEN));
    }
}
