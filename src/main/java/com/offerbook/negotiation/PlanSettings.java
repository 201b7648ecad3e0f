package com.offerbook.negotiation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the user chose in the planner: the band, the competing offers (and which of them the message mentions),
 * the levers, how far up the band to aim, and any asks or floors typed over the suggestions.
 */
public record PlanSettings(
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
        @Nullable BigDecimal signingFloor) {

    public static final BigDecimal DEFAULT_AIM = BigDecimal.valueOf(90);

    public static PlanSettings defaults(@Nullable Long bandId) {
        return new PlanSettings(
                bandId, DEFAULT_AIM, List.of(), List.of(), List.of(), null, null, null, null, null, null);
    }
}
