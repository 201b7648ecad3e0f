package com.offerbook.comp.tax;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a tax profile. There are four kinds, enough for the seeded places and meant to be enough for most others
 * (docs/tax.md): a deduction from gross income, progressive bands, a flat rate between a floor and a cap, a credit
 * against the profile's income tax. Rates are percentages (6.2 means 6.2 %); amounts are in the profile's currency.
 */
public sealed interface TaxRow {

    String label();

    TaxSource source();

    /**
     * Whether the law makes this row's tax jump at some incomes (a credit lost in whole steps "or part thereof", a
     * benefit recapture): take-home can then fall by a few units where the gross rises by one.
     */
    default boolean hasStatutorySteps() {
        return false;
    }

    /**
     * An amount subtracted from gross income before the profile's {@link Base#TAXABLE} rates apply (standard deduction,
     * personal allowance), optionally reduced by a taper, never below zero.
     */
    record Deduction(
            String label, BigDecimal amount, @Nullable Taper taper, TaxSource source) implements TaxRow {}

    /**
     * Progressive bands: each band's rate applies to the part of the base between its {@code from} and {@code to}; the
     * last band may be open ({@code to} absent). Bands must be ordered and must not overlap; a gap is taxed at 0 %.
     */
    record Bands(String label, TaxKind kind, Base base, List<Band> bands, TaxSource source) implements TaxRow {

        public Bands {
            bands = List.copyOf(bands);
        }

        @Override
        public boolean hasStatutorySteps() {
            return bands.stream().anyMatch(band -> band.recapture() != null);
        }
    }

    /**
     * One band. {@code recapture}, where the law has one (New York State), takes back the benefit of the lower bands
     * once gross income passes a point: this band's rate then applies to the whole base (docs/tax.md).
     */
    record Band(
            BigDecimal from,
            @Nullable BigDecimal to,
            BigDecimal rate,
            @Nullable Recapture recapture) {

        public Band(BigDecimal from, @Nullable BigDecimal to, BigDecimal rate) {
            this(from, to, rate, null);
        }
    }

    /**
     * Benefit recapture for the band the base falls in: from gross income {@code from}, the difference between this
     * band's rate on the whole base and the banded tax is added in proportion over {@code width} of further income (at
     * once when the width is zero), on top of what lower bands' recaptures already took back.
     */
    record Recapture(BigDecimal from, BigDecimal width) {}

    /**
     * A flat rate on the base above {@code floor} and up to {@code cap}: Social Security up to its wage base (a cap),
     * the additional Medicare tax above its threshold (a floor), a surcharge on taxable income above $1M (a floor).
     */
    record FlatRate(
            String label,
            TaxKind kind,
            Base base,
            BigDecimal rate,
            @Nullable BigDecimal floor,
            @Nullable BigDecimal cap,
            TaxSource source)
            implements TaxRow {}

    /**
     * A credit against the profile's income tax (never below zero, never refunded), optionally phased out by a taper.
     */
    record Credit(String label, BigDecimal amount, @Nullable Taper phaseOut, TaxSource source) implements TaxRow {

        @Override
        public boolean hasStatutorySteps() {
            return phaseOut != null && phaseOut.stepping() == Taper.Stepping.PART;
        }
    }
}
