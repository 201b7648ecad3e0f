package com.offerbook.comp;

import static com.offerbook.comp.Packages.USD;
import static com.offerbook.comp.Packages.baseAndEquity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact figures of issue 12's "Rules that must hold", checkable by hand (docs/valuation.md). */
class ValuationVectorsTest {

    private static final Scenarios BEAR_BASE_BULL = Scenarios.of(-30, 0, 25, 25, 50, 25);

    @Test
    void a_million_over_four_years_growing_25_percent_vests_312500_390625_488281_25_and_610351_56() {
        var projection = Projection.of(
                baseAndEquity(0, 1_000_000, USD, EquityKind.PUBLIC_RSU),
                ValuationAssumptions.none().withScenarios(BEAR_BASE_BULL));

        var bull = projection.years(Scenario.BULL).stream()
                .limit(4)
                .map(y -> y.initialGrant().rounded())
                .toList();
        assertThat(bull).containsExactly(usd("312500.00"), usd("390625.00"), usd("488281.25"), usd("610351.56"));
        var total = projection.years(Scenario.BULL).get(3).cumulative();
        assertThat(total.rounded()).isEqualTo(usd("1801757.81"));
    }

    @Test
    void a_million_over_four_years_shrinking_30_percent_vests_175000_122500_85750_and_60025() {
        var projection = Projection.of(
                baseAndEquity(0, 1_000_000, USD, EquityKind.PUBLIC_RSU),
                ValuationAssumptions.none().withScenarios(BEAR_BASE_BULL));

        var bear = projection.years(Scenario.BEAR).stream()
                .limit(4)
                .map(y -> y.initialGrant().rounded())
                .toList();
        assertThat(bear).containsExactly(usd("175000"), usd("122500"), usd("85750"), usd("60025"));
    }

    @Test
    void display_rounding_is_half_even_and_only_at_the_edge() {
        var projection = Projection.of(
                baseAndEquity(0, 1_000_000, USD, EquityKind.PUBLIC_RSU),
                ValuationAssumptions.none().withScenarios(BEAR_BASE_BULL));

        // 250,000 × 1.25^4 = 610,351.5625 kept whole until shown; years summed unrounded.
        assertThat(projection.year(Scenario.BULL, 4).initialGrant().amount()).isEqualByComparingTo("610351.5625");
        assertThat(projection.year(Scenario.BULL, 4).cumulative().amount()).isEqualByComparingTo("1801757.8125");
        assertThat(new Money(new BigDecimal("0.125"), USD).rounded()).isEqualTo(usd("0.12"));
    }

    @Test
    void refreshers_of_100000_a_year_from_year_two_stack_to_100_125_150_175_and_100_thousand() {
        var assumptions = ValuationAssumptions.none()
                .withRefresher(Refresher.yearly(usd("100000")).withVesting(VestingSchedule.even(4, 0)));

        var projection = Projection.of(baseAndEquity(0, 400_000, USD, EquityKind.PUBLIC_RSU), assumptions);

        var equity = projection.years(Scenario.BASE).stream()
                .map(ProjectedYear::equity)
                .toList();
        assertThat(equity).containsExactly(usd("100000"), usd("125000"), usd("150000"), usd("175000"), usd("100000"));
        assertThat(projection.year(Scenario.BASE, 5).refreshers())
                .extracting(ProjectedYear.RefresherYear::grantedInYear)
                .containsExactly(2, 3, 4, 5);
    }

    @Test
    void a_refresher_in_percent_of_the_grant_defaults_to_the_grants_years_even() {
        var assumptions =
                ValuationAssumptions.none().withRefresher(Refresher.yearlyPercentOfGrant(BigDecimal.valueOf(25)));

        var projection = Projection.of(baseAndEquity(0, 400_000, USD, EquityKind.PUBLIC_RSU), assumptions);

        assertThat(projection.year(Scenario.BASE, 2).equity()).isEqualTo(usd("125000"));
        assertThat(projection.year(Scenario.BASE, 1).refreshers()).isEmpty();
    }

    @Test
    void weights_25_50_25_over_175000_250000_312500_give_246875() {
        var expected = BEAR_BASE_BULL.expected(
                Map.of(Scenario.BEAR, usd("175000"), Scenario.BASE, usd("250000"), Scenario.BULL, usd("312500")));

        assertThat(expected).isEqualTo(usd("246875"));
        var projection = Projection.of(
                baseAndEquity(0, 1_000_000, USD, EquityKind.PUBLIC_RSU),
                ValuationAssumptions.none().withScenarios(BEAR_BASE_BULL));
        assertThat(projection.expectedYear(1).initialGrant()).isEqualTo(usd("246875"));
    }

    @Test
    void a_4_percent_raise_on_300000_with_a_15_percent_bonus_gives_year_three_base_324480_and_bonus_48672() {
        var p = new CompPackage(
                usd("300000"),
                new BonusTarget(BonusTarget.Kind.PERCENT_OF_BASE, BigDecimal.valueOf(15)),
                EquityKind.NONE,
                usd("0"),
                VestingSchedule.even(4, 0),
                null,
                BigDecimal.ZERO,
                SigningBonus.none(USD),
                usd("0"),
                usd("0"));

        var projection = Projection.of(p, ValuationAssumptions.none().withRaise(new Raise(BigDecimal.valueOf(4))));

        var year3 = projection.year(Scenario.BASE, 3);
        assertThat(year3.base().rounded()).isEqualTo(usd("324480.00"));
        assertThat(year3.bonus().rounded()).isEqualTo(usd("48672.00"));
        assertThat(projection.year(Scenario.BASE, 1).base()).isEqualTo(usd("300000"));
        assertThat(projection.year(Scenario.BASE, 2).base()).isEqualTo(usd("312000"));
    }

    @Test
    void a_bonus_stated_as_an_amount_does_not_follow_the_raise() {
        var p = new CompPackage(
                usd("300000"),
                new BonusTarget(BonusTarget.Kind.AMOUNT, BigDecimal.valueOf(45_000)),
                EquityKind.NONE,
                usd("0"),
                VestingSchedule.even(4, 0),
                null,
                BigDecimal.ZERO,
                SigningBonus.none(USD),
                usd("0"),
                usd("0"));

        var projection = Projection.of(p, ValuationAssumptions.none().withRaise(new Raise(BigDecimal.valueOf(4))));

        assertThat(projection.year(Scenario.BASE, 3).bonus()).isEqualTo(usd("45000"));
    }

    @Test
    void leaving_120000_vesting_monthly_over_12_months_costs_120000_at_the_start_and_60000_after_six_months() {
        var job = jobWith(CurrentJob.evenTranches(usd("120000"), 12, 1));

        assertThat(job.costOfLeaving(0, Scenarios.flat()).total().expected()).isEqualTo(usd("120000"));
        assertThat(job.costOfLeaving(6, Scenarios.flat()).total().expected()).isEqualTo(usd("60000"));
        assertThat(job.costOfLeaving(12, Scenarios.flat()).total().expected()).isEqualTo(usd("0"));
    }

    @Test
    void the_make_whole_signing_ask_is_at_least_what_would_have_vested_in_the_next_12_months() {
        var job = jobWith(CurrentJob.evenTranches(usd("120000"), 12, 1));

        var makeWhole = job.makeWhole(6, Scenarios.flat());

        assertThat(makeWhole.amount().expected()).isEqualTo(usd("60000"));
        assertThat(makeWhole.signingAsk(usd("25000")).ask()).isEqualTo(usd("60000"));
        assertThat(makeWhole.signingAsk(usd("80000")).ask()).isEqualTo(usd("80000"));
        assertThat(makeWhole.signingAsk(usd("25000")).steps()).last().asString().contains("$60,000");
        assertThat(job.makeWhole(0, Scenarios.flat()).amount().expected()).isEqualTo(usd("120000"));
    }

    @Test
    void the_cost_of_leaving_adds_the_earned_bonus_and_the_retention_bonus_repaid() {
        var job = new CurrentJob(
                usd("240000"),
                new BonusTarget(BonusTarget.Kind.AMOUNT, BigDecimal.valueOf(24_000)),
                EquityKind.PUBLIC_RSU,
                CurrentJob.evenTranches(usd("120000"), 12, 1),
                3,
                new SigningBonus(usd("50000"), 24, true),
                12);

        // Leaving now: 9 of 12 bonus months worked (18,000), 12 of 24 clawback months left (25,000).
        var cost = job.costOfLeaving(0, Scenarios.flat());

        assertThat(cost.bonusForfeited()).isEqualTo(usd("18000"));
        assertThat(cost.repaid()).isEqualTo(usd("25000"));
        assertThat(cost.total().expected()).isEqualTo(usd("163000"));
        assertThat(cost.steps()).anyMatch(step -> step.contains("$163,000"));
    }

    @Test
    void profit_units_sold_at_capped_yearly_tenders_give_100000_by_year_two_and_230000_by_year_three() {
        var assumptions = ValuationAssumptions.none()
                .withLiquidity(Liquidity.tenders(24, 12, Liquidity.CapKind.PERCENT_OF_UNSOLD, BigDecimal.valueOf(20)));

        var projection = Projection.of(baseAndEquity(0, 1_000_000, USD, EquityKind.PROFIT_UNITS), assumptions);

        assertThat(projection.cashBasis()).isEqualTo(Projection.CashBasis.SALES);
        assertThat(projection.year(Scenario.BASE, 1).equityCash()).isEqualTo(usd("0"));
        assertThat(projection.year(Scenario.BASE, 2).equityCash()).isEqualTo(usd("100000"));
        assertThat(projection.year(Scenario.BASE, 3).equityCash()).isEqualTo(usd("230000"));
        assertThat(projection.year(Scenario.BASE, 3).equityPaperValue()).isEqualTo(usd("750000"));
        assertThat(projection.sales(Scenario.BASE))
                .extracting(Projection.Sale::month)
                .containsExactly(24, 36, 48, 60);
    }

    @Test
    void an_amount_cap_sells_at_most_that_much_at_each_tender() {
        var assumptions = ValuationAssumptions.none()
                .withLiquidity(Liquidity.tenders(24, 12, Liquidity.CapKind.AMOUNT, BigDecimal.valueOf(150_000)));

        var projection = Projection.of(baseAndEquity(0, 1_000_000, USD, EquityKind.PRIVATE_RSU), assumptions);

        assertThat(projection.year(Scenario.BASE, 2).equityCash()).isEqualTo(usd("150000"));
        assertThat(projection.year(Scenario.BASE, 3).equityCash()).isEqualTo(usd("300000"));
        assertThat(projection.year(Scenario.BASE, 3).equityPaperValue()).isEqualTo(usd("750000"));
    }

    @Test
    void after_an_ipo_everything_vested_is_cash() {
        var assumptions = ValuationAssumptions.none().withLiquidity(Liquidity.ipo(18));

        var projection = Projection.of(baseAndEquity(0, 1_000_000, USD, EquityKind.PRIVATE_RSU), assumptions);

        assertThat(projection.year(Scenario.BASE, 1).equityCash()).isEqualTo(usd("0"));
        assertThat(projection.year(Scenario.BASE, 2).equityCash()).isEqualTo(usd("500000"));
        assertThat(projection.year(Scenario.BASE, 4).equityCash()).isEqualTo(usd("1000000"));
    }

    @Test
    void the_simple_mode_keeps_todays_flat_liquidity_discount() {
        var p = Packages.withDiscount(baseAndEquity(0, 1_000_000, USD, EquityKind.PRIVATE_RSU), 40);

        var projection = Projection.of(p, ValuationAssumptions.none());

        assertThat(projection.cashBasis()).isEqualTo(Projection.CashBasis.FLAT_DISCOUNT);
        assertThat(projection.year(Scenario.BASE, 1).equityPaperValue()).isEqualTo(usd("250000"));
        assertThat(projection.year(Scenario.BASE, 1).equityCash()).isEqualTo(usd("150000"));
    }

    @Test
    void options_show_the_cost_to_exercise_and_the_spread_and_tenders_pay_the_spread() {
        // 40,000 options worth $25 each today ($1,000,000), strike $5.
        var p = new CompPackage(
                usd("0"),
                BonusTarget.none(),
                EquityKind.OPTIONS,
                usd("1000000"),
                VestingSchedule.even(4, 0),
                usd("5"),
                BigDecimal.ZERO,
                SigningBonus.none(USD),
                usd("0"),
                usd("0"));
        var assumptions = ValuationAssumptions.none()
                .withOptionShares(40_000L)
                .withLiquidity(Liquidity.tenders(24, 12, Liquidity.CapKind.PERCENT_OF_UNSOLD, BigDecimal.valueOf(100)));

        var projection = Projection.of(p, assumptions);

        var year2 = projection.year(Scenario.BASE, 2);
        assertThat(year2.exerciseCost()).isEqualTo(usd("100000"));
        assertThat(year2.optionSpread()).isEqualTo(usd("400000"));
        assertThat(year2.equityCash()).isEqualTo(usd("400000"));
        assertThat(year2.equityPaperValue()).isEqualTo(usd("500000"));
    }

    @Test
    void an_offer_against_staying_differs_per_year_and_cumulatively() {
        var offer =
                Projection.of(baseAndEquity(300_000, 400_000, USD, EquityKind.PUBLIC_RSU), ValuationAssumptions.none());
        var job = new CurrentJob(
                usd("250000"),
                BonusTarget.none(),
                EquityKind.PUBLIC_RSU,
                CurrentJob.evenTranches(usd("120000"), 12, 1),
                12,
                SigningBonus.none(USD),
                0);
        var stay = Projection.stay(job, 0, ValuationAssumptions.none());

        var differences = offer.against(stay);

        // Year 1: 400,000 − 370,000; year 2: 400,000 − 250,000.
        assertThat(differences.get(0).difference().expected()).isEqualTo(usd("30000"));
        assertThat(differences.get(1).difference().expected()).isEqualTo(usd("150000"));
        assertThat(differences.get(1).cumulative().expected()).isEqualTo(usd("180000"));
    }

    @Test
    void staying_counts_only_the_equity_vesting_after_the_leave_month() {
        var job = jobWith(CurrentJob.evenTranches(usd("120000"), 12, 1));

        var stay = Projection.stay(job, 6, ValuationAssumptions.none());

        assertThat(stay.year(Scenario.BASE, 1).initialGrant()).isEqualTo(usd("60000"));
        assertThat(stay.year(Scenario.BASE, 2).initialGrant()).isEqualTo(usd("0"));
    }

    @Test
    void weights_that_do_not_sum_to_100_are_refused_naming_the_weights() {
        assertThatThrownBy(() -> Scenarios.of(-30, 0, 25, 25, 50, 20))
                .isInstanceOfSatisfying(
                        ValuationInputException.class,
                        e -> assertThat(e.problems()).containsKey(ValuationField.WEIGHTS));
    }

    @Test
    void a_bear_case_above_the_base_case_is_refused() {
        assertThatThrownBy(() -> Scenarios.of(10, 0, 25, 25, 50, 25))
                .isInstanceOfSatisfying(
                        ValuationInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys(ValuationField.BEAR_GROWTH));
    }

    @Test
    void growth_outside_minus_100_to_500_percent_and_horizons_outside_1_to_10_are_refused() {
        assertThatThrownBy(() -> Scenarios.of(-101, 0, 25, 25, 50, 25)).isInstanceOf(ValuationInputException.class);
        assertThatThrownBy(() -> Scenarios.of(-30, 0, 501, 25, 50, 25)).isInstanceOf(ValuationInputException.class);
        assertThat(Scenarios.of(-100, 0, 500, 25, 50, 25).bullGrowthPercent()).isEqualByComparingTo("500");
        assertThatThrownBy(() -> ValuationAssumptions.none().withHorizon(0))
                .isInstanceOf(ValuationInputException.class);
        assertThatThrownBy(() -> ValuationAssumptions.none().withHorizon(11))
                .isInstanceOf(ValuationInputException.class);
    }

    @Test
    void profit_units_are_never_sold_at_an_ipo() {
        var assumptions = ValuationAssumptions.none().withLiquidity(Liquidity.ipo(24));

        assertThatThrownBy(() -> Projection.of(baseAndEquity(0, 1_000_000, USD, EquityKind.PROFIT_UNITS), assumptions))
                .isInstanceOfSatisfying(
                        ValuationInputException.class,
                        e -> assertThat(e.problems()).containsKey(ValuationField.LIQUIDITY_MODE));
    }

    @Test
    void every_figure_names_its_assumptions_and_explains_its_steps() {
        var assumptions = ValuationAssumptions.none()
                .withScenarios(BEAR_BASE_BULL)
                .withRaise(new Raise(BigDecimal.valueOf(4)))
                .withRefresher(Refresher.yearly(usd("100000")));
        var projection = Projection.of(baseAndEquity(300_000, 1_000_000, USD, EquityKind.PUBLIC_RSU), assumptions);

        assertThat(projection.assumptionsInWords())
                .anyMatch(line -> line.contains("bull +25 %"))
                .anyMatch(line -> line.contains("+4 %"))
                .anyMatch(line -> line.contains("$100,000 a year from year 2"));
        assertThat(projection.explain(Scenario.BULL, 2))
                .anyMatch(step ->
                        step.contains("$1,000,000 × 25 %") && step.contains("1.5625") && step.contains("$390,625"))
                .anyMatch(step -> step.contains("Refresher granted in year 2") && step.contains("$31,250"))
                .anyMatch(step -> step.contains("$312,000"));
        assertThat(projection.explainExpected(1)).singleElement().asString().contains("25 % × $475,000");
    }

    private static CurrentJob jobWith(List<VestingTranche> tranches) {
        return new CurrentJob(
                usd("200000"), BonusTarget.none(), EquityKind.PUBLIC_RSU, tranches, 12, SigningBonus.none(USD), 0);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
