package com.offerbook.comp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency. Arithmetic keeps full precision (decimal64); rounding to the currency's
 * minor units, half-even, happens only for display ({@link #rounded()}, {@link #format()}).
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    static final MathContext PRECISION = MathContext.DECIMAL64;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(long amount, Currency currency) {
        return new Money(BigDecimal.valueOf(amount), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount, PRECISION), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount, PRECISION), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor, PRECISION), currency);
    }

    public Money dividedBy(BigDecimal divisor) {
        return new Money(amount.divide(divisor, PRECISION), currency);
    }

    /** This amount times {@code percent} / 100. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent, PRECISION).divide(BigDecimal.valueOf(100), PRECISION), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Rounded half-even to the currency's minor units: for display and comparison with stated figures. */
    public Money rounded() {
        return new Money(
                amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN), currency);
    }

    /** Equal by value, whatever the scale: 371250 equals 371250.00. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && currency.equals(that.currency) && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros());
    }

    /**
     * E.g. "$371,250", "£281,750.50" or "−$25,000": whole units unless there are cents to show, the minus sign of
     * displayed figures (U+2212).
     */
    public String format() {
        var format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        var value = rounded().amount;
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(whole ? 0 : currency.getDefaultFractionDigits());
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        var text = format.format(value);
        return text.startsWith("-") ? AmountText.MINUS + text.substring(1) : text;
    }

    /**
     * {@link #format()} in whole units of the currency, rounded half-even: "$2,657,204" for $2,657,203.59. For headline
     * and comparison figures, which cents would only clutter (projections have cents no one was promised).
     */
    public String formatWhole() {
        return whole().format();
    }

    /** {@link #formatWhole()} with the separators of {@code locale} ("$2.657.204" in German). */
    public String formatWhole(Locale locale) {
        return whole().format(locale);
    }

    private Money whole() {
        return new Money(amount.setScale(0, RoundingMode.HALF_EVEN), currency);
    }

    /**
     * {@link #format()} with the separators of {@code locale} ("$249.600" in German, "$249 600" in French); the
     * currency sign stays where every figure of the app has it.
     */
    public String format(Locale locale) {
        return AmountText.localize(format(), locale);
    }

    /** With an explicit sign, for changes: "+$15,000", "−$25,000", "±$0". */
    public String formatSigned() {
        if (amount.signum() == 0) {
            return "±" + format();
        }
        return amount.signum() > 0 ? "+" + format() : format();
    }

    /** {@link #formatSigned()} with the separators of {@code locale}. */
    public String formatSigned(Locale locale) {
        return AmountText.localize(formatSigned(), locale);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency + " with " + other.currency + " without a conversion");
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
