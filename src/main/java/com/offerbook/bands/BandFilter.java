package com.offerbook.bands;

/** What the bands grid is narrowed to; blank means "any". */
public record BandFilter(String company, String roleFamily, String region, String level, String currency, Scope scope) {

    /** Shared bands, the user's private ones, or both. */
    public enum Scope {
        ALL("All bands"),
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

    /** The filters chosen from a list of the values the library holds (the others are typed). */
    public enum Choice {
        ROLE_FAMILY,
        REGION,
        CURRENCY
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

    /** This filter's value for a list, blank for "any". */
    public String value(Choice choice) {
        return switch (choice) {
            case ROLE_FAMILY -> roleFamily;
            case REGION -> region;
            case CURRENCY -> currency;
        };
    }

    public BandFilter withScope(Scope newScope) {
        return new BandFilter(company, roleFamily, region, level, currency, newScope);
    }
}
