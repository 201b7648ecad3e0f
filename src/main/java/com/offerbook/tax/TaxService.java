package com.offerbook.tax;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.Texts;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.YearFigures;
import com.offerbook.comp.tax.FilingStatus;
import com.offerbook.comp.tax.TaxCalculator;
import com.offerbook.comp.tax.TaxProblem;
import com.offerbook.comp.tax.TaxProfile;
import com.offerbook.comp.tax.TaxResult;
import com.offerbook.currencies.ExchangeRate;
import com.offerbook.currencies.ExchangeRates;
import com.offerbook.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;

/**
 * Tax profiles (everybody reads, administrators add versions), the regions they apply to, each user's tax settings,
 * and after-tax figures of a package. Knows no offer: callers hand it a package and the region it is taxed in.
 */
@Service
@Transactional(readOnly = true)
public class TaxService {

    private final StoredProfileRepository profiles;
    private final TaxRegionRepository regions;
    private final TaxSettingRepository settings;
    private final CostIndexRepository costIndexes;
    private final ExchangeRates rates;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TaxCaches caches;

    TaxService(
            StoredProfileRepository profiles,
            TaxRegionRepository regions,
            TaxSettingRepository settings,
            CostIndexRepository costIndexes,
            ExchangeRates rates,
            CurrentUser currentUser,
            Clock clock,
            TaxCaches caches) {
        this.profiles = profiles;
        this.regions = regions;
        this.settings = settings;
        this.costIndexes = costIndexes;
        this.rates = rates;
        this.currentUser = currentUser;
        this.clock = clock;
        this.caches = caches;
    }

    /** The newest version of every profile, newest tax year first. */
    public List<ProfileVersion> profiles() {
        return caches.profiles(() -> profiles.findNewestVersions().stream()
                .map(TaxService::toVersion)
                .toList());
    }

    /** Every version of one profile of one year, newest first; not found when there is none. */
    public List<ProfileVersion> history(String key, int taxYear) {
        var versions = profiles.findByKeyAndTaxYearOrderByVersionDesc(key, taxYear);
        if (versions.isEmpty()) {
            throw new NotFoundException("No tax profile " + Texts.excerpt(key) + " for " + taxYear);
        }
        return versions.stream().map(TaxService::toVersion).toList();
    }

    /** Each region that has tax profiles with the places whose profiles stack there, in order. */
    public Map<String, List<String>> regionPlaces() {
        var result = new LinkedHashMap<String, List<String>>();
        taxRegions().forEach(r -> result.put(r.region(), r.jurisdictions()));
        return result;
    }

    /** The regions that have tax profiles, as the region field names them. */
    public List<String> regions() {
        return taxRegions().stream().map(TaxRegion::region).toList();
    }

    /** Whether the signed-in user may add profile versions (administrators). */
    public boolean canChangeProfiles() {
        return currentUser.require().isAdmin();
    }

    /**
     * Stores a new version of a profile written by an administrator: the document is read, checked row by row, and
     * stored as the next version of its key and year. Nothing is stored when anything is wrong; the problems are
     * keyed "document" (cannot be read), "profile" or "rows[i]" (the row's position from 0).
     */
    @Transactional
    public ProfileVersion addVersion(String document) {
        var user = currentUser.require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only administrators change tax profiles");
        }
        if (document.length() > Limits.TAX_PROFILE_DOCUMENT_MAX) {
            throw problem(
                    "document",
                    "The document is longer than %,d characters".formatted(Limits.TAX_PROFILE_DOCUMENT_MAX));
        }
        TaxProfile read;
        try {
            read = TaxProfileJson.profile(document);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw problem("document", "Not a profile document: " + firstLine(unreadable.getMessage()));
        }
        var problems = new LinkedHashMap<String, String>();
        for (TaxProblem p : read.problems()) {
            problems.merge(
                    p.row() == TaxProblem.PROFILE ? "profile" : "rows[" + p.row() + "]",
                    p.message(),
                    (a, b) -> a + "; " + b);
        }
        if (read.taxYear() < Limits.TAX_YEAR_MIN || read.taxYear() > Limits.TAX_YEAR_MAX) {
            problems.merge(
                    "profile",
                    "The tax year must be between %d and %d".formatted(Limits.TAX_YEAR_MIN, Limits.TAX_YEAR_MAX),
                    (a, b) -> a + "; " + b);
        }
        if (read.key().isBlank()
                || read.key().length() > 60
                || read.jurisdiction().isBlank()
                || read.jurisdiction().length() > 20) {
            problems.merge(
                    "profile",
                    "A profile needs a key (at most 60 characters) and a jurisdiction code (at most" + " 20)",
                    (a, b) -> a + "; " + b);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int version = profiles.findFirstByKeyAndTaxYearOrderByVersionDesc(read.key(), read.taxYear())
                .map(p -> p.version() + 1)
                .orElse(1);
        var stored = profiles.saveAndFlush(new StoredProfile(
                read.key(),
                read.taxYear(),
                version,
                read.jurisdiction(),
                read.filingStatus(),
                TaxProfileJson.document(document, version),
                clock.instant(),
                user.username()));
        return toVersion(stored);
    }

    /** The signed-in user's filing status and tax year; single and the current year until they choose. */
    public TaxSettings settings() {
        return settings.findById(currentUser.id())
                .map(TaxSetting::toRecord)
                .orElseGet(() ->
                        new TaxSettings(FilingStatus.SINGLE, Year.now(clock).getValue()));
    }

    @Transactional
    public void saveSettings(TaxSettings changed) {
        if (changed.taxYear() < Limits.TAX_YEAR_MIN || changed.taxYear() > Limits.TAX_YEAR_MAX) {
            throw problem(
                    "taxYear",
                    "Choose a tax year between %d and %d".formatted(Limits.TAX_YEAR_MIN, Limits.TAX_YEAR_MAX));
        }
        var userId = currentUser.id();
        var row = settings.findById(userId).orElseGet(() -> new TaxSetting(userId));
        row.apply(changed);
        settings.saveAndFlush(row);
    }

    /** The user's own cost-of-living indexes, by region. */
    public List<CostOfLiving> costOfLiving() {
        return costIndexes.findByUserIdOrderByRegion(currentUser.id()).stream()
                .map(CostIndex::toRecord)
                .toList();
    }

    /**
     * Stores the user's index for a region (one of {@link #regions()}), replacing an older one. Problems are keyed
     * "region", "index", "asOf" and "source".
     */
    @Transactional
    public void saveCostOfLiving(CostOfLiving entry) {
        var problems = new LinkedHashMap<String, String>();
        var region = regions().stream()
                .filter(r -> r.equalsIgnoreCase(entry.region().strip()))
                .findFirst();
        if (region.isEmpty()) {
            problems.put("region", "Choose a region that has tax profiles: " + String.join(", ", regions()));
        }
        if (entry.index().signum() <= 0 || entry.index().compareTo(BigDecimal.valueOf(10_000)) > 0) {
            problems.put("index", "An index is above 0 and at most 10,000 (100 is your baseline)");
        } else if (entry.index().stripTrailingZeros().scale() > 2) {
            problems.put("index", "Use at most 2 decimals");
        }
        if (entry.asOf().isAfter(LocalDate.now(clock))) {
            problems.put("asOf", "The date cannot be in the future");
        }
        if (entry.source().length() > Limits.SOURCE_TITLE_MAX) {
            problems.put("source", "At most %d characters".formatted(Limits.SOURCE_TITLE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var userId = currentUser.id();
        var row = costIndexes
                .findByUserIdAndRegionName(userId, region.orElseThrow())
                .orElseGet(() -> new CostIndex(userId, region.orElseThrow()));
        row.apply(new CostOfLiving(
                region.orElseThrow(),
                entry.index(),
                entry.asOf(),
                entry.source().strip()));
        costIndexes.saveAndFlush(row);
    }

    @Transactional
    public void deleteCostOfLiving(String region) {
        costIndexes.findByUserIdAndRegionName(currentUser.id(), region).ifPresent(costIndexes::delete);
    }

    /**
     * The package after tax where it is taxed: {@code taxedAs} when given (an offer taxed elsewhere than its
     * region), else {@code region}. Every year uses the rules of the user's tax year.
     */
    public AfterTax afterTax(String region, @Nullable String taxedAs, CompPackage pkg) {
        return estimator().afterTax(region, taxedAs, pkg);
    }

    /**
     * After-tax figures for several packages of the signed-in user with the data read once: the user's settings and
     * cost indexes (two statements however many packages), the regions and the profiles of the user's tax year (kept
     * for every user, see {@link TaxCaches}).
     */
    public Estimator estimator() {
        var user = settings();
        var places = new LinkedHashMap<String, TaxRegion>();
        taxRegions().forEach(r -> places.put(r.region().toLowerCase(Locale.ROOT), r));
        var byJurisdiction = new LinkedHashMap<String, List<TaxProfile>>();
        profiles().stream()
                .map(ProfileVersion::profile)
                .filter(p -> p.taxYear() == user.taxYear())
                .filter(p -> p.filingStatus() == null || p.filingStatus() == user.filingStatus())
                .forEach(p -> byJurisdiction
                        .computeIfAbsent(p.jurisdiction(), j -> new ArrayList<>())
                        .add(p));
        var costs = new LinkedHashMap<String, CostOfLiving>();
        costIndexes
                .findByUserIdOrderByRegion(currentUser.id())
                .forEach(c -> costs.put(c.toRecord().region().toLowerCase(Locale.ROOT), c.toRecord()));
        return new Estimator(user, places, byJurisdiction, costs);
    }

    /** After-tax figures under one user's settings and the profiles read for them (see {@link #estimator()}). */
    public final class Estimator {

        private final TaxSettings user;
        private final Map<String, TaxRegion> places;
        private final Map<String, List<TaxProfile>> byJurisdiction;
        private final Map<String, CostOfLiving> costs;

        private Estimator(
                TaxSettings user,
                Map<String, TaxRegion> places,
                Map<String, List<TaxProfile>> byJurisdiction,
                Map<String, CostOfLiving> costs) {
            this.user = user;
            this.places = places;
            this.byJurisdiction = byJurisdiction;
            this.costs = costs;
        }

        /** As {@link TaxService#afterTax}. */
        public AfterTax afterTax(String region, @Nullable String taxedAs, CompPackage pkg) {
            var place = taxedAs == null || taxedAs.isBlank() ? region : taxedAs;
            var stack = stack(place);
            if (stack instanceof Stack.Missing(var reason)) {
                return new AfterTax.NoProfile(place, reason);
            }
            var found = (Stack.Found) stack;
            var currency = found.profiles().getFirst().currency();
            var rate = pkg.currency().equals(currency) ? null : rates.rate(pkg.currency(), currency);
            var years = new ArrayList<TaxResult>();
            for (YearFigures year : pkg.yearByYear()) {
                years.add(compute(year.total(), rate, found.profiles()));
            }
            return new AfterTax.Estimate(
                    found.region(),
                    user,
                    found.profiles().stream().map(TaxProfile::title).toList(),
                    rate,
                    compute(pkg.recurring(), rate, found.profiles()),
                    years,
                    equityNote(pkg.equityKind()),
                    costs.get(found.region().toLowerCase(Locale.ROOT)));
        }

        /**
         * One year's gross pay after tax where the offer is taxed (a projected year of the worth page), in the
         * profiles' currency; empty without a tax profile.
         */
        public Optional<TaxResult> takeHome(String region, @Nullable String taxedAs, Money gross) {
            var place = taxedAs == null || taxedAs.isBlank() ? region : taxedAs;
            if (!(stack(place) instanceof Stack.Found found)) {
                return Optional.empty();
            }
            var currency = found.profiles().getFirst().currency();
            var rate = gross.currency().equals(currency) ? null : rates.rate(gross.currency(), currency);
            return Optional.of(compute(gross, rate, found.profiles()));
        }

        private Stack stack(String place) {
            var region = places.get(place.strip().toLowerCase(Locale.ROOT));
            if (region == null) {
                return new Stack.Missing("No tax profile for this region");
            }
            var stack = new ArrayList<TaxProfile>();
            for (var jurisdiction : region.jurisdictions()) {
                var candidates = byJurisdiction.getOrDefault(jurisdiction, List.of());
                if (candidates.isEmpty()) {
                    return new Stack.Missing("No tax profile for %s in %d (%s)"
                            .formatted(
                                    jurisdiction,
                                    user.taxYear(),
                                    user.filingStatus().label().toLowerCase(Locale.ROOT)));
                }
                stack.add(candidates.getFirst());
            }
            if (stack.stream().map(TaxProfile::currency).distinct().count() != 1) {
                return new Stack.Missing("The tax profiles of " + place + " are in different currencies");
            }
            return new Stack.Found(region.region(), stack);
        }
    }

    private static TaxResult compute(Money gross, @Nullable ExchangeRate rate, List<TaxProfile> stack) {
        var wage = rate == null ? gross : rate.convert(gross).rounded();
        return TaxCalculator.compute(wage.isNegative() ? Money.zero(wage.currency()) : wage, stack);
    }

    private sealed interface Stack {
        record Found(String region, List<TaxProfile> profiles) implements Stack {}

        record Missing(String reason) implements Stack {}
    }

    private static String equityNote(EquityKind kind) {
        return switch (kind) {
            case NONE -> "";
            case PUBLIC_RSU, PRIVATE_RSU -> "Stock units are taxed as wages when they vest, at their value then.";
            case OPTIONS ->
                "Options: the spread is taxed as wages, assumed exercised as they vest. Incentive stock options and the"
                        + " alternative minimum tax are not covered.";
            case PROFIT_UNITS ->
                "Profit units: assumed taxed as wages in the year they vest. How a sale at a tender is taxed depends"
                        + " on the plan; this estimate does not know it.";
        };
    }

    private List<TaxRegion> taxRegions() {
        return caches.regions(regions::findAllByOrderByRegion);
    }

    private static ProfileVersion toVersion(StoredProfile stored) {
        return new ProfileVersion(
                TaxProfileJson.profile(stored.document(), stored.version()),
                stored.changedAt(),
                stored.changedBy(),
                stored.document());
    }

    private static InvalidInputException problem(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        // Our own words with at most short excerpts of the document (TaxProfileJson), or Jackson's first line.
        int end = Math.min(message.indexOf('\n') < 0 ? message.length() : message.indexOf('\n'), 300);
        return message.substring(0, end);
    }
}
