package com.offerbook.comp;

import com.offerbook.base.Limits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Objects;

/**
 * When illiquid equity can be turned into cash. Months count from the start of year 1 (month 12 is the end of
 * year 1); a sale in month m happens in year ⌈m / 12⌉ and is priced like equity vesting in that year.
 * <ul>
 * <li>{@link Mode#FLAT_DISCOUNT}: the simple mode of today: no sales are modelled, the paper value is reduced by
 * the offer's liquidity discount.</li>
 * <li>{@link Mode#IPO}: from {@code firstSaleMonth} on, everything vested can be sold (what vests later is sold as
 * it vests). Not for profit units.</li>
 * <li>{@link Mode#TENDERS}: a tender at {@code firstSaleMonth} and every {@code everyMonths} after it; at each one
 * you sell at most the cap: a % of what has vested and is not sold yet, or an amount (at that tender's price).</li>
 * </ul>
 */
public record Liquidity(Mode mode, int firstSaleMonth, int everyMonths, CapKind capKind, BigDecimal capValue) {

    public enum Mode {
        FLAT_DISCOUNT("Flat liquidity discount"),
        IPO("Expected IPO"),
        TENDERS("Tender offers");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CapKind {
        PERCENT_OF_UNSOLD,
        AMOUNT
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Liquidity {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(capKind, "capKind");
        Objects.requireNonNull(capValue, "capValue");
        var problems = new EnumMap<ValuationField, String>(ValuationField.class);
        if (mode != Mode.FLAT_DISCOUNT) {
            if (firstSaleMonth < 0 || firstSaleMonth > Limits.MAX_MONTHS) {
                problems.put(
                        ValuationField.FIRST_SALE_MONTH, "Use 0 to " + Limits.MAX_MONTHS + " months after the start");
            }
        }
        if (mode == Mode.TENDERS) {
            if (everyMonths < 1 || everyMonths > Limits.MAX_MONTHS) {
                problems.put(ValuationField.SALE_EVERY_MONTHS, "Use 1 to " + Limits.MAX_MONTHS + " months");
            }
            if (capKind == CapKind.PERCENT_OF_UNSOLD && (capValue.signum() <= 0 || capValue.compareTo(HUNDRED) > 0)) {
                problems.put(ValuationField.SALE_CAP, "Use more than 0 and at most 100 %");
            }
            if (capKind == CapKind.AMOUNT && (capValue.signum() <= 0 || capValue.compareTo(Limits.MAX_GRANT) > 0)) {
                problems.put(
                        ValuationField.SALE_CAP,
                        "Use an amount above 0 and at most " + Limits.MAX_GRANT.toPlainString());
            }
        }
        ValuationInputException.throwIfAny(problems);
    }

    public static Liquidity flatDiscount() {
        return new Liquidity(Mode.FLAT_DISCOUNT, 0, 0, CapKind.PERCENT_OF_UNSOLD, HUNDRED);
    }

    public static Liquidity ipo(int month) {
        return new Liquidity(Mode.IPO, month, 0, CapKind.PERCENT_OF_UNSOLD, HUNDRED);
    }

    public static Liquidity tenders(int firstMonth, int everyMonths, CapKind capKind, BigDecimal capValue) {
        return new Liquidity(Mode.TENDERS, firstMonth, everyMonths, capKind, capValue);
    }

    /** Whole months from {@code start} to {@code date} (a part of a month does not count): a date as a month. */
    public static int monthsAfter(LocalDate start, LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(start, date);
    }

    /** The year (1-based) in which month {@code month} falls; month 0 counts in year 1. */
    public static int yearOfMonth(int month) {
        return Math.max(1, (month + 11) / 12);
    }

    public String describe(Currency currency) {
        return switch (mode) {
            case FLAT_DISCOUNT -> "no sale modelled; the offer's flat liquidity discount applies";
            case IPO -> "an IPO " + when(firstSaleMonth) + ", after which everything vested can be sold";
            case TENDERS ->
                "a first tender " + when(firstSaleMonth) + ", then one every " + everyMonths
                        + " months, selling at most "
                        + (capKind == CapKind.PERCENT_OF_UNSOLD
                                ? Words.plain(capValue) + " % of what has vested and is not sold yet"
                                : new Money(capValue, currency).rounded().format() + " each time");
        };
    }

    static String when(int month) {
        if (month == 0) {
            return "at the start";
        }
        if (month % 12 == 0) {
            return "at the end of year " + month / 12;
        }
        return month + " months after the start (year " + yearOfMonth(month) + ")";
    }
}
