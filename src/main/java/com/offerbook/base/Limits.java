package com.offerbook.base;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every input limit of the app, in one place: the entities, the services' checks, the database constraints (by the
 * same numbers in the migrations) and the form fields all read them from here.
 */
public final class Limits {

    public static final int COMPANY_MAX = 120;
    public static final int ROLE_MAX = 120;
    public static final int LEVEL_MAX = 60;
    public static final int LOCATION_MAX = 120;
    public static final int REGION_MAX = 80;
    public static final int ROLE_FAMILY_MAX = 80;
    public static final int SOURCE_TITLE_MAX = 200;
    public static final int SOURCE_URL_MAX = 500;
    public static final int NOTES_MAX = 4000;
    /** No salary, bonus or one-time payment above this is plausible; it catches a slipped zero. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    /** Equity grants can be larger than salaries, but not without bound. */
    public static final BigDecimal MAX_GRANT = new BigDecimal("1000000000");

    public static final BigDecimal MAX_BONUS_PERCENT = new BigDecimal("1000");
    public static final int MAX_MONTHS = 120;
    /** Valuation assumptions (docs/valuation.md): equity growth a year, in % (−100 % is a total loss). */
    public static final BigDecimal MIN_GROWTH_PERCENT = new BigDecimal("-100");

    public static final BigDecimal MAX_GROWTH_PERCENT = new BigDecimal("500");
    /** Years a projection covers. */
    public static final int MIN_HORIZON_YEARS = 1;

    public static final int MAX_HORIZON_YEARS = 10;
    public static final int DEFAULT_HORIZON_YEARS = 5;
    /** A yearly raise on base, in % (a cut is allowed, down to half). */
    public static final BigDecimal MIN_RAISE_PERCENT = new BigDecimal("-50");

    public static final BigDecimal MAX_RAISE_PERCENT = new BigDecimal("100");
    /** A yearly refresher stated as a % of the initial grant. */
    public static final BigDecimal MAX_REFRESHER_PERCENT = new BigDecimal("200");
    /** Number of stock options in a grant. */
    public static final long MAX_OPTION_SHARES = 1_000_000_000L;
    /** Vesting tranches recorded for the job you would leave. */
    public static final int MAX_TRANCHES = 120;

    /** A signing bonus is paid in years 1 to this (each payment counts in the 4-year average). */
    public static final int MAX_SIGNING_YEAR = 4;
    /** The currencies amounts may be kept in (each has a stored exchange rate). */
    public static final List<String> CURRENCIES = List.of("USD", "GBP", "EUR", "CAD", "CHF");

    public static final List<String> SUGGESTED_ROLE_FAMILIES =
            List.of("ML/AI Engineer", "Software Engineer", "Research Scientist", "Data Scientist", "Product Manager");
    public static final List<String> SUGGESTED_REGIONS =
            List.of("San Francisco Bay Area", "Seattle", "New York", "London", "Remote (US)", "Remote (Europe)");

    private Limits() {}
}
