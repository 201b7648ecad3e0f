package com.offerbook.comp;

import static com.offerbook.comp.Packages.USD;
import static com.offerbook.comp.Packages.baseAndEquity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A signing bonus paid in year 1 and year 2, as Amazon pays it: the figures a user can check by hand. */
class SplitSigningBonusTest {

    /** $60,000 in year 1 and $40,000 in year 2, each repayable pro-rated within 12 months of its payment. */
    static SigningBonus amazon() {
        return new SigningBonus(
                USD,
                List.of(
                        new SigningBonus.Payment(2, Money.of(40_000, USD), 12, true),
                        new SigningBonus.Payment(1, Money.of(60_000, USD), 12, true)));
    }

    static CompPackage withBonus(CompPackage p, SigningBonus bonus) {
        return new CompPackage(
                p.base(),
                p.bonus(),
                p.equityKind(),
                p.equityGrant(),
                p.vesting(),
                p.strikePrice(),
                p.liquidityDiscountPercent(),
                bonus,
                p.relocation(),
                p.otherOneTime());
    }

    @Test
    void each_year_gets_its_own_payment_and_the_four_year_average_counts_both() {
        var p = withBonus(baseAndEquity(200_000, 400_000, USD, EquityKind.PUBLIC_RSU), amazon());

        var years = p.yearByYear();
        assertThat(years.get(0).oneTime()).isEqualTo(Money.of(60_000, USD));
        assertThat(years.get(1).oneTime()).isEqualTo(Money.of(40_000, USD));
        assertThat(years.get(2).oneTime().isZero()).isTrue();
        assertThat(p.yearOne()).isEqualTo(Money.of(200_000 + 100_000 + 60_000, USD));
        assertThat(years.get(1).total()).isEqualTo(Money.of(200_000 + 100_000 + 40_000, USD));
        assertThat(p.fourYearAverage()).isEqualTo(Money.of(300_000 + 25_000, USD));
        assertThat(p.recurring()).isEqualTo(Money.of(300_000, USD));
        assertThat(p.oneTimeMoney()).isEqualTo(Money.of(100_000, USD));
    }

    @ParameterizedTest(name = "leaving after {0} months costs {1} (repaid: {2})")
    @CsvSource({
        "0, 100000, 60000", // year 1 repaid in full, year 2 never received
        "6, 70000, 30000", // half of year 1 repaid, year 2 never received
        "12, 40000, 40000", // year 2 just received: repaid in full
        "18, 20000, 20000", // half of year 2 repaid
        "24, 0, 0",
        "30, 0, 0",
    })
    void exposure_is_what_would_be_repaid_plus_what_would_never_be_received(int months, long exposure, long repaid) {
        var bonus = amazon();

        assertThat(bonus.exposureAfter(months)).isEqualTo(Money.of(exposure, USD));
        assertThat(bonus.repaymentAfter(months)).isEqualTo(Money.of(repaid, USD));
    }

    @Test
    void the_bonus_is_free_of_clawback_once_the_last_payment_is_out_of_its_clawback() {
        assertThat(amazon().clawbackMonths()).isEqualTo(24);
        assertThat(amazon().amount()).isEqualTo(Money.of(100_000, USD));
        assertThat(amazon().payments()).extracting(SigningBonus.Payment::year).containsExactly(1, 2);
    }

    @Test
    void one_payment_in_year_one_is_the_bonus_as_it_always_was() {
        var one = new SigningBonus(Money.of(80_000, USD), 12, true);

        assertThat(one.payments()).singleElement().satisfies(p -> {
            assertThat(p.year()).isEqualTo(1);
            assertThat(p.clawbackMonths()).isEqualTo(12);
        });
        assertThat(one.exposureAfter(3)).isEqualTo(Money.of(60_000, USD));
        assertThat(one.clawbackMonths()).isEqualTo(12);
        assertThat(one.proRated()).isTrue();
    }

    @Test
    void a_year_twice_a_year_after_the_fourth_and_a_payment_of_zero_are_refused() {
        var payment = new SigningBonus.Payment(2, Money.of(1, USD), 0, false);
        assertThatThrownBy(() -> new SigningBonus(USD, List.of(payment, payment)))
                .hasMessageContaining("year 2 twice");
        assertThatThrownBy(() -> new SigningBonus.Payment(5, Money.of(1, USD), 0, false))
                .hasMessageContaining("years 1 to 4");
        assertThatThrownBy(() -> new SigningBonus.Payment(1, Money.zero(USD), 0, false))
                .hasMessageContaining("more than zero");
    }
}
