package com.offerbook.offers;

import com.offerbook.base.Limits;
import com.offerbook.base.Texts;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.VestingSchedule;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules an offer and a revision must satisfy. Used by the service before anything is saved, and by the
 * forms to show the same messages next to the fields. Keys are the draft records' component names.
 */
public final class OfferRules {

    private OfferRules() {}

    public static Map<String, String> check(OfferDraft draft) {
        var problems = new LinkedHashMap<String, String>();
        required(problems, "company", draft.company(), Limits.COMPANY_MAX);
        required(problems, "roleTitle", draft.roleTitle(), Limits.ROLE_MAX);
        maxLength(problems, "roleFamily", draft.roleFamily(), Limits.REGION_MAX);
        maxLength(problems, "levelLabel", draft.levelLabel(), Limits.LEVEL_MAX);
        maxLength(problems, "location", draft.location(), Limits.LOCATION_MAX);
        maxLength(problems, "region", draft.region(), Limits.REGION_MAX);
        maxLength(problems, "notes", draft.notes(), Limits.NOTES_MAX);
        if (!Limits.CURRENCIES.contains(draft.currency())) {
            problems.put("currency", "Choose one of " + String.join(", ", Limits.CURRENCIES));
        }
        return problems;
    }

    public static Map<String, String> check(RevisionDraft draft) {
        var problems = new LinkedHashMap<String, String>();
        amount(problems, "baseSalary", draft.baseSalary(), Limits.MAX_AMOUNT);
        switch (draft.bonusKind()) {
            case AMOUNT -> amount(problems, "bonusValue", draft.bonusValue(), Limits.MAX_AMOUNT);
            case PERCENT_OF_BASE -> amount(problems, "bonusValue", draft.bonusValue(), Limits.MAX_BONUS_PERCENT);
        }
        amount(problems, "equityGrant", draft.equityGrant(), Limits.MAX_GRANT);
        var cliff = draft.cliffMonths();
        if (cliff == null && draft.equityKind() != EquityKind.NONE) {
            problems.put("cliffMonths", "Choose the cliff: the months before anything vests, or no cliff (0)");
        } else if (cliff != null && (cliff < 0 || cliff > Limits.MAX_MONTHS)) {
            problems.put("cliffMonths", "Use 0 to " + Limits.MAX_MONTHS + " months");
        } else {
            // The percentages first, refused on their field; then the cliff against them, refused on the cliff.
            VestingSchedule schedule = null;
            try {
                schedule = VestingSchedule.parse(draft.vestingPercents(), 0, draft.vestingFrequency());
            } catch (IllegalArgumentException e) {
                problems.put("vestingPercents", refusal(e));
            }
            if (schedule != null && cliff != null) {
                try {
                    schedule.withCliff(cliff);
                } catch (IllegalArgumentException e) {
                    problems.put("cliffMonths", refusal(e));
                }
            }
        }
        if (draft.strikePrice() != null) {
            if (!draft.equityKind().hasStrikePrice()) {
                problems.put(
                        "strikePrice",
                        "Only stock options have a strike price; clear it for "
                                + draft.equityKind().label());
            } else {
                amount(problems, "strikePrice", draft.strikePrice(), Limits.MAX_AMOUNT, 4);
            }
        }
        var discount = draft.liquidityDiscountPercent();
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("liquidityDiscountPercent", "Use a percentage from 0 to 100");
        }
        amount(problems, "signingBonus", draft.signingBonus(), Limits.MAX_AMOUNT);
        if (draft.signingBonus().signum() > 0) {
            var clawback = draft.clawbackMonths();
            if (clawback == null) {
                problems.put("clawbackMonths", "Enter the months during which the bonus is repayable, 0 if never");
            } else {
                months(problems, "clawbackMonths", clawback);
            }
        }
        laterSigningPayments(problems, draft.laterSigningPayments());
        amount(problems, "relocation", draft.relocation(), Limits.MAX_AMOUNT);
        amount(problems, "otherOneTime", draft.otherOneTime(), Limits.MAX_AMOUNT);
        maxLength(problems, "note", draft.note(), Limits.NOTES_MAX);
        return problems;
    }

    /** Payments in years 2 to {@link Limits#MAX_SIGNING_YEAR}, one per year; the first problem names its year. */
    private static void laterSigningPayments(
            Map<String, String> problems, List<RevisionDraft.SigningPayment> payments) {
        var field = "laterSigningPayments";
        var years = new HashSet<Integer>();
        for (var payment : payments) {
            var year = "Year " + payment.year() + ": ";
            if (payment.year() < 2 || payment.year() > Limits.MAX_SIGNING_YEAR) {
                problems.put(field, "A later payment falls in years 2 to " + Limits.MAX_SIGNING_YEAR);
            } else if (!years.add(payment.year())) {
                problems.put(field, year + "one payment per year");
            } else if (payment.clawbackMonths() < 0 || payment.clawbackMonths() > Limits.MAX_MONTHS) {
                problems.put(field, year + "use 0 to " + Limits.MAX_MONTHS + " months of clawback");
            } else {
                var amountProblems = new LinkedHashMap<String, String>();
                amount(amountProblems, field, payment.amount(), Limits.MAX_AMOUNT);
                if (payment.amount().signum() == 0) {
                    amountProblems.put(field, "enter the amount, or remove the payment");
                }
                amountProblems.values().stream()
                        .findFirst()
                        .ifPresent(message -> problems.put(field, year + lowerFirst(message)));
            }
            if (problems.containsKey(field)) {
                return;
            }
        }
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static void required(Map<String, String> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.put(field, "Required");
        } else {
            maxLength(problems, field, value, max);
        }
    }

    private static void maxLength(Map<String, String> problems, String field, String value, int max) {
        if (value.strip().length() > max) {
            problems.put(field, "Use at most " + max + " characters");
        } else if (Texts.hasControlCharacters(value)) {
            problems.put(field, Texts.CONTROL_CHARACTERS);
        }
    }

    /** What is wrong with an offer's benefits, by component; empty when they can be saved. */
    public static Map<String, String> check(BenefitsDraft draft) {
        var problems = new LinkedHashMap<String, String>();
        amount(problems, "matchPercent", draft.matchPercent(), HUNDRED);
        amount(problems, "matchLimitPercent", draft.matchLimitPercent(), HUNDRED);
        if (draft.matchCap() != null) {
            amount(problems, "matchCap", draft.matchCap(), Limits.MAX_AMOUNT);
        }
        amount(problems, "health", draft.health(), Limits.MAX_AMOUNT);
        amount(problems, "other", draft.other(), Limits.MAX_AMOUNT);
        return problems;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static void amount(Map<String, String> problems, String field, @Nullable BigDecimal value, BigDecimal max) {
        amount(problems, field, value, max, 2);
    }

    private static void amount(
            Map<String, String> problems, String field, @Nullable BigDecimal value, BigDecimal max, int decimals) {
        if (value == null) {
            problems.put(field, "Required");
        } else if (value.signum() < 0) {
            problems.put(field, "Cannot be negative");
        } else if (value.compareTo(max) > 0) {
            problems.put(field, "Above " + max.toPlainString() + ": check for an extra zero");
        } else if (value.stripTrailingZeros().scale() > decimals) {
            problems.put(field, "Use at most " + decimals + " decimals");
        }
    }

    private static void months(Map<String, String> problems, String field, int months) {
        if (months < 0 || months > Limits.MAX_MONTHS) {
            problems.put(field, "Use 0 to " + Limits.MAX_MONTHS + " months");
        }
    }

    /** VestingSchedule refuses with a message for a person (its documented contract). */
    private static String refusal(IllegalArgumentException refused) {
        return Objects.requireNonNull(refused.getMessage(), "VestingSchedule refuses with a message");
    }
}
