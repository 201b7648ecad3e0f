package com.offerbook.transfer;

import com.offerbook.bands.BandDraft;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.RevisionDraft;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a user owns, as one JSON document: offers with all revisions, private bands, own levers and plans.
 * Plans refer to offers by their position in {@link #offers()}, to private bands and own levers by position
 * prefixed with "private:"/"own:", and to shared bands and levers by id (they are the same on this server).
 */
public record UserData(
        int format, List<Offer> offers, List<BandDraft> privateBands, List<OwnLever> levers, List<Plan> plans) {

    public static final int FORMAT = 1;

    /** An offer and its history, oldest revision first. */
    public record Offer(OfferDraft details, List<RevisionDraft> revisions) {}

    /** A premium lever of the user's own. */
    public record OwnLever(String name, BigDecimal lowPercent, BigDecimal highPercent, String rationale) {}

    /** A plan: the offer's position, and the settings with references made portable. */
    public record Plan(
            int offer,
            String band,
            List<Integer> competing,
            List<Integer> mentioned,
            List<String> levers,
            PlanSettings settings) {}
}
