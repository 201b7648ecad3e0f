package com.offerbook.comp;

/**
 * How often shares are released once the cliff has passed, as offer letters state it: "vests monthly", "quarterly
 * after a one-year cliff", "annually". The yearly percentages say how much of the grant belongs to each year; the
 * frequency says when within the year it is released.
 */
public enum VestingFrequency {
    MONTHLY("Monthly", 1),
    QUARTERLY("Quarterly", 3),
    SEMIANNUAL("Every six months", 6),
    YEARLY("Yearly", 12);

    private final String label;
    private final int months;

    VestingFrequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    /** Months between two releases. */
    public int months() {
        return months;
    }
}
