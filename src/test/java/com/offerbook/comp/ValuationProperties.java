package com.offerbook.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.Generated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules of the valuation that hold for every input, checked on 1,000 generated ones each. */
class ValuationProperties {

    private static final Currency USD = Currency.getInstance("USD");

    record Case(CompPackage pkg, ValuationAssumptions assumptions) {}

    record Weights(BigDecimal bear, BigDecimal base, BigDecimal bull) {}

    record Growths(BigDecimal bear, BigDecimal base, BigDecimal bull) {}

    @ParameterizedTest
    @MethodSource("packagesWithoutAssumptions")
    void with_no_assumptions_every_projected_year_equals_todays_year_by_year_figures(Case c) {
        var projection = Projection.of(c.pkg(), c.assumptions());

        for (int year = 1; year <= c.assumptions().horizonYears(); year++) {
            var today = c.pkg().year(year);
            for (var scenario : Scenario.values()) {
                var projected = projection.year(scenario, year);
                assertThat(projected.figures()).isEqualTo(today);
                assertThat(projected.total()).isEqualTo(today.total());
            }
            assertThat(projection.expectedYear(year).total().rounded())
                    .isEqualTo(today.total().rounded());
        }
    }

    @ParameterizedTest
    @MethodSource("packagesWithAssumptions")
    void cash_in_hand_never_exceeds_paper_value(Case c) {
        var projection = Projection.of(c.pkg(), c.assumptions());

        for (var scenario : Scenario.values()) {
            for (var year : projection.years(scenario)) {
                assertThat(year.equityCash().isNegative()).isFalse();
                assertThat(year.equityCash()).isLessThanOrEqualTo(year.equityPaperValue());
                assertThat(year.cashInHand()).isLessThanOrEqualTo(year.paperValue());
            }
        }
        for (var year : projection.expected()) {
            assertThat(year.equityCash()).isLessThanOrEqualTo(year.equityPaperValue());
        }
    }

    @ParameterizedTest
    @MethodSource("packagesWithAssumptions")
    void bear_never_beats_base_and_base_never_beats_bull(Case c) {
        var projection = Projection.of(c.pkg(), c.assumptions());

        for (int year = 1; year <= projection.horizonYears(); year++) {
            var bear = projection.year(Scenario.BEAR, year).equity();
            var base = projection.year(Scenario.BASE, year).equity();
            var bull = projection.year(Scenario.BULL, year).equity();
            assertThat(bear).isLessThanOrEqualTo(base);
            assertThat(base).isLessThanOrEqualTo(bull);
            var expected = projection.expectedYear(year).equity().rounded();
            assertThat(expected).isBetween(bear.rounded(), bull.rounded());
        }
    }

    @ParameterizedTest
    @MethodSource("weights")
    void weights_outside_0_to_100_or_not_summing_to_100_are_refused(Weights w) {
        boolean valid = inRange(w.bear())
                && inRange(w.base())
                && inRange(w.bull())
                && w.bear().add(w.base()).add(w.bull()).compareTo(BigDecimal.valueOf(100)) == 0;
        if (valid) {
            var scenarios =
                    new Scenarios(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, w.bear(), w.base(), w.bull());
            assertThat(scenarios.bearWeightPercent()).isEqualByComparingTo(w.bear());
        } else {
            assertThatThrownBy(() -> new Scenarios(
                            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, w.bear(), w.base(), w.bull()))
                    .isInstanceOf(ValuationInputException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("growths")
    void scenario_order_bear_base_bull_is_enforced(Growths g) {
        var hundred = BigDecimal.valueOf(100);
        boolean inLimits = Stream.of(g.bear(), g.base(), g.bull())
                .allMatch(v -> v.compareTo(hundred.negate()) >= 0 && v.compareTo(BigDecimal.valueOf(500)) <= 0);
        boolean ordered = g.bear().compareTo(g.base()) <= 0 && g.base().compareTo(g.bull()) <= 0;
        if (inLimits && ordered) {
            var scenarios = new Scenarios(g.bear(), g.base(), g.bull(), BigDecimal.ZERO, hundred, BigDecimal.ZERO);
            assertThat(scenarios.growthFactor(Scenario.BEAR, 3))
                    .isLessThanOrEqualTo(scenarios.growthFactor(Scenario.BULL, 3));
        } else {
            assertThatThrownBy(() ->
                            new Scenarios(g.bear(), g.base(), g.bull(), BigDecimal.ZERO, hundred, BigDecimal.ZERO))
                    .isInstanceOf(ValuationInputException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("jobs")
    void the_cost_of_leaving_never_grows_with_a_later_leave_date_when_nothing_but_equity_is_at_stake(CurrentJob job) {
        var previous = job.costOfLeaving(0, Scenarios.flat()).total().expected();
        for (int month = 1; month <= 60; month++) {
            var cost = job.costOfLeaving(month, Scenarios.flat()).total().expected();
            assertThat(cost).isLessThanOrEqualTo(previous);
            assertThat(job.makeWhole(month, Scenarios.flat()).amount().expected())
                    .isLessThanOrEqualTo(cost);
            previous = cost;
        }
    }

    static Stream<Named<Case>> packagesWithoutAssumptions() {
        return Generated.inputs(random ->
                new Case(randomPackage(random), ValuationAssumptions.none().withHorizon(random.nextInt(1, 11))));
    }

    static Stream<Named<Case>> packagesWithAssumptions() {
        return Generated.inputs(random -> {
            var p = randomPackage(random);
            return new Case(p, randomAssumptions(random, p));
        });
    }

    static Stream<Named<Weights>> weights() {
        return Generated.inputs(random -> {
            // Half the time a valid split, otherwise anything from −20 to 120 in steps of 0.5.
            if (random.nextBoolean()) {
                int bear = random.nextInt(0, 101);
                int base = random.nextInt(0, 101 - bear);
                return new Weights(dec(bear), dec(base), dec(100 - bear - base));
            }
            return new Weights(halfStep(random, -40, 240), halfStep(random, -40, 240), halfStep(random, -40, 240));
        });
    }

    static Stream<Named<Growths>> growths() {
        return Generated.inputs(random ->
                new Growths(halfStep(random, -240, 1100), halfStep(random, -240, 1100), halfStep(random, -240, 1100)));
    }

    static Stream<Named<CurrentJob>> jobs() {
        return Generated.inputs(random -> {
            var tranches = new ArrayList<VestingTranche>();
            int count = random.nextInt(0, 30);
            for (int i = 0; i < count; i++) {
                tranches.add(new VestingTranche(random.nextInt(1, 61), money(random, 0, 500_000)));
            }
            return new CurrentJob(
                    money(random, 0, 1_000_000),
                    BonusTarget.none(),
                    EquityKind.PUBLIC_RSU,
                    tranches,
                    random.nextInt(1, 13),
                    SigningBonus.none(USD),
                    random.nextInt(0, 121));
        });
    }

    private static CompPackage randomPackage(RandomGenerator random) {
        var kind = EquityKind.values()[random.nextInt(EquityKind.values().length)];
        var bonus = random.nextBoolean()
                ? new BonusTarget(BonusTarget.Kind.PERCENT_OF_BASE, BigDecimal.valueOf(random.nextInt(0, 101)))
                : new BonusTarget(
                        BonusTarget.Kind.AMOUNT, money(random, 0, 500_000).amount());
        return new CompPackage(
                money(random, 0, 2_000_000),
                bonus,
                kind,
                money(random, 0, 10_000_000),
                randomSchedule(random),
                kind == EquityKind.OPTIONS ? new Money(BigDecimal.valueOf(random.nextInt(1, 10_000), 2), USD) : null,
                BigDecimal.valueOf(random.nextInt(0, 101)),
                new SigningBonus(money(random, 0, 200_000), random.nextInt(0, 37), random.nextBoolean()),
                money(random, 0, 50_000),
                money(random, 0, 50_000));
    }

    private static ValuationAssumptions randomAssumptions(RandomGenerator random, CompPackage p) {
        var growths = new ArrayList<BigDecimal>();
        for (int i = 0; i < 3; i++) {
            growths.add(BigDecimal.valueOf(random.nextInt(-100, 501)));
        }
        growths.sort(BigDecimal::compareTo);
        int bearW = random.nextInt(0, 101);
        int baseW = random.nextInt(0, 101 - bearW);
        var scenarios = new Scenarios(
                growths.get(0), growths.get(1), growths.get(2), dec(bearW), dec(baseW), dec(100 - bearW - baseW));
        var liquidity = switch (random.nextInt(4)) {
            case 0 -> Liquidity.flatDiscount();
            case 1 ->
                p.equityKind() == EquityKind.PROFIT_UNITS
                        ? Liquidity.flatDiscount()
                        : Liquidity.ipo(random.nextInt(0, 121));
            case 2 ->
                Liquidity.tenders(
                        random.nextInt(0, 121),
                        random.nextInt(1, 25),
                        Liquidity.CapKind.PERCENT_OF_UNSOLD,
                        BigDecimal.valueOf(random.nextInt(1, 101)));
            default ->
                Liquidity.tenders(
                        random.nextInt(0, 121),
                        random.nextInt(1, 25),
                        Liquidity.CapKind.AMOUNT,
                        money(random, 1, 2_000_000).amount());
        };
        var refresher = switch (random.nextInt(3)) {
            case 0 -> Refresher.none();
            case 1 -> Refresher.yearly(money(random, 0, 1_000_000)).withFirstYear(random.nextInt(1, 11));
            default ->
                Refresher.yearlyPercentOfGrant(BigDecimal.valueOf(random.nextInt(0, 201)))
                        .withVesting(random.nextBoolean() ? null : randomSchedule(random));
        };
        return new ValuationAssumptions(
                scenarios,
                liquidity,
                refresher,
                new Raise(BigDecimal.valueOf(random.nextInt(-50, 101))),
                random.nextInt(1, 11),
                p.equityKind() == EquityKind.OPTIONS && random.nextBoolean()
                        ? (long) random.nextInt(1, 1_000_000)
                        : null);
    }

    /** Whole percentages per year that sum to 100, 1 to 6 years, a cliff up to the end. */
    private static VestingSchedule randomSchedule(RandomGenerator random) {
        int years = random.nextInt(1, 7);
        var cuts = new ArrayList<Integer>(List.of(0, 100));
        for (int i = 1; i < years; i++) {
            cuts.add(random.nextInt(0, 101));
        }
        cuts.sort(Integer::compareTo);
        var percents = new ArrayList<BigDecimal>();
        for (int i = 1; i < cuts.size(); i++) {
            percents.add(BigDecimal.valueOf(cuts.get(i) - cuts.get(i - 1)));
        }
        return new VestingSchedule(percents, random.nextInt(0, years * 12 + 1));
    }

    private static Money money(RandomGenerator random, long min, long max) {
        return new Money(BigDecimal.valueOf(random.nextLong(min * 100, max * 100 + 1), 2), USD);
    }

    private static BigDecimal halfStep(RandomGenerator random, int minHalves, int maxHalves) {
        return BigDecimal.valueOf(random.nextInt(minHalves, maxHalves + 1)).divide(BigDecimal.TWO);
    }

    private static BigDecimal dec(int value) {
        return BigDecimal.valueOf(value);
    }

    private static boolean inRange(BigDecimal weight) {
        return weight.signum() >= 0 && weight.compareTo(BigDecimal.valueOf(100)) <= 0;
    }
}
