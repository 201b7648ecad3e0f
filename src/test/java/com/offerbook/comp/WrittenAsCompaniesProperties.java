package com.offerbook.comp;

import static com.offerbook.comp.Packages.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Generated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules that hold for every vesting frequency and cliff and every split signing bonus, on generated inputs. */
class WrittenAsCompaniesProperties {

    record Grant(VestingSchedule schedule, Money grant) {}

    static Stream<Named<Grant>> grants() {
        return Generated.inputs(Generated.TRIES, random -> new Grant(schedule(random), cents(random, 1_000_000_000)));
    }

    @ParameterizedTest
    @MethodSource("grants")
    void year_by_year_equity_sums_to_the_grant_for_every_frequency_and_cliff(Grant input) {
        var schedule = input.schedule();

        var vested = IntStream.rangeClosed(1, schedule.years())
                .mapToObj(year -> schedule.equityInYear(input.grant(), year))
                .reduce(Money.zero(USD), Money::plus);

        assertThat(vested.rounded()).isEqualTo(input.grant());
    }

    @ParameterizedTest
    @MethodSource("grants")
    void nothing_vests_before_the_cliff_and_vesting_never_goes_back(Grant input) {
        var schedule = input.schedule();
        var previous = BigDecimal.ZERO;
        for (int month = 0; month <= schedule.years() * 12; month++) {
            var fraction = schedule.vestedFractionAfter(month);
            if (month < schedule.cliffMonths()) {
                assertThat(fraction).as("month %d", month).isEqualByComparingTo("0");
            }
            assertThat(fraction).as("month %d", month).isGreaterThanOrEqualTo(previous);
            previous = fraction;
        }
        assertThat(previous).isEqualByComparingTo(BigDecimal.ONE);
    }

    static Stream<Named<SigningBonus>> splitBonuses() {
        return Generated.inputs(Generated.TRIES, random -> {
            var payments = new ArrayList<SigningBonus.Payment>();
            for (int year = 1; year <= SigningBonus.MAX_YEAR; year++) {
                if (random.nextInt(3) > 0) {
                    payments.add(new SigningBonus.Payment(
                            year,
                            cents(random, 10_000_000).plus(Money.of(1, USD)),
                            random.nextInt(49),
                            random.nextBoolean()));
                }
            }
            return new SigningBonus(USD, payments);
        });
    }

    @ParameterizedTest
    @MethodSource("splitBonuses")
    void a_split_signing_bonus_exposure_never_grows_with_the_months_and_never_exceeds_the_bonus(SigningBonus bonus) {
        var previous = bonus.amount();
        var unpaidLater = bonus.payments().stream()
                .filter(p -> p.year() > 1)
                .map(SigningBonus.Payment::amount)
                .reduce(Money.zero(USD), Money::plus);
        assertThat(bonus.exposureAfter(0).compareTo(unpaidLater)).isGreaterThanOrEqualTo(0);
        for (int month = 0; month <= bonus.clawbackMonths() + 1; month++) {
            var exposure = bonus.exposureAfter(month);
            assertThat(exposure.isNegative()).as("month %d", month).isFalse();
            assertThat(exposure.compareTo(previous)).as("month %d", month).isLessThanOrEqualTo(0);
            assertThat(bonus.repaymentAfter(month).compareTo(exposure)).isLessThanOrEqualTo(0);
            previous = exposure;
        }
        assertThat(bonus.exposureAfter(bonus.clawbackMonths()).isZero()).isTrue();
    }

    record OnePayment(CompPackage plain, Money amount, int clawbackMonths, boolean proRated) {}

    static Stream<Named<OnePayment>> onePaymentPackages() {
        return Generated.inputs(Generated.TRIES, random -> {
            var plain = new CompPackage(
                    cents(random, 100_000_000),
                    random.nextBoolean()
                            ? BonusTarget.none()
                            : new BonusTarget(BonusTarget.Kind.PERCENT_OF_BASE, BigDecimal.valueOf(random.nextInt(50))),
                    EquityKind.PUBLIC_RSU,
                    cents(random, 1_000_000_000),
                    schedule(random).withFrequency(VestingFrequency.MONTHLY),
                    null,
                    BigDecimal.ZERO,
                    SigningBonus.none(USD),
                    cents(random, 100_000),
                    cents(random, 100_000));
            return new OnePayment(plain, cents(random, 10_000_000), random.nextInt(121), random.nextBoolean());
        });
    }

    /** Today's formulas, written out: every signing bonus was one amount paid in year 1 with one clawback. */
    @ParameterizedTest
    @MethodSource("onePaymentPackages")
    void a_one_payment_bonus_gives_exactly_the_figures_of_before(OnePayment input) {
        var plain = input.plain();
        var bonus = new SigningBonus(input.amount(), input.clawbackMonths(), input.proRated());
        var p = SplitSigningBonusTest.withBonus(plain, bonus);

        var oneTimeBefore = input.amount().plus(plain.relocation()).plus(plain.otherOneTime());
        var yearOneBefore = plain.base()
                .plus(plain.annualBonus())
                .plus(plain.vesting().equityInYear(plain.equityGrant(), 1))
                .plus(oneTimeBefore);
        assertThat(p.yearOne()).isEqualTo(yearOneBefore);
        assertThat(p.oneTimeMoney()).isEqualTo(oneTimeBefore);
        for (var year : p.yearByYear()) {
            var expected = year.year() == 1 ? oneTimeBefore : Money.zero(USD);
            assertThat(year.oneTime()).as("year %d", year.year()).isEqualTo(expected);
        }
        var averageBefore = IntStream.rangeClosed(1, CompPackage.AVERAGE_YEARS)
                .mapToObj(y -> plain.base()
                        .plus(plain.annualBonus())
                        .plus(plain.vesting().equityInYear(plain.equityGrant(), y))
                        .plus(y == 1 ? oneTimeBefore : Money.zero(USD)))
                .reduce(Money.zero(USD), Money::plus)
                .dividedBy(BigDecimal.valueOf(CompPackage.AVERAGE_YEARS));
        assertThat(p.fourYearAverage()).isEqualTo(averageBefore);
        assertThat(p.recurring()).isEqualTo(plain.recurring());
        for (int month = 0; month <= input.clawbackMonths() + 1; month++) {
            assertThat(bonus.exposureAfter(month))
                    .as("month %d", month)
                    .isEqualTo(exposureBefore(input.amount(), input.clawbackMonths(), input.proRated(), month));
        }
    }

    /** SigningBonus.exposureAfter as it was before the split (one amount, one clawback). */
    private static Money exposureBefore(Money amount, int clawbackMonths, boolean proRated, int months) {
        if (months >= clawbackMonths) {
            return Money.zero(amount.currency());
        }
        if (!proRated) {
            return amount;
        }
        return amount.times(BigDecimal.valueOf(clawbackMonths - months)).dividedBy(BigDecimal.valueOf(clawbackMonths));
    }

    /** Whole percentages per year that sum to 100 over 1 to 6 years, a cliff up to the end, any frequency. */
    static VestingSchedule schedule(RandomGenerator random) {
        int years = 1 + random.nextInt(6);
        var cuts = new ArrayList<Integer>(List.of(0, 100));
        for (int i = 1; i < years; i++) {
            cuts.add(random.nextInt(101));
        }
        cuts.sort(Integer::compareTo);
        var percents = new ArrayList<BigDecimal>();
        for (int i = 1; i < cuts.size(); i++) {
            percents.add(BigDecimal.valueOf(cuts.get(i) - cuts.get(i - 1)));
        }
        var frequencies = VestingFrequency.values();
        return new VestingSchedule(
                percents, random.nextInt(years * 12 + 1), frequencies[random.nextInt(frequencies.length)]);
    }

    private static Money cents(RandomGenerator random, long maxUnits) {
        return new Money(BigDecimal.valueOf(random.nextLong(maxUnits * 100 + 1), 2), USD);
    }
}
