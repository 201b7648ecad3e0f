package com.offerbook.sharing;

/** What a share link shows. */
public enum ShareKind {
    OFFER("Offer"),
    COMPARISON("Comparison"),
    DASHBOARD("Dashboard");

    private final String label;

    ShareKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
