package com.offerbook.valuation;

import com.offerbook.comp.LeavingCost;
import com.offerbook.comp.MakeWhole;
import com.offerbook.comp.Projection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one offer is worth over time under the assumptions it uses, and, when a current job is recorded, against
 * staying there.
 *
 * @param company the offer's company
 * @param used which assumptions the figures use and where they come from
 * @param projection the offer's latest revision projected
 * @param staying the comparison with the job the user would leave, or null when none is recorded
 */
public record Worth(
        long offerId,
        String company,
        AssumptionsInUse used,
        Projection projection,
        @Nullable AgainstStaying staying) {

    /** Where an offer's assumptions come from. */
    public enum Source {
        /** Set on this offer. */
        OFFER,
        /** The user's default for the offer's kind of equity. */
        YOUR_DEFAULT,
        /** None: today's figures. */
        NONE
    }

    public record AssumptionsInUse(Source source, AssumptionsDraft assumptions) {}

    /**
     * The offer against staying at the current job, all in the offer's currency.
     *
     * @param conversion how the current job's figures were converted, or null when they share the offer's currency
     */
    public record AgainstStaying(
            String company,
            Projection stay,
            List<Projection.YearDifference> differences,
            LeavingCost costOfLeaving,
            MakeWhole makeWhole,
            MakeWhole.SigningAsk signingAsk,
            @Nullable String conversion) {

        public AgainstStaying {
            differences = List.copyOf(differences);
        }
    }
}
