package com.offerbook.comp.tax;

import com.offerbook.comp.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules a profile must keep before the calculator uses it; each problem names its row. */
final class TaxProfileCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxProfileCheck() {}

    static List<TaxProblem> problems(TaxProfile profile) {
        var problems = new ArrayList<TaxProblem>();
        if (profile.taxYear() <= TaxProfile.NO_YEAR) {
            problems.add(new TaxProblem(TaxProblem.PROFILE, "taxYear", "The profile has no tax year."));
        }
        if (profile.key().isBlank() || profile.name().isBlank()) {
            problems.add(new TaxProblem(TaxProblem.PROFILE, "name", "The profile has no key or name."));
        }
        if (!profile.source().missing().isEmpty()) {
            problems.add(new TaxProblem(
                    TaxProblem.PROFILE,
                    "source",
                    "The profile's source is incomplete: " + profile.source().missing() + "."));
        }
        if (profile.version() < 1) {
            problems.add(new TaxProblem(TaxProblem.PROFILE, "version", "The profile's version must be 1 or more."));
        }
        for (int i = 0; i < profile.rows().size(); i++) {
            new RowCheck(i, profile.rows().get(i), problems).check();
        }
        return List.copyOf(problems);
    }

    private record RowCheck(int index, TaxRow row, List<TaxProblem> problems) {

        void check() {
            if (row.label().isBlank()) {
                add("label", "has no label");
            }
            var missing = row.source().missing();
            if (!missing.isEmpty()) {
                add("source", missing);
            }
            switch (row) {
                case TaxRow.Deduction d -> {
                    notNegative("amount", d.amount());
                    taper("taper", d.taper());
                }
                case TaxRow.Credit c -> {
                    notNegative("amount", c.amount());
                    taper("phaseOut", c.phaseOut());
                }
                case TaxRow.FlatRate f -> {
                    rate("rate", f.rate());
                    notNegative("floor", f.floor());
                    notNegative("cap", f.cap());
                    if (f.floor() != null && f.cap() != null && f.cap().compareTo(f.floor()) <= 0) {
                        add(
                                "cap",
                                "has a cap (" + Words.plain(f.cap()) + ") not above its floor ("
                                        + Words.plain(f.floor()) + ")");
                    }
                }
                case TaxRow.Bands b -> bands(b);
            }
        }

        private void bands(TaxRow.Bands b) {
            if (b.bands().isEmpty()) {
                add("bands", "has no bands");
            }
            TaxRow.Band previous = null;
            for (int n = 0; n < b.bands().size(); n++) {
                var band = b.bands().get(n);
                var name = "band " + (n + 1);
                rate("rate", band.rate(), name);
                if (band.from().signum() < 0) {
                    add("bands", name + " starts below zero");
                }
                if (band.to() != null && band.to().compareTo(band.from()) <= 0) {
                    add(
                            "bands",
                            name + " ends (" + Words.plain(band.to()) + ") where it starts or before ("
                                    + Words.plain(band.from()) + ")");
                }
                if (band.to() == null && n < b.bands().size() - 1) {
                    add("bands", name + " has no upper limit but is not the last band");
                }
                if (previous != null) {
                    if (band.from().compareTo(previous.from()) <= 0) {
                        add(
                                "bands",
                                name + " starts at " + Words.plain(band.from()) + ", not after band " + n
                                        + " (bands must be in order)");
                    } else if (previous.to() != null && band.from().compareTo(previous.to()) < 0) {
                        add(
                                "bands",
                                name + " starts at " + Words.plain(band.from()) + ", inside band " + n
                                        + " (which ends at " + Words.plain(previous.to()) + "): bands overlap");
                    }
                }
                if (band.recapture() != null) {
                    notNegative("bands", band.recapture().from());
                    notNegative("bands", band.recapture().width());
                }
                previous = band;
            }
        }

        private void taper(String field, @Nullable Taper taper) {
            if (taper == null) {
                return;
            }
            notNegative(field, taper.threshold());
            notNegative(field, taper.reduceBy());
            if (taper.per().signum() <= 0) {
                add(field, "has a taper whose step (" + Words.plain(taper.per()) + ") is not above zero");
            }
        }

        private void rate(String field, BigDecimal rate) {
            rate(field, rate, "");
        }

        private void rate(String field, BigDecimal rate, String where) {
            if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
                add(
                        field,
                        (where.isEmpty() ? "" : where + " ") + "has a rate of " + Words.plain(rate)
                                + " %, outside 0–100 %");
            }
        }

        private void notNegative(String field, @Nullable BigDecimal amount) {
            if (amount != null && amount.signum() < 0) {
                add(field, "has a negative " + field + " (" + Words.plain(amount) + ")");
            }
        }

        private void add(String field, String what) {
            var name = row.label().isBlank() ? "" : " (" + row.label() + ")";
            problems.add(new TaxProblem(index, field, "Row " + (index + 1) + name + ": " + what + "."));
        }
    }
}
