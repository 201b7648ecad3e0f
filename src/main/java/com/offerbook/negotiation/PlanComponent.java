package com.offerbook.negotiation;

/**
 * The parts of a package the planner sets an ask and a walk-away floor for (compare
 * {@link com.offerbook.bands.BandDetails.Component} for a band's ranges).
 */
public enum PlanComponent {
    BASE("Base salary", "base"),
    EQUITY("Equity grant", "equity"),
    SIGNING("Signing bonus", "signing");

    /** The two figures the user may type over for each component. */
    public enum Figure {
        ASK("Ask"),
        FLOOR("Floor");

        private final String suffix;

        Figure(String suffix) {
            this.suffix = suffix;
        }
    }

    private final String label;
    private final String key;

    PlanComponent(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** A short lower-case name for ids and field names: "base", "equity", "signing". */
    public String key() {
        return key;
    }

    /** The field name of one of its figures, as in {@code InvalidInputException#problems()}: "equityFloor". */
    public String field(Figure figure) {
        return key + figure.suffix;
    }
}
