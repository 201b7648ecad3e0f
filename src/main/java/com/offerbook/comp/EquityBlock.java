package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One block of equity in a projection: the initial grant, one refresher, or the unvested tranches of the job you
 * would leave. Values are in grant-date money ("units"); a price factor per event turns them into money.
 */
sealed interface EquityBlock {

    /** The projection year the block is granted in (1 for the initial grant and the current job's equity). */
    int grantedInYear();

    /** Grant-date value vested by projection month {@code month} (cumulative). */
    Money vestedBy(int month);

    /** Value vesting in projection year {@code year}, each part priced by {@code factor} of its growth years. */
    Money valueInYear(int year, IntFunction<BigDecimal> factor);

    /** Years of growth carried by something of this block that happens in projection month {@code month}. */
    int growthYears(int month);

    /** An offer's grant (initial or refresher), vesting on a schedule from the start of its year. */
    record Scheduled(int grantedInYear, Money amount, VestingSchedule schedule) implements EquityBlock {

        int startMonth() {
            return 12 * (grantedInYear - 1);
        }

        @Override
        public Money vestedBy(int month) {
            int since = month - startMonth();
            return since <= 0 ? Money.zero(amount.currency()) : amount.times(schedule.vestedFractionAfter(since));
        }

        /** Grant-date value vesting in projection year {@code year}: grant × that year's percentage. */
        Money vestingInYear(int year) {
            return year < grantedInYear
                    ? Money.zero(amount.currency())
                    : schedule.equityInYear(amount, year - grantedInYear + 1);
        }

        @Override
        public Money valueInYear(int year, IntFunction<BigDecimal> factor) {
            if (year < grantedInYear) {
                return Money.zero(amount.currency());
            }
            return vestingInYear(year).times(factor.apply(year - grantedInYear + 1));
        }

        @Override
        public int growthYears(int month) {
            return Math.max(0, Liquidity.yearOfMonth(month) - grantedInYear + 1);
        }
    }

    /**
     * The current job's unvested equity from the leave month on: tranche months count from the day they were
     * recorded, growth too (a tranche vesting in month m is priced at (1 + g)^⌈m / 12⌉); projection month p is
     * month {@code leaveMonth + p} of that count.
     */
    record Tranches(List<VestingTranche> tranches, int leaveMonth, Money zero) implements EquityBlock {

        @Override
        public int grantedInYear() {
            return 1;
        }

        @Override
        public Money vestedBy(int month) {
            var sum = zero;
            for (var tranche : tranches) {
                if (tranche.month() > leaveMonth && tranche.month() <= leaveMonth + month) {
                    sum = sum.plus(tranche.amount());
                }
            }
            return sum;
        }

        @Override
        public Money valueInYear(int year, IntFunction<BigDecimal> factor) {
            var sum = zero;
            for (var tranche : tranches) {
                if (tranche.month() > leaveMonth + 12 * (year - 1) && tranche.month() <= leaveMonth + 12 * year) {
                    sum = sum.plus(tranche.amount().times(factor.apply(Liquidity.yearOfMonth(tranche.month()))));
                }
            }
            return sum;
        }

        @Override
        public int growthYears(int month) {
            return Liquidity.yearOfMonth(leaveMonth + month);
        }
    }
}
