package com.offerbook.negotiation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the user chose in the planner: the band, the competing offers (and which of them the message mentions),
 * the levers, how far up the band to aim, and any asks or floors typed over the suggestions (a component that is
 * not in {@code asks} or {@code floors} uses the suggestion), and the step suggestions are rounded to.
 */
public record PlanSettings(
        @Nullable Long bandId,
        BigDecimal aimPercent,
        List<Long> competingOfferIds,
        List<Long> mentionedOfferIds,
        List<Long> leverIds,
        Map<PlanComponent, BigDecimal> asks,
        Map<PlanComponent, BigDecimal> floors,
        AskRounding rounding) {

    public static final BigDecimal DEFAULT_AIM = BigDecimal.valueOf(90);

    public PlanSettings {
        competingOfferIds = List.copyOf(competingOfferIds);
        mentionedOfferIds = List.copyOf(mentionedOfferIds);
        leverIds = List.copyOf(leverIds);
        asks = enumMap(asks);
        floors = enumMap(floors);
    }

    public static PlanSettings defaults(@Nullable Long bandId) {
        return new PlanSettings(
                bandId, DEFAULT_AIM, List.of(), List.of(), List.of(), Map.of(), Map.of(), AskRounding.DEFAULT);
    }

    /** The ask the user typed for a component, or null for the suggestion. */
    public @Nullable BigDecimal ask(PlanComponent component) {
        return asks.get(component);
    }

    /** The floor the user typed for a component, or null for the suggestion. */
    public @Nullable BigDecimal floor(PlanComponent component) {
        return floors.get(component);
    }

    public @Nullable BigDecimal figure(PlanComponent component, PlanComponent.Figure figure) {
        return figure == PlanComponent.Figure.ASK ? ask(component) : floor(component);
    }

    public PlanSettings withBand(@Nullable Long newBandId) {
        return new PlanSettings(
                newBandId, aimPercent, competingOfferIds, mentionedOfferIds, leverIds, asks, floors, rounding);
    }

    public PlanSettings withAim(BigDecimal newAimPercent) {
        return new PlanSettings(
                bandId, newAimPercent, competingOfferIds, mentionedOfferIds, leverIds, asks, floors, rounding);
    }

    /** The competing offers, and those of them the message mentions. */
    public PlanSettings withCompeting(List<Long> competing, List<Long> mentioned) {
        return new PlanSettings(bandId, aimPercent, competing, mentioned, leverIds, asks, floors, rounding);
    }

    public PlanSettings withRounding(AskRounding newRounding) {
        return new PlanSettings(
                bandId, aimPercent, competingOfferIds, mentionedOfferIds, leverIds, asks, floors, newRounding);
    }

    public PlanSettings withLevers(List<Long> newLeverIds) {
        return new PlanSettings(
                bandId, aimPercent, competingOfferIds, mentionedOfferIds, newLeverIds, asks, floors, rounding);
    }

    /** With the user's number for one figure; null goes back to the suggestion. */
    public PlanSettings with(PlanComponent component, PlanComponent.Figure figure, @Nullable BigDecimal value) {
        var changed = new EnumMap<PlanComponent, BigDecimal>(PlanComponent.class);
        changed.putAll(figure == PlanComponent.Figure.ASK ? asks : floors);
        if (value == null) {
            changed.remove(component);
        } else {
            changed.put(component, value);
        }
        return figure == PlanComponent.Figure.ASK
                ? new PlanSettings(
                        bandId, aimPercent, competingOfferIds, mentionedOfferIds, leverIds, changed, floors, rounding)
                : new PlanSettings(
                        bandId, aimPercent, competingOfferIds, mentionedOfferIds, leverIds, asks, changed, rounding);
    }

    public PlanSettings withAsk(PlanComponent component, @Nullable BigDecimal value) {
        return with(component, PlanComponent.Figure.ASK, value);
    }

    public PlanSettings withFloor(PlanComponent component, @Nullable BigDecimal value) {
        return with(component, PlanComponent.Figure.FLOOR, value);
    }

    private static Map<PlanComponent, BigDecimal> enumMap(Map<PlanComponent, BigDecimal> values) {
        var copy = new EnumMap<PlanComponent, BigDecimal>(PlanComponent.class);
        values.forEach((component, value) -> {
            if (value != null) { // a map from outside may hold null for "no override"
                copy.put(component, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
