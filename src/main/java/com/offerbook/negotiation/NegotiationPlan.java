package com.offerbook.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The stored planner settings of one offer. */
@Entity
@Table(name = "negotiation_plan")
class NegotiationPlan {

    @Id
    @Column(name = "offer_id")
    private long offerId;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "band_id")
    private @Nullable Long bandId;

    @Column(name = "aim_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal aimPercent = PlanSettings.DEFAULT_AIM;

    @Column(name = "competing_offer_ids", nullable = false, length = 200)
    private String competingOfferIds = "";

    @Column(name = "mentioned_offer_ids", nullable = false, length = 200)
    private String mentionedOfferIds = "";

    @Column(name = "lever_ids", nullable = false, length = 200)
    private String leverIds = "";

    @Column(name = "base_ask", precision = 15, scale = 2)
    private @Nullable BigDecimal baseAsk;

    @Column(name = "equity_ask", precision = 15, scale = 2)
    private @Nullable BigDecimal equityAsk;

    @Column(name = "signing_ask", precision = 15, scale = 2)
    private @Nullable BigDecimal signingAsk;

    @Column(name = "base_floor", precision = 15, scale = 2)
    private @Nullable BigDecimal baseFloor;

    @Column(name = "equity_floor", precision = 15, scale = 2)
    private @Nullable BigDecimal equityFloor;

    @Column(name = "signing_floor", precision = 15, scale = 2)
    private @Nullable BigDecimal signingFloor;

    @Column(name = "ask_step", nullable = false)
    private int askStep = AskRounding.DEFAULT.step();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NegotiationPlan() {
        // for JPA
    }

    NegotiationPlan(long offerId, long ownerId) {
        this.offerId = offerId;
        this.ownerId = ownerId;
    }

    void apply(PlanSettings s, Instant now) {
        bandId = s.bandId();
        aimPercent = s.aimPercent();
        competingOfferIds = join(s.competingOfferIds());
        mentionedOfferIds = join(s.mentionedOfferIds());
        leverIds = join(s.leverIds());
        baseAsk = s.ask(PlanComponent.BASE);
        equityAsk = s.ask(PlanComponent.EQUITY);
        signingAsk = s.ask(PlanComponent.SIGNING);
        baseFloor = s.floor(PlanComponent.BASE);
        equityFloor = s.floor(PlanComponent.EQUITY);
        signingFloor = s.floor(PlanComponent.SIGNING);
        askStep = s.rounding().step();
        updatedAt = now;
    }

    /** The settings; the overrides come from the six columns the plan has been stored in since V006. */
    PlanSettings toSettings() {
        var asks = new EnumMap<PlanComponent, BigDecimal>(PlanComponent.class);
        var floors = new EnumMap<PlanComponent, BigDecimal>(PlanComponent.class);
        putIfSet(asks, PlanComponent.BASE, baseAsk);
        putIfSet(asks, PlanComponent.EQUITY, equityAsk);
        putIfSet(asks, PlanComponent.SIGNING, signingAsk);
        putIfSet(floors, PlanComponent.BASE, baseFloor);
        putIfSet(floors, PlanComponent.EQUITY, equityFloor);
        putIfSet(floors, PlanComponent.SIGNING, signingFloor);
        return new PlanSettings(
                bandId,
                aimPercent,
                split(competingOfferIds),
                split(mentionedOfferIds),
                split(leverIds),
                asks,
                floors,
                AskRounding.ofStep(askStep));
    }

    private static void putIfSet(
            Map<PlanComponent, BigDecimal> values, PlanComponent component, @Nullable BigDecimal value) {
        if (value != null) {
            values.put(component, value);
        }
    }

    long getOfferId() {
        return offerId;
    }

    long getOwnerId() {
        return ownerId;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        return ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::parseLong).toList();
    }
}
