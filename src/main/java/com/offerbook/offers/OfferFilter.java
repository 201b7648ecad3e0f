package com.offerbook.offers;

import org.jspecify.annotations.Nullable;

/** What the offers grid is narrowed to; null or blank means "any". */
public record OfferFilter(
        @Nullable OfferStatus status, @Nullable String company, String search) {

    public static OfferFilter none() {
        return new OfferFilter(null, null, "");
    }
}
