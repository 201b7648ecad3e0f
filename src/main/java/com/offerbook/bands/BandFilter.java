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

    /** Every band the user may see whose company matches {@code company}. */
    public static BandFilter company(String company) {
        return none().withCompany(company);
    }

    public BandFilter withCompany(String newCompany) {
        return new BandFilter(newCompany, roleFamily, region, level, currency, scope);
    }

    public BandFilter withScope(Scope newScope) {
        return new BandFilter(company, roleFamily, region, level, currency, newScope);
    }
}
