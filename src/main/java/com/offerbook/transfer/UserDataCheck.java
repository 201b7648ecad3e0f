package com.offerbook.transfer;

import com.offerbook.base.Limits;
import com.offerbook.journal.JournalService;
import com.offerbook.valuation.ValuationRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a data file must satisfy before anything of it is saved (issue 19), each problem keyed by the entry at
 * fault, as the band CSV import names line and column: counts per kind within {@link Limits}, a value wherever the
 * records require one, every reference within the file (plans and assumptions to its offers, one set of assumptions
 * per offer and one default per kind of equity), shared bands only from administrators. Checks that need
 * the database (a shared band or lever that is gone) are made by the caller, also before saving.
 */
final class UserDataCheck {

    /** A refusal lists this many problems; the first ones are enough to find what is wrong with a file. */
    static final int MAX_PROBLEMS = 10;

    private final Map<String, String> problems = new LinkedHashMap<>();

    private UserDataCheck() {}

    /** The problems of {@code data}, empty when it may be imported; entries in file order. */
    static Map<String, String> problems(UserData data, boolean administrator) {
        var check = new UserDataCheck();
        // Counts first: the other checks walk the file, and a file over the limits is not walked.
        check.counts(data);
        if (check.problems.isEmpty()) {
            check.present(data, "");
        }
        if (check.problems.isEmpty()) {
            check.references(data, administrator);
            check.valuation(data);
            check.log(data);
        }
        return check.problems;
    }

    private void counts(UserData data) {
        count("offers", data.offers(), Limits.IMPORT_MAX_OFFERS, "offers");
        count("privateBands", data.privateBands(), Limits.IMPORT_MAX_BANDS, "private bands");
        count("levers", data.levers(), Limits.IMPORT_MAX_LEVERS, "levers");
        count("plans", data.plans(), Limits.IMPORT_MAX_PLANS, "plans");
        count("assumptions", data.assumptions(), Limits.IMPORT_MAX_ASSUMPTIONS, "offers' assumptions");
        count("defaults", data.defaults(), Limits.IMPORT_MAX_DEFAULTS, "default assumptions");
        count("costOfLiving", data.costOfLiving(), Limits.IMPORT_MAX_COST_INDEXES, "cost-of-living indexes");
        count("log", data.log(), Limits.IMPORT_MAX_LOG_ENTRIES, "log entries");
        var job = data.currentJob();
        if (job != null) {
            count("currentJob.tranches", job.tranches(), Limits.MAX_TRANCHES, "vesting dates at the current job");
        }
        if (data.offers() == null || data.plans() == null) {
            return;
        }
        long revisions = 0;
        for (int i = 0; i < data.offers().size(); i++) {
            var offer = data.offers().get(i);
            if (offer != null && offer.revisions() != null) {
                count(
                        "offers[" + i + "].revisions",
                        offer.revisions(),
                        Limits.IMPORT_MAX_REVISIONS_PER_OFFER,
                        "revisions of one offer");
                revisions += offer.revisions().size();
            }
        }
        if (revisions > Limits.IMPORT_MAX_REVISIONS) {
            add(
                    "offers",
                    "%,d revisions in all; a file may hold at most %,d"
                            .formatted(revisions, Limits.IMPORT_MAX_REVISIONS));
        }
        for (int i = 0; i < data.plans().size(); i++) {
            var plan = data.plans().get(i);
            if (plan != null) {
                var at = "plans[" + i + "].";
                count(at + "competing", plan.competing(), Limits.IMPORT_MAX_PLAN_REFERENCES, "competing offers");
                count(at + "mentioned", plan.mentioned(), Limits.IMPORT_MAX_PLAN_REFERENCES, "mentioned offers");
                count(at + "levers", plan.levers(), Limits.IMPORT_MAX_PLAN_REFERENCES, "levers in one plan");
            }
        }
    }

    private void count(String entry, @Nullable List<?> list, int max, String what) {
        if (list != null && list.size() > max) {
            add(entry, "%,d %s; a file may hold at most %,d".formatted(list.size(), what, max));
        }
    }

    /**
     * A value wherever the record says one is required (a component without {@code @Nullable}), walking records
     * and lists of records; a null list entry is a missing entry.
     */
    private void present(Object value, String path) {
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            var at = path.isEmpty() ? component.getName() : path + "." + component.getName();
            var child = read(component, value);
            if (child == null) {
                if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    add(at, "A value is required here");
                }
            } else if (child instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    var element = list.get(i);
                    if (element == null) {
                        add(at + "[" + i + "]", "An entry is missing (null)");
                    } else {
                        present(element, at + "[" + i + "]");
                    }
                }
            } else {
                present(child, at);
            }
        }
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /** Plans refer to offers, private bands and own levers by their position in the file; ids of shared ones. */
    private void references(UserData data, boolean administrator) {
        for (int i = 0; i < data.privateBands().size(); i++) {
            if (data.privateBands().get(i).shared() && !administrator) {
                add("privateBands[" + i + "].shared", "Only administrators can import shared bands");
            }
        }
        int offers = data.offers().size();
        var planned = new HashSet<Integer>();
        for (int i = 0; i < data.plans().size(); i++) {
            var plan = data.plans().get(i);
            var at = "plans[" + i + "].";
            position(at + "offer", plan.offer(), offers, "offer");
            if (!planned.add(plan.offer())) {
                add(at + "offer", "A second plan for offer " + plan.offer() + "; each offer has one plan");
            }
            for (int j = 0; j < plan.competing().size(); j++) {
                position(at + "competing[" + j + "]", plan.competing().get(j), offers, "offer");
            }
            for (int j = 0; j < plan.mentioned().size(); j++) {
                position(at + "mentioned[" + j + "]", plan.mentioned().get(j), offers, "offer");
            }
            if (!plan.band().isEmpty()) {
                reference(
                        at + "band", plan.band(), "private", data.privateBands().size(), "private band");
            }
            for (int j = 0; j < plan.levers().size(); j++) {
                reference(
                        at + "levers[" + j + "]",
                        plan.levers().get(j),
                        "own",
                        data.levers().size(),
                        "own lever");
            }
        }
    }

    /** Assumptions refer to an offer of the file, one set each; defaults are one per kind of equity. */
    private void valuation(UserData data) {
        int offers = data.offers().size();
        var withAssumptions = new HashSet<Integer>();
        for (int i = 0; i < data.assumptions().size(); i++) {
            var at = "assumptions[" + i + "].offer";
            int offer = data.assumptions().get(i).offer();
            position(at, offer, offers, "offer");
            if (!withAssumptions.add(offer)) {
                add(at, "A second set of assumptions for offer " + offer + "; each offer has one");
            }
        }
        var kinds = new HashSet<Object>();
        for (int i = 0; i < data.defaults().size(); i++) {
            var kind = data.defaults().get(i).equityKind();
            if (!kinds.add(kind)) {
                add("defaults[" + i + "].equityKind", "A second default for " + kind.label() + "; each kind has one");
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        // The valuation rules too, so that a broken entry is refused before anything is saved.
        for (int i = 0; i < data.assumptions().size(); i++) {
            var own = data.assumptions().get(i);
            var revisions = data.offers().get(own.offer()).revisions();
            var kind = revisions.isEmpty() ? null : revisions.getLast().equityKind();
            rules("assumptions[" + i + "].assumptions.", ValuationRules.check(own.assumptions(), kind));
        }
        for (int i = 0; i < data.defaults().size(); i++) {
            var kind = data.defaults().get(i);
            rules(
                    "defaults[" + i + "].assumptions.",
                    ValuationRules.checkDefault(kind.assumptions(), kind.equityKind()));
        }
        var job = data.currentJob();
        if (job != null) {
            rules("currentJob.", ValuationRules.check(job));
        }
    }

    /** Log entries refer to an offer of the file and follow the log's own rules (lengths, dates, text). */
    private void log(UserData data) {
        int offers = data.offers().size();
        for (int i = 0; i < data.log().size(); i++) {
            var entry = data.log().get(i);
            position("log[" + i + "].offer", entry.offer(), offers, "offer");
            rules("log[" + i + "].entry.", JournalService.check(entry.entry()));
        }
    }

    private void rules(String prefix, Map<String, String> found) {
        found.forEach((field, message) -> add(prefix + field, message));
    }

    /** "private:2" or "own:0" within the file, or "shared:17". */
    private void reference(String entry, String reference, String local, int count, String what) {
        if (reference.startsWith(local + ":")) {
            var position = number(reference.substring(local.length() + 1));
            if (position == null) {
                add(entry, "Write " + local + ":<position in the file>");
            } else {
                position(entry, position, count, what);
            }
        } else if (!reference.startsWith(SHARED) || number(reference.substring(SHARED.length())) == null) {
            add(entry, "Write " + local + ":<position in the file> or shared:<id>");
        }
    }

    static final String SHARED = "shared:";

    private void position(String entry, long position, int count, String what) {
        if (position < 0 || position >= count) {
            add(
                    entry,
                    count == 0
                            ? "Refers to %s %d; the file has none".formatted(what, position)
                            : "Refers to %s %d; the file has %d (0 to %d)".formatted(what, position, count, count - 1));
        }
    }

    /** A non-negative number of at most 18 digits, or null. */
    static @Nullable Long number(String text) {
        return text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.isEmpty()
                ? null
                : Long.valueOf(text);
    }

    private void add(String entry, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.putIfAbsent(entry, entry + ": " + problem);
        }
    }
}
