package com.offerbook.negotiation;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.BandPosition;
import com.offerbook.comp.CounterTarget;
import com.offerbook.comp.Money;
import com.offerbook.comp.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The planner's view of one offer: settings, a target with its steps, a verdict and (where the band has a range)
 * a position for each component, the verdict on recurring total comp with its sums, every exchange rate used (in
 * words, with its date and source), the counter message, and the make-whole lever when a current job is recorded.
 */
public record Plan(
        long offerId,
        String offerLabel,
        String currency,
        PlanSettings settings,
        @Nullable BandDetails band,
        List<String> conversions,
        List<String> equivalentLevels,
        List<Choice> otherOffers,
        List<Lever> levers,
        Map<PlanComponent, CounterTarget.Result> targets,
        Map<PlanComponent, ComponentVerdict> verdicts,
        Map<PlanComponent, Positions> positions,
        ComponentVerdict recurringVerdict,
        List<String> recurringSteps,
        List<String> beatenBy,
        List<String> missing,
        String message,
        @Nullable MakeWholeLever makeWhole) {

    public Plan {
        if (targets.size() != PlanComponent.values().length || verdicts.size() != PlanComponent.values().length) {
            throw new IllegalArgumentException("A plan has a target and a verdict for every component");
        }
        targets = Collections.unmodifiableMap(new EnumMap<>(targets));
        verdicts = Collections.unmodifiableMap(new EnumMap<>(verdicts));
        var positionsCopy = new EnumMap<PlanComponent, Positions>(PlanComponent.class);
        positionsCopy.putAll(positions);
        positions = Collections.unmodifiableMap(positionsCopy);
    }

    public CounterTarget.Result target(PlanComponent component) {
        return Objects.requireNonNull(targets.get(component));
    }

    public ComponentVerdict verdict(PlanComponent component) {
        return Objects.requireNonNull(verdicts.get(component));
    }

    /** Where a component sits in the band, for those the band has a range for. */
    public Optional<Positions> position(PlanComponent component) {
        return Optional.ofNullable(positions.get(component));
    }

    /** The company's figure and the ask, placed in the band's range. */
    public record Positions(BandPosition company, BandPosition ask) {}

    /**
     * The make-whole lever, on when the user recorded the job they would leave: the signing ask is at least
     * {@code amount}, what would have vested there in the 12 months after the leave date (weighted over its
     * scenarios, in the offer's currency).
     *
     * @param conversion how the job's figures were converted, or null when they share the offer's currency
     */
    public record MakeWholeLever(
            String company, Money amount, @Nullable String conversion, CounterTarget.AtLeast atLeast) {}

    /** Another offer of the user that can serve as a competing offer. */
    public record Choice(long offerId, String label) {}

    /** The company's latest figure for one component against the floor and ask. */
    public record ComponentVerdict(String component, Money company, Money floor, Money ask, Verdict verdict) {}
}
