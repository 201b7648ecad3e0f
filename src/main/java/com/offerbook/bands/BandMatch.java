package com.offerbook.bands;

import java.util.List;

/** The band an offer is compared with, and why it was chosen. */
public record BandMatch(BandDetails band, Kind kind, List<String> equivalentLevels) {

    /** How a band was found for an offer. */
    public enum Kind {
        PINNED("Chosen by you"),
        SAME_COMPANY("Same company, role family and region"),
        EQUIVALENT_LEVEL("Equivalent level at another company in the region");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
