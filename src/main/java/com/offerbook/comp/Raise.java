package com.offerbook.comp;

import com.offerbook.base.Limits;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An expected yearly raise on base, in %. The first raise comes at the start of year 2, then one at the start of
 * every year: base in year N = base × (1 + r)^(N − 1). A bonus stated as a % of base follows base; a bonus stated
 * as an amount stays as it is.
 */
public record Raise(BigDecimal percentPerYear) {

    public static final int FIRST_YEAR = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Raise {
        Objects.requireNonNull(percentPerYear, "percentPerYear");
        if (percentPerYear.compareTo(Limits.MIN_RAISE_PERCENT) < 0
                || percentPerYear.compareTo(Limits.MAX_RAISE_PERCENT) > 0) {
            throw new ValuationInputException(
                    ValuationField.RAISE,
                    "Use a raise from " + Words.plain(Limits.MIN_RAISE_PERCENT) + " % to "
                            + Words.plain(Limits.MAX_RAISE_PERCENT) + " % a year");
        }
    }

    public static Raise none() {
        return new Raise(BigDecimal.ZERO);
    }

    public boolean isNone() {
        return percentPerYear.signum() == 0;
    }

    /** How many raises have happened by year {@code year}. */
    public static int raisesBy(int year) {
        return Math.max(0, year - FIRST_YEAR + 1);
    }

    public BigDecimal factor(int year) {
        var onePlusR = BigDecimal.ONE.add(percentPerYear.divide(HUNDRED, Money.PRECISION));
        return onePlusR.pow(raisesBy(year), Money.PRECISION);
    }

    public Money baseInYear(Money base, int year) {
        return base.times(factor(year));
    }

    /** The bonus of year N: a % of base follows the raised base, an amount stays. */
    public Money bonusInYear(BonusTarget bonus, Money base, int year) {
        return bonus.annual(baseInYear(base, year));
    }
}
