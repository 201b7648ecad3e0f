package com.offerbook.base;

import java.math.BigDecimal;
import java.time.Duration;
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

    // Imports, uploads and requests (issue 19: hostile input must not take the server down).
    /** A band CSV upload; the server stops reading at this many bytes. */
    public static final long CSV_UPLOAD_MAX_BYTES = 10L * 1024 * 1024;
    /** Rows of one band CSV file. */
    public static final int CSV_MAX_ROWS = 100_000;
    /** A data file (JSON) upload; the server stops reading at this many bytes. */
    public static final long JSON_UPLOAD_MAX_BYTES = 20L * 1024 * 1024;
    /**
     * What one data file carries, per kind. The largest account we measure (the bench account: 1,000 offers of 10
     * revisions) fits; an export of an account holding more is refused rather than cut short.
     */
    public static final int IMPORT_MAX_OFFERS = 1_000;

    public static final int IMPORT_MAX_REVISIONS_PER_OFFER = 100;
    public static final int IMPORT_MAX_REVISIONS = 10_000;
    public static final int IMPORT_MAX_BANDS = 10_000;
    public static final int IMPORT_MAX_LEVERS = 1_000;
    public static final int IMPORT_MAX_PLANS = IMPORT_MAX_OFFERS;
    /** Offers with valuation assumptions of their own (one set per offer). */
    public static final int IMPORT_MAX_ASSUMPTIONS = IMPORT_MAX_OFFERS;
    /** Default assumptions: one per kind of equity, of which there are fewer than this. */
    public static final int IMPORT_MAX_DEFAULTS = 10;
    /** Competing offers, mentioned offers or levers named by one plan. */
    public static final int IMPORT_MAX_PLAN_REFERENCES = 100;
    /** Imports (CSV or JSON) one user may run at once, and all users together. */
    public static final int IMPORTS_PER_USER = 1;

    public static final int IMPORTS_AT_ONCE = 4;
    /**
     * The body of any request other than an upload (Vaadin's UIDL messages, the sign-in form): the largest real
     * message, a 4,000-character note escaped as JSON, is about 25 KB.
     */
    public static final int REQUEST_MAX_BYTES = 256 * 1024;
    /**
     * The longest text a Vaadin message may carry for one value: more than any field accepts (NOTES_MAX), so a
     * field's value kept in the session is bounded even where the browser's maxlength was bypassed.
     */
    public static final int MESSAGE_TEXT_MAX = 10_000;

    // Tax profiles (issue 13).
    /** One tax profile document (column tax_profile.document); the largest seeded one is about 3,200 characters. */
    public static final int TAX_PROFILE_DOCUMENT_MAX = 100_000;
    /** Cost-of-living indexes in one import file (one per region that has tax profiles, with room to spare). */
    public static final int IMPORT_MAX_COST_INDEXES = 100;
    /** The tax years a profile or a user's setting may name (check constraints in V022). */
    public static final int TAX_YEAR_MIN = 2000;

    public static final int TAX_YEAR_MAX = 2100;

    // Negotiation log and reminders (issue 14).
    /** Who an entry of the negotiation log was with (a name and a role). */
    public static final int LOG_WHO_MAX = 120;
    /** What was said or promised, in one entry of the negotiation log. */
    public static final int LOG_TEXT_MAX = 2000;
    /** Log entries of one account in an import file (ten for each offer the file may carry). */
    public static final int IMPORT_MAX_LOG_ENTRIES = 10 * IMPORT_MAX_OFFERS;
    /** The years a log entry's date and follow-up may fall in (a typo such as 20266 is refused, not stored). */
    public static final int LOG_YEAR_MIN = 1970;

    public static final int LOG_YEAR_MAX = 2100;
    /** An e-mail address for reminders (RFC 5321's limit of a forward path). */
    public static final int EMAIL_MAX = 254;
    /** The dashboard lists deadlines and follow-ups due from today to this many days ahead. */
    public static final int REMINDER_DAYS_AHEAD = 7;
    /** Overdue deadlines and follow-ups stay on the dashboard (marked) this many days, then drop off. */
    public static final int REMINDER_OVERDUE_DAYS = 14;

    // Second factor and sessions (issue 17).
    /** Recovery codes made at a time, each usable once. */
    public static final int RECOVERY_CODES = 10;
    /** How long a correct password waits for its second factor before the sign-in starts over. */
    public static final Duration SECOND_FACTOR_WAIT = Duration.ofMinutes(5);
    /** Column account_session.device (V026): "Firefox on Linux" and the like. */
    public static final int SESSION_DEVICE_MAX = 100;
    /** Column account_session.address (V026): an IPv6 address with a zone fits. */
    public static final int SESSION_ADDRESS_MAX = 64;
    /** Passkeys one account may register (each is one row of user_credentials, V027). */
    public static final int PASSKEYS_PER_ACCOUNT = 20;
    /** The name a person gives a passkey ("Laptop", "Phone"); the column (user_credentials.label) holds 1000. */
    public static final int PASSKEY_NAME_MAX = 64;

    // Share links (issue 14).
    /** A share link opens for 1 to 30 days; 7 unless the owner chooses. */
    public static final int SHARE_MIN_DAYS = 1;

    public static final int SHARE_MAX_DAYS = 30;
    public static final int SHARE_DEFAULT_DAYS = 7;
    /** Links a user can have open at once; revoking or expiry frees a place. */
    public static final int MAX_ACTIVE_SHARE_LINKS = 50;

    private Limits() {}
}
