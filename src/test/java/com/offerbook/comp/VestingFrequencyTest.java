package com.offerbook.comp;

import static com.offerbook.comp.Packages.USD;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vesting as companies state it: releases monthly, quarterly, every six months or yearly after the cliff. */
class VestingFrequencyTest {

    @ParameterizedTest(name = "quarterly after a 12-month cliff: {1} % vested after {0} months")
    @CsvSource({"11, 0", "12, 25", "13, 25", "14, 25", "15, 31.25", "18, 37.5", "24, 50", "47, 93.75", "48, 100"})
    void quarterly_vesting_with_a_one_year_cliff_releases_a_quarter_at_the_cliff_then_each_quarter(
            int months, String percent) {
        var schedule = VestingSchedule.parse("25/25/25/25", 12, VestingFrequency.QUARTERLY);

        assertThat(schedule.vestedFractionAfter(months).multiply(BigDecimal.valueOf(100)))
                .isEqualByComparingTo(percent);
    }

    @Test
    void yearly_vesting_without_a_cliff_releases_nothing_before_the_first_anniversary() {
        var schedule = VestingSchedule.parse("25/25/25/25", 0, VestingFrequency.YEARLY);

        assertThat(schedule.vestedFractionAfter(11)).isEqualByComparingTo("0");
        assertThat(schedule.vestedFractionAfter(12)).isEqualByComparingTo("0.25");
        assertThat(schedule.vestedFractionAfter(23)).isEqualByComparingTo("0.25");
    }

    @Test
    void yearly_releases_after_a_six_month_cliff_move_equity_into_later_years() {
        // Releases at months 6, 18, 30, 42 and 48: year 1 gets what accrued by month 6 (half of 5 %), and so on.
        var schedule = VestingSchedule.parse("5/15/40/40", 6, VestingFrequency.YEARLY);
        var grant = Money.of(400_000, USD);

        assertThat(schedule.equityInYear(grant, 1)).isEqualTo(Money.of(10_000, USD));
        assertThat(schedule.equityInYear(grant, 2)).isEqualTo(Money.of(40_000, USD));
        assertThat(schedule.equityInYear(grant, 3)).isEqualTo(Money.of(110_000, USD));
        assertThat(schedule.equityInYear(grant, 4)).isEqualTo(Money.of(240_000, USD));
    }

    @Test
    void every_frequency_gives_the_stated_yearly_percentages_when_the_cliff_is_a_whole_year() {
        for (var frequency : VestingFrequency.values()) {
            var schedule = VestingSchedule.parse("5/15/40/40", 12, frequency);
            assertThat(List.of(1, 2, 3, 4).stream()
                            .map(schedule::percentVestingInYear)
                            .toList())
                    .as(frequency.label())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(percents(5, 15, 40, 40));
        }
    }

    @Test
    void a_schedule_without_a_frequency_vests_monthly_as_before() {
        var before = new VestingSchedule(List.of(percents(33, 33, 22, 12)), 7);

        assertThat(before.frequency()).isEqualTo(VestingFrequency.MONTHLY);
        assertThat(before.vestedFractionAfter(8))
                .isEqualByComparingTo(BigDecimal.valueOf(33 * 8).divide(BigDecimal.valueOf(1200), Money.PRECISION));
    }

    private static BigDecimal[] percents(int... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }
}
