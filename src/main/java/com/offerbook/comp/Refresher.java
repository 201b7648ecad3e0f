package com.offerbook.comp;

import com.offerbook.base.Limits;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An expected yearly refresher grant: an amount, or a % of the initial grant, granted at the start of every year
 * from {@code firstYear} (default 2). Each refresher vests on its own schedule, counted from its own grant date
 * (default: the initial grant's number of years, even, no cliff); refreshers stack. Its amount is its value on its
 * grant date, so a refresher granted at the start of year k and vesting in year N is valued at
 * (1 + g)^(N − k + 1) × its share of that amount.
 */
public record Refresher(
        Kind kind, BigDecimal value, @Nullable VestingSchedule vesting, int firstYear) {

    public static final int DEFAULT_FIRST_YEAR = 2;

    public enum Kind {
        AMOUNT,
        PERCENT_OF_GRANT
    }

    public Refresher {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        var problems = new EnumMap<ValuationField, String>(ValuationField.class);
        if (value.signum() < 0) {
            problems.put(ValuationField.REFRESHER_VALUE, "A refresher cannot be negative");
        } else if (kind == Kind.AMOUNT && value.compareTo(Limits.MAX_GRANT) > 0) {
            problems.put(
                    ValuationField.REFRESHER_VALUE,
                    "Above " + Limits.MAX_GRANT.toPlainString() + ": check for an extra zero");
        } else if (kind == Kind.PERCENT_OF_GRANT && value.compareTo(Limits.MAX_REFRESHER_PERCENT) > 0) {
            problems.put(
                    ValuationField.REFRESHER_VALUE,
                    "Use at most " + Words.plain(Limits.MAX_REFRESHER_PERCENT) + " % of the initial grant");
        }
        if (firstYear < 1 || firstYear > Limits.MAX_HORIZON_YEARS) {
            problems.put(ValuationField.REFRESHER_FIRST_YEAR, "Use a year from 1 to " + Limits.MAX_HORIZON_YEARS);
        }
        ValuationInputException.throwIfAny(problems);
    }

    public static Refresher none() {
        return new Refresher(Kind.AMOUNT, BigDecimal.ZERO, null, DEFAULT_FIRST_YEAR);
    }

    public static Refresher yearly(Money amount) {
        return new Refresher(Kind.AMOUNT, amount.amount(), null, DEFAULT_FIRST_YEAR);
    }

    public static Refresher yearlyPercentOfGrant(BigDecimal percent) {
        return new Refresher(Kind.PERCENT_OF_GRANT, percent, null, DEFAULT_FIRST_YEAR);
    }

    public Refresher withVesting(@Nullable VestingSchedule schedule) {
        return new Refresher(kind, value, schedule, firstYear);
    }

    public Refresher withFirstYear(int year) {
        return new Refresher(kind, value, vesting, year);
    }

    public boolean isNone() {
        return value.signum() == 0;
    }

    /** The grant-date value of one refresher. */
    public Money amount(Money initialGrant) {
        return kind == Kind.AMOUNT ? new Money(value, initialGrant.currency()) : initialGrant.percent(value);
    }

    /** Its own schedule, or the initial grant's number of years, even, with no cliff. */
    public VestingSchedule schedule(VestingSchedule initial) {
        return vesting != null ? vesting : VestingSchedule.even(initial.years(), 0);
    }

    /** "$100,000 a year from year 2, vesting 25/25/25/25". */
    public String describe(Money initialGrant, VestingSchedule initial) {
        if (isNone()) {
            return "no refreshers";
        }
        var what = kind == Kind.AMOUNT
                ? amount(initialGrant).rounded().format()
                : Words.plain(value) + " % of the initial grant ("
                        + amount(initialGrant).rounded().format() + ")";
        return what + " a year from year " + firstYear + ", each vesting "
                + schedule(initial).format() + (vesting == null ? " (the initial grant's years, even)" : "");
    }
}
