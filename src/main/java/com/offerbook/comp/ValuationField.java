package com.offerbook.comp;

/**
 * The inputs of a valuation, by type: a refusal names the field it is about, so a form puts the message next to
 * the right field without reading the message.
 */
public enum ValuationField {
    BEAR_GROWTH,
    BASE_GROWTH,
    BULL_GROWTH,
    BEAR_WEIGHT,
    BASE_WEIGHT,
    BULL_WEIGHT,
    /** The three weights together (they must sum to 100). */
    WEIGHTS,
    HORIZON,
    RAISE,
    REFRESHER_KIND,
    REFRESHER_VALUE,
    REFRESHER_VESTING,
    REFRESHER_FIRST_YEAR,
    LIQUIDITY_MODE,
    FIRST_SALE_MONTH,
    SALE_EVERY_MONTHS,
    SALE_CAP,
    OPTION_SHARES,
    CURRENT_BASE,
    CURRENT_BONUS,
    TRANCHES,
    BONUS_PAID_IN_MONTHS,
    REPAYABLE,
    MONTHS_SERVED,
    LEAVE_MONTH
}
