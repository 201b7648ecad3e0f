package com.offerbook.comp;

/** Where the company's figure stands against the user's floor and ask. */
public enum Verdict {
    BELOW_FLOOR("Below your floor"),
    BETWEEN("Between floor and ask"),
    AT_OR_ABOVE_ASK("At or above your ask");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Verdict of(Money value, Money floor, Money ask) {
        if (value.compareTo(floor) < 0) {
            return BELOW_FLOOR;
        }
        return value.compareTo(ask) >= 0 ? AT_OR_ABOVE_ASK : BETWEEN;
    }
}
