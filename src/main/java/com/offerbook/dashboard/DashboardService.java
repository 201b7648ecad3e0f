package com.offerbook.dashboard;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.Money;
import com.offerbook.comp.YearFigures;
import com.offerbook.currencies.ExchangeRates;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import com.offerbook.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Works out the dashboard's cards and chart data from the user's offers, in their display currency. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The dashboard looks at this many recently changed offers at most. */
    static final int MAX_OFFERS = 20;

    private final OfferService offers;
    private final ExchangeRates rates;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(OfferService offers, ExchangeRates rates, CurrentUser currentUser, Clock clock) {
        this.offers = offers;
        this.rates = rates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public DashboardData load() {
        var currency = Currency.getInstance(currentUser.preferences().displayCurrency());
        var converter = new Converter(currency);
        var recentIds = offers.list(OfferFilter.none(), PageRequest.of(0, MAX_OFFERS, OfferService.RECENT_FIRST))
                .map(OfferSummary::id)
                .toList();
        var recent = offers.getAllWithBands(recentIds);
        var all = recent.stream().map(OfferService.WithBand::offer).toList();
        var active = all.stream().filter(o -> o.details().status().isActive()).toList();
        var today = LocalDate.now(clock);

        DashboardData.Best best = active.stream()
                .map(o -> new DashboardData.Best(
                        o.id(),
                        o.label(),
                        converter.apply(o.latest().headline().recurring()),
                        converter.apply(o.latest().headline().yearOne())))
                .max(Comparator.comparing(DashboardData.Best::recurring))
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
        return new DashboardData(
                currency.getCurrencyCode(),
                List.copyOf(converter.used),
                best,
                active.size(),
                nearest,
                lines,
                packages,
                bandRows,
                choices);
    }

    /** Years 1 to the vesting years of one offer's latest package, converted to the display currency. */
    public List<YearFigures> yearByYear(long offerId) {
        var converter =
                new Converter(Currency.getInstance(currentUser.preferences().displayCurrency()));
        CompPackage p = offers.get(offerId).latest().compPackage();
        return p.yearByYear().stream()
                .map(y -> new YearFigures(
                        y.year(),
                        converter.apply(y.base()),
                        converter.apply(y.bonus()),
                        converter.apply(y.equity()),
                        converter.apply(y.oneTime())))
                .toList();
    }

    /** 2 to 4 of the user's offers side by side; another user's offer id answers not found. */
    public Comparison compare(List<Long> offerIds) {
        if (offerIds.size() < 2 || offerIds.size() > 4) {
            throw new IllegalArgumentException("Compare 2 to 4 offers");
        }
        var converter =
                new Converter(Currency.getInstance(currentUser.preferences().displayCurrency()));
        var columns = offers.getAllWithBands(offerIds).stream()
                .map(withBand -> {
                    var offer = withBand.offer();
                    var latest = offer.latest();
                    var p = latest.compPackage();
                    var h = latest.headline();
                    var comparison = Optional.ofNullable(withBand.band());
                    var positions = new EnumMap<BandDetails.Component, BandPosition>(BandDetails.Component.class);
                    comparison.ifPresent(
                            c -> c.positions().forEach(pos -> positions.put(pos.component(), pos.position())));
                    return new Comparison.Column(
                            offer.id(),
                            offer.label(),
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
                            p.yearByYear().stream()
                                    .map(y -> converter.apply(y.total()))
                                    .toList());
                })
                .toList();
        return new Comparison(converter.target.getCurrencyCode(), List.copyOf(converter.used), columns);
    }

    private DashboardData.BandRow bandRow(
            OfferDetails offer, com.offerbook.offers.@Nullable BandComparison comparison, Converter converter) {
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
