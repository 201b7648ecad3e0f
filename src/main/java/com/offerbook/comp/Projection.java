package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An offer (or the job you would leave) projected over years 1 to the horizon, under bear, base and bull growth
 * and weighted over them. Conventions (docs/valuation.md):
 * <ul>
 * <li>equity vesting in year N is valued at (1 + g)^N × its grant-date value (vesting counted at the end of year
 * N); a refresher granted at the start of year k counts its growth from there: (1 + g)^(N − k + 1);</li>
 * <li>base in year N = base × (1 + raise)^(N − 1) (first raise at the start of year 2); a bonus in % of base
 * follows base;</li>
 * <li>one-time money (signing bonus, relocation, other) is paid in year 1;</li>
 * <li>a sale in month m happens in year ⌈m / 12⌉ and is priced like equity vesting in that year;</li>
 * <li>full precision throughout; rounding (half-even, to cents) only for display.</li>
 * </ul>
 * With no assumptions ({@link ValuationAssumptions#none()}) every year equals {@link CompPackage#year(int)}.
 */
public final class Projection {

    /** What "cash" means for this projection's equity. */
    public enum CashBasis {
        /** Liquid equity: sold as it vests, cash equals paper value. */
        SOLD_AS_IT_VESTS,
        /** Illiquid equity in the simple mode: paper value less the flat liquidity discount. */
        FLAT_DISCOUNT,
        /** Illiquid equity sold at an IPO or at tenders. */
        SALES
    }

    /** One sale of equity: when, what it fetched (before the cost to exercise) and the cash it left. */
    public record Sale(int month, int year, Money gross, Money cash) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ValuationAssumptions assumptions;
    private final CashBasis cashBasis;
    private final Map<Scenario, List<ProjectedYear>> byScenario;
    private final List<ProjectedYear> expected;
    private final Map<Scenario, List<Sale>> sales;
    private final List<String> assumptionsInWords;
    private final Inputs inputs;

    /** What the engine projects; the same for an offer and for the job you would leave. */
    private record Inputs(
            Money base,
            BonusTarget bonus,
            Money oneTime,
            EquityKind kind,
            BigDecimal discountPercent,
            List<EquityBlock> blocks,
            @Nullable Long optionShares,
            @Nullable Money strike,
            String initialLabel) {}

    private Projection(ValuationAssumptions assumptions, Inputs inputs, List<String> assumptionsInWords) {
        this.assumptions = assumptions;
        this.inputs = inputs;
        this.assumptionsInWords = List.copyOf(assumptionsInWords);
        var kind = inputs.kind();
        this.cashBasis = kind.isLiquid()
                ? CashBasis.SOLD_AS_IT_VESTS
                : assumptions.liquidity().mode() == Liquidity.Mode.FLAT_DISCOUNT
                        ? CashBasis.FLAT_DISCOUNT
                        : CashBasis.SALES;
        var years = new EnumMap<Scenario, List<ProjectedYear>>(Scenario.class);
        var allSales = new EnumMap<Scenario, List<Sale>>(Scenario.class);
        for (var scenario : Scenario.values()) {
            var scenarioSales = new ArrayList<Sale>();
            years.put(scenario, run(scenario, scenarioSales));
            allSales.put(scenario, List.copyOf(scenarioSales));
        }
        this.byScenario = Collections.unmodifiableMap(years);
        this.sales = Collections.unmodifiableMap(allSales);
        this.expected = weigh();
    }

    /** An offer's package under the user's assumptions. */
    public static Projection of(CompPackage p, ValuationAssumptions a) {
        ValuationInputException.throwIfAny(a.checkFor(p.equityKind()));
        var blocks = new ArrayList<EquityBlock>();
        blocks.add(new EquityBlock.Scheduled(1, p.equityGrant(), p.vesting()));
        addRefreshers(blocks, a, p.equityGrant(), p.vesting());
        var options = p.equityKind() == EquityKind.OPTIONS && a.optionShares() != null && p.strikePrice() != null;
        return new Projection(
                a,
                new Inputs(
                        p.base(),
                        p.bonus(),
                        p.oneTimeMoney(),
                        p.equityKind(),
                        p.liquidityDiscountPercent(),
                        List.copyOf(blocks),
                        options ? a.optionShares() : null,
                        options ? p.strikePrice() : null,
                        "Initial grant"),
                a.describe(p));
    }

    /**
     * Staying at the current job, from the leave month on: year 1 is the 12 months after it. Its unvested equity
     * is what vests after the leave month; refreshers are amounts (vesting over 4 years, even, unless given).
     */
    public static Projection stay(CurrentJob job, int leaveMonth, ValuationAssumptions a) {
        CurrentJob.checkLeaveMonth(leaveMonth);
        if (!a.refresher().isNone() && a.refresher().kind() == Refresher.Kind.PERCENT_OF_GRANT) {
            throw new ValuationInputException(
                    ValuationField.REFRESHER_KIND, "At the current job give the refresher as an amount");
        }
        ValuationInputException.throwIfAny(a.checkFor(job.equityKind()));
        var zero = Money.zero(job.base().currency());
        var blocks = new ArrayList<EquityBlock>();
        blocks.add(new EquityBlock.Tranches(job.unvested(), leaveMonth, zero));
        addRefreshers(blocks, a, zero, CurrentJob.DEFAULT_REFRESHER_SCHEDULE);
        var words = new ArrayList<String>();
        words.add("Staying: year 1 is the 12 months after month " + leaveMonth + " from when the job was recorded.");
        words.add("Equity growth: " + a.scenarios().describe() + ", counted from when the job was recorded.");
        words.add(
                a.raise().isNone()
                        ? "No raises on base."
                        : "Raise on base: " + Words.signedPercent(a.raise().percentPerYear()) + " a year.");
        words.add("Refreshers: " + a.refresher().describe(zero, CurrentJob.DEFAULT_REFRESHER_SCHEDULE) + ".");
        return new Projection(
                a,
                new Inputs(
                        job.base(),
                        job.bonus(),
                        zero,
                        job.equityKind(),
                        BigDecimal.ZERO,
                        List.copyOf(blocks),
                        null,
                        null,
                        "Unvested equity"),
                words);
    }

    private static void addRefreshers(
            List<EquityBlock> blocks, ValuationAssumptions a, Money initialGrant, VestingSchedule initialSchedule) {
        var refresher = a.refresher();
        if (refresher.isNone()) {
            return;
        }
        for (int year = refresher.firstYear(); year <= a.horizonYears(); year++) {
            blocks.add(new EquityBlock.Scheduled(
                    year, refresher.amount(initialGrant), refresher.schedule(initialSchedule)));
        }
    }

    private List<ProjectedYear> run(Scenario scenario, List<Sale> salesOut) {
        var scenarios = assumptions.scenarios();
        IntFunction<BigDecimal> factor = n -> scenarios.growthFactor(scenario, n);
        var blocks = inputs.blocks();
        var zero = Money.zero(inputs.base().currency());
        var sold = new Money[blocks.size()];
        Arrays.fill(sold, zero);
        var grossProceeds = zero;
        var cashProceeds = zero;
        var cumulative = zero;
        var payCumulative = zero;
        var equityCumulative = zero;
        var saleMonths = saleMonths();
        var result = new ArrayList<ProjectedYear>();
        for (int year = 1; year <= assumptions.horizonYears(); year++) {
            var base = assumptions.raise().baseInYear(inputs.base(), year);
            var bonus = assumptions.raise().bonusInYear(inputs.bonus(), inputs.base(), year);
            var oneTime = year == 1 ? inputs.oneTime() : zero;
            var initial = blocks.getFirst().valueInYear(year, factor);
            var refreshers = new ArrayList<ProjectedYear.RefresherYear>();
            for (var block : blocks.subList(1, blocks.size())) {
                if (block.grantedInYear() <= year) {
                    refreshers.add(
                            new ProjectedYear.RefresherYear(block.grantedInYear(), block.valueInYear(year, factor)));
                }
            }
            var equity = initial;
            for (var refresher : refreshers) {
                equity = equity.plus(refresher.vesting());
            }
            var total = base.plus(bonus).plus(equity).plus(oneTime);
            cumulative = cumulative.plus(total);
            payCumulative = payCumulative.plus(base).plus(bonus).plus(oneTime);
            equityCumulative = equityCumulative.plus(equity);
            int endMonth = 12 * year;
            Money paper;
            Money cash;
            switch (cashBasis) {
                case SOLD_AS_IT_VESTS -> {
                    paper = equityCumulative;
                    cash = equityCumulative;
                }
                case FLAT_DISCOUNT -> {
                    paper = heldValue(blocks, sold, endMonth, factor, zero);
                    cash = paper.percent(HUNDRED.subtract(inputs.discountPercent()));
                }
                default -> {
                    for (int month : saleMonths) {
                        if (Liquidity.yearOfMonth(month) == year) {
                            var sale = sell(blocks, sold, month, factor, zero);
                            if (!sale.gross().isZero()) {
                                salesOut.add(sale);
                            }
                            grossProceeds = grossProceeds.plus(sale.gross());
                            cashProceeds = cashProceeds.plus(sale.cash());
                        }
                    }
                    paper = grossProceeds.plus(heldValue(blocks, sold, endMonth, factor, zero));
                    cash = cashProceeds;
                }
            }
            Money exerciseCost = null;
            Money spread = null;
            if (inputs.optionShares() != null && inputs.strike() != null) {
                var first = (EquityBlock.Scheduled) blocks.getFirst();
                var vested = first.vestedBy(endMonth);
                exerciseCost = optionsCost(first, vested);
                var value = vested.times(factor.apply(first.growthYears(endMonth)));
                spread = max(value.minus(exerciseCost), zero);
            }
            result.add(new ProjectedYear(
                    year,
                    base,
                    bonus,
                    initial,
                    refreshers,
                    oneTime,
                    total,
                    cumulative,
                    payCumulative,
                    paper,
                    cash,
                    exerciseCost,
                    spread));
        }
        return List.copyOf(result);
    }

    /** The months at which equity can be sold, up to the end of the horizon. */
    private List<Integer> saleMonths() {
        var liquidity = assumptions.liquidity();
        int last = 12 * assumptions.horizonYears();
        var months = new ArrayList<Integer>();
        switch (liquidity.mode()) {
            case FLAT_DISCOUNT -> {}
            case IPO -> {
                for (int month = liquidity.firstSaleMonth(); month <= last; month++) {
                    months.add(month);
                }
            }
            case TENDERS -> {
                for (int month = liquidity.firstSaleMonth(); month <= last; month += liquidity.everyMonths()) {
                    months.add(month);
                }
            }
        }
        return months;
    }

    /** Vested and not sold, at the price of the year {@code month} falls in. */
    private static Money heldValue(
            List<EquityBlock> blocks, Money[] sold, int month, IntFunction<BigDecimal> factor, Money zero) {
        var sum = zero;
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            var unsold = max(block.vestedBy(month).minus(sold[i]), zero);
            sum = sum.plus(unsold.times(factor.apply(block.growthYears(month))));
        }
        return sum;
    }

    private Sale sell(List<EquityBlock> blocks, Money[] sold, int month, IntFunction<BigDecimal> factor, Money zero) {
        var liquidity = assumptions.liquidity();
        boolean byPercent =
                liquidity.mode() == Liquidity.Mode.IPO || liquidity.capKind() == Liquidity.CapKind.PERCENT_OF_UNSOLD;
        var percent = liquidity.mode() == Liquidity.Mode.IPO ? HUNDRED : liquidity.capValue();
        var room = new Money(liquidity.capValue(), zero.currency());
        var gross = zero;
        var cash = zero;
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            var unsold = max(block.vestedBy(month).minus(sold[i]), zero);
            var price = factor.apply(block.growthYears(month));
            if (unsold.isZero()) {
                continue;
            }
            Money units;
            Money value;
            if (byPercent) {
                units = unsold.percent(percent);
                value = units.times(price);
            } else {
                if (price.signum() == 0 || room.amount().signum() <= 0) {
                    continue;
                }
                var all = unsold.times(price);
                value = min(all, room);
                units = value.compareTo(all) == 0 ? unsold : value.dividedBy(price);
                room = room.minus(value);
            }
            sold[i] = sold[i].plus(units);
            gross = gross.plus(value);
            if (i == 0 && inputs.optionShares() != null && inputs.strike() != null) {
                var first = (EquityBlock.Scheduled) block;
                cash = cash.plus(max(value.minus(optionsCost(first, units)), zero));
            } else {
                cash = cash.plus(value);
            }
        }
        return new Sale(month, Liquidity.yearOfMonth(month), gross, cash);
    }

    /** Strike × the options that {@code units} (grant-date value of the initial grant) stand for. */
    private Money optionsCost(EquityBlock.Scheduled grant, Money units) {
        var strike = Objects.requireNonNull(inputs.strike());
        var shares = BigDecimal.valueOf(Objects.requireNonNull(inputs.optionShares()));
        if (grant.amount().isZero()) {
            return Money.zero(strike.currency());
        }
        var fraction = units.amount().divide(grant.amount().amount(), Money.PRECISION);
        return strike.times(shares.multiply(fraction, Money.PRECISION));
    }

    private List<ProjectedYear> weigh() {
        var scenarios = assumptions.scenarios();
        var result = new ArrayList<ProjectedYear>();
        for (int i = 0; i < assumptions.horizonYears(); i++) {
            int index = i;
            Function<Function<ProjectedYear, @Nullable Money>, @Nullable Money> weigh = field -> {
                var figures = new EnumMap<Scenario, Money>(Scenario.class);
                for (var scenario : Scenario.values()) {
                    var value = field.apply(years(scenario).get(index));
                    if (value == null) {
                        return null;
                    }
                    figures.put(scenario, value);
                }
                return scenarios.expected(figures);
            };
            var first = years(Scenario.BASE).get(index);
            var refreshers = new ArrayList<ProjectedYear.RefresherYear>();
            for (int r = 0; r < first.refreshers().size(); r++) {
                int ri = r;
                refreshers.add(new ProjectedYear.RefresherYear(
                        first.refreshers().get(r).grantedInYear(),
                        required(weigh.apply(y -> y.refreshers().get(ri).vesting()))));
            }
            result.add(new ProjectedYear(
                    first.year(),
                    first.base(),
                    first.bonus(),
                    required(weigh.apply(ProjectedYear::initialGrant)),
                    refreshers,
                    first.oneTime(),
                    required(weigh.apply(ProjectedYear::total)),
                    required(weigh.apply(ProjectedYear::cumulative)),
                    first.payCumulative(),
                    required(weigh.apply(ProjectedYear::equityPaperValue)),
                    required(weigh.apply(ProjectedYear::equityCash)),
                    weigh.apply(ProjectedYear::exerciseCost),
                    weigh.apply(ProjectedYear::optionSpread)));
        }
        return List.copyOf(result);
    }

    private static Money required(@Nullable Money value) {
        return Objects.requireNonNull(value);
    }

    public ValuationAssumptions assumptions() {
        return assumptions;
    }

    public CashBasis cashBasis() {
        return cashBasis;
    }

    public EquityKind equityKind() {
        return inputs.kind();
    }

    public int horizonYears() {
        return assumptions.horizonYears();
    }

    /** Years 1 to the horizon under one scenario. */
    public List<ProjectedYear> years(Scenario scenario) {
        return Objects.requireNonNull(byScenario.get(scenario), "the constructor runs every scenario");
    }

    /** Years 1 to the horizon weighted over the three scenarios. */
    public List<ProjectedYear> expected() {
        return expected;
    }

    public ProjectedYear year(Scenario scenario, int year) {
        return years(scenario).get(checkYear(year) - 1);
    }

    public ProjectedYear expectedYear(int year) {
        return expected.get(checkYear(year) - 1);
    }

    /** One figure of a year under every scenario and weighted. */
    public ByScenario figure(int year, Function<ProjectedYear, Money> field) {
        var values = new EnumMap<Scenario, Money>(Scenario.class);
        for (var scenario : Scenario.values()) {
            values.put(scenario, field.apply(year(scenario, year)));
        }
        return new ByScenario(values, field.apply(expectedYear(year)));
    }

    /** The sales of equity under one scenario (empty unless the equity is sold at an IPO or at tenders). */
    public List<Sale> sales(Scenario scenario) {
        return Objects.requireNonNull(sales.get(scenario), "the constructor runs every scenario");
    }

    /** The assumptions this projection used, in words. */
    public List<String> assumptionsInWords() {
        return assumptionsInWords;
    }

    private int checkYear(int year) {
        if (year < 1 || year > assumptions.horizonYears()) {
            throw new IllegalArgumentException(
                    "Year " + year + " is outside the projection (1 to " + assumptions.horizonYears() + ")");
        }
        return year;
    }

    /** How year {@code year} under {@code scenario} was reached, step by step. */
    public List<String> explain(Scenario scenario, int year) {
        var y = year(scenario, year);
        var scenarios = assumptions.scenarios();
        var steps = new ArrayList<String>();
        var growth = scenarios.growthPercent(scenario);
        steps.add("%s case: equity grows %s a year.".formatted(scenario.label(), Words.signedPercent(growth)));
        var raise = assumptions.raise();
        if (raise.isNone() || Raise.raisesBy(year) == 0) {
            steps.add("Base: %s.".formatted(y.base().rounded().format()));
        } else {
            steps.add("Base: %s × %s (%d raise%s of %s) = %s."
                    .formatted(
                            inputs.base().rounded().format(),
                            Words.factor(raise.factor(year)),
                            Raise.raisesBy(year),
                            Raise.raisesBy(year) == 1 ? "" : "s",
                            Words.signedPercent(raise.percentPerYear()),
                            y.base().rounded().format()));
        }
        steps.add(
                inputs.bonus().kind() == BonusTarget.Kind.PERCENT_OF_BASE
                        ? "Bonus: %s %% of base = %s."
                                .formatted(
                                        Words.plain(inputs.bonus().value()),
                                        y.bonus().rounded().format())
                        : "Bonus: %s.".formatted(y.bonus().rounded().format()));
        var first = inputs.blocks().getFirst();
        if (first instanceof EquityBlock.Scheduled grant) {
            steps.add("%s: %s × %s %% vesting in year %d × %s (growth over %d year%s) = %s."
                    .formatted(
                            inputs.initialLabel(),
                            grant.amount().rounded().format(),
                            Words.plain(grant.schedule().percentVestingInYear(year)),
                            year,
                            Words.factor(scenarios.growthFactor(scenario, year)),
                            year,
                            year == 1 ? "" : "s",
                            y.initialGrant().rounded().format()));
        } else {
            steps.add("%s vesting in this year, each part grown from when it was recorded: %s."
                    .formatted(inputs.initialLabel(), y.initialGrant().rounded().format()));
        }
        for (var refresher : y.refreshers()) {
            var block = (EquityBlock.Scheduled) inputs.blocks().stream()
                    .filter(b -> b.grantedInYear() == refresher.grantedInYear() && b != first)
                    .findFirst()
                    .orElseThrow();
            int own = year - refresher.grantedInYear() + 1;
            steps.add("Refresher granted in year %d: %s × %s %% vesting in its year %d × %s = %s."
                    .formatted(
                            refresher.grantedInYear(),
                            block.amount().rounded().format(),
                            Words.plain(block.schedule().percentVestingInYear(own)),
                            own,
                            Words.factor(scenarios.growthFactor(scenario, own)),
                            refresher.vesting().rounded().format()));
        }
        if (!y.oneTime().isZero()) {
            steps.add("One-time money paid in year 1: %s."
                    .formatted(y.oneTime().rounded().format()));
        }
        steps.add("Year %d total: %s; years 1–%d together: %s."
                .formatted(
                        year,
                        y.total().rounded().format(),
                        year,
                        y.cumulative().rounded().format()));
        switch (cashBasis) {
            case SOLD_AS_IT_VESTS ->
                steps.add("The equity can be sold as it vests: cash equals its value, %s by the end of year %d."
                        .formatted(y.equityCash().rounded().format(), year));
            case FLAT_DISCOUNT ->
                steps.add("Equity on paper by the end of year %d: %s; less the %s %% liquidity discount: %s."
                        .formatted(
                                year,
                                y.equityPaperValue().rounded().format(),
                                Words.plain(inputs.discountPercent()),
                                y.equityCash().rounded().format()));
            case SALES -> {
                for (var sale : sales(scenario)) {
                    if (sale.year() <= year) {
                        steps.add("Sold in month %d (year %d): %s%s."
                                .formatted(
                                        sale.month(),
                                        sale.year(),
                                        sale.gross().rounded().format(),
                                        sale.cash().equals(sale.gross())
                                                ? ""
                                                : ", " + sale.cash().rounded().format() + " after paying to exercise"));
                    }
                }
                steps.add("Cash from equity by the end of year %d: %s; on paper (sold plus vested and held at "
                                .formatted(year, y.equityCash().rounded().format())
                        + "this year's price): %s."
                                .formatted(y.equityPaperValue().rounded().format()));
            }
        }
        if (y.exerciseCost() != null && y.optionSpread() != null) {
            steps.add("Options: %s options × strike %s × share vested = %s to exercise; spread %s."
                    .formatted(
                            inputs.optionShares(),
                            Objects.requireNonNull(inputs.strike()).format(),
                            y.exerciseCost().rounded().format(),
                            y.optionSpread().rounded().format()));
        }
        return List.copyOf(steps);
    }

    /** How the weighted figure of year {@code year} was reached. */
    public List<String> explainExpected(int year) {
        var scenarios = assumptions.scenarios();
        var parts = new ArrayList<String>();
        for (var scenario : Scenario.values()) {
            parts.add("%s %% × %s"
                    .formatted(
                            Words.plain(scenarios.weightPercent(scenario)),
                            year(scenario, year).total().rounded().format()));
        }
        return List.of("Weighted year %d: %s = %s."
                .formatted(
                        year,
                        String.join(" + ", parts),
                        expectedYear(year).total().rounded().format()));
    }

    /** Per year and cumulative, this projection minus staying (both in one currency, over the shorter horizon). */
    public List<YearDifference> against(Projection stay) {
        int years = Math.min(horizonYears(), stay.horizonYears());
        var result = new ArrayList<YearDifference>();
        for (int year = 1; year <= years; year++) {
            var difference = new EnumMap<Scenario, Money>(Scenario.class);
            var cumulative = new EnumMap<Scenario, Money>(Scenario.class);
            for (var scenario : Scenario.values()) {
                difference.put(
                        scenario,
                        year(scenario, year)
                                .total()
                                .minus(stay.year(scenario, year).total()));
                cumulative.put(
                        scenario,
                        year(scenario, year)
                                .cumulative()
                                .minus(stay.year(scenario, year).cumulative()));
            }
            result.add(new YearDifference(
                    year,
                    new ByScenario(
                            difference,
                            expectedYear(year)
                                    .total()
                                    .minus(stay.expectedYear(year).total())),
                    new ByScenario(
                            cumulative,
                            expectedYear(year)
                                    .cumulative()
                                    .minus(stay.expectedYear(year).cumulative()))));
        }
        return List.copyOf(result);
    }

    /** One year of an offer against staying: the year's difference and the difference of the years so far. */
    public record YearDifference(int year, ByScenario difference, ByScenario cumulative) {}

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
