package com.offerbook.comp.tax;

import com.offerbook.comp.Money;
import com.offerbook.comp.Words;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates tax profiles for one wage income: the one calculator for every place (docs/tax.md). Each profile of a
 * stack is computed on the same gross wage (a US state does not deduct the federal tax); the taxes add up.
 */
public final class TaxCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxCalculator() {}

    /**
     * @throws IllegalArgumentException when the stack is empty, a profile is invalid, its currency is not the wage's, or
     *     the wage is negative
     */
    public static TaxResult compute(Money gross, List<TaxProfile> stack) {
        if (stack.isEmpty()) {
            throw new IllegalArgumentException("No tax profile to compute with");
        }
        if (gross.isNegative()) {
            throw new IllegalArgumentException("A wage cannot be negative: " + gross);
        }
        var zero = Money.zero(gross.currency());
        var income = zero;
        var payroll = zero;
        var parts = new ArrayList<TaxResult.Part>();
        var lines = new ArrayList<TaxLine>();
        for (var profile : stack) {
            var problems = profile.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Tax profile " + profile.title() + " is invalid: "
                        + problems.stream().map(TaxProblem::message).collect(Collectors.joining(" ")));
            }
            if (!profile.currency().equals(gross.currency())) {
                throw new IllegalArgumentException("Tax profile " + profile.title() + " is in " + profile.currency()
                        + ", the wage in " + gross.currency());
            }
            var part = new ProfileRun(profile, gross).run();
            parts.add(part.summary());
            lines.addAll(part.lines());
            income = income.plus(part.summary().incomeTax());
            payroll = payroll.plus(part.summary().payrollTax());
        }
        var takeHome = gross.minus(income).minus(payroll);
        return new TaxResult(gross, income, payroll, takeHome, parts, lines);
    }

    private record Outcome(TaxResult.Part summary, List<TaxLine> lines) {}

    /** One profile on one wage. */
    private static final class ProfileRun {

        private final TaxProfile profile;
        private final BigDecimal gross;
        private final List<TaxLine> lines = new ArrayList<>();
        private BigDecimal income = BigDecimal.ZERO;
        private BigDecimal payroll = BigDecimal.ZERO;

        ProfileRun(TaxProfile profile, Money gross) {
            this.profile = profile;
            this.gross = gross.amount();
        }

        Outcome run() {
            var deducted = BigDecimal.ZERO;
            for (var row : profile.rows()) {
                if (row instanceof TaxRow.Deduction d) {
                    var allowed = positive(d.amount().subtract(reduction(d.taper())));
                    deducted = deducted.add(allowed);
                    line(
                            d,
                            d.taper() == null ? "allowed" : "allowed after taper",
                            TaxKind.INCOME,
                            allowed,
                            null,
                            zero());
                }
            }
            var taxable = positive(gross.subtract(deducted));
            for (var row : profile.rows()) {
                switch (row) {
                    case TaxRow.Bands b -> bands(b, b.base() == Base.GROSS ? gross : taxable);
                    case TaxRow.FlatRate f -> flat(f, f.base() == Base.GROSS ? gross : taxable);
                    case TaxRow.Deduction d -> {
                        // taken above
                    }
                    case TaxRow.Credit c -> {
                        // after every tax of the profile, below
                    }
                }
            }
            for (var row : profile.rows()) {
                if (row instanceof TaxRow.Credit c) {
                    var allowed = positive(c.amount().subtract(reduction(c.phaseOut())));
                    var used = round(allowed.min(income));
                    income = income.subtract(used);
                    line(
                            c,
                            c.phaseOut() == null ? "credit" : "credit after phase-out",
                            TaxKind.INCOME,
                            allowed,
                            null,
                            used.negate());
                }
            }
            var currency = profile.currency();
            var summary = new TaxResult.Part(
                    profile.title(),
                    profile.note(),
                    new Money(taxable, currency),
                    new Money(income, currency),
                    new Money(payroll, currency));
            return new Outcome(summary, List.copyOf(lines));
        }

        private void bands(TaxRow.Bands row, BigDecimal base) {
            var banded = BigDecimal.ZERO;
            for (var band : row.bands()) {
                var inBand = inBand(base, band);
                if (inBand.signum() > 0) {
                    var tax = round(percent(inBand, band.rate()));
                    banded = banded.add(tax);
                    line(row, Words.plain(band.rate()) + " % band", row.kind(), inBand, band.rate(), tax);
                }
            }
            var recaptured = recapture(row, base, banded);
            if (recaptured.signum() > 0) {
                line(row, "recapture of the lower bands' benefit", row.kind(), base, null, recaptured);
            }
        }

        /** See {@link TaxRow.Recapture}: zero unless the band the base falls in has one and the gross passed it. */
        private BigDecimal recapture(TaxRow.Bands row, BigDecimal base, BigDecimal banded) {
            var bands = row.bands();
            for (int k = 0; k < bands.size(); k++) {
                var band = bands.get(k);
                boolean inside =
                        base.compareTo(band.from()) > 0 && (band.to() == null || base.compareTo(band.to()) <= 0);
                if (!inside) {
                    continue;
                }
                var recapture = band.recapture();
                if (recapture == null || gross.compareTo(recapture.from()) <= 0) {
                    return BigDecimal.ZERO;
                }
                var already = BigDecimal.ZERO;
                if (k > 0 && bands.get(k - 1).recapture() != null) {
                    already = percent(band.from(), bands.get(k - 1).rate()).subtract(bandedTax(bands, band.from()));
                }
                var share = recapture.width().signum() == 0
                        ? BigDecimal.ONE
                        : gross.subtract(recapture.from())
                                .divide(recapture.width(), PRECISION)
                                .min(BigDecimal.ONE);
                var rest = percent(base, band.rate()).subtract(banded).subtract(already);
                return round(positive(already.add(share.multiply(rest, PRECISION))));
            }
            return BigDecimal.ZERO;
        }

        private BigDecimal bandedTax(List<TaxRow.Band> bands, BigDecimal base) {
            var tax = BigDecimal.ZERO;
            for (var band : bands) {
                tax = tax.add(round(percent(inBand(base, band), band.rate())));
            }
            return tax;
        }

        private void flat(TaxRow.FlatRate row, BigDecimal base) {
            var subject = row.cap() == null ? base : base.min(row.cap());
            if (row.floor() != null) {
                subject = positive(subject.subtract(row.floor()));
            }
            var tax = round(percent(subject, row.rate()));
            var what = Words.plain(row.rate()) + " %"
                    + (row.floor() == null ? "" : " above " + Words.plain(row.floor()))
                    + (row.cap() == null ? "" : " up to " + Words.plain(row.cap()));
            line(row, what, row.kind(), subject, row.rate(), tax);
        }

        private void line(
                TaxRow row, String what, TaxKind kind, BigDecimal base, @Nullable BigDecimal rate, BigDecimal tax) {
            if (!(row instanceof TaxRow.Credit)) {
                if (kind == TaxKind.INCOME) {
                    income = income.add(tax);
                } else {
                    payroll = payroll.add(tax);
                }
            }
            var currency = profile.currency();
            lines.add(new TaxLine(
                    profile.title(),
                    row.label(),
                    what,
                    kind,
                    new Money(base, currency),
                    rate,
                    new Money(tax, currency),
                    row.source()));
        }

        private BigDecimal reduction(@Nullable Taper taper) {
            return taper == null ? BigDecimal.ZERO : taper.reduction(gross);
        }

        private BigDecimal round(BigDecimal amount) {
            return profile.rounding().apply(amount);
        }

        private BigDecimal zero() {
            return round(BigDecimal.ZERO);
        }

        private static BigDecimal inBand(BigDecimal base, TaxRow.Band band) {
            var top = band.to() == null ? base : base.min(band.to());
            return positive(top.subtract(band.from()));
        }

        private static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
            return amount.multiply(rate, PRECISION).divide(HUNDRED, PRECISION);
        }

        private static BigDecimal positive(BigDecimal amount) {
            return amount.signum() < 0 ? BigDecimal.ZERO : amount;
        }
    }
}
