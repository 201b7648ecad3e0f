package com.offerbook.transfer;

import com.offerbook.bands.BandDraft;
import com.offerbook.base.InvalidInputException;
import com.offerbook.comp.EquityKind;
import com.offerbook.journal.EntryDraft;
import com.offerbook.negotiation.AskRounding;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.BenefitsDraft;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.tax.CostOfLiving;
import com.offerbook.tax.TaxSettings;
import com.offerbook.valuation.AssumptionsDraft;
import com.offerbook.valuation.CurrentJobDraft;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a user owns, as one JSON document: offers with all revisions, private bands, own levers and plans, and
 * the valuation beliefs (each offer's own assumptions, the defaults per kind of equity, the job the user would
 * leave), and what take-home pay uses (each offer's tax region and benefits, the tax settings, the cost-of-living
 * indexes). Plans and assumptions refer to offers by their position in {@link #offers()}, plans to private bands and
 * own levers by position prefixed with "private:"/"own:", and to shared bands and levers by id (they are the same on
 * this server). The negotiation log's entries refer to their offer by position too. Files written before the
 * valuation parts (or before the log) have none of them: they read as empty.
 */
public record UserData(
        int format,
        List<Offer> offers,
        List<BandDraft> privateBands,
        List<OwnLever> levers,
        List<Plan> plans,
        List<OfferAssumptions> assumptions,
        List<Default> defaults,
        @Nullable CurrentJobDraft currentJob,
        @Nullable TaxSettings taxSettings,
        List<CostOfLiving> costOfLiving,
        List<LogEntry> log) {

    public static final int FORMAT = 1;

    @SuppressWarnings("NullAway") // a file without the valuation parts or the log gives null here; they read as empty
    public UserData {
        assumptions = assumptions == null ? List.of() : assumptions;
        defaults = defaults == null ? List.of() : defaults;
        costOfLiving = costOfLiving == null ? List.of() : costOfLiving;
        log = log == null ? List.of() : log;
    }

    /** Everything but the negotiation log (files written before it). */
    public UserData(
            int format,
            List<Offer> offers,
            List<BandDraft> privateBands,
            List<OwnLever> levers,
            List<Plan> plans,
            List<OfferAssumptions> assumptions,
            List<Default> defaults,
            @Nullable CurrentJobDraft currentJob,
            @Nullable TaxSettings taxSettings,
            List<CostOfLiving> costOfLiving) {
        this(
                format,
                offers,
                privateBands,
                levers,
                plans,
                assumptions,
                defaults,
                currentJob,
                taxSettings,
                costOfLiving,
                List.of());
    }

    /** This file with the given negotiation log instead of its own. */
    public UserData withLog(List<LogEntry> entries) {
        return new UserData(
                format,
                offers,
                privateBands,
                levers,
                plans,
                assumptions,
                defaults,
                currentJob,
                taxSettings,
                costOfLiving,
                entries);
    }

    /** Everything but the tax settings and cost-of-living indexes (files written before take-home pay). */
    public UserData(
            int format,
            List<Offer> offers,
            List<BandDraft> privateBands,
            List<OwnLever> levers,
            List<Plan> plans,
            List<OfferAssumptions> assumptions,
            List<Default> defaults,
            @Nullable CurrentJobDraft currentJob) {
        this(format, offers, privateBands, levers, plans, assumptions, defaults, currentJob, null, List.of());
    }

    /** Offers, bands, levers and plans, without valuation beliefs. */
    public UserData(
            int format, List<Offer> offers, List<BandDraft> privateBands, List<OwnLever> levers, List<Plan> plans) {
        this(format, offers, privateBands, levers, plans, List.of(), List.of(), null, null, List.of());
    }

    /** One entry of an offer's negotiation log; {@code offer} is its position in {@link #offers()}. */
    public record LogEntry(int offer, EntryDraft entry) {}

    /** One offer's own valuation assumptions; {@code offer} is its position in {@link #offers()}. */
    public record OfferAssumptions(int offer, AssumptionsDraft assumptions) {}

    /** The user's default assumptions for one kind of equity. */
    public record Default(EquityKind equityKind, AssumptionsDraft assumptions) {}

    /** An offer and its history, oldest revision first. */
    public record Offer(
            OfferDraft details,
            List<RevisionDraft> revisions,
            @Nullable String taxedAs,
            @Nullable BenefitsDraft benefits) {

        /** An offer without a tax region of its own and without benefits (files written before take-home pay). */
        public Offer(OfferDraft details, List<RevisionDraft> revisions) {
            this(details, revisions, null, null);
        }
    }

    /** A premium lever of the user's own. */
    public record OwnLever(String name, BigDecimal lowPercent, BigDecimal highPercent, String rationale) {}

    /** A plan: the offer's position, and the settings with references made portable. */
    public record Plan(
            int offer,
            String band,
            List<Integer> competing,
            List<Integer> mentioned,
            List<String> levers,
            PlanNumbers settings) {}

    /**
     * A plan's aim, the asks and floors typed over the suggestions and the rounding step, in the shape format 1 has
     * always had (it was the planner's settings record; the references in it stay empty, they are in {@link Plan}'s
     * other fields). Files written before the rounding step have no {@code askStep}: they get the default.
     */
    public record PlanNumbers(
            @Nullable Long bandId,
            BigDecimal aimPercent,
            List<Long> competingOfferIds,
            List<Long> mentionedOfferIds,
            List<Long> leverIds,
            @Nullable BigDecimal baseAsk,
            @Nullable BigDecimal equityAsk,
            @Nullable BigDecimal signingAsk,
            @Nullable BigDecimal baseFloor,
            @Nullable BigDecimal equityFloor,
            @Nullable BigDecimal signingFloor,
            @Nullable Integer askStep) {

        static PlanNumbers of(PlanSettings s) {
            return new PlanNumbers(
                    null,
                    s.aimPercent(),
                    List.of(),
                    List.of(),
                    List.of(),
                    s.ask(PlanComponent.BASE),
                    s.ask(PlanComponent.EQUITY),
                    s.ask(PlanComponent.SIGNING),
                    s.floor(PlanComponent.BASE),
                    s.floor(PlanComponent.EQUITY),
                    s.floor(PlanComponent.SIGNING),
                    s.rounding().step());
        }

        /** These numbers on settings that carry the references. */
        PlanSettings applyTo(PlanSettings s) {
            return s.withAim(aimPercent)
                    .withAsk(PlanComponent.BASE, baseAsk)
                    .withAsk(PlanComponent.EQUITY, equityAsk)
                    .withAsk(PlanComponent.SIGNING, signingAsk)
                    .withFloor(PlanComponent.BASE, baseFloor)
                    .withFloor(PlanComponent.EQUITY, equityFloor)
                    .withFloor(PlanComponent.SIGNING, signingFloor)
                    .withRounding(rounding());
        }

        private AskRounding rounding() {
            try {
                return askStep == null ? AskRounding.DEFAULT : AskRounding.ofStep(askStep);
            } catch (IllegalArgumentException notAStep) {
                throw new InvalidInputException(Map.of("file", "A plan rounds to 500 or 1000, not " + askStep));
            }
        }
    }
}
