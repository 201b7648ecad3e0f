package com.offerbook.comp.tax;

/** The filing statuses the seeded profiles distinguish; a profile without one applies to everybody. */
public enum FilingStatus {
    SINGLE("Single"),
    MARRIED_JOINT("Married filing jointly");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
