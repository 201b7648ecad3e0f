package com.offerbook.negotiation;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.CounterTarget;
import com.offerbook.comp.Money;
import com.offerbook.comp.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The planner's view of one offer: settings, a target with its steps and a verdict for each component, the
 * verdict on recurring total comp, and the counter message.
 */
public record Plan(
        long offerId,
        String offerLabel,
        String currency,
        PlanSettings settings,
        @Nullable BandDetails band,
        @Nullable String bandConversion,
        List<String> equivalentLevels,
        List<Choice> otherOffers,
        List<Lever> levers,
        Map<PlanComponent, CounterTarget.Result> targets,
        Map<PlanComponent, ComponentVerdict> verdicts,
        ComponentVerdict recurringVerdict,
        List<String> beatenBy,
        List<String> missing,
        String message) {

    public Plan {
        if (targets.size() != PlanComponent.values().length || verdicts.size() != PlanComponent.values().length) {
            throw new IllegalArgumentException("A plan has a target and a verdict for every component");
        }
        targets = Collections.unmodifiableMap(new EnumMap<>(targets));
        verdicts = Collections.unmodifiableMap(new EnumMap<>(verdicts));
    }

    public CounterTarget.Result target(PlanComponent component) {
        return Objects.requireNonNull(targets.get(component));
    }

    public ComponentVerdict verdict(PlanComponent component) {
        return Objects.requireNonNull(verdicts.get(component));
    }

    /** Another offer of the user that can serve as a competing offer. */
    public record Choice(long offerId, String label) {}

    /** The company's latest figure for one component against the floor and ask. */
    public record ComponentVerdict(String component, Money company, Money floor, Money ask, Verdict verdict) {}
}
