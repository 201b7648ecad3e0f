package com.offerbook.valuation;

import com.offerbook.base.Limits;
import com.offerbook.base.Texts;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.CurrentJob;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.Raise;
import com.offerbook.comp.Refresher;
import com.offerbook.comp.Scenarios;
import com.offerbook.comp.SigningBonus;
import com.offerbook.comp.ValuationField;
import com.offerbook.comp.ValuationInputException;
import com.offerbook.comp.VestingTranche;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules valuation input must satisfy, as field problems keyed by the drafts' component names: the service
 * checks them before anything is saved and the forms show the same messages. The rules themselves live in the comp
 * value types (one source); this class collects every problem at once and adds what storage needs (decimals).
 */
public final class ValuationRules {

    private ValuationRules() {}

    /** Problems of assumptions on their own (for a user's defaults). */
    public static Map<String, String> check(AssumptionsDraft draft) {
        return check(draft, null, "");
    }

    /** Problems of assumptions for equity of kind {@code kind} (for an offer). */
    public static Map<String, String> check(AssumptionsDraft draft, @Nullable EquityKind kind) {
        return check(draft, kind, "");
    }

    /** Problems of a user's default for a kind of equity: as for an offer, and no number of options. */
    public static Map<String, String> checkDefault(AssumptionsDraft draft, EquityKind kind) {
        var problems = new LinkedHashMap<>(check(draft, kind));
        if (draft.optionShares() != null) {
            problems.putIfAbsent("optionShares", "The number of options belongs to one offer, not to a default");
        }
        return problems;
    }

    static Map<String, String> check(AssumptionsDraft d, @Nullable EquityKind kind, String prefix) {
        var problems = new LinkedHashMap<String, String>();
        decimals(problems, prefix + "bearGrowthPercent", d.bearGrowthPercent());
        decimals(problems, prefix + "baseGrowthPercent", d.baseGrowthPercent());
        decimals(problems, prefix + "bullGrowthPercent", d.bullGrowthPercent());
        decimals(problems, prefix + "bearWeightPercent", d.bearWeightPercent());
        decimals(problems, prefix + "baseWeightPercent", d.baseWeightPercent());
        decimals(problems, prefix + "bullWeightPercent", d.bullWeightPercent());
        decimals(problems, prefix + "saleCapValue", d.saleCapValue());
        decimals(problems, prefix + "refresherValue", d.refresherValue());
        decimals(problems, prefix + "raisePercent", d.raisePercent());
        put(
                problems,
                prefix,
                Scenarios.check(
                        d.bearGrowthPercent(),
                        d.baseGrowthPercent(),
                        d.bullGrowthPercent(),
                        d.bearWeightPercent(),
                        d.baseWeightPercent(),
                        d.bullWeightPercent()));
        attempt(problems, prefix, d::liquidity);
        if (d.refresherVesting().length() > 100) {
            problems.putIfAbsent(prefix + "refresherVesting", "Use at most 100 characters");
        } else {
            try {
                d.refresher();
            } catch (ValuationInputException e) {
                put(problems, prefix, e.problems());
            } catch (IllegalArgumentException e) {
                problems.putIfAbsent(
                        prefix + "refresherVesting", Objects.requireNonNullElse(e.getMessage(), "Invalid"));
            }
        }
        attempt(problems, prefix, () -> new Raise(d.raisePercent()));
        if (problems.isEmpty()) {
            attempt(problems, prefix, d::toAssumptions);
        }
        if (problems.isEmpty() && kind != null) {
            put(problems, prefix, d.toAssumptions().checkFor(kind));
        }
        return problems;
    }

    /** Problems of a current job, its assumptions included ({@code assumptions.<field>}). */
    public static Map<String, String> check(CurrentJobDraft d) {
        var problems = new LinkedHashMap<String, String>();
        if (d.company().isBlank()) {
            problems.put("company", "Required");
        } else if (d.company().strip().length() > Limits.COMPANY_MAX) {
            problems.put("company", "Use at most " + Limits.COMPANY_MAX + " characters");
        } else if (Texts.hasControlCharacters(d.company())) {
            problems.put("company", Texts.CONTROL_CHARACTERS);
        }
        if (!Limits.CURRENCIES.contains(d.currency())) {
            problems.put("currency", "Choose one of " + String.join(", ", Limits.CURRENCIES));
        }
        amount(problems, "baseSalary", d.baseSalary(), Limits.MAX_AMOUNT);
        amount(
                problems,
                "bonusValue",
                d.bonusValue(),
                d.bonusKind() == BonusTarget.Kind.AMOUNT ? Limits.MAX_AMOUNT : Limits.MAX_BONUS_PERCENT);
        amount(problems, "repayableAmount", d.repayableAmount(), Limits.MAX_AMOUNT);
        if (d.repayableClawbackMonths() < 0 || d.repayableClawbackMonths() > Limits.MAX_MONTHS) {
            problems.put("repayableClawbackMonths", "Use 0 to " + Limits.MAX_MONTHS + " months");
        }
        if (d.leaveMonth() < 0 || d.leaveMonth() > Limits.MAX_MONTHS) {
            problems.put("leaveMonth", "Use 0 to " + Limits.MAX_MONTHS + " months from the day recorded");
        }
        var months = new HashSet<Integer>();
        for (var tranche : d.tranches()) {
            if (!months.add(tranche.month())) {
                problems.putIfAbsent("tranches", "Month " + tranche.month() + " is listed twice; add the amounts up");
            }
            amount(problems, "tranches", tranche.amount(), Limits.MAX_GRANT);
        }
        check(d.assumptions(), d.equityKind(), "assumptions.").forEach(problems::putIfAbsent);
        if (d.assumptions().refresherValue().signum() != 0
                && d.assumptions().refresherKind() != Refresher.Kind.AMOUNT) {
            problems.putIfAbsent("assumptions.refresherKind", "At the current job give the refresher as an amount");
        }
        if (d.assumptions().optionShares() != null) {
            problems.putIfAbsent("assumptions.optionShares", "Not kept for the current job; clear it");
        }
        if (problems.isEmpty()) {
            try {
                toJob(d);
            } catch (ValuationInputException e) {
                put(problems, "", e.problems());
            }
        }
        return problems;
    }

    /** The comp value of a draft that passed {@link #check(CurrentJobDraft)}. */
    static CurrentJob toJob(CurrentJobDraft d) {
        var currency = Currency.getInstance(d.currency());
        var tranches = new ArrayList<VestingTranche>();
        for (var tranche : d.tranches()) {
            tranches.add(new VestingTranche(tranche.month(), new Money(tranche.amount(), currency)));
        }
        tranches.sort(Comparator.comparingInt(VestingTranche::month));
        return new CurrentJob(
                new Money(d.baseSalary(), currency),
                new BonusTarget(d.bonusKind(), d.bonusValue()),
                d.equityKind(),
                tranches,
                d.bonusPaidInMonths(),
                new SigningBonus(
                        new Money(d.repayableAmount(), currency), d.repayableClawbackMonths(), d.repayableProRated()),
                d.monthsServed());
    }

    /** The draft key of a comp field. */
    static String key(ValuationField field) {
        return switch (field) {
            case BEAR_GROWTH -> "bearGrowthPercent";
            case BASE_GROWTH -> "baseGrowthPercent";
            case BULL_GROWTH -> "bullGrowthPercent";
            case BEAR_WEIGHT -> "bearWeightPercent";
            case BASE_WEIGHT -> "baseWeightPercent";
            // The sum of the three is told next to the last of them.
            case BULL_WEIGHT, WEIGHTS -> "bullWeightPercent";
            case HORIZON -> "horizonYears";
            case RAISE -> "raisePercent";
            case REFRESHER_KIND -> "refresherKind";
            case REFRESHER_VALUE -> "refresherValue";
            case REFRESHER_VESTING -> "refresherVesting";
            case REFRESHER_FIRST_YEAR -> "refresherFirstYear";
            case LIQUIDITY_MODE -> "liquidityMode";
            case FIRST_SALE_MONTH -> "firstSaleMonth";
            case SALE_EVERY_MONTHS -> "saleEveryMonths";
            case SALE_CAP -> "saleCapValue";
            case OPTION_SHARES -> "optionShares";
            case CURRENT_BASE -> "baseSalary";
            case CURRENT_BONUS -> "bonusValue";
            case TRANCHES -> "tranches";
            case BONUS_PAID_IN_MONTHS -> "bonusPaidInMonths";
            case REPAYABLE -> "repayableAmount";
            case MONTHS_SERVED -> "monthsServed";
            case LEAVE_MONTH -> "leaveMonth";
        };
    }

    private static void attempt(Map<String, String> problems, String prefix, Runnable build) {
        try {
            build.run();
        } catch (ValuationInputException e) {
            put(problems, prefix, e.problems());
        }
    }

    private static void put(Map<String, String> problems, String prefix, Map<ValuationField, String> found) {
        found.forEach((field, message) -> problems.putIfAbsent(prefix + key(field), message));
    }

    private static void decimals(Map<String, String> problems, String field, @Nullable BigDecimal value) {
        if (value == null) {
            problems.put(field, "Required");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.put(field, "Use at most 2 decimals");
        } else if (value.abs().compareTo(Limits.MAX_GRANT) > 0) {
            problems.put(field, "Above " + Limits.MAX_GRANT.toPlainString() + ": check for an extra zero");
        }
    }

    private static void amount(Map<String, String> problems, String field, @Nullable BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.putIfAbsent(field, "Required");
        } else if (value.signum() < 0) {
            problems.putIfAbsent(field, "Cannot be negative");
        } else if (value.compareTo(max) > 0) {
            problems.putIfAbsent(field, "Above " + max.toPlainString() + ": check for an extra zero");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.putIfAbsent(field, "Use at most 2 decimals");
        }
    }
}
