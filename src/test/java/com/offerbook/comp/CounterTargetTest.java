package com.offerbook.comp;

import static com.offerbook.comp.Packages.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.offerbook.comp.CounterTarget.Inputs;
import com.offerbook.comp.CounterTarget.Premium;
import com.offerbook.comp.CounterTarget.Reference;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterTargetTest {

    static final BigDecimal AIM = BigDecimal.valueOf(90);

    @Test
    void aiming_90_percent_up_the_san_francisco_band_lands_near_the_guides_asks() {
        var base = CounterTarget.compute(
                new Inputs("Base", usd(300_000), usd(265_000), usd(335_000), AIM, List.of(), List.of(), null, null));
        var equity = CounterTarget.compute(
                new Inputs("Equity", usd(600_000), usd(425_000), usd(750_000), AIM, List.of(), List.of(), null, null));

        assertThat(base.ask()).isEqualTo(usd(328_000));
        assertThat(base.ask().amount().doubleValue()).isCloseTo(330_000, within(330_000 * 0.03));
        assertThat(equity.ask()).isEqualTo(new Money(new BigDecimal("717500"), USD));
        assertThat(equity.ask().amount().doubleValue()).isCloseTo(725_000, within(725_000 * 0.03));
    }

    @Test
    void a_better_competing_offer_raises_the_ask_and_sets_the_floor() {
        var base = CounterTarget.compute(new Inputs(
                "Base",
                usd(300_000),
                usd(265_000),
                usd(335_000),
                AIM,
                List.of(new Reference("OpenAI", usd(300_000)), new Reference("Google DeepMind", usd(340_000))),
                List.of(),
                null,
                null));

        assertThat(base.ask()).isEqualTo(usd(340_000));
        assertThat(base.floor()).isEqualTo(usd(340_000));
        assertThat(base.steps()).anyMatch(s -> s.contains("Google DeepMind at $340,000"));
    }

    @Test
    void the_floor_follows_the_best_alternative_and_is_never_above_the_ask() {
        var base = CounterTarget.compute(new Inputs(
                "Base",
                usd(300_000),
                usd(265_000),
                usd(335_000),
                AIM,
                List.of(new Reference("Google DeepMind", usd(310_000))),
                List.of(),
                null,
                null));

        assertThat(base.ask()).isEqualTo(usd(328_000));
        assertThat(base.floor()).isEqualTo(usd(310_000));
        assertThat(base.floor().compareTo(base.ask())).isLessThanOrEqualTo(0);
    }

    @Test
    void a_premium_lever_applies_to_the_companys_current_figure() {
        var base = CounterTarget.compute(new Inputs(
                "Base",
                usd(300_000),
                usd(265_000),
                usd(335_000),
                AIM,
                List.of(),
                List.of(new Premium("Agentic AI", BigDecimal.valueOf(20), BigDecimal.valueOf(35))),
                null,
                null));

        assertThat(base.ask()).isEqualTo(usd(360_000));
        assertThat(base.rangeHigh()).isEqualTo(usd(405_000));
        assertThat(base.steps()).anyMatch(s -> s.contains("$300,000 + 20 % = $360,000"));
    }

    @Test
    void overrides_win_and_a_floor_above_the_ask_is_refused() {
        var overridden = CounterTarget.compute(new Inputs(
                "Base",
                usd(300_000),
                usd(265_000),
                usd(335_000),
                AIM,
                List.of(),
                List.of(),
                usd(331_000),
                usd(305_000)));

        assertThat(overridden.ask()).isEqualTo(usd(331_000));
        assertThat(overridden.floor()).isEqualTo(usd(305_000));
        assertThat(overridden.askOverridden()).isTrue();
        assertThatThrownBy(() -> CounterTarget.compute(new Inputs(
                        "Base",
                        usd(300_000),
                        usd(265_000),
                        usd(335_000),
                        AIM,
                        List.of(),
                        List.of(),
                        usd(320_000),
                        usd(325_000))))
                .hasMessageContaining("cannot be above the ask");
    }

    @Test
    void with_no_band_no_competing_offer_and_no_premium_nothing_is_invented() {
        var base = CounterTarget.compute(
                new Inputs("Base", usd(300_000), null, null, AIM, List.of(), List.of(), null, null));

        assertThat(base.hasReferences()).isFalse();
        assertThat(base.ask()).isEqualTo(usd(300_000));
        assertThat(base.steps()).anyMatch(s -> s.contains("enter your own"));
    }

    @Test
    void the_ask_is_never_below_what_the_company_already_offers() {
        var signing = CounterTarget.compute(new Inputs(
                "Signing bonus",
                usd(50_000),
                null,
                null,
                AIM,
                List.of(new Reference("OpenAI", usd(0))),
                List.of(),
                null,
                null));

        assertThat(signing.ask()).isEqualTo(usd(50_000));
        assertThat(signing.floor()).isEqualTo(usd(0));
    }

    @Test
    void verdict_compares_the_companys_figure_with_floor_and_ask() {
        assertThat(Verdict.of(usd(300_000), usd(305_000), usd(330_000))).isEqualTo(Verdict.BELOW_FLOOR);
        assertThat(Verdict.of(usd(315_000), usd(305_000), usd(330_000))).isEqualTo(Verdict.BETWEEN);
        assertThat(Verdict.of(usd(330_000), usd(305_000), usd(330_000))).isEqualTo(Verdict.AT_OR_ABOVE_ASK);
    }

    private static Money usd(long amount) {
        return Money.of(amount, USD);
    }

    @Test
    void a_step_rounds_the_suggested_ask_floor_and_range_to_its_nearest_multiple_and_says_so() {
        var gbp = Currency.getInstance("GBP");
        // $100,000 at 1 USD = 0.7874 GBP.
        var converted = new Money(new BigDecimal("78740.16"), gbp);
        var signing = CounterTarget.compute(new Inputs(
                "Signing",
                Money.zero(gbp),
                null,
                null,
                AIM,
                List.of(new Reference("Initech", converted, "converted from $100,000")),
                List.of(),
                null,
                null,
                null,
                BigDecimal.valueOf(500)));
        var toThousand = CounterTarget.compute(new Inputs(
                "Signing",
                Money.zero(gbp),
                null,
                null,
                AIM,
                List.of(new Reference("Initech", converted)),
                List.of(),
                null,
                null,
                null,
                BigDecimal.valueOf(1000)));

        assertThat(signing.ask()).isEqualTo(Money.of(78_500, gbp));
        assertThat(signing.floor()).isEqualTo(Money.of(78_500, gbp));
        assertThat(signing.rangeLow()).isEqualTo(Money.of(78_500, gbp));
        assertThat(signing.steps()).contains("Best competing offer: Initech at £78,740.16 (converted from $100,000).");
        assertThat(signing.steps()).contains("Rounded to the nearest £500: £78,500.");
        assertThat(toThousand.ask()).isEqualTo(Money.of(79_000, gbp));
        assertThat(toThousand.floor()).isEqualTo(Money.of(79_000, gbp));
    }

    @Test
    void a_rounded_ask_is_never_below_the_companys_figure_and_typed_numbers_are_kept_exact() {
        var base = CounterTarget.compute(new Inputs(
                "Base",
                usd(300_100),
                usd(265_000),
                usd(300_000),
                AIM,
                List.of(),
                List.of(),
                null,
                null,
                null,
                BigDecimal.valueOf(1000)));
        var typed = CounterTarget.compute(new Inputs(
                "Base",
                usd(300_000),
                usd(265_000),
                usd(335_000),
                AIM,
                List.of(),
                List.of(),
                new Money(new BigDecimal("331234.50"), USD),
                new Money(new BigDecimal("300123"), USD),
                null,
                BigDecimal.valueOf(1000)));

        // The highest reference is the company's $300,100; the nearest 1,000 ($300,000) is below it.
        assertThat(base.ask()).isEqualTo(usd(301_000));
        assertThat(typed.ask()).isEqualTo(new Money(new BigDecimal("331234.50"), USD));
        assertThat(typed.floor()).isEqualTo(usd(300_123));
    }

    @Test
    void rounding_to_a_step_goes_to_the_nearest_multiple_halves_up() {
        assertThat(CounterTarget.roundTo(usd(78_740), BigDecimal.valueOf(500))).isEqualTo(usd(78_500));
        assertThat(CounterTarget.roundTo(usd(78_750), BigDecimal.valueOf(500))).isEqualTo(usd(79_000));
        assertThat(CounterTarget.roundTo(usd(78_749), BigDecimal.valueOf(1000))).isEqualTo(usd(79_000));
        assertThat(CounterTarget.roundTo(usd(78_499), BigDecimal.valueOf(1000))).isEqualTo(usd(78_000));
    }
}
