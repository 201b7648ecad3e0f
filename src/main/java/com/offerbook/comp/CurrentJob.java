package com.offerbook.comp;

import com.offerbook.base.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;

/**
 * The job you would leave, as recorded on one day: months count from that day. {@code unvested} is what would
 * vest if you stayed (each tranche at its value on that day); {@code bonusPaidInMonths} is when the next annual
 * bonus is paid (1–12 months away); {@code repayable} is a signing or retention bonus you would repay on leaving,
 * with its clawback terms, of which {@code monthsServed} months have already passed.
 */
public record CurrentJob(
        Money base,
        BonusTarget bonus,
        EquityKind equityKind,
        List<VestingTranche> unvested,
        int bonusPaidInMonths,
        SigningBonus repayable,
        int monthsServed) {

    /** A refresher at the current job vests over 4 years, even, unless its own schedule is given. */
    static final VestingSchedule DEFAULT_REFRESHER_SCHEDULE = VestingSchedule.even(4, 0);

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public CurrentJob {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(bonus, "bonus");
        Objects.requireNonNull(equityKind, "equityKind");
        Objects.requireNonNull(repayable, "repayable");
        unvested = List.copyOf(unvested);
        var currency = base.currency();
        var problems = new EnumMap<ValuationField, String>(ValuationField.class);
        if (base.isNegative() || base.amount().compareTo(Limits.MAX_AMOUNT) > 0) {
            problems.put(ValuationField.CURRENT_BASE, "Use 0 to " + Limits.MAX_AMOUNT.toPlainString());
        }
        if (bonus.kind() == BonusTarget.Kind.AMOUNT && bonus.value().compareTo(Limits.MAX_AMOUNT) > 0) {
            problems.put(ValuationField.CURRENT_BONUS, "Use 0 to " + Limits.MAX_AMOUNT.toPlainString());
        }
        if (unvested.size() > Limits.MAX_TRANCHES) {
            problems.put(ValuationField.TRANCHES, "Use at most " + Limits.MAX_TRANCHES + " vesting dates");
        }
        var total = Money.zero(currency);
        for (var tranche : unvested) {
            if (!tranche.amount().currency().equals(currency)) {
                problems.put(ValuationField.TRANCHES, "Every amount is in " + currency.getCurrencyCode());
                break;
            }
            if (tranche.amount().isNegative()) {
                problems.put(ValuationField.TRANCHES, "A vesting amount cannot be negative");
                break;
            }
            if (tranche.month() < 1 || tranche.month() > Limits.MAX_MONTHS) {
                problems.put(ValuationField.TRANCHES, "Vesting dates are 1 to " + Limits.MAX_MONTHS + " months away");
                break;
            }
            total = total.plus(tranche.amount());
        }
        if (!problems.containsKey(ValuationField.TRANCHES) && total.amount().compareTo(Limits.MAX_GRANT) > 0) {
            problems.put(
                    ValuationField.TRANCHES,
                    "Above " + Limits.MAX_GRANT.toPlainString() + " unvested: check for an extra zero");
        }
        if (bonusPaidInMonths < 1 || bonusPaidInMonths > 12) {
            problems.put(ValuationField.BONUS_PAID_IN_MONTHS, "Use 1 to 12 months");
        }
        if (!repayable.amount().currency().equals(currency)) {
            problems.put(ValuationField.REPAYABLE, "Use " + currency.getCurrencyCode());
        } else if (repayable.amount().amount().compareTo(Limits.MAX_AMOUNT) > 0) {
            problems.put(ValuationField.REPAYABLE, "Use 0 to " + Limits.MAX_AMOUNT.toPlainString());
        }
        if (monthsServed < 0 || monthsServed > Limits.MAX_MONTHS) {
            problems.put(ValuationField.MONTHS_SERVED, "Use 0 to " + Limits.MAX_MONTHS + " months");
        }
        ValuationInputException.throwIfAny(problems);
    }

    /**
     * {@code total} vesting in equal tranches every {@code everyMonths} months over the next {@code months}
     * months (the last tranche takes what division leaves), e.g. $120,000 monthly over 12 months.
     */
    public static List<VestingTranche> evenTranches(Money total, int months, int everyMonths) {
        if (months < 1 || everyMonths < 1 || everyMonths > months || months > Limits.MAX_MONTHS) {
            throw new ValuationInputException(
                    ValuationField.TRANCHES, "Use 1 to " + Limits.MAX_MONTHS + " months, vesting at most that often");
        }
        int count = months / everyMonths;
        var share = total.dividedBy(BigDecimal.valueOf(count));
        var tranches = new ArrayList<VestingTranche>();
        var remaining = total;
        for (int i = 1; i < count; i++) {
            tranches.add(new VestingTranche(i * everyMonths, share));
            remaining = remaining.minus(share);
        }
        tranches.add(new VestingTranche(count * everyMonths, remaining));
        return List.copyOf(tranches);
    }

    static void checkLeaveMonth(int leaveMonth) {
        if (leaveMonth < 0 || leaveMonth > Limits.MAX_MONTHS) {
            throw new ValuationInputException(
                    ValuationField.LEAVE_MONTH, "Use 0 to " + Limits.MAX_MONTHS + " months from now");
        }
    }

    public Money annualBonus() {
        return bonus.annual(base);
    }

    /** Months of the current bonus year worked by the leave month (paid every 12 months). */
    public int bonusMonthsEarnedAt(int leaveMonth) {
        return Math.floorMod(leaveMonth - bonusPaidInMonths, 12);
    }

    /** Unvested equity vesting after the leave month, under one scenario: (1 + g)^⌈m / 12⌉ for month m. */
    Money equityVestingAfter(int leaveMonth, int untilMonth, Scenarios scenarios, Scenario scenario) {
        var sum = Money.zero(base.currency());
        for (var tranche : unvested) {
            if (tranche.month() > leaveMonth && tranche.month() <= untilMonth) {
                var factor = scenarios.growthFactor(scenario, Liquidity.yearOfMonth(tranche.month()));
                sum = sum.plus(tranche.amount().times(factor));
            }
        }
        return sum;
    }

    /**
     * What leaving in month {@code leaveMonth} costs: unvested equity forfeited + the bonus earned and not paid
     * (pro-rated by the months of the bonus year worked) + what is repaid of a signing or retention bonus.
     */
    public LeavingCost costOfLeaving(int leaveMonth, Scenarios scenarios) {
        checkLeaveMonth(leaveMonth);
        var steps = new ArrayList<String>();
        var equity = new EnumMap<Scenario, Money>(Scenario.class);
        for (var scenario : Scenario.values()) {
            equity.put(scenario, equityVestingAfter(leaveMonth, Integer.MAX_VALUE, scenarios, scenario));
        }
        var forfeited = ByScenario.weighted(equity, scenarios);
        long tranchesLeft =
                unvested.stream().filter(t -> t.month() > leaveMonth).count();
        steps.add("Equity still unvested after month %d: %d vesting date%s, %s at today's value%s."
                .formatted(
                        leaveMonth,
                        tranchesLeft,
                        tranchesLeft == 1 ? "" : "s",
                        equityVestingAfter(leaveMonth, Integer.MAX_VALUE, Scenarios.flat(), Scenario.BASE)
                                .rounded()
                                .format(),
                        scenarios.isFlat()
                                ? ""
                                : "; with growth %s (bear) / %s (base) / %s (bull), weighted %s"
                                        .formatted(
                                                forfeited.bear().rounded().format(),
                                                forfeited.base().rounded().format(),
                                                forfeited.bull().rounded().format(),
                                                forfeited.expected().rounded().format())));
        int earned = bonusMonthsEarnedAt(leaveMonth);
        var bonusForfeited = annualBonus().times(BigDecimal.valueOf(earned)).dividedBy(TWELVE);
        steps.add("Bonus: %d of 12 months of the bonus year worked and not paid × %s = %s."
                .formatted(
                        earned,
                        annualBonus().rounded().format(),
                        bonusForfeited.rounded().format()));
        int served = monthsServed + leaveMonth;
        var repaid = repayable.exposureAfter(served);
        steps.add(
                repayable.amount().isZero()
                        ? "No signing or retention bonus to repay."
                        : "Signing or retention bonus %s with %d months of clawback%s: after %d months, %s to repay."
                                .formatted(
                                        repayable.amount().rounded().format(),
                                        repayable.clawbackMonths(),
                                        repayable.proRated() ? " (pro-rated)" : "",
                                        served,
                                        repaid.rounded().format()));
        var totals = new EnumMap<Scenario, Money>(Scenario.class);
        for (var scenario : Scenario.values()) {
            totals.put(scenario, forfeited.get(scenario).plus(bonusForfeited).plus(repaid));
        }
        var total = ByScenario.weighted(totals, scenarios);
        steps.add("Cost of leaving: %s (equity) + %s (bonus) + %s (repaid) = %s."
                .formatted(
                        forfeited.expected().rounded().format(),
                        bonusForfeited.rounded().format(),
                        repaid.rounded().format(),
                        total.expected().rounded().format()));
        return new LeavingCost(leaveMonth, forfeited, bonusForfeited, repaid, total, steps);
    }

    /** The value that would have vested in the 12 months after the leave month: the make-whole amount. */
    public MakeWhole makeWhole(int leaveMonth, Scenarios scenarios) {
        checkLeaveMonth(leaveMonth);
        var values = new EnumMap<Scenario, Money>(Scenario.class);
        for (var scenario : Scenario.values()) {
            values.put(scenario, equityVestingAfter(leaveMonth, leaveMonth + 12, scenarios, scenario));
        }
        var amount = ByScenario.weighted(values, scenarios);
        var steps = new ArrayList<String>();
        var inWindow = unvested.stream()
                .filter(t -> t.month() > leaveMonth && t.month() <= leaveMonth + 12)
                .toList();
        steps.add("Leaving in month %d, the equity that would have vested in months %d to %d: %d vesting date%s, %s "
                        .formatted(
                                leaveMonth,
                                leaveMonth + 1,
                                leaveMonth + 12,
                                inWindow.size(),
                                inWindow.size() == 1 ? "" : "s",
                                equityVestingAfter(leaveMonth, leaveMonth + 12, Scenarios.flat(), Scenario.BASE)
                                        .rounded()
                                        .format())
                + "at today's value.");
        if (!scenarios.isFlat()) {
            steps.add("Grown by each scenario to when it vests: %s (bear), %s (base), %s (bull)."
                    .formatted(
                            amount.bear().rounded().format(),
                            amount.base().rounded().format(),
                            amount.bull().rounded().format()));
        }
        steps.add("Make-whole amount (weighted): %s."
                .formatted(amount.expected().rounded().format()));
        return new MakeWhole(leaveMonth, amount, steps);
    }
}
