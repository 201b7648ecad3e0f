package com.offerbook.comp.tax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A taper or phase-out: reduce an allowance or a credit by {@code reduceBy} for every {@code per} of gross income above
 * {@code threshold} (the UK personal allowance: £1 per £2 above £100,000; the California exemption credit: $6 per
 * $2,500 or part of it above its threshold). Measured on the gross wage, which for one wage income is also the adjusted
 * gross (or adjusted net) income the laws name.
 */
public record Taper(BigDecimal threshold, BigDecimal reduceBy, BigDecimal per, Stepping stepping) {

    /** How the excess is counted in units of {@code per}. */
    public enum Stepping {
        /** Only whole units count ("£1 for every £2"): the excess is divided and rounded down. */
        WHOLE,
        /** Any part of a unit counts as a whole one ("or part thereof"): rounded up. The law's own small steps. */
        PART,
        /** Proportionally, without steps. */
        CONTINUOUS
    }

    /** The reduction at this gross income (not yet limited to the amount it reduces). */
    BigDecimal reduction(BigDecimal gross) {
        var excess = gross.subtract(threshold);
        if (excess.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        var units = switch (stepping) {
            case WHOLE -> excess.divide(per, 0, RoundingMode.FLOOR);
            case PART -> excess.divide(per, 0, RoundingMode.CEILING);
            case CONTINUOUS -> excess.divide(per, MathContext.DECIMAL64);
        };
        return units.multiply(reduceBy);
    }
}
