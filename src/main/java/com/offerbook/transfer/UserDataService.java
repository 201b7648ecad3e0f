package com.offerbook.transfer;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandFilter;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.journal.JournalService;
import com.offerbook.negotiation.Lever;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.BenefitsDraft;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import com.offerbook.security.CurrentUser;
import com.offerbook.tax.TaxService;
import com.offerbook.valuation.ValuationService;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports all of the signed-in user's data as JSON, and imports such a file into an empty account. Both are bounded
 * by the same per-kind limits ({@link Limits}): an export of an account holding more is refused with a message rather
 * than cut short, and an import checks the whole file (counts, required values, references) before it saves
 * anything, naming the entry at fault.
 */
@Service
@Transactional(readOnly = true)
public class UserDataService {

    /** The fields of an offer's details, to tell them from those of its first revision in a refusal. */
    private static final Set<String> DETAILS = Arrays.stream(OfferDraft.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());

    private final OfferService offers;
    private final BandService bands;
    private final NegotiationService negotiation;
    private final ValuationService valuation;
    private final TaxService tax;
    private final JournalService journal;
    private final CurrentUser currentUser;

    UserDataService(
            OfferService offers,
            BandService bands,
            NegotiationService negotiation,
            ValuationService valuation,
            TaxService tax,
            JournalService journal,
            CurrentUser currentUser) {
        this.offers = offers;
        this.journal = journal;
        this.tax = tax;
        this.bands = bands;
        this.negotiation = negotiation;
        this.valuation = valuation;
        this.currentUser = currentUser;
    }

    /**
     * Why this account cannot be exported as one file (it holds more of a kind than a file carries), or empty.
     * The page asks before it offers the download, and {@link #export()} refuses with the same words.
     */
    public Optional<String> exportRefusal() {
        long offerCount = offers.count();
        if (offerCount > Limits.IMPORT_MAX_OFFERS) {
            return Optional.of(tooMany(offerCount, "offers", Limits.IMPORT_MAX_OFFERS));
        }
        int bandCount = privateBands(Limits.IMPORT_MAX_BANDS + 1).size();
        if (bandCount > Limits.IMPORT_MAX_BANDS) {
            return Optional.of(tooMany(bandCount, "private bands", Limits.IMPORT_MAX_BANDS)
                    + " Export your bands as CSV from the Bands page instead.");
        }
        long leverCount = negotiation.levers().stream().filter(l -> !l.shared()).count();
        if (leverCount > Limits.IMPORT_MAX_LEVERS) {
            return Optional.of(tooMany(leverCount, "levers", Limits.IMPORT_MAX_LEVERS));
        }
        long entryCount = journal.all().size();
        if (entryCount > Limits.IMPORT_MAX_LOG_ENTRIES) {
            return Optional.of(tooMany(entryCount, "log entries", Limits.IMPORT_MAX_LOG_ENTRIES));
        }
        return Optional.empty();
    }

    private static String tooMany(long count, String what, int max) {
        return "This account holds %,d %s; one data file carries at most %,d, so nothing was exported."
                .formatted(count, what, max);
    }

    /** Everything the user owns, or a refusal ({@link #exportRefusal()}); never a part of it. */
    public UserData export() {
        exportRefusal().ifPresent(refusal -> {
            throw new InvalidInputException(Map.of("file", refusal));
        });
        var history = new ArrayList<>(offers.getAll(
                offers.list(OfferFilter.none(), PageRequest.of(0, Limits.IMPORT_MAX_OFFERS, OfferService.RECENT_FIRST))
                        .map(OfferSummary::id)
                        .toList()));
        long revisionCount =
                history.stream().mapToLong(o -> o.revisions().size()).sum();
        var crowded = history.stream()
                .filter(o -> o.revisions().size() > Limits.IMPORT_MAX_REVISIONS_PER_OFFER)
                .findFirst();
        if (crowded.isPresent() || revisionCount > Limits.IMPORT_MAX_REVISIONS) {
            throw new InvalidInputException(Map.of(
                    "file",
                    crowded.isPresent()
                            ? "The offer %s has %,d revisions; one data file carries at most %,d per offer, so nothing was exported."
                                    .formatted(
                                            crowded.get().label(),
                                            crowded.get().revisions().size(),
                                            Limits.IMPORT_MAX_REVISIONS_PER_OFFER)
                            : tooMany(revisionCount, "revisions", Limits.IMPORT_MAX_REVISIONS)));
        }
        history.sort(Comparator.comparingLong(OfferDetails::id)); // creation order, which an import keeps
        var offerIndex = new HashMap<Long, Integer>();
        var offerData = new ArrayList<UserData.Offer>();
        for (var offer : history) {
            offerIndex.put(offer.id(), offerData.size());
            offerData.add(new UserData.Offer(
                    offer.details(),
                    offer.revisions().stream().map(OfferDetails.Revision::draft).toList(),
                    offer.taxedAs(),
                    offer.benefits().isNone() ? null : BenefitsDraft.from(offer.benefits())));
        }
        var privateBands = privateBands(Limits.IMPORT_MAX_BANDS);
        var bandIndex = new HashMap<Long, Integer>();
        for (int i = 0; i < privateBands.size(); i++) {
            bandIndex.put(privateBands.get(i).id(), i);
        }
        var own = negotiation.levers().stream().filter(l -> !l.shared()).toList();
        var leverIndex = new HashMap<Long, Integer>();
        for (int i = 0; i < own.size(); i++) {
            leverIndex.put(own.get(i).id(), i);
        }
        var plans = new ArrayList<UserData.Plan>();
        negotiation.allPlans().forEach((offerId, s) -> {
            if (!offerIndex.containsKey(offerId)) {
                return;
            }
            String band = s.bandId() == null
                    ? ""
                    : bandIndex.containsKey(s.bandId())
                            ? "private:" + bandIndex.get(s.bandId())
                            : "shared:" + s.bandId();
            plans.add(new UserData.Plan(
                    offerIndex.get(offerId),
                    band,
                    s.competingOfferIds().stream()
                            .filter(offerIndex::containsKey)
                            .map(offerIndex::get)
                            .toList(),
                    s.mentionedOfferIds().stream()
                            .filter(offerIndex::containsKey)
                            .map(offerIndex::get)
                            .toList(),
                    s.leverIds().stream()
                            .map(id -> leverIndex.containsKey(id) ? "own:" + leverIndex.get(id) : "shared:" + id)
                            .toList(),
                    UserData.PlanNumbers.of(s)));
        });
        plans.sort(Comparator.comparingInt(UserData.Plan::offer));
        var assumptions = new ArrayList<UserData.OfferAssumptions>();
        valuation.allOfferAssumptions().forEach((offerId, draft) -> {
            if (offerIndex.containsKey(offerId)) {
                assumptions.add(new UserData.OfferAssumptions(offerIndex.get(offerId), draft));
            }
        });
        assumptions.sort(Comparator.comparingInt(UserData.OfferAssumptions::offer));
        var log = new ArrayList<UserData.LogEntry>();
        for (var entry : journal.all()) {
            var position = offerIndex.get(entry.offerId());
            if (position != null) {
                log.add(new UserData.LogEntry(position, entry.draft()));
            }
        }
        return new UserData(
                UserData.FORMAT,
                offerData,
                privateBands.stream().map(BandDetails::draft).toList(),
                own.stream()
                        .map(l -> new UserData.OwnLever(l.name(), l.lowPercent(), l.highPercent(), l.rationale()))
                        .toList(),
                plans,
                assumptions,
                valuation.defaults().entrySet().stream()
                        .map(e -> new UserData.Default(e.getKey(), e.getValue()))
                        .toList(),
                valuation.currentJob().orElse(null),
                tax.settings(),
                tax.costOfLiving(),
                log);
    }

    /** The user's private bands in creation order, at most {@code max}. */
    private List<BandDetails> privateBands(int max) {
        return bands.list(BandFilter.none().withScope(BandFilter.Scope.PRIVATE), PageRequest.of(0, max, Sort.by("id")))
                .getContent();
    }

    public void writeJson(OutputStream out) {
        UserDataJson.write(out, export());
    }

    /**
     * Reads a file written by {@link #writeJson}; a file that is not one, or one with a number, a text or nesting
     * beyond the bounds, is refused with a message naming the entry and line.
     */
    public UserData readJson(InputStream in) {
        return UserDataJson.read(in);
    }

    /**
     * Recreates everything in the signed-in user's account, which must hold no offers and no private bands yet.
     * The whole file is checked first (counts per kind, required values, every reference, shared bands and levers
     * that exist, shared bands only from administrators), each problem naming its entry; a rule a service finds
     * while saving is named the same way. All or nothing: any refusal rolls the whole import back.
     */
    @Transactional
    public void importInto(UserData data) {
        var problems = new LinkedHashMap<>(
                UserDataCheck.problems(data, currentUser.require().isAdmin()));
        if (problems.isEmpty()) {
            problems.putAll(missingShared(data));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (offers.count() > 0
                || !bands.list(BandFilter.none().withScope(BandFilter.Scope.PRIVATE), PageRequest.of(0, 1))
                        .isEmpty()
                || valuation.currentJob().isPresent()
                || !valuation.defaults().isEmpty()) {
            throw new InvalidInputException(Map.of(
                    "file",
                    "Import into an empty account: this one already has offers, private bands, a job to leave or "
                            + "default assumptions"));
        }
        var offerIds = new ArrayList<Long>();
        for (int i = 0; i < data.offers().size(); i++) {
            var offer = data.offers().get(i);
            if (offer.revisions().isEmpty()) {
                throw new InvalidInputException(
                        Map.of("offers[" + i + "]", "offers[" + i + "]: an offer without revisions"));
            }
            var at = "offers[" + i + "]";
            long id = at(
                    field -> DETAILS.contains(field) ? at + ".details" : at + ".revisions[0]",
                    () -> offers.create(offer.details(), offer.revisions().getFirst()));
            for (int j = 1; j < offer.revisions().size(); j++) {
                var revision = offer.revisions().get(j);
                at(at + ".revisions[" + j + "]", () -> offers.addRevision(id, revision));
            }
            offerIds.add(id);
        }
        var bandIds = new ArrayList<Long>();
        for (int i = 0; i < data.privateBands().size(); i++) {
            var band = data.privateBands().get(i);
            bandIds.add(at("privateBands[" + i + "]", () -> bands.create(band).id()));
        }
        var leverIds = new ArrayList<Long>();
        for (int i = 0; i < data.levers().size(); i++) {
            var lever = data.levers().get(i);
            leverIds.add(at(
                    "levers[" + i + "]",
                    () -> negotiation
                            .addLever(lever.name(), lever.lowPercent(), lever.highPercent(), lever.rationale())
                            .id()));
        }
        for (int i = 0; i < data.plans().size(); i++) {
            var plan = data.plans().get(i);
            var s = plan.settings();
            var settings = s.applyTo(
                    PlanSettings.defaults(plan.band().isEmpty() ? null : resolve(plan.band(), "private:", bandIds))
                            .withCompeting(
                                    plan.competing().stream().map(offerIds::get).toList(),
                                    plan.mentioned().stream().map(offerIds::get).toList())
                            .withLevers(plan.levers().stream()
                                    .map(ref -> resolve(ref, "own:", leverIds))
                                    .toList()));
            at("plans[" + i + "].settings", () -> negotiation.save(offerIds.get(plan.offer()), settings));
        }
        for (int i = 0; i < data.assumptions().size(); i++) {
            var own = data.assumptions().get(i);
            at("assumptions[" + i + "].assumptions", () -> {
                valuation.saveAssumptions(offerIds.get(own.offer()), own.assumptions());
                return own;
            });
        }
        for (int i = 0; i < data.defaults().size(); i++) {
            var kind = data.defaults().get(i);
            at("defaults[" + i + "].assumptions", () -> {
                valuation.saveDefault(kind.equityKind(), kind.assumptions());
                return kind;
            });
        }
        var job = data.currentJob();
        if (job != null) {
            at("currentJob", () -> {
                valuation.saveCurrentJob(job);
                return job;
            });
        }
        for (int i = 0; i < data.offers().size(); i++) {
            var offer = data.offers().get(i);
            long id = offerIds.get(i);
            var taxedAs = offer.taxedAs();
            if (taxedAs != null) {
                at("offers[" + i + "].taxedAs", () -> {
                    offers.taxAs(id, taxedAs);
                    return taxedAs;
                });
            }
            var benefits = offer.benefits();
            if (benefits != null) {
                at("offers[" + i + "].benefits", () -> {
                    offers.saveBenefits(id, benefits);
                    return benefits;
                });
            }
        }
        var settings = data.taxSettings();
        if (settings != null) {
            at("taxSettings", () -> {
                tax.saveSettings(settings);
                return settings;
            });
        }
        for (int i = 0; i < data.costOfLiving().size(); i++) {
            var index = data.costOfLiving().get(i);
            at("costOfLiving[" + i + "]", () -> {
                tax.saveCostOfLiving(index);
                return index;
            });
        }
        for (int i = 0; i < data.log().size(); i++) {
            var entry = data.log().get(i);
            at("log[" + i + "].entry", () -> journal.add(offerIds.get(entry.offer()), entry.entry()));
        }
    }

    /** A checked reference: a position in the file ({@code local} prefix) or a shared id. */
    private static Long resolve(String reference, String local, List<Long> ids) {
        return reference.startsWith(local)
                ? ids.get(Integer.parseInt(reference.substring(local.length())))
                : Long.valueOf(reference.substring(UserDataCheck.SHARED.length()));
    }

    /** Shared bands and levers the file names by id that this server does not have (or this user cannot see). */
    private Map<String, String> missingShared(UserData data) {
        var problems = new LinkedHashMap<String, String>();
        var sharedLevers = negotiation.levers().stream()
                .filter(Lever::shared)
                .map(Lever::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < data.plans().size() && problems.size() < UserDataCheck.MAX_PROBLEMS; i++) {
            var plan = data.plans().get(i);
            if (plan.band().startsWith(UserDataCheck.SHARED)) {
                long id = Long.parseLong(plan.band().substring(UserDataCheck.SHARED.length()));
                if (!isSharedBand(id)) {
                    var at = "plans[" + i + "].band";
                    problems.put(at, at + ": there is no shared band " + id + " on this server");
                }
            }
            for (int j = 0; j < plan.levers().size(); j++) {
                var reference = plan.levers().get(j);
                if (reference.startsWith(UserDataCheck.SHARED)
                        && !sharedLevers.contains(Long.valueOf(reference.substring(UserDataCheck.SHARED.length())))) {
                    var at = "plans[" + i + "].levers[" + j + "]";
                    problems.put(at, at + ": there is no shared lever " + reference.substring(7) + " on this server");
                }
            }
        }
        return problems;
    }

    private boolean isSharedBand(long id) {
        try {
            return bands.get(id).draft().shared();
        } catch (NotFoundException gone) {
            return false;
        }
    }

    /** Runs one save of the import; a refusal names the entry it came from. */
    private static <T> T at(String entry, Supplier<T> save) {
        return at(field -> entry, save);
    }

    /** Runs one save of the import; a refusal names the entry of each field ({@code entryOf}) it came from. */
    private static <T> T at(UnaryOperator<String> entryOf, Supplier<T> save) {
        try {
            return save.get();
        } catch (InvalidInputException refused) {
            var named = new LinkedHashMap<String, String>();
            refused.problems().forEach((field, message) -> {
                var at = entryOf.apply(field) + "." + field;
                named.put(at, at + ": " + message);
            });
            throw new InvalidInputException(named);
        } catch (NotFoundException | AccessDeniedException refused) {
            var at = entryOf.apply("");
            throw new InvalidInputException(Map.of(at, at + ": refers to something this account cannot use"));
        }
    }
}
