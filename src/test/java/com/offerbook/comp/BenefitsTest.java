package com.offerbook.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.Generated;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BenefitsTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void half_of_contributions_up_to_six_percent_of_a_200000_base_is_a_6000_match() {
        var benefits = new Benefits(new BigDecimal("50"), new BigDecimal("6"), null, usd(12_000), usd(1_500));

        assertThat(benefits.employerMatch(usd(200_000))).isEqualTo(usd(6_000));
        assertThat(benefits.yearly(usd(200_000))).isEqualTo(usd(19_500));
        assertThat(benefits.totalRewards(usd(371_250), usd(200_000))).isEqualTo(usd(390_750));
    }

    @Test
    void the_match_stops_at_its_cap() {
        var capped = new Benefits(new BigDecimal("100"), new BigDecimal("4"), usd(7_000), usd(0), usd(0));

        assertThat(capped.employerMatch(usd(150_000))).isEqualTo(usd(6_000));
        assertThat(capped.employerMatch(usd(300_000))).isEqualTo(usd(7_000));
    }

    @Test
    void no_benefits_add_nothing_to_total_comp() {
        var none = Benefits.none(USD);

        assertThat(none.isNone()).isTrue();
        assertThat(none.totalRewards(usd(371_250), usd(265_000))).isEqualTo(usd(371_250));
    }

    @Test
    void percentages_outside_0_to_100_and_mixed_currencies_are_refused() {
        assertThatThrownBy(() -> new Benefits(new BigDecimal("101"), BigDecimal.ONE, null, usd(0), usd(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Benefits(
                        BigDecimal.TEN, BigDecimal.ONE, null, usd(0), Money.of(0, Currency.getInstance("GBP"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Named<long[]>> matches() {
        return Generated.inputs(1_000, random -> new long[] {
            random.nextLong(0, 2_000_000), random.nextLong(0, 101), random.nextLong(0, 101), random.nextLong(0, 50_000)
        });
    }

    @ParameterizedTest
    @MethodSource("matches")
    void the_match_never_exceeds_its_cap_nor_the_limit_share_of_base(long[] v) {
        var base = usd(v[0]);
        var benefits = new Benefits(BigDecimal.valueOf(v[1]), BigDecimal.valueOf(v[2]), usd(v[3]), usd(0), usd(0));

        var match = benefits.employerMatch(base);

        assertThat(match).isLessThanOrEqualTo(usd(v[3]));
        assertThat(match.amount())
                .isLessThanOrEqualTo(
                        base.percent(BigDecimal.valueOf(v[2])).rounded().amount());
        assertThat(match.isNegative()).isFalse();
    }

    private static Money usd(long amount) {
        return Money.of(amount, USD);
    }
}
