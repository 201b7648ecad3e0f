package com.offerbook.offers;

/** Where an offer stands. Exploring, received and negotiating offers are active. */
public enum OfferStatus {
    EXPLORING("Exploring", true),
    OFFER_RECEIVED("Offer received", true),
    NEGOTIATING("Negotiating", true),
    ACCEPTED("Accepted", false),
    DECLINED("Declined", false),
    EXPIRED("Expired", false),
    WITHDRAWN("Withdrawn", false);

    private final String label;
    private final boolean active;

    OfferStatus(String label, boolean active) {
        this.label = label;
        this.active = active;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return active;
    }
}
