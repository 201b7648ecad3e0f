package com.offerbook.offers;

/** Who moved: the company or the candidate. */
public enum RevisionKind {
    COMPANY_OFFER("Company offer"),
    COUNTER("My counter"),
    REVISED_OFFER("Revised offer"),
    FINAL_OFFER("Final offer");

    private final String label;

    RevisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFromCompany() {
        return this != COUNTER;
    }
}
