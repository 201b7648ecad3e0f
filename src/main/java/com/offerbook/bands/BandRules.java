package com.offerbook.bands;

import com.offerbook.base.Limits;
import com.offerbook.base.Texts;
import com.offerbook.comp.Money;
import com.offerbook.comp.RangeCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The rules a band must satisfy before it is saved, and the consistency check that only warns. */
public final class BandRules {

    private BandRules() {}

    /** Problems keyed by field name (base, equity, bonus, totalComp for ranges); empty when the band can be saved. */
    public static Map<String, String> check(BandDraft draft, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        required(problems, "company", draft.company(), Limits.COMPANY_MAX);
        required(problems, "roleTitle", draft.roleTitle(), Limits.ROLE_MAX);
        required(problems, "roleFamily", draft.roleFamily(), Limits.ROLE_FAMILY_MAX);
        if (draft.levelLabel().length() > Limits.LEVEL_MAX) {
            problems.put("levelLabel", "Use at most " + Limits.LEVEL_MAX + " characters");
        } else if (Texts.hasControlCharacters(draft.levelLabel())) {
            problems.put("levelLabel", Texts.CONTROL_CHARACTERS);
        }
        required(problems, "region", draft.region(), Limits.REGION_MAX);
        if (!Limits.CURRENCIES.contains(draft.currency())) {
            problems.put(
                    "currency",
                    "Unknown currency '%s'; use one of %s"
                            .formatted(Texts.excerpt(draft.currency()), String.join(", ", Limits.CURRENCIES)));
        }
        range(problems, "base", draft.base(), Limits.MAX_AMOUNT);
        range(problems, "equity", draft.equity(), Limits.MAX_GRANT);
        range(problems, "bonus", draft.bonus(), Limits.MAX_AMOUNT);
        range(problems, "totalComp", draft.totalComp(), Limits.MAX_GRANT);
        if (draft.equityVestingYears() < 1 || draft.equityVestingYears() > 10) {
            problems.put("equityVestingYears", "Use 1 to 10 years");
        }
        required(problems, "sourceTitle", draft.sourceTitle(), Limits.SOURCE_TITLE_MAX);
        if (draft.sourceUrl().length() > Limits.SOURCE_URL_MAX) {
            problems.put("sourceUrl", "Use at most " + Limits.SOURCE_URL_MAX + " characters");
        } else if (!draft.sourceUrl().isBlank()
                && (!draft.sourceUrl().matches("(?i)https?://\\S+") || Texts.hasControlCharacters(draft.sourceUrl()))) {
            problems.put("sourceUrl", "Use an http:// or https:// address, or leave it empty");
        }
        if (draft.asOf().isAfter(today)) {
            problems.put("asOf", "The as-of date cannot be in the future");
        }
        return problems;
    }

    /** Warnings that do not stop a save: total comp that does not add up from the other components. */
    public static List<String> warnings(BandDraft draft) {
        if (!Limits.CURRENCIES.contains(draft.currency())) {
            return List.of();
        }
        var currency = Currency.getInstance(draft.currency());
        return RangeCheck.totalCompMismatches(
                money(draft.base().min(), currency),
                money(draft.base().max(), currency),
                draft.equity() == null ? null : money(draft.equity().min(), currency),
                draft.equity() == null ? null : money(draft.equity().max(), currency),
                Math.max(1, draft.equityVestingYears()),
                draft.bonus() == null ? null : money(draft.bonus().min(), currency),
                draft.bonus() == null ? null : money(draft.bonus().max(), currency),
                draft.totalComp() == null ? null : money(draft.totalComp().min(), currency),
                draft.totalComp() == null ? null : money(draft.totalComp().max(), currency));
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    private static void required(Map<String, String> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.put(field, "Required");
        } else if (value.strip().length() > max) {
            problems.put(field, "Use at most " + max + " characters");
        } else if (Texts.hasControlCharacters(value)) {
            problems.put(field, Texts.CONTROL_CHARACTERS);
        }
    }

    private static void range(Map<String, String> problems, String field, @Nullable Range range, BigDecimal max) {
        if (range == null) {
            return;
        }
        for (var value :
                new BigDecimal[] {range.min(), range.max(), range.p25(), range.p50(), range.p75(), range.p90()}) {
            if (value != null && value.signum() < 0) {
                problems.put(field, "Amounts cannot be negative");
                return;
            }
            if (value != null && value.compareTo(max) > 0) {
                problems.put(field, "Above " + max.toPlainString() + ": check for an extra zero");
                return;
            }
        }
        if (range.min().compareTo(range.max()) > 0) {
            problems.put(
                    field,
                    "The minimum (%s) is above the maximum (%s)"
                            .formatted(range.min().toPlainString(), range.max().toPlainString()));
        }
    }
}
