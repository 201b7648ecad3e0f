package com.offerbook.offers;

/** What names an offer in a picker: "company · role" and its level. */
public record OfferName(long id, String company, String roleTitle, String levelLabel) {

    /** "company · role", as {@link OfferDetails#label()}. */
    public String label() {
        return OfferDetails.label(company, roleTitle);
    }
}
