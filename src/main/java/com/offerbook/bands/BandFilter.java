package com.offerbook.bands;

/** What the bands grid is narrowed to; blank means "any". */
public record BandFilter(String company, String roleFamily, String region, String level, String currency, Scope scope) {

    /** Shared bands, the user's private ones, or both. */
    public enum Scope {
        ALL("Shared and private"),
        SHARED("Shared"),
        PRIVATE("Private");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static BandFilter none() {
        return new BandFilter("", "", "", "", "", Scope.ALL);
    }
}
