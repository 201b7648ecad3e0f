package com.offerbook.dashboard;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.Money;
import com.offerbook.comp.ProjectedYear;
import com.offerbook.comp.Projection;
import com.offerbook.comp.Scenario;
import com.offerbook.comp.YearFigures;
import com.offerbook.currencies.ExchangeRates;
import com.offerbook.offers.BandComparison;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import com.offerbook.security.CurrentUser;
import com.offerbook.tax.AfterTax;
import com.offerbook.tax.TaxService;
import com.offerbook.valuation.Projected;
import com.offerbook.valuation.Staying;
import com.offerbook.valuation.ValuationService;
import com.offerbook.valuation.Worth;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Works out the dashboard's cards and chart data from the user's offers, in their display currency. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The dashboard looks at this many recently changed offers at most. */
    static final int MAX_OFFERS = 20;

    private final OfferService offers;
    private final ValuationService valuation;
    private final TaxService tax;
    private final ExchangeRates rates;
    private final DashboardPreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DashboardCache cache;

    DashboardService(
            OfferService offers,
            ValuationService valuation,
            TaxService tax,
            ExchangeRates rates,
            DashboardPreferenceRepository preferences,
            CurrentUser currentUser,
            Clock clock,
            DashboardCache cache) {
        this.offers = offers;
        this.valuation = valuation;
        this.tax = tax;
        this.rates = rates;
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.clock = clock;
        this.cache = cache;
    }

    /** The figure the user ranks offers by (recurring total comp until they choose another). */
    public FigureChoice preferredFigure() {
        return preferences
                .findById(currentUser.id())
                .map(DashboardPreference::choice)
                .orElseGet(FigureChoice::defaults);
    }

    @Transactional
    public void savePreferredFigure(FigureChoice choice) {
        var userId = currentUser.id();
        var preference = preferences.findById(userId).orElseGet(() -> new DashboardPreference(userId));
        preference.apply(choice);
        preferences.save(preference);
    }

    /** "Stay at <company>" when the user recorded the job they would leave. */
    public Optional<String> stayLabel() {
        return valuation.currentJob().map(job -> stayLabel(job.company()));
    }

    static String stayLabel(String company) {
        return "Stay at " + company;
    }

    /**
     * The dashboard's figures, from the cache when nothing of the user's has changed since they were worked out.
     * Inside a transaction that writes, they are worked out afresh: its changes may not be flushed yet.
     */
    public DashboardData load() {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute();
        }
        return cache.get(new DashboardCache.Key(currentUser.id(), LocalDate.now(clock)), this::compute);
    }

    private DashboardData compute() {
        var currency = Currency.getInstance(currentUser.preferences().displayCurrency());
        var converter = new Converter(currency);
        var recentIds = offers.list(OfferFilter.none(), PageRequest.of(0, MAX_OFFERS, OfferService.RECENT_FIRST))
                .map(OfferSummary::id)
                .toList();
        var recent = offers.getAllWithBands(recentIds);
        var all = recent.stream().map(OfferService.WithBand::offer).toList();
        var active = all.stream().filter(o -> o.details().status().isActive()).toList();
        var today = LocalDate.now(clock);
        var choice = preferredFigure();
        var projected = choice.figure().usesHorizon()
                ? valuation.projections(active, choice.horizonYears())
                : Map.<Long, Projected>of();

        DashboardData.Best best = active.stream()
                .map(o -> new DashboardData.Best(
                        o.id(),
                        o.label(),
                        chosen(choice, o, projected.get(o.id()), converter).value(),
                        converter.apply(o.latest().headline().yearOne())))
                .max(Comparator.comparing(DashboardData.Best::value))
                .orElse(null);
        DashboardData.Stay stay = valuation
                .staying(stayHorizon(choice))
                .map(s -> new DashboardData.Stay(
                        stayLabel(s.company()), chosen(choice, s, converter).value()))
                .orElse(null);
        DashboardData.Deadline nearest = active.stream()
                .filter(o -> o.details().deadline() != null
                        && !o.details().deadline().isBefore(today))
                .map(o -> new DashboardData.Deadline(
                        o.id(), o.label(), o.details().deadline()))
                .min(Comparator.comparing(DashboardData.Deadline::date))
                .orElse(null);

        var lines = all.stream()
                .map(o -> new DashboardData.OfferLine(
                        o.id(),
                        o.label(),
                        o.revisions().stream()
                                .map(r -> new DashboardData.Point(
                                        r.draft().date(),
                                        converter.apply(r.headline().recurring())))
                                .toList()))
                .toList();
        var packages = active.stream()
                .map(o -> {
                    var p = o.latest().compPackage();
                    return new DashboardData.PackageBar(
                            o.id(),
                            o.label(),
                            converter.apply(p.base()),
                            converter.apply(p.annualBonus()),
                            converter.apply(p.annualEquity()),
                            converter.apply(p.oneTimeMoney()));
                })
                .toList();
        var bandRows = recent.stream()
                .filter(o -> o.offer().details().status().isActive())
                .map(o -> bandRow(o.offer(), o.band(), converter))
                .toList();
        var choices = active.stream()
                .map(o -> new DashboardData.OfferChoice(o.id(), o.label()))
                .toList();
        var firstYears = active.stream()
                .filter(o -> best == null || o.id() == best.offerId())
                .findFirst()
                .map(o -> new DashboardData.Years(o.id(), yearFigures(o.latest().compPackage(), converter)))
                .orElse(null);
        return new DashboardData(
                currency.getCurrencyCode(),
                List.copyOf(converter.used),
                choice,
                best,
                stay,
                active.size(),
                nearest,
                lines,
                packages,
                bandRows,
                choices,
                firstYears);
    }

    /** Years 1 to the vesting years of one offer's latest package, converted to the display currency. */
    public List<YearFigures> yearByYear(long offerId) {
        var converter =
                new Converter(Currency.getInstance(currentUser.preferences().displayCurrency()));
        return yearFigures(offers.get(offerId).latest().compPackage(), converter);
    }

    private static List<YearFigures> yearFigures(CompPackage p, Converter converter) {
        return p.yearByYear().stream()
                .map(y -> new YearFigures(
                        y.year(),
                        converter.apply(y.base()),
                        converter.apply(y.bonus()),
                        converter.apply(y.equity()),
                        converter.apply(y.oneTime())))
                .toList();
    }

    /** 2 to 4 of the user's offers side by side by today's figures; another user's offer id answers not found. */
    public Comparison compare(List<Long> offerIds) {
        return compare(offerIds, false, FigureChoice.defaults());
    }

    /**
     * 2 to 4 columns side by side: the user's offers, and staying at the recorded current job last when {@code stay}
     * (ignored when none is recorded), with the chosen figure. Another user's offer id answers not found.
     */
    public Comparison compare(List<Long> offerIds, boolean stay, FigureChoice choice) {
        var staying = stay ? valuation.staying(stayHorizon(choice)) : Optional.<Staying>empty();
        int columns = offerIds.size() + (staying.isPresent() ? 1 : 0);
        if (columns < 2 || columns > 4) {
            throw new IllegalArgumentException("Compare 2 to 4 offers");
        }
        var converter =
                new Converter(Currency.getInstance(currentUser.preferences().displayCurrency()));
        var withBands = offers.getAllWithBands(offerIds);
        var projected = choice.figure().usesHorizon()
                ? valuation.projections(
                        withBands.stream().map(OfferService.WithBand::offer).toList(), choice.horizonYears())
                : Map.<Long, Projected>of();
        var result = new ArrayList<Comparison.Column>();
        var taxes = tax.estimator();
        for (var withBand : withBands) {
            var offer = withBand.offer();
            var latest = offer.latest();
            var p = latest.compPackage();
            var h = latest.headline();
            var comparison = Optional.ofNullable(withBand.band());
            var positions = new EnumMap<BandDetails.Component, BandPosition>(BandDetails.Component.class);
            comparison.ifPresent(c -> c.positions().forEach(pos -> positions.put(pos.component(), pos.position())));
            var chosen = chosen(choice, offer, projected.get(offer.id()), converter);
            var afterTax = taxes.afterTax(offer.details().region(), offer.taxedAs(), p);
            result.add(new Comparison.Column(
                    offer.id(),
                    offer.label(),
                    chosen.value(),
                    chosen.years(),
                    chosen.assumptions(),
                    converter.apply(h.recurring()),
                    converter.apply(h.yearOne()),
                    converter.apply(h.fourYearAverage()),
                    converter.apply(h.riskAdjusted()),
                    converter.apply(p.signingBonus().exposureAfter(0)),
                    p.signingBonus().clawbackMonths(),
                    p.equityKind().label(),
                    p.equityKind().isLiquid(),
                    comparison.map(c -> c.match().band().title()).orElse(null),
                    Map.copyOf(positions),
                    p.yearByYear().stream().map(y -> converter.apply(y.total())).toList(),
                    switch (afterTax) {
                        case AfterTax.Estimate e -> e.taxedAs() + ": " + String.join(" + ", e.profiles());
                        case AfterTax.NoProfile none -> none.reason();
                    },
                    afterTax instanceof AfterTax.Estimate e
                            ? converter.apply(e.recurring().takeHome())
                            : null,
                    afterTax instanceof AfterTax.Estimate e
                            ? e.years().stream()
                                    .map(y -> converter.apply(y.takeHome()))
                                    .toList()
                            : List.of()));
        }
        staying.ifPresent(s -> {
            var chosen = chosen(choice, s, converter);
            var today = s.today();
            var kind = today.equityKind();
            result.add(new Comparison.Column(
                    null,
                    stayLabel(s.company()),
                    chosen.value(),
                    chosen.years(),
                    chosen.assumptions(),
                    converter.apply(today.year(Scenario.BASE, 1).total()),
                    converter.apply(today.year(Scenario.BASE, 1).total()),
                    converter.apply(fourYearAverage(today)),
                    null,
                    Money.zero(converter.target),
                    0,
                    kind.label(),
                    kind.isLiquid(),
                    null,
                    Map.of(),
                    today.years(Scenario.BASE).stream()
                            .limit(FOUR_YEARS)
                            .map(y -> converter.apply(y.total()))
                            .toList(),
                    "Not estimated for the current job",
                    null,
                    List.of()));
        });
        return new Comparison(converter.target.getCurrencyCode(), List.copyOf(converter.used), choice, result);
    }

    /** The chosen figure of one column, year by year under the choice, and the assumptions used, in words. */
    private record Chosen(Money value, List<Money> years, String assumptions) {}

    private static final int FOUR_YEARS = 4;

    /** Staying is projected over at least four years, for its 4-year average. */
    private static int stayHorizon(FigureChoice choice) {
        return Math.max(FOUR_YEARS, choice.horizonYears());
    }

    private static Chosen chosen(
            FigureChoice choice, OfferDetails offer, @Nullable Projected projected, Converter converter) {
        var h = offer.latest().headline();
        var today = offer.latest().compPackage().yearByYear().stream()
                .map(y -> converter.apply(y.total()))
                .toList();
        return switch (choice.figure()) {
            case RECURRING -> new Chosen(converter.apply(h.recurring()), today, TODAY);
            case YEAR_ONE -> new Chosen(converter.apply(h.yearOne()), today, TODAY);
            case FOUR_YEAR_AVERAGE -> new Chosen(converter.apply(h.fourYearAverage()), today, TODAY);
            default -> {
                var p = Objects.requireNonNull(projected, "projected figures were not loaded");
                yield projectedFigure(choice, p.projection(), converter, inWords(p.used(), offer));
            }
        };
    }

    private static Chosen chosen(FigureChoice choice, Staying staying, Converter converter) {
        var today = staying.today();
        var todayYears = today.years(Scenario.BASE).stream()
                .limit(FOUR_YEARS)
                .map(y -> converter.apply(y.total()))
                .toList();
        return switch (choice.figure()) {
            case RECURRING, YEAR_ONE ->
                new Chosen(converter.apply(today.year(Scenario.BASE, 1).total()), todayYears, TODAY);
            case FOUR_YEAR_AVERAGE -> new Chosen(converter.apply(fourYearAverage(today)), todayYears, TODAY);
            default -> projectedFigure(choice, staying.assumed(), converter, "The current job's own assumptions");
        };
    }

    private static Chosen projectedFigure(
            FigureChoice choice, Projection projection, Converter converter, String assumptions) {
        int n = choice.horizonYears();
        List<ProjectedYear> years = switch (choice.figure()) {
            case BEAR -> projection.years(Scenario.BEAR);
            case BASE -> projection.years(Scenario.BASE);
            case BULL -> projection.years(Scenario.BULL);
            default -> projection.expected();
        };
        years = years.subList(0, n);
        Function<ProjectedYear, Money> perYear =
                choice.figure() == Figure.CASH_IN_HAND ? ProjectedYear::cashInHand : ProjectedYear::total;
        Function<ProjectedYear, Money> atHorizon =
                choice.figure() == Figure.CASH_IN_HAND ? ProjectedYear::cashInHand : ProjectedYear::cumulative;
        return new Chosen(
                converter.apply(atHorizon.apply(years.getLast())),
                years.stream().map(y -> converter.apply(perYear.apply(y))).toList(),
                assumptions);
    }

    private static final String TODAY = "Today's figures of the latest revision";

    private static String inWords(Worth.AssumptionsInUse used, OfferDetails offer) {
        return switch (used.source()) {
            case OFFER -> "This offer's own assumptions";
            case YOUR_DEFAULT ->
                "Your default for " + offer.latest().compPackage().equityKind().label();
            case NONE -> "None: today's figures";
        };
    }

    private static Money fourYearAverage(Projection today) {
        return today.year(Scenario.BASE, FOUR_YEARS).cumulative().dividedBy(BigDecimal.valueOf(FOUR_YEARS));
    }

    private DashboardData.BandRow bandRow(
            OfferDetails offer, @Nullable BandComparison comparison, Converter converter) {
        var recurring = converter.apply(offer.latest().headline().recurring());
        var yearOne = converter.apply(offer.latest().headline().yearOne());
        return Optional.ofNullable(comparison)
                .flatMap(c -> {
                    BandDetails band = c.match().band();
                    var range = band.draft().totalComp();
                    if (range == null) {
                        return Optional.<DashboardData.BandRow>empty();
                    }
                    return Optional.of(new DashboardData.BandRow(
                            offer.id(),
                            offer.label(),
                            band.title(),
                            converter.apply(band.money(range.min())),
                            converter.apply(band.money(range.max())),
                            recurring,
                            yearOne));
                })
                .orElse(new DashboardData.BandRow(offer.id(), offer.label(), null, null, null, recurring, yearOne));
    }

    /** Converts to the display currency with the stored rates, remembering which rates it used. */
    private final class Converter implements Function<Money, Money> {
        private final Currency target;
        private final Set<String> used = new LinkedHashSet<>();

        Converter(Currency target) {
            this.target = target;
        }

        @Override
        public Money apply(Money money) {
            if (money.currency().equals(target)) {
                return money;
            }
            var rate = rates.rate(money.currency(), target);
            used.add(rate.explanation());
            return rate.convert(money);
        }
    }
}
