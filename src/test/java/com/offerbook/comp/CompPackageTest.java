package com.offerbook.comp;

import static com.offerbook.comp.Packages.GBP;
import static com.offerbook.comp.Packages.USD;
import static com.offerbook.comp.Packages.baseAndEquity;
import static com.offerbook.comp.Packages.withDiscount;
import static com.offerbook.comp.Packages.withSigning;
import static com.offerbook.comp.Packages.withVesting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples from the guide: the figures a user can check by hand. */
class CompPackageTest {

    @ParameterizedTest(name = "{0} base + {1} over 4 years = {3} recurring")
    @CsvSource({
        "265000, 425000, USD, 371250", // San Francisco band bottom (the guide rounds to $371K)
        "335000, 750000, USD, 522500", // San Francisco band top ($523K)
        "201000, 323000, GBP, 281750", // London band bottom (£282K)
        "300000, 1000000, USD, 550000", // OpenAI: $1M profit units over 4 years
        "310000, 650000, USD, 472500", // Google DeepMind: liquid RSUs
        "330000, 725000, USD, 511250", // the counter
    })
    void recurring_total_is_base_plus_grant_over_vesting_years_plus_bonus(
            long base, long grant, String currency, long recurring) {
        var p = baseAndEquity(base, grant, Currency.getInstance(currency), EquityKind.PRIVATE_RSU);

        assertThat(p.recurring()).isEqualTo(Money.of(recurring, p.currency()));
    }

    @Test
    void counter_with_signing_bonus_gives_year_one_591250_and_four_year_average_531250() {
        var counter = withSigning(baseAndEquity(330_000, 725_000, USD, EquityKind.PRIVATE_RSU), 80_000, 12, true);

        assertThat(counter.recurring()).isEqualTo(Money.of(511_250, USD));
        assertThat(counter.yearOne()).isEqualTo(Money.of(591_250, USD));
        assertThat(counter.fourYearAverage()).isEqualTo(Money.of(531_250, USD));
    }

    @Test
    void recurring_never_includes_one_time_money() {
        var plain = baseAndEquity(330_000, 725_000, USD, EquityKind.PRIVATE_RSU);
        var withBonus = withSigning(plain, 80_000, 12, false);

        assertThat(withBonus.recurring()).isEqualTo(plain.recurring());
        assertThat(withBonus.yearOne().minus(plain.yearOne())).isEqualTo(Money.of(80_000, USD));
    }

    @Test
    void back_loaded_5_15_40_40_vesting_gives_20000_in_year_one_and_160000_in_year_three() {
        var schedule = new VestingSchedule(percents(5, 15, 40, 40), 0);
        var grant = Money.of(400_000, USD);

        assertThat(schedule.equityInYear(grant, 1)).isEqualTo(Money.of(20_000, USD));
        assertThat(schedule.equityInYear(grant, 2)).isEqualTo(Money.of(60_000, USD));
        assertThat(schedule.equityInYear(grant, 3)).isEqualTo(Money.of(160_000, USD));
        assertThat(schedule.equityInYear(grant, 4)).isEqualTo(Money.of(160_000, USD));
    }

    @Test
    void a_twelve_month_cliff_moves_nothing_out_of_year_one_but_nothing_is_vested_at_month_eleven() {
        var withCliff = VestingSchedule.even(4, 12);
        var withoutCliff = VestingSchedule.even(4, 0);
        var grant = Money.of(400_000, USD);

        assertThat(withCliff.equityInYear(grant, 1)).isEqualTo(withoutCliff.equityInYear(grant, 1));
        assertThat(withCliff.vestedFractionAfter(11)).isEqualByComparingTo("0");
        assertThat(withoutCliff.vestedFractionAfter(11).signum()).isPositive();
        assertThat(withCliff.vestedFractionAfter(12)).isEqualByComparingTo("0.25");
    }

    @Test
    void a_cliff_beyond_year_one_moves_year_one_equity_into_year_two() {
        var schedule = VestingSchedule.even(4, 18);
        var grant = Money.of(400_000, USD);

        assertThat(schedule.equityInYear(grant, 1).isZero()).isTrue();
        assertThat(schedule.equityInYear(grant, 2)).isEqualTo(Money.of(200_000, USD));
    }

    @Test
    void signing_bonus_exposure_after_three_months_of_a_twelve_month_clawback() {
        var proRated = new SigningBonus(Money.of(80_000, USD), 12, true);
        var full = new SigningBonus(Money.of(80_000, USD), 12, false);

        assertThat(proRated.exposureAfter(3)).isEqualTo(Money.of(60_000, USD));
        assertThat(full.exposureAfter(3)).isEqualTo(Money.of(80_000, USD));
        assertThat(full.exposureAfter(12).isZero()).isTrue();
    }

    @Test
    void risk_adjusted_discounts_only_illiquid_equity() {
        var openAi = withDiscount(baseAndEquity(300_000, 1_000_000, USD, EquityKind.PROFIT_UNITS), 30);
        var deepMind = withDiscount(baseAndEquity(310_000, 650_000, USD, EquityKind.PUBLIC_RSU), 30);

        // 300,000 + 250,000 × 70 % = 475,000
        assertThat(openAi.riskAdjusted()).isEqualTo(Money.of(475_000, USD));
        assertThat(deepMind.riskAdjusted()).isEqualTo(deepMind.recurring());
    }

    @Test
    void bonus_as_percent_of_base_is_annualised_from_the_base() {
        var p = new CompPackage(
                Money.of(200_000, USD),
                new BonusTarget(BonusTarget.Kind.PERCENT_OF_BASE, BigDecimal.valueOf(15)),
                EquityKind.NONE,
                Money.zero(USD),
                VestingSchedule.even(4, 0),
                null,
                BigDecimal.ZERO,
                SigningBonus.none(USD),
                Money.zero(USD),
                Money.zero(USD));

        assertThat(p.recurring()).isEqualTo(Money.of(230_000, USD));
    }

    @Test
    void year_by_year_table_covers_the_vesting_years_and_at_least_four() {
        var fiveYear =
                withVesting(baseAndEquity(100_000, 500_000, USD, EquityKind.PUBLIC_RSU), VestingSchedule.even(5, 0));
        var threeYear =
                withVesting(baseAndEquity(100_000, 300_000, USD, EquityKind.PUBLIC_RSU), VestingSchedule.even(3, 0));

        assertThat(fiveYear.yearByYear()).hasSize(5);
        assertThat(threeYear.yearByYear()).hasSize(4);
        assertThat(threeYear.yearByYear().get(3).equity().isZero()).isTrue();
    }

    @Test
    void changes_between_revisions_name_each_moved_component() {
        var offer = baseAndEquity(315_000, 750_000, USD, EquityKind.PRIVATE_RSU);
        var counter = withSigning(baseAndEquity(330_000, 725_000, USD, EquityKind.PRIVATE_RSU), 80_000, 12, true);

        var change = PackageChange.between(offer, counter);

        assertThat(change.changes())
                .extracting(c -> c.name() + " " + c.delta().formatSigned())
                .containsExactly(
                        "Base salary +$15,000",
                        "Equity grant \u2212$25,000",
                        "Signing bonus +$80,000",
                        "Recurring total +$8,750");
    }

    @Test
    void schedule_not_summing_to_100_or_cliff_past_the_end_is_refused() {
        assertThatThrownBy(() -> new VestingSchedule(percents(25, 25, 25), 0)).hasMessageContaining("75");
        assertThatThrownBy(() -> VestingSchedule.even(4, 49)).hasMessageContaining("longer than the vesting period");
        assertThatThrownBy(() -> VestingSchedule.parse("25/abc/25/25", 0)).hasMessageContaining("abc");
        assertThat(VestingSchedule.parse("33, 33, 22, 12", 12).format()).isEqualTo("33/33/22/12");
    }

    @Test
    void money_of_two_currencies_is_never_added_without_conversion() {
        assertThatThrownBy(() -> Money.of(1, USD).plus(Money.of(1, GBP))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void display_rounds_half_even_to_minor_units() {
        assertThat(Money.of("0.125", "USD").rounded().amount()).isEqualByComparingTo("0.12");
        assertThat(Money.of("0.135", "USD").rounded().amount()).isEqualByComparingTo("0.14");
        assertThat(Money.of(281_750, GBP).format()).isEqualTo("£281,750");
        assertThat(Money.of("1000.5", "USD").format()).isEqualTo("$1,000.50");
    }

    @Test
    void headline_figures_are_whole_units_rounded_half_even() {
        assertThat(Money.of("2657203.59", "USD").formatWhole()).isEqualTo("$2,657,204");
        assertThat(Money.of("1000.5", "USD").formatWhole()).isEqualTo("$1,000");
        assertThat(Money.of("1001.5", "USD").formatWhole()).isEqualTo("$1,002");
        assertThat(Money.of("-25000.49", "GBP").formatWhole()).isEqualTo("\u2212£25,000");
        assertThat(Money.of(281_750, GBP).formatWhole()).isEqualTo("£281,750");
        assertThat(Money.of("2657203.59", "USD").formatWhole(Locale.GERMANY)).isEqualTo("$2.657.204");
    }

    private static List<BigDecimal> percents(int... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
