package com.offerbook.offers;

import com.offerbook.comp.Benefits;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.PackageChange;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An offer with its whole history, as the offer page shows it.
 *
 * @param taxedAs the region whose tax rules apply when it is not the offer's own region, else null
 * @param benefits what the employer pays besides pay, a year (never part of total comp)
 */
public record OfferDetails(
        long id,
        long version,
        OfferDraft details,
        List<Revision> revisions,
        @Nullable String taxedAs,
        Benefits benefits) {

    /** One revision with its package, headline figures and what changed since the one before. */
    public record Revision(
            long id,
            int sequenceNo,
            RevisionDraft draft,
            CompPackage compPackage,
            CompPackage.Headline headline,
            @Nullable PackageChange changeFromPrevious) {}

    public Revision latest() {
        return revisions.getLast();
    }

    /** How the app names an offer wherever it lists or heads one: "company · role". */
    public String label() {
        return label(details.company(), details.roleTitle());
    }

    /** The one rule for an offer's name, shared with {@link OfferSummary#label()}. */
    static String label(String company, String roleTitle) {
        return company + " · " + roleTitle;
    }
}
