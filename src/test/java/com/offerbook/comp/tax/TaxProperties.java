package com.offerbook.comp.tax;

import static com.offerbook.comp.tax.TaxCalculatorTest.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Generated;
import com.offerbook.comp.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules that hold for every wage, on the seeded stacks and on generated profiles. */
class TaxProperties {

    /** The stacks the regions use (docs/tax.md), each with the currency of its wages. */
    static final List<List<String>> STACKS = List.of(
            List.of("us-federal-single", "us-ca-single"),
            List.of("us-federal-mfj", "us-ca-mfj"),
            List.of("us-federal-single", "us-wa"),
            List.of("us-federal-mfj", "us-wa"),
            List.of("us-federal-single", "us-ny-single", "us-nyc-single"),
            List.of("us-federal-mfj", "us-ny-mfj", "us-nyc-mfj"),
            List.of("uk-england"));

    record Case(List<TaxProfile> stack, Money gross) {
        @Override
        public String toString() {
            return stack.stream().map(TaxProfile::key).toList() + " " + gross;
        }
    }

    static Stream<Named<Case>> seededWages() {
        return Generated.inputs(random -> {
            var stack = Seeded.stack(STACKS.get(random.nextInt(STACKS.size())).toArray(String[]::new));
            return new Case(stack, wage(random, stack));
        });
    }

    static Stream<Named<Case>> generatedProfiles() {
        return Generated.inputs(random -> {
            var currency =
                    Currency.getInstance(List.of("EUR", "USD", "GBP", "CHF").get(random.nextInt(4)));
            var stack = List.of(continuousProfile(random, currency));
            return new Case(stack, wage(random, stack));
        });
    }

    /**
     * Half of the wages within two units of a point where a row changes (a band's edge, a floor, a cap, a taper's
     * threshold or one of its first steps, a recapture's start), the others anywhere up to 5,000,000.00, in cents.
     */
    private static Money wage(RandomGenerator random, List<TaxProfile> stack) {
        var currency = stack.getFirst().currency();
        var edges = edges(stack);
        if (random.nextBoolean() && !edges.isEmpty()) {
            var edge = edges.get(random.nextInt(edges.size()));
            var near = edge.add(BigDecimal.valueOf(random.nextInt(-200, 201), 2));
            return new Money(near.max(BigDecimal.ZERO), currency);
        }
        long cents = random.nextBoolean() ? random.nextLong(100_000_000L) : random.nextLong(500_000_000L);
        return new Money(BigDecimal.valueOf(cents, 2), currency);
    }

    /** The gross wages at which some row of the stack changes. */
    private static List<BigDecimal> edges(List<TaxProfile> stack) {
        var edges = new ArrayList<BigDecimal>();
        for (var profile : stack) {
            var deductions = profile.rows().stream()
                    .filter(row -> row instanceof TaxRow.Deduction)
                    .map(row -> ((TaxRow.Deduction) row).amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (var row : profile.rows()) {
                switch (row) {
                    case TaxRow.Deduction d -> taperEdges(d.taper(), edges);
                    case TaxRow.Credit c -> taperEdges(c.phaseOut(), edges);
                    case TaxRow.FlatRate f -> {
                        var shift = f.base() == Base.TAXABLE ? deductions : BigDecimal.ZERO;
                        Stream.of(f.floor(), f.cap())
                                .filter(Objects::nonNull)
                                .forEach(edge -> edges.add(edge.add(shift)));
                    }
                    case TaxRow.Bands b -> {
                        var shift = b.base() == Base.TAXABLE ? deductions : BigDecimal.ZERO;
                        for (var band : b.bands()) {
                            edges.add(band.from().add(shift));
                            if (band.to() != null) {
                                edges.add(band.to().add(shift));
                            }
                            if (band.recapture() != null) {
                                edges.add(band.recapture().from());
                                edges.add(band.recapture()
                                        .from()
                                        .add(band.recapture().width()));
                            }
                        }
                    }
                }
            }
        }
        return edges;
    }

    private static void taperEdges(@Nullable Taper taper, List<BigDecimal> edges) {
        if (taper != null) {
            for (int step = 0; step < 3; step++) {
                edges.add(taper.threshold().add(taper.per().multiply(BigDecimal.valueOf(step))));
            }
        }
    }

    @ParameterizedTest
    @MethodSource({"seededWages", "generatedProfiles"})
    void take_home_never_exceeds_gross_and_the_breakdown_adds_up(Case c) {
        var result = TaxCalculator.compute(c.gross(), c.stack());

        assertThat(result.takeHome()).isLessThanOrEqualTo(c.gross());
        assertThat(result.incomeTax().isNegative()).isFalse();
        var lines = result.lines().stream()
                .map(TaxLine::tax)
                .reduce(Money.zero(c.gross().currency()), Money::plus);
        assertThat(lines).isEqualTo(result.totalTax());
        assertThat(result.takeHome()).isEqualTo(c.gross().minus(result.totalTax()));
    }

    /**
     * One more unit of gross never lowers take-home, except by the law's own steps: the rows that declare
     * {@link TaxRow#hasStatutorySteps()} (California's exemption credit lost in $6 steps "or part thereof", New York's
     * benefit recapture) are set aside, and everything else must not fall.
     */
    @ParameterizedTest
    @MethodSource({"seededWages", "generatedProfiles"})
    void raising_the_gross_by_one_unit_never_lowers_take_home(Case c) {
        var one = Money.of(1, c.gross().currency());
        var before = TaxCalculator.compute(c.gross(), c.stack());
        var after = TaxCalculator.compute(c.gross().plus(one), c.stack());

        var steps = stepped(after, c.stack()).minus(stepped(before, c.stack()));
        assertThat(after.takeHome().plus(steps)).isGreaterThanOrEqualTo(before.takeHome());
        if (c.stack().stream().noneMatch(TaxProfile::hasStatutorySteps)) {
            assertThat(after.takeHome()).isGreaterThanOrEqualTo(before.takeHome());
        }
    }

    @ParameterizedTest
    @MethodSource("generatedProfiles")
    void a_profile_of_one_flat_zero_rate_leaves_take_home_equal_to_gross(Case c) {
        var currency = c.gross().currency();
        var zero = new TaxRow.FlatRate("Nothing", TaxKind.INCOME, Base.GROSS, BigDecimal.ZERO, null, null, SOURCE);
        var profile = new TaxProfile(
                "zero", "Zero", "XX", 2026, "2026", null, currency, 1, Rounding.CENTS, SOURCE, "", List.of(zero));

        var result = TaxCalculator.compute(c.gross(), List.of(profile));

        assertThat(result.takeHome()).isEqualTo(c.gross());
        assertThat(result.totalTax().isZero()).isTrue();
    }

    /** The tax of the lines of rows with statutory steps (credits count negative). */
    private static Money stepped(TaxResult result, List<TaxProfile> stack) {
        var total = Money.zero(result.gross().currency());
        for (var profile : stack) {
            for (var row : profile.rows()) {
                if (!row.hasStatutorySteps()) {
                    continue;
                }
                for (var line : result.lines()) {
                    if (line.profile().equals(profile.title()) && line.row().equals(row.label())) {
                        total = total.plus(line.tax());
                    }
                }
            }
        }
        return total;
    }

    /**
     * A random profile without statutory steps whose combined marginal rate stays below 100 %: bands up to 40 %, a
     * deduction tapered by at most half a unit per unit, a payroll rate up to 10 % with or without a cap, a credit
     * phased out by at most a tenth of a unit per unit.
     */
    private static TaxProfile continuousProfile(RandomGenerator random, Currency currency) {
        var rows = new ArrayList<TaxRow>();
        if (random.nextBoolean()) {
            var taper = random.nextBoolean()
                    ? null
                    : new Taper(
                            amount(random, 300_000), percent(random, 50), BigDecimal.ONE, Taper.Stepping.CONTINUOUS);
            rows.add(new TaxRow.Deduction("Allowance", amount(random, 30_000), taper, SOURCE));
        }
        var bands = new ArrayList<TaxRow.Band>();
        var from = BigDecimal.ZERO;
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            var to = i == count - 1 ? null : from.add(amount(random, 200_000)).add(BigDecimal.ONE);
            bands.add(new TaxRow.Band(from, to, rate(random, 40)));
            from = to == null ? from : to;
        }
        rows.add(new TaxRow.Bands(
                "Brackets", TaxKind.INCOME, random.nextBoolean() ? Base.TAXABLE : Base.GROSS, bands, SOURCE));
        if (random.nextBoolean()) {
            var cap = random.nextBoolean() ? amount(random, 300_000).add(BigDecimal.ONE) : null;
            rows.add(new TaxRow.FlatRate("Levy", TaxKind.PAYROLL, Base.GROSS, rate(random, 10), null, cap, SOURCE));
        }
        if (random.nextBoolean()) {
            var phaseOut =
                    new Taper(amount(random, 300_000), percent(random, 10), BigDecimal.ONE, Taper.Stepping.CONTINUOUS);
            rows.add(new TaxRow.Credit("Credit", amount(random, 5_000), phaseOut, SOURCE));
        }
        return new TaxProfile(
                "generated", "Generated", "XX", 2026, "2026", null, currency, 1, Rounding.CENTS, SOURCE, "", rows);
    }

    private static BigDecimal amount(RandomGenerator random, int max) {
        return BigDecimal.valueOf(random.nextInt(max));
    }

    /** A rate in percent with two decimals, from 0 to {@code max}. */
    private static BigDecimal rate(RandomGenerator random, int max) {
        return BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2);
    }

    /** A fraction from 0 to {@code max} %, as a multiplier (0.5 for 50 %). */
    private static BigDecimal percent(RandomGenerator random, int max) {
        return BigDecimal.valueOf(random.nextInt(max * 100 + 1), 4);
    }
}
