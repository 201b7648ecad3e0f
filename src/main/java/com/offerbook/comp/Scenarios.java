package com.offerbook.comp;

import com.offerbook.base.Limits;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Bear, base and bull: each an annual growth rate of the equity's value in % and a weight in %. Growth is
 * between −100 % and +500 % a year, bear ≤ base ≤ bull, each weight 0–100 and the three weights sum to 100.
 * Equity vesting in year N is valued at (1 + g)^N × its grant-date value.
 */
public record Scenarios(
        BigDecimal bearGrowthPercent,
        BigDecimal baseGrowthPercent,
        BigDecimal bullGrowthPercent,
        BigDecimal bearWeightPercent,
        BigDecimal baseWeightPercent,
        BigDecimal bullWeightPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Scenarios {
        ValuationInputException.throwIfAny(check(
                bearGrowthPercent,
                baseGrowthPercent,
                bullGrowthPercent,
                bearWeightPercent,
                baseWeightPercent,
                bullWeightPercent));
    }

    /** No growth in any case, all weight on the base case: the figures of today. */
    public static Scenarios flat() {
        return of(0, 0, 0, 0, 100, 0);
    }

    public static Scenarios of(double bear, double base, double bull, double bearW, double baseW, double bullW) {
        return new Scenarios(dec(bear), dec(base), dec(bull), dec(bearW), dec(baseW), dec(bullW));
    }

    private static BigDecimal dec(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    /** Every problem with these numbers, by field; empty when they are valid. */
    public static EnumMap<ValuationField, String> check(
            BigDecimal bearGrowth,
            BigDecimal baseGrowth,
            BigDecimal bullGrowth,
            BigDecimal bearWeight,
            BigDecimal baseWeight,
            BigDecimal bullWeight) {
        Objects.requireNonNull(bearGrowth, "bearGrowthPercent");
        Objects.requireNonNull(baseGrowth, "baseGrowthPercent");
        Objects.requireNonNull(bullGrowth, "bullGrowthPercent");
        Objects.requireNonNull(bearWeight, "bearWeightPercent");
        Objects.requireNonNull(baseWeight, "baseWeightPercent");
        Objects.requireNonNull(bullWeight, "bullWeightPercent");
        var problems = new EnumMap<ValuationField, String>(ValuationField.class);
        growth(problems, ValuationField.BEAR_GROWTH, bearGrowth);
        growth(problems, ValuationField.BASE_GROWTH, baseGrowth);
        growth(problems, ValuationField.BULL_GROWTH, bullGrowth);
        if (!problems.containsKey(ValuationField.BEAR_GROWTH)
                && !problems.containsKey(ValuationField.BASE_GROWTH)
                && bearGrowth.compareTo(baseGrowth) > 0) {
            problems.put(ValuationField.BEAR_GROWTH, "The bear case cannot grow faster than the base case");
        }
        if (!problems.containsKey(ValuationField.BASE_GROWTH)
                && !problems.containsKey(ValuationField.BULL_GROWTH)
                && baseGrowth.compareTo(bullGrowth) > 0) {
            problems.put(ValuationField.BULL_GROWTH, "The bull case cannot grow slower than the base case");
        }
        weight(problems, ValuationField.BEAR_WEIGHT, bearWeight);
        weight(problems, ValuationField.BASE_WEIGHT, baseWeight);
        weight(problems, ValuationField.BULL_WEIGHT, bullWeight);
        var sum = bearWeight.add(baseWeight).add(bullWeight);
        if (sum.compareTo(HUNDRED) != 0) {
            problems.put(
                    ValuationField.WEIGHTS,
                    "The three weights add up to " + Words.plain(sum) + " %; they must add up to 100 %");
        }
        return problems;
    }

    private static void growth(Map<ValuationField, String> problems, ValuationField field, BigDecimal value) {
        if (value.compareTo(Limits.MIN_GROWTH_PERCENT) < 0 || value.compareTo(Limits.MAX_GROWTH_PERCENT) > 0) {
            problems.put(
                    field,
                    "Use a growth from " + Words.plain(Limits.MIN_GROWTH_PERCENT) + " % to +"
                            + Words.plain(Limits.MAX_GROWTH_PERCENT) + " % a year");
        }
    }

    private static void weight(Map<ValuationField, String> problems, ValuationField field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.put(field, "Use a weight from 0 to 100 %");
        }
    }

    public BigDecimal growthPercent(Scenario scenario) {
        return switch (scenario) {
            case BEAR -> bearGrowthPercent;
            case BASE -> baseGrowthPercent;
            case BULL -> bullGrowthPercent;
        };
    }

    public BigDecimal weightPercent(Scenario scenario) {
        return switch (scenario) {
            case BEAR -> bearWeightPercent;
            case BASE -> baseWeightPercent;
            case BULL -> bullWeightPercent;
        };
    }

    /** (1 + g)^years for the scenario's growth g; 1 for 0 years. Exact up to decimal64. */
    public BigDecimal growthFactor(Scenario scenario, int years) {
        if (years < 0) {
            throw new IllegalArgumentException("Years cannot be negative");
        }
        var onePlusG = BigDecimal.ONE.add(growthPercent(scenario).divide(HUNDRED, Money.PRECISION));
        return onePlusG.pow(years, Money.PRECISION);
    }

    /** Weighted expected value: Σ weight × figure / 100. */
    public Money expected(Map<Scenario, Money> figures) {
        Money sum = null;
        for (var scenario : Scenario.values()) {
            var figure = Objects.requireNonNull(figures.get(scenario), () -> "No figure for " + scenario);
            var weighted = figure.times(weightPercent(scenario));
            sum = sum == null ? weighted : sum.plus(weighted);
        }
        return Objects.requireNonNull(sum).dividedBy(HUNDRED);
    }

    public boolean isFlat() {
        return bearGrowthPercent.signum() == 0 && baseGrowthPercent.signum() == 0 && bullGrowthPercent.signum() == 0;
    }

    /** "bear −30 % (25 %), base 0 % (50 %), bull +25 % (25 %)". */
    public String describe() {
        var parts = new StringBuilder();
        for (var scenario : Scenario.values()) {
            if (!parts.isEmpty()) {
                parts.append(", ");
            }
            parts.append(scenario.label().toLowerCase(Locale.ROOT))
                    .append(' ')
                    .append(Words.signedPercent(growthPercent(scenario)))
                    .append(" a year (weight ")
                    .append(Words.plain(weightPercent(scenario)))
                    .append(" %)");
        }
        return parts.toString();
    }
}
