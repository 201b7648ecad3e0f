package com.offerbook.comp;

import com.offerbook.base.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's beliefs about one offer (or the job they would leave): how its equity may grow, when it can be sold,
 * what refreshers and raises to expect, and how many years to project. Beliefs, not facts: they belong to the
 * user and the offer, never to a revision, and {@link #none()} gives today's figures unchanged.
 *
 * @param optionShares the number of options in the initial grant (stock options only), for the cost to exercise
 */
public record ValuationAssumptions(
        Scenarios scenarios,
        Liquidity liquidity,
        Refresher refresher,
        Raise raise,
        int horizonYears,
        @Nullable Long optionShares) {

    public ValuationAssumptions {
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(liquidity, "liquidity");
        Objects.requireNonNull(refresher, "refresher");
        Objects.requireNonNull(raise, "raise");
        var problems = new EnumMap<ValuationField, String>(ValuationField.class);
        if (horizonYears < Limits.MIN_HORIZON_YEARS || horizonYears > Limits.MAX_HORIZON_YEARS) {
            problems.put(
                    ValuationField.HORIZON,
                    "Use " + Limits.MIN_HORIZON_YEARS + " to " + Limits.MAX_HORIZON_YEARS + " years");
        }
        if (optionShares != null && (optionShares < 1 || optionShares > Limits.MAX_OPTION_SHARES)) {
            problems.put(ValuationField.OPTION_SHARES, "Use 1 to " + Limits.MAX_OPTION_SHARES + " options");
        }
        ValuationInputException.throwIfAny(problems);
    }

    /** No growth, no refreshers, no raises, the flat discount, 5 years: the figures of today. */
    public static ValuationAssumptions none() {
        return new ValuationAssumptions(
                Scenarios.flat(),
                Liquidity.flatDiscount(),
                Refresher.none(),
                Raise.none(),
                Limits.DEFAULT_HORIZON_YEARS,
                null);
    }

    /**
     * Starting points offered for a kind of equity before the user has set their own: the riskier the equity, the
     * wider the bear–bull spread; profit units are sold at tenders. They are suggestions to change, not forecasts.
     */
    public static ValuationAssumptions startingPointFor(EquityKind kind) {
        var none = none();
        return switch (kind) {
            case NONE -> none;
            case PUBLIC_RSU -> none.withScenarios(Scenarios.of(-20, 0, 15, 25, 50, 25));
            case PRIVATE_RSU -> none.withScenarios(Scenarios.of(-40, 0, 30, 25, 50, 25));
            case OPTIONS -> none.withScenarios(Scenarios.of(-60, 0, 50, 25, 50, 25));
            case PROFIT_UNITS ->
                none.withScenarios(Scenarios.of(-40, 0, 30, 25, 50, 25))
                        .withLiquidity(Liquidity.tenders(24, 12, Liquidity.CapKind.PERCENT_OF_UNSOLD, pct(20)));
        };
    }

    private static BigDecimal pct(int value) {
        return BigDecimal.valueOf(value);
    }

    public ValuationAssumptions withScenarios(Scenarios value) {
        return new ValuationAssumptions(value, liquidity, refresher, raise, horizonYears, optionShares);
    }

    public ValuationAssumptions withLiquidity(Liquidity value) {
        return new ValuationAssumptions(scenarios, value, refresher, raise, horizonYears, optionShares);
    }

    public ValuationAssumptions withRefresher(Refresher value) {
        return new ValuationAssumptions(scenarios, liquidity, value, raise, horizonYears, optionShares);
    }

    public ValuationAssumptions withRaise(Raise value) {
        return new ValuationAssumptions(scenarios, liquidity, refresher, value, horizonYears, optionShares);
    }

    public ValuationAssumptions withHorizon(int years) {
        return new ValuationAssumptions(scenarios, liquidity, refresher, raise, years, optionShares);
    }

    public ValuationAssumptions withOptionShares(@Nullable Long shares) {
        return new ValuationAssumptions(scenarios, liquidity, refresher, raise, horizonYears, shares);
    }

    /** Problems of these assumptions with a kind of equity (profit units are never sold at an IPO, …). */
    public EnumMap<ValuationField, String> checkFor(EquityKind kind) {
        var problems = new EnumMap<ValuationField, String>(ValuationField.class);
        if (kind == EquityKind.PROFIT_UNITS && liquidity.mode() == Liquidity.Mode.IPO) {
            problems.put(ValuationField.LIQUIDITY_MODE, "Profit units are sold only at tenders: choose tenders");
        }
        if (optionShares != null && kind != EquityKind.OPTIONS) {
            problems.put(ValuationField.OPTION_SHARES, "Only stock options have a number of options; clear it");
        }
        return problems;
    }

    /** The assumptions in words, one sentence each, as every figure names them. */
    public List<String> describe(CompPackage p) {
        var lines = new ArrayList<String>();
        lines.add("Equity growth: " + scenarios.describe() + ".");
        lines.add(
                raise.isNone()
                        ? "No raises on base."
                        : "Raise on base: " + Words.signedPercent(raise.percentPerYear())
                                + " a year from the start of year " + Raise.FIRST_YEAR + ".");
        lines.add("Refreshers: " + refresher.describe(p.equityGrant(), p.vesting()) + ".");
        if (!p.equityKind().isLiquid()) {
            lines.add("Selling: " + liquidity.describe(p.currency()) + ".");
        }
        if (optionShares != null) {
            lines.add("Options in the grant: " + optionShares + ".");
        }
        lines.add("Projection over " + horizonYears + (horizonYears == 1 ? " year." : " years."));
        return List.copyOf(lines);
    }
}
