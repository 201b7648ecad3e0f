package com.offerbook.offers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The details of an offer as entered: who, what, where, in which currency, and where it stands. */
public record OfferDraft(
        String company,
        String roleTitle,
        String roleFamily,
        String levelLabel,
        String location,
        String region,
        String currency,
        OfferStatus status,
        @Nullable LocalDate deadline,
        String notes) {}
