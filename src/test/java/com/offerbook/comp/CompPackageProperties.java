package com.offerbook.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Rules that hold for every package, checked on generated ones. */
class CompPackageProperties {

    private static final Currency USD = Currency.getInstance("USD");

    @Property
    void year_by_year_equity_always_sums_to_the_grant(
            @ForAll("schedules") VestingSchedule schedule,
            @ForAll @LongRange(min = 0, max = 1_000_000_000) long grantCents) {
        var grant = new Money(BigDecimal.valueOf(grantCents, 2), USD);

        var vested = java.util.stream.IntStream.rangeClosed(1, schedule.years())
                .mapToObj(year -> schedule.equityInYear(grant, year))
                .reduce(Money.zero(USD), Money::plus);

        assertThat(vested.amount()).isEqualByComparingTo(grant.amount());
    }

    @Property
    void recurring_never_includes_one_time_money(
            @ForAll("packages") CompPackage p, @ForAll @LongRange(min = 1, max = 10_000_000) long signing) {
        var withSigning = Packages.withSigning(p, signing, 12, true);

        assertThat(withSigning.recurring()).isEqualTo(p.recurring());
        assertThat(withSigning.riskAdjusted()).isEqualTo(p.riskAdjusted());
        assertThat(withSigning.yearOne().minus(p.yearOne()).amount()).isEqualByComparingTo(BigDecimal.valueOf(signing));
    }

    @Property
    void four_year_average_equals_recurring_plus_a_quarter_of_one_time_money_for_four_year_even_vesting(
            @ForAll @LongRange(min = 0, max = 100_000_000) long base,
            @ForAll @LongRange(min = 0, max = 1_000_000_000) long grant,
            @ForAll @LongRange(min = 0, max = 10_000_000) long signing) {
        var p = Packages.withSigning(
                Packages.baseAndEquity(base, grant, USD, EquityKind.PUBLIC_RSU), signing, 12, false);

        var expected = p.recurring().plus(Money.of(signing, USD).dividedBy(BigDecimal.valueOf(4)));
        assertThat(p.fourYearAverage().amount()).isEqualByComparingTo(expected.amount());
    }

    @Property
    void risk_adjusted_is_never_above_recurring(@ForAll("packages") CompPackage p) {
        assertThat(p.riskAdjusted().compareTo(p.recurring())).isLessThanOrEqualTo(0);
    }

    @Property
    void vested_fraction_never_decreases_and_ends_at_one(@ForAll("schedules") VestingSchedule schedule) {
        var previous = BigDecimal.ZERO;
        for (int month = 0; month <= schedule.years() * 12; month++) {
            var fraction = schedule.vestedFractionAfter(month);
            assertThat(fraction).isGreaterThanOrEqualTo(previous);
            previous = fraction;
        }
        assertThat(previous).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Property
    void signing_bonus_exposure_is_between_zero_and_the_bonus_and_never_grows(
            @ForAll @LongRange(min = 0, max = 1_000_000) long amount,
            @ForAll @IntRange(min = 0, max = 48) int clawback,
            @ForAll boolean proRated) {
        var bonus = new SigningBonus(Money.of(amount, USD), clawback, proRated);
        var previous = bonus.amount();
        for (int month = 0; month <= clawback + 1; month++) {
            var exposure = bonus.exposureAfter(month);
            assertThat(exposure.isNegative()).isFalse();
            assertThat(exposure.compareTo(previous)).isLessThanOrEqualTo(0);
            previous = exposure;
        }
        assertThat(previous.isZero()).isTrue();
    }

    @Provide
    Arbitrary<VestingSchedule> schedules() {
        // Whole percentages per year that sum to 100, 1 to 6 years, cliff up to the end.
        return Arbitraries.integers()
                .between(1, 6)
                .flatMap(years -> Arbitraries.integers()
                        .between(0, 100)
                        .list()
                        .ofSize(years - 1)
                        .map(cuts -> {
                            var sorted = new ArrayList<>(cuts);
                            sorted.add(0);
                            sorted.add(100);
                            sorted.sort(Integer::compareTo);
                            List<BigDecimal> percents = new ArrayList<>();
                            for (int i = 1; i < sorted.size(); i++) {
                                percents.add(BigDecimal.valueOf(sorted.get(i) - sorted.get(i - 1)));
                            }
                            return percents;
                        })
                        .flatMap(percents -> Arbitraries.integers()
                                .between(0, years * 12)
                                .map(cliff -> new VestingSchedule(percents, cliff))));
    }

    @Provide
    Arbitrary<CompPackage> packages() {
        var base = Arbitraries.longs().between(0, 100_000_000);
        var grant = Arbitraries.longs().between(0, 1_000_000_000);
        var kind = Arbitraries.of(EquityKind.class);
        var discount = Arbitraries.integers().between(0, 100);
        return Combinators.combine(base, grant, kind, discount, schedules())
                .as((b, g, k, d, s) ->
                        Packages.withDiscount(Packages.withVesting(Packages.baseAndEquity(b, g, USD, k), s), d));
    }
}
