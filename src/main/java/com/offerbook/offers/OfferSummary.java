package com.offerbook.offers;

import com.offerbook.comp.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the offers grid. */
public record OfferSummary(
        long id,
        String company,
        String roleTitle,
        String levelLabel,
        String location,
        OfferStatus status,
        Money latestRecurring,
        Instant lastChangeAt,
        @Nullable LocalDate deadline) {

    /** "company · role", as {@link OfferDetails#label()}. */
    public String label() {
        return OfferDetails.label(company, roleTitle);
    }
}
