package com.offerbook.offers;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandMatch;
import com.offerbook.bands.BandService;
import com.offerbook.bands.MatchCriteria;
import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.Money;
import com.offerbook.comp.PackageChange;
import com.offerbook.currencies.ExchangeRates;
import com.offerbook.security.CurrentUser;
import com.offerbook.tax.TaxService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's offers and their revisions. Every method works only on the caller's own offers: an id
 * of someone else's offer is answered with {@link NotFoundException}, exactly like an id that does not exist.
 *
 * <p>Reading: {@link #list} pages through summaries (the grid, or with {@link #RECENT_FIRST} the most recently
 * changed offers); {@link #get} and {@link #getAll} read one or several offers with their whole history, and
 * {@link #getWithBand} and {@link #getAllWithBands} add where each sits in its band. Several offers are always
 * read with a fixed number of queries, whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class OfferService {

    /** Sorts {@link #list} by last change, newest first: "the most recent offers". */
    public static final Sort RECENT_FIRST = Sort.by(Sort.Direction.DESC, "lastChangeAt");

    private final OfferRepository offers;
    private final BandService bands;
    private final ExchangeRates rates;
    private final TaxService tax;
    private final CurrentUser currentUser;
    private final Clock clock;

    OfferService(
            OfferRepository offers,
            BandService bands,
            ExchangeRates rates,
            TaxService tax,
            CurrentUser currentUser,
            Clock clock) {
        this.offers = offers;
        this.tax = tax;
        this.bands = bands;
        this.rates = rates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * An offer with its history, and where its latest revision sits in its band (pinned, same company, or equivalent
     * level), converted to the band's currency with the stored rate when needed; null when no band matches.
     */
    public record WithBand(OfferDetails offer, @Nullable BandComparison band) {}

    /** One offer with its history and band comparison, read once (see {@link #getAllWithBands}). */
    public WithBand getWithBand(long offerId) {
        return getAllWithBands(List.of(offerId)).getFirst();
    }

    /**
     * Several offers with their history and band comparison, in the order asked: the offers are read once and
     * matched together. Not found when any id is not one of the user's offers.
     */
    public List<WithBand> getAllWithBands(List<Long> offerIds) {
        var loaded = loadAll(offerIds);
        var matches = bands.matchAll(loaded.stream().map(OfferService::criteria).toList());
        var result = new ArrayList<WithBand>(loaded.size());
        for (int i = 0; i < loaded.size(); i++) {
            var offer = loaded.get(i);
            result.add(new WithBand(
                    toDetails(offer),
                    matches.get(i).map(match -> compare(offer, match)).orElse(null)));
        }
        return result;
    }

    /** The levels at other companies that are the same tier as this offer's level (without reading the offer again). */
    public List<String> equivalentLevels(OfferDetails offer) {
        var d = offer.details();
        return bands.equivalentLevels(
                criteria(d.company(), d.roleTitle(), d.roleFamily(), d.levelLabel(), d.region(), null));
    }

    /** Compares the offer with a band of the user's choice from now on; {@code null} goes back to automatic matching. */
    @Transactional
    public void pinBand(long offerId, @Nullable Long bandId) {
        var offer = load(offerId);
        if (bandId != null) {
            bands.get(bandId); // not found unless the user can see it
        }
        offer.pinBand(bandId);
        offers.flush();
    }

    private static MatchCriteria criteria(Offer offer) {
        return criteria(
                offer.getCompany(),
                offer.getRoleTitle(),
                offer.getRoleFamily(),
                offer.getLevelLabel(),
                offer.getRegion(),
                offer.getPinnedBandId());
    }

    /** An offer without a role family is matched by its role title. */
    private static MatchCriteria criteria(
            String company,
            String roleTitle,
            String roleFamily,
            String level,
            String region,
            @Nullable Long pinnedBandId) {
        return new MatchCriteria(company, roleFamily.isBlank() ? roleTitle : roleFamily, level, region, pinnedBandId);
    }

    private BandComparison compare(Offer offer, BandMatch match) {
        var band = match.band();
        var p = offer.getRevisions().getLast().toPackage();
        var target = band.currency();
        var rate = rates.rate(p.currency(), target);
        Function<Money, Money> toBand = rate::convert;
        var notes = new ArrayList<String>();
        var positions = new ArrayList<BandComparison.Position>();
        add(positions, band, BandDetails.Component.BASE, toBand.apply(p.base()));
        var bandYears = band.draft().equityVestingYears();
        var grant = p.equityGrant();
        if (p.vesting().years() != bandYears) {
            grant = grant.dividedBy(BigDecimal.valueOf(p.vesting().years())).times(BigDecimal.valueOf(bandYears));
            notes.add("The grant vests over %d years and the band states %d: it is compared as %s over %d years."
                    .formatted(
                            p.vesting().years(),
                            bandYears,
                            toBand.apply(grant).rounded().format(),
                            bandYears));
        }
        add(positions, band, BandDetails.Component.EQUITY, toBand.apply(grant));
        add(positions, band, BandDetails.Component.BONUS, toBand.apply(p.annualBonus()));
        add(positions, band, BandDetails.Component.TOTAL, toBand.apply(p.recurring()));
        return new BandComparison(match, List.copyOf(positions), rate.isIdentity() ? null : rate, List.copyOf(notes));
    }

    private static void add(
            List<BandComparison.Position> positions, BandDetails band, BandDetails.Component component, Money value) {
        var range = band.range(component);
        if (range != null) {
            positions.add(new BandComparison.Position(
                    component, BandPosition.of(value, band.money(range.min()), band.money(range.max()))));
        }
    }

    public Slice<OfferSummary> list(OfferFilter filter, Pageable pageable) {
        var pattern = pattern(filter.search());
        var company = filter.company() == null || filter.company().isBlank() ? null : filter.company();
        return offers.search(currentUser.id(), filter.status(), company, pattern, pageable)
                .map(OfferService::toSummary);
    }

    /**
     * A page of the names of the user's offers whose company, role or level contains {@code typed} (ignoring case),
     * most recently changed first: a picker's choices.
     */
    public List<OfferName> names(String typed, Pageable page) {
        return offers.findNames(currentUser.id(), pattern(typed), page);
    }

    /** The names of those of these offers that are the user's, in no particular order. */
    public List<OfferName> namesOf(Collection<Long> offerIds) {
        return offerIds.isEmpty() ? List.of() : offers.findNamesOf(currentUser.id(), offerIds);
    }

    /** A LIKE pattern for text that contains what was typed (its own % and _ taken as nothing); empty for any. */
    private static String pattern(String typed) {
        var search = typed.strip().toLowerCase(Locale.ROOT);
        return search.isEmpty() ? "" : "%" + search.replace("%", "").replace("_", "") + "%";
    }

    /** The user's offers whose deadline falls between the two days (both included), whatever their status. */
    public List<OfferDeadline> withDeadlineBetween(LocalDate from, LocalDate to) {
        return offers.findDeadlines(currentUser.id(), from, to);
    }

    /** Those of these offers that are the user's, in no particular order; ids of other users' offers find nothing. */
    public List<OfferSummary> summaries(Collection<Long> offerIds) {
        return offerIds.isEmpty()
                ? List.of()
                : offers.findByOwnerIdAndIdIn(currentUser.id(), offerIds).stream()
                        .map(OfferService::toSummary)
                        .toList();
    }

    public long count() {
        return offers.countByOwnerId(currentUser.id());
    }

    public List<String> companies() {
        return offers.findCompanies(currentUser.id());
    }

    /** Several offers with their history, in the order asked, in one query; not found when any is not the user's. */
    public List<OfferDetails> getAll(List<Long> offerIds) {
        return loadAll(offerIds).stream().map(OfferService::toDetails).toList();
    }

    /** One offer with its history; its latest revision is where a new one starts from. */
    public OfferDetails get(long offerId) {
        return toDetails(load(offerId));
    }

    /**
     * The start of a new offer's first revision, dated today: nothing assumed that the user did not enter (no cliff,
     * clawback or signing bonus until chosen; see {@link RevisionDraft#empty}).
     */
    public RevisionDraft emptyRevision() {
        return RevisionDraft.empty(LocalDate.now(clock));
    }

    /**
     * Records a new offer together with its first revision. Returns the new offer's id. A clawback is stored only
     * with a signing bonus payment, and a cliff left unchosen on a package without equity is stored as none.
     */
    @Transactional
    public long create(OfferDraft details, RevisionDraft firstRevision) {
        requireValid(details, firstRevision);
        var now = clock.instant();
        var offer = new Offer(currentUser.id(), details, now);
        offer.addRevision(firstRevision, now);
        return Objects.requireNonNull(offers.saveAndFlush(offer).getId());
    }

    /**
     * Changes an offer's details (not its revisions). {@code expectedVersion} is the version the user started
     * editing; if the offer was saved since, nothing changes and {@link ConcurrentEditException} says so.
     */
    @Transactional
    public void update(long offerId, long expectedVersion, OfferDraft details) {
        requireValid(OfferRules.check(details));
        var offer = load(offerId);
        if (offer.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (!offer.getCurrency().equals(details.currency())) {
            throw new InvalidInputException(Map.of(
                    "currency",
                    "The currency of an offer with revisions cannot change: its amounts were entered in "
                            + offer.getCurrency()));
        }
        offer.apply(details, clock.instant());
        try {
            offers.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    /** Adds a revision after the latest one. Returns the new revision's id. */
    @Transactional
    public long addRevision(long offerId, RevisionDraft draft) {
        requireValid(OfferRules.check(draft));
        var offer = load(offerId);
        var revision = offer.addRevision(draft, clock.instant());
        offers.flush(); // the offer is managed: flushing persists the new revision and assigns its id
        return Objects.requireNonNull(revision.getId());
    }

    /**
     * Taxes an offer as another region than its own (one of {@link TaxService#regions()}), or as its own again when
     * {@code region} is null or blank. Changes no revision.
     */
    @Transactional
    public void taxAs(long offerId, @Nullable String region) {
        var offer = load(offerId);
        if (region == null || region.isBlank() || region.strip().equalsIgnoreCase(offer.getRegion())) {
            offer.taxAs(null, clock.instant());
        } else {
            var known = tax.regions().stream()
                    .filter(name -> name.equalsIgnoreCase(region.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(Map.of(
                            "taxedAs",
                            "No tax profile for this region; choose one of " + String.join(", ", tax.regions()))));
            offer.taxAs(known, clock.instant());
        }
        offers.flush();
    }

    /** Stores an offer's yearly benefits (in its currency) after checking them; changes no revision. */
    @Transactional
    public void saveBenefits(long offerId, BenefitsDraft benefits) {
        requireValid(OfferRules.check(benefits));
        var offer = load(offerId);
        offer.setBenefits(benefits.in(Currency.getInstance(offer.getCurrency())), clock.instant());
        offers.flush();
    }

    @Transactional
    public void delete(long offerId) {
        offers.delete(load(offerId));
        offers.flush();
    }

    /** Deletes one revision; the only revision of an offer cannot be deleted (delete the offer instead). */
    @Transactional
    public void deleteRevision(long offerId, long revisionId) {
        var offer = load(offerId);
        var revision = offer.getRevisions().stream()
                .filter(r -> Objects.equals(r.getId(), revisionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Revision"));
        if (offer.getRevisions().size() == 1) {
            throw new InvalidInputException(
                    Map.of("revision", "This is the only revision of the offer. Delete the offer instead."));
        }
        offer.removeRevision(revision, clock.instant());
        offers.flush();
    }

    private Offer load(long offerId) {
        return offers.findByIdAndOwnerId(offerId, currentUser.id()).orElseThrow(() -> new NotFoundException("Offer"));
    }

    private List<Offer> loadAll(List<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, Offer>();
        offers.findWithRevisions(currentUser.id(), offerIds).forEach(o -> byId.put(o.getId(), o));
        return offerIds.stream()
                .map(id -> {
                    var offer = byId.get(id);
                    if (offer == null) {
                        throw new NotFoundException("Offer");
                    }
                    return offer;
                })
                .toList();
    }

    private static void requireValid(OfferDraft details, RevisionDraft revision) {
        var problems = new LinkedHashMap<>(OfferRules.check(details));
        problems.putAll(OfferRules.check(revision));
        requireValid(problems);
    }

    private static void requireValid(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static OfferSummary toSummary(Offer offer) {
        return new OfferSummary(
                Objects.requireNonNull(offer.getId()),
                offer.getCompany(),
                offer.getRoleTitle(),
                offer.getLevelLabel(),
                offer.getLocation(),
                offer.getStatus(),
                new Money(offer.getLatestRecurring(), Currency.getInstance(offer.getCurrency())),
                offer.getLastChangeAt(),
                offer.getDeadline());
    }

    static OfferDetails toDetails(Offer offer) {
        var revisions = new ArrayList<OfferDetails.Revision>();
        OfferDetails.Revision previous = null;
        for (var revision : offer.getRevisions()) {
            var compPackage = revision.toPackage();
            var change = previous == null ? null : PackageChange.between(previous.compPackage(), compPackage);
            var current = new OfferDetails.Revision(
                    Objects.requireNonNull(revision.getId()),
                    revision.getSequenceNo(),
                    revision.toDraft(),
                    compPackage,
                    compPackage.headline(),
                    change);
            revisions.add(current);
            previous = current;
        }
        var details = new OfferDraft(
                offer.getCompany(),
                offer.getRoleTitle(),
                offer.getRoleFamily(),
                offer.getLevelLabel(),
                offer.getLocation(),
                offer.getRegion(),
                offer.getCurrency(),
                offer.getStatus(),
                offer.getDeadline(),
                offer.getNotes());
        return new OfferDetails(
                Objects.requireNonNull(offer.getId()),
                offer.getVersion(),
                details,
                List.copyOf(revisions),
                offer.getTaxRegion(),
                offer.getBenefits());
    }
}
