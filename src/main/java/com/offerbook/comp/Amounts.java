package com.offerbook.comp;

import java.math.BigDecimal;

/**
 * Reads a decimal number from text that came from outside (a form field, a CSV cell, a JSON document) with every
 * dimension bounded before a {@link BigDecimal} exists: the length of the text, the digits before and after the
 * point, and the exponent. {@code new BigDecimal("1E-999999999")} is cheap, but writing it out takes a billion
 * characters (issue 19: a 134-byte CSV held a gigabyte in the session); no number that leaves this class can do
 * that. A refusal is a value ({@link Refusal}), never an exception, so callers word it for their own input.
 *
 * <p>The text is read exactly as given (no trimming, no grouping separators); a caller that accepts more (a
 * currency sign, "250k", a locale's separators) cleans the text first and hands the rest to {@link #parse}.
 */
public final class Amounts {

    /** The longest number text read at all; longer text is refused without looking at it. */
    public static final int MAX_LENGTH = 40;
    /** Digits before the point, after the exponent is applied: 13 is what numeric(15, 2) columns hold. */
    public static final int MAX_INTEGER_DIGITS = 13;
    /** Digits after the point (trailing zeros do not count), after the exponent is applied. */
    public static final int MAX_SCALE = 8;
    /** The largest exponent written after an "e" (absolute value). */
    public static final int MAX_EXPONENT = 20;

    /** Why a text is not an amount. */
    public enum Refusal {
        /** Nothing but (at most) white space. */
        EMPTY("Enter a number"),
        /** Longer than {@link #MAX_LENGTH} characters. */
        TOO_LONG("Too long for a number (at most " + MAX_LENGTH + " characters)"),
        /** Not written as the syntax allows. */
        NOT_A_NUMBER("Not a number"),
        /** More than {@link #MAX_INTEGER_DIGITS} digits before the point. */
        TOO_LARGE("Too large (at most " + MAX_INTEGER_DIGITS + " digits before the point)"),
        /** More than {@link #MAX_SCALE} digits after the point. */
        TOO_PRECISE("Too many decimal places (at most " + MAX_SCALE + ")"),
        /** An exponent beyond ±{@link #MAX_EXPONENT}. */
        EXPONENT_OUT_OF_RANGE("The exponent is out of range (at most " + MAX_EXPONENT + ")");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        /** A sentence for a person; it never quotes the text that was refused. */
        public String message() {
            return message;
        }
    }

    /**
     * What a caller accepts besides {@code -?digits(.digits)?}: a leading "+", a point without digits on one side
     * (".5", "5."), an exponent ("1e5", "2.5E-3"). The decimal separator is '.' unless a caller (a locale-aware
     * reader) says otherwise.
     */
    public record Syntax(boolean plusSign, boolean loosePoint, boolean exponent, char decimalSeparator) {

        /** What people type in a form after the converter removed currency and grouping: -5, 250000, 250000.50. */
        public static final Syntax PLAIN = new Syntax(false, false, false, '.');

        /** What Java, JSON and spreadsheets write: everything {@link BigDecimal#BigDecimal(String)} reads. */
        public static final Syntax DECIMAL = new Syntax(true, true, true, '.');
    }

    /** The outcome: an amount within the bounds, or the reason there is none. */
    public sealed interface Result {

        /** Accepted; {@code value} has a scale between 0 and {@link #MAX_SCALE}. */
        record Amount(BigDecimal value) implements Result {}

        record Refused(Refusal reason) implements Result {}
    }

    private Amounts() {}

    /** {@link #parse(CharSequence, Syntax)} with {@link Syntax#DECIMAL}. */
    public static Result parse(CharSequence text) {
        return parse(text, Syntax.DECIMAL);
    }

    /**
     * Reads {@code text} as one number of the given syntax. Runs in time proportional to at most
     * {@link #MAX_LENGTH} characters, whatever the input.
     */
    public static Result parse(CharSequence text, Syntax syntax) {
        int length = text.length();
        if (length > MAX_LENGTH) {
            return refused(Refusal.TOO_LONG);
        }
        if (length == 0 || text.toString().isBlank()) {
            return refused(Refusal.EMPTY);
        }
        int i = 0;
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '-' || (first == '+' && syntax.plusSign())) {
            negative = first == '-';
            i++;
        }
        var digits = new StringBuilder(length);
        int integerDigits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            digits.append(text.charAt(i++));
            integerDigits++;
        }
        int fractionDigits = 0;
        boolean point = i < length && text.charAt(i) == syntax.decimalSeparator();
        if (point) {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                digits.append(text.charAt(i++));
                fractionDigits++;
            }
        }
        boolean wellFormed = integerDigits + fractionDigits > 0
                && (!point || syntax.loosePoint() || (integerDigits > 0 && fractionDigits > 0));
        if (!wellFormed) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        long exponent = 0;
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            if (!syntax.exponent()) {
                return refused(Refusal.NOT_A_NUMBER);
            }
            i++;
            boolean negativeExponent = false;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int exponentStart = i;
            while (i < length && isDigit(text.charAt(i))) {
                // Capped, not computed: forty nines must not overflow into a small exponent.
                exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), Integer.MAX_VALUE);
                i++;
            }
            if (i == exponentStart) {
                return refused(Refusal.NOT_A_NUMBER);
            }
            if (exponent > MAX_EXPONENT) {
                return refused(Refusal.EXPONENT_OUT_OF_RANGE);
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != length) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        // Every dimension is small now: at most MAX_LENGTH digits and an exponent within ±MAX_EXPONENT.
        var unscaled = new BigDecimal(digits.toString());
        var value = unscaled.scaleByPowerOfTen((int) exponent - fractionDigits);
        value = negative ? value.negate() : value;
        if (value.signum() == 0) {
            return new Result.Amount(BigDecimal.ZERO);
        }
        var stripped = value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return refused(Refusal.TOO_LARGE);
        }
        if (stripped.scale() > MAX_SCALE) {
            return refused(Refusal.TOO_PRECISE);
        }
        // The scale as written (250000.50 stays 250000.50), but never negative (1E+3 is 1000) nor above MAX_SCALE
        // (1.0000000000 is 1).
        var kept = value.scale() > MAX_SCALE ? stripped : value;
        return new Result.Amount(kept.scale() < 0 ? kept.setScale(0) : kept);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Result refused(Refusal reason) {
        return new Result.Refused(reason);
    }
}
