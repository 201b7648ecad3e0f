package com.offerbook.comp;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.comp.BandPosition.Zone;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandPositionTest {

    @ParameterizedTest(name = "{0} in 265K–335K is {1}")
    @CsvSource({
        "250000, BELOW",
        "265000, LOWER_THIRD",
        "288000, LOWER_THIRD",
        "300000, MIDDLE_THIRD",
        "312000, UPPER_THIRD",
        "335000, UPPER_THIRD",
        "340000, ABOVE"
    })
    void value_is_named_by_the_third_of_the_range_it_falls_in(long value, Zone zone) {
        var position = BandPosition.of(
                Money.of(value, Packages.USD), Money.of(265_000, Packages.USD), Money.of(335_000, Packages.USD));

        assertThat(position.zone()).isEqualTo(zone);
    }

    @Test
    void position_reports_the_percentage_through_the_range_and_the_gap_to_the_top() {
        var position = BandPosition.of(
                Money.of(315_000, Packages.USD), Money.of(265_000, Packages.USD), Money.of(335_000, Packages.USD));

        // (315 − 265) / (335 − 265) = 50 / 70 = 71.43 %
        assertThat(position.percentThrough().setScale(2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("71.43");
        assertThat(position.gapToTop()).isEqualTo(Money.of(20_000, Packages.USD));
    }

    @ParameterizedTest(name = "{0} in 265K–335K reads \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "208000 | $57,000 below the bottom of the band",
                "264999.60 | $0.40 below the bottom of the band",
                "265000 | 0 %",
                "315000 | 71.43 %",
                "335000 | 100 %",
                "347000 | $12,000 above the top of the band"
            })
    void outside_the_band_the_position_reads_as_money_to_its_edge(String value, String text) {
        var position = BandPosition.of(
                Money.of(value, "USD"), Money.of(265_000, Packages.USD), Money.of(335_000, Packages.USD));

        assertThat(position.throughTheRange()).isEqualTo(text);
    }

    @Test
    void reads_with_the_separators_of_the_users_number_format() {
        var inside = BandPosition.of(
                Money.of(315_000, Packages.USD), Money.of(265_000, Packages.USD), Money.of(335_000, Packages.USD));
        var below = BandPosition.of(
                Money.of(208_000, Packages.USD), Money.of(265_000, Packages.USD), Money.of(335_000, Packages.USD));

        assertThat(inside.throughTheRange(Locale.GERMANY)).isEqualTo("71,43 %");
        assertThat(below.throughTheRange(Locale.GERMANY)).isEqualTo("$57.000 below the bottom of the band");
        assertThat(inside.throughTheRange(Locale.US)).isEqualTo(inside.throughTheRange());
    }

    @Test
    void the_guides_bands_pass_the_total_comp_consistency_check() {
        assertThat(check(265_000, 335_000, 425_000, 750_000, 371_000, 523_000, "USD"))
                .isEmpty();
        assertThat(check(257_000, 319_000, 425_000, 750_000, 363_000, 507_000, "USD"))
                .isEmpty();
        assertThat(check(201_000, 255_000, 323_000, 570_000, 282_000, 398_000, "GBP"))
                .isEmpty();
    }

    @Test
    void a_total_comp_more_than_one_percent_off_is_named() {
        var problems = check(265_000, 335_000, 425_000, 750_000, 371_000, 560_000, "USD");

        assertThat(problems).singleElement().asString().contains("maximum", "$560,000", "$522,500");
    }

    private static List<String> check(
            long baseMin, long baseMax, long equityMin, long equityMax, long totalMin, long totalMax, String code) {
        var c = Currency.getInstance(code);
        return RangeCheck.totalCompMismatches(
                Money.of(baseMin, c),
                Money.of(baseMax, c),
                Money.of(equityMin, c),
                Money.of(equityMax, c),
                4,
                null,
                null,
                Money.of(totalMin, c),
                Money.of(totalMax, c));
    }
}
