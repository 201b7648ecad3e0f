package com.offerbook.transfer;

import com.offerbook.bands.BandDetails;
import com.offerbook.bands.BandFilter;
import com.offerbook.bands.BandService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.OfferDetails;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Exports all of the signed-in user's data as JSON, and imports such a file into an empty account. */
@Service
@Transactional(readOnly = true)
public class UserDataService {

    static final int MAX_OFFERS = 10_000;

    private final OfferService offers;
    private final BandService bands;
    private final NegotiationService negotiation;
    private final JsonMapper json = JsonMapper.builder().build();

    UserDataService(OfferService offers, BandService bands, NegotiationService negotiation) {
        this.offers = offers;
        this.bands = bands;
        this.negotiation = negotiation;
    }

    public UserData export() {
        var history = new ArrayList<>(
                offers.getAll(offers.list(OfferFilter.none(), PageRequest.of(0, MAX_OFFERS, OfferService.RECENT_FIRST))
                        .map(OfferSummary::id)
                        .toList()));
        history.sort(java.util.Comparator.comparingLong(OfferDetails::id)); // creation order, which an import keeps
        var offerIndex = new HashMap<Long, Integer>();
        var offerData = new ArrayList<UserData.Offer>();
        for (var offer : history) {
            offerIndex.put(offer.id(), offerData.size());
            offerData.add(new UserData.Offer(
                    offer.details(),
                    offer.revisions().stream().map(OfferDetails.Revision::draft).toList()));
        }
        var privateBands = bands.list(
                        new BandFilter("", "", "", "", "", BandFilter.Scope.PRIVATE),
                        PageRequest.of(0, 100_000, org.springframework.data.domain.Sort.by("id")))
                .getContent();
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
        plans.sort(java.util.Comparator.comparingInt(UserData.Plan::offer));
        return new UserData(
                UserData.FORMAT,
                offerData,
                privateBands.stream().map(BandDetails::draft).toList(),
                own.stream()
                        .map(l -> new UserData.OwnLever(l.name(), l.lowPercent(), l.highPercent(), l.rationale()))
                        .toList(),
                plans);
    }

    public void writeJson(OutputStream out) {
        json.writerWithDefaultPrettyPrinter().writeValue(out, export());
    }

    /** Reads a file written by {@link #writeJson}; a file that is not one is refused with a message. */
    public UserData readJson(InputStream in) {
        try {
            var data = json.readValue(in, UserData.class);
            if (data.format() != UserData.FORMAT) {
                throw new InvalidInputException(Map.of(
                        "file",
                        "This file has format " + data.format() + "; Offerbook reads format " + UserData.FORMAT));
            }
            return data;
        } catch (JacksonException e) {
            throw new InvalidInputException(
                    Map.of("file", "This is not an Offerbook data file: " + e.getOriginalMessage()));
        }
    }

    /**
     * Recreates everything in the signed-in user's account, which must hold no offers and no private bands yet.
     * All or nothing: any invalid part rolls the whole import back.
     */
    @Transactional
    public void importInto(UserData data) {
        if (offers.count() > 0
                || !bands.list(new BandFilter("", "", "", "", "", BandFilter.Scope.PRIVATE), PageRequest.of(0, 1))
                        .isEmpty()) {
            throw new InvalidInputException(
                    Map.of("file", "Import into an empty account: this one already has offers or private bands"));
        }
        var offerIds = new ArrayList<Long>();
        for (var offer : data.offers()) {
            if (offer.revisions().isEmpty()) {
                throw new InvalidInputException(Map.of("file", "An offer without revisions: the file is damaged"));
            }
            long id = offers.create(offer.details(), offer.revisions().getFirst());
            offer.revisions().stream().skip(1).forEach(revision -> offers.addRevision(id, revision));
            offerIds.add(id);
        }
        var bandIds = new ArrayList<Long>();
        for (var band : data.privateBands()) {
            bandIds.add(bands.create(band).id());
        }
        var leverIds = new ArrayList<Long>();
        for (var lever : data.levers()) {
            leverIds.add(negotiation
                    .addLever(lever.name(), lever.lowPercent(), lever.highPercent(), lever.rationale())
                    .id());
        }
        for (var plan : data.plans()) {
            Long band = plan.band().isEmpty()
                    ? null
                    : plan.band().startsWith("private:")
                            ? bandIds.get(Integer.parseInt(plan.band().substring(8)))
                            : Long.valueOf(plan.band().substring(7));
            var levers = plan.levers().stream()
                    .map(ref -> ref.startsWith("own:")
                            ? leverIds.get(Integer.parseInt(ref.substring(4)))
                            : Long.valueOf(ref.substring(7)))
                    .toList();
            negotiation.save(
                    offerIds.get(plan.offer()),
                    plan.settings()
                            .applyTo(PlanSettings.defaults(band)
                                    .withCompeting(
                                            plan.competing().stream()
                                                    .map(offerIds::get)
                                                    .toList(),
                                            plan.mentioned().stream()
                                                    .map(offerIds::get)
                                                    .toList())
                                    .withLevers(levers)));
        }
    }
}
