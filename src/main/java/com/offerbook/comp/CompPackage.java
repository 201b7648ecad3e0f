package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One offer's (or counter's) compensation, in one currency, and the figures derived from it:
 * <ul>
 * <li>recurring (annualised) = base + grant / vesting years + target bonus; one-time money never counts;</li>
 * <li>year n = base + bonus + equity vesting in year n (schedule, cliff and frequency) + the signing bonus paid in
 * year n (+ relocation and other one-time money in year 1);</li>
 * <li>4-year average = (years 1 to 4 summed) / 4, one-time money included (every signing payment falls in years
 * 1 to 4);</li>
 * <li>risk-adjusted = recurring with illiquid equity reduced by the liquidity discount.</li>
 * </ul>
 */
public record CompPackage(
        Money base,
        BonusTarget bonus,
        EquityKind equityKind,
        Money equityGrant,
        VestingSchedule vesting,
        @Nullable Money strikePrice,
        BigDecimal liquidityDiscountPercent,
        SigningBonus signingBonus,
        Money relocation,
        Money otherOneTime) {

    public static final int AVERAGE_YEARS = 4;

    public CompPackage {
        Objects.requireNonNull(base, "base");
        var currency = base.currency();
        Objects.requireNonNull(signingBonus, "signingBonus");
        for (var money : List.of(equityGrant, signingBonus.amount(), relocation, otherOneTime)) {
            if (!money.currency().equals(currency)) {
                throw new IllegalArgumentException("All amounts of a package are in one currency (" + currency + ")");
            }
            if (money.isNegative()) {
                throw new IllegalArgumentException("Amounts cannot be negative");
            }
        }
        if (base.isNegative()) {
            throw new IllegalArgumentException("Amounts cannot be negative");
        }
        if (strikePrice != null && !equityKind.hasStrikePrice()) {
            throw new IllegalArgumentException("Only stock options have a strike price");
        }
        if (liquidityDiscountPercent.signum() < 0 || liquidityDiscountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("The liquidity discount is between 0 and 100 %");
        }
    }

    public Currency currency() {
        return base.currency();
    }

    public Money annualBonus() {
        return bonus.annual(base);
    }

    /** Grant / vesting years. */
    public Money annualEquity() {
        return equityGrant.dividedBy(BigDecimal.valueOf(vesting.years()));
    }

    /** Signing bonus (all its payments), relocation and other one-time money together. */
    public Money oneTimeMoney() {
        return signingBonus.amount().plus(relocation).plus(otherOneTime);
    }

    public Money recurring() {
        return base.plus(annualEquity()).plus(annualBonus());
    }

    public Money riskAdjusted() {
        if (equityKind.isLiquid()) {
            return recurring();
        }
        var kept = BigDecimal.valueOf(100).subtract(liquidityDiscountPercent);
        return base.plus(annualEquity().percent(kept)).plus(annualBonus());
    }

    public YearFigures year(int year) {
        var oneTime = signingBonus.paidInYear(year);
        if (year == 1) {
            oneTime = oneTime.plus(relocation).plus(otherOneTime);
        }
        return new YearFigures(year, base, annualBonus(), vesting.equityInYear(equityGrant, year), oneTime);
    }

    public Money yearOne() {
        return year(1).total();
    }

    public Money fourYearAverage() {
        return IntStream.rangeClosed(1, AVERAGE_YEARS)
                .mapToObj(this::year)
                .map(YearFigures::total)
                .reduce(Money.zero(currency()), Money::plus)
                .dividedBy(BigDecimal.valueOf(AVERAGE_YEARS));
    }

    /**
     * Years 1 to the vesting years (at least 4, so the 4-year average can be read off the table; signing payments
     * fall in years 1 to 4).
     */
    public List<YearFigures> yearByYear() {
        return IntStream.rangeClosed(1, Math.max(vesting.years(), AVERAGE_YEARS))
                .mapToObj(this::year)
                .toList();
    }

    public Money signingBonusExposureAfter(int months) {
        return signingBonus.exposureAfter(months);
    }

    /** The headline figures together. */
    public Headline headline() {
        return new Headline(recurring(), yearOne(), fourYearAverage(), riskAdjusted());
    }

    /** The figures shown at the top of every revision. */
    public record Headline(Money recurring, Money yearOne, Money fourYearAverage, Money riskAdjusted) {}
}
