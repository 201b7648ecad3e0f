package com.offerbook.negotiation;

import com.offerbook.bands.BandDetails;
import com.offerbook.comp.CounterTarget;
import com.offerbook.comp.Money;
import com.offerbook.comp.Verdict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The planner's view of one offer: settings, targets with their steps, verdicts and the counter message. */
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
        List<CounterTarget.Result> targets,
        List<ComponentVerdict> verdicts,
        ComponentVerdict recurringVerdict,
        List<String> beatenBy,
        List<String> missing,
        String message) {

    /** Another offer of the user that can serve as a competing offer. */
    public record Choice(long offerId, String label) {}

    /** The company's latest figure for one component against the floor and ask. */
    public record ComponentVerdict(String component, Money company, Money floor, Money ask, Verdict verdict) {}
}
