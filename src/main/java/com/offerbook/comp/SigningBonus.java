package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A signing bonus as offer letters state it: one payment or several yearly ones (Amazon pays one in year 1 and one
 * in year 2), each repayable if you leave within its clawback period, in full or pro-rated by the months not yet
 * served. A payment is made at the start of its year (year 1 at the start date, year 2 twelve months later) and its
 * clawback runs from then. No payment, no clawback: a bonus of zero has no payments at all.
 */
public record SigningBonus(Currency currency, List<Payment> payments) {

    /** The last year a payment may fall in: every payment counts in the 4-year average. */
    public static final int MAX_YEAR = CompPackage.AVERAGE_YEARS;

    /** One yearly payment of a signing bonus and its clawback. */
    public record Payment(int year, Money amount, int clawbackMonths, boolean proRated) {

        public Payment {
            Objects.requireNonNull(amount, "amount");
            if (year < 1 || year > MAX_YEAR) {
                throw new IllegalArgumentException("A signing bonus is paid in years 1 to " + MAX_YEAR);
            }
            if (amount.isNegative() || amount.isZero()) {
                throw new IllegalArgumentException("A signing bonus payment is more than zero");
            }
            if (clawbackMonths < 0 || clawbackMonths > 120) {
                throw new IllegalArgumentException("The clawback period must be 0 to 120 months");
            }
        }

        /** Months after the start date when this payment is made. */
        public int paidAtMonth() {
            return (year - 1) * 12;
        }

        /**
         * What leaving after {@code months} months costs of this payment: the whole payment when it has not been
         * paid yet (it is never received), else what would be repaid under its clawback.
         */
        public Money exposureAfter(int months) {
            if (months < paidAtMonth()) {
                return amount;
            }
            return repaymentAfter(months);
        }

        /** What would be repaid of this payment when leaving after {@code months} months (zero before it is paid). */
        public Money repaymentAfter(int months) {
            int served = months - paidAtMonth();
            if (served < 0 || served >= clawbackMonths) {
                return Money.zero(amount.currency());
            }
            if (!proRated) {
                return amount;
            }
            return amount.times(BigDecimal.valueOf(clawbackMonths - served))
                    .dividedBy(BigDecimal.valueOf(clawbackMonths));
        }
    }

    public SigningBonus {
        Objects.requireNonNull(currency, "currency");
        payments =
                payments.stream().sorted(Comparator.comparingInt(Payment::year)).toList();
        var years = new HashSet<Integer>();
        for (var payment : payments) {
            if (!payment.amount().currency().equals(currency)) {
                throw new IllegalArgumentException("All payments of a signing bonus are in " + currency);
            }
            if (!years.add(payment.year())) {
                throw new IllegalArgumentException("One payment per year: year " + payment.year() + " twice");
            }
        }
    }

    /**
     * One payment in year 1, as every signing bonus was before they could be split: repayable if you leave within
     * {@code clawbackMonths}. A zero amount is no signing bonus, and then there is no clawback either.
     */
    public SigningBonus(Money amount, int clawbackMonths, boolean proRated) {
        this(amount.currency(), oneOrNone(amount, clawbackMonths, proRated));
    }

    private static List<Payment> oneOrNone(Money amount, int clawbackMonths, boolean proRated) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A signing bonus cannot be negative");
        }
        if (clawbackMonths < 0 || clawbackMonths > 120) {
            throw new IllegalArgumentException("The clawback period must be 0 to 120 months");
        }
        return amount.isZero() ? List.of() : List.of(new Payment(1, amount, clawbackMonths, proRated));
    }

    public static SigningBonus none(Currency currency) {
        return new SigningBonus(currency, List.of());
    }

    /** This bonus with one more payment (or its payment of that year replaced). */
    public SigningBonus with(Payment payment) {
        var all = new ArrayList<>(
                payments.stream().filter(p -> p.year() != payment.year()).toList());
        all.add(payment);
        return new SigningBonus(currency, all);
    }

    /** All payments together. */
    public Money amount() {
        return payments.stream().map(Payment::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** What is paid in year {@code year} (1-based). */
    public Money paidInYear(int year) {
        return payments.stream()
                .filter(p -> p.year() == year)
                .map(Payment::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    /** The year of the last payment; 0 without payments. */
    public int lastYear() {
        return payments.isEmpty() ? 0 : payments.getLast().year();
    }

    /**
     * Months from the start date after which leaving costs nothing of the bonus (every payment paid and out of its
     * clawback); 0 without a bonus. For one payment in year 1: its clawback period.
     */
    public int clawbackMonths() {
        return payments.stream()
                .mapToInt(p -> p.paidAtMonth() + p.clawbackMonths())
                .max()
                .orElse(0);
    }

    /** Whether every payment is repaid pro-rated (false without payments). */
    public boolean proRated() {
        return !payments.isEmpty() && payments.stream().allMatch(Payment::proRated);
    }

    /**
     * What leaving after {@code months} months costs of the bonus: what would be repaid of the payments received
     * plus the payments not yet received. It never grows with the months and never exceeds {@link #amount()}; for
     * one payment in year 1 it is exactly what would be repaid.
     */
    public Money exposureAfter(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("Months cannot be negative");
        }
        return payments.stream().map(p -> p.exposureAfter(months)).reduce(Money.zero(currency), Money::plus);
    }

    /** What would be repaid when leaving after {@code months} months (payments not yet received are not counted). */
    public Money repaymentAfter(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("Months cannot be negative");
        }
        return payments.stream().map(p -> p.repaymentAfter(months)).reduce(Money.zero(currency), Money::plus);
    }
}
