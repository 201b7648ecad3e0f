package com.offerbook.comp;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts as people type and read them in a locale: "249,600" and "12.5k" in English (US), "249.600" and "12,5k" in
 * German, "249 600" in French. Reading follows one rule (docs/decisions/amounts-are-read-or-refused.md): a text is
 * read only when it means one number in this locale; anything another locale would read differently ("210.000" in
 * English, where it could be 210 or 210,000) is refused with what was probably meant and this locale's separators,
 * never guessed. The number itself is read by {@link Amounts}, so its bounds (length, digits, scale) hold, and text
 * longer than {@link #MAX_TEXT} is refused before it is looked at.
 *
 * <p>What a reading accepts around the number: white space, one minus sign (hyphen-minus or U+2212), a currency sign
 * ($, £, €) or code (USD, GBP, EUR, CAD, CHF) before or after it, and a {@code k} (thousands) or {@code m}
 * (millions) suffix. Inside the number: digits, the locale's decimal separator once, and grouping marks (the
 * locale's grouping separator, any white space, "_") only between well-formed groups of three digits.
 */
public final class AmountText {

    /** The longest text read: a bounded number with a currency, grouping separators and spaces around it. */
    public static final int MAX_TEXT = 2 * Amounts.MAX_LENGTH;

    /**
     * The number formats a user can choose besides their browser's. Each groups digits by three (Indian grouping,
     * 12,34,567, is not among them: {@link #read} refuses it rather than misread it, and its message says the amount meant: "25,00,000 — did you
     * mean 2,500,000?").
     */
    public static final List<Locale> SUPPORTED = List.of(
            Locale.forLanguageTag("en-US"),
            Locale.forLanguageTag("en-GB"),
            Locale.forLanguageTag("de-DE"),
            Locale.forLanguageTag("de-CH"),
            Locale.forLanguageTag("fr-FR"),
            Locale.forLanguageTag("es-ES"),
            Locale.forLanguageTag("it-IT"),
            Locale.forLanguageTag("nl-NL"),
            Locale.forLanguageTag("sv-SE"),
            Locale.forLanguageTag("ja-JP"));

    /** The minus sign of displayed figures (amounts in fields keep the hyphen-minus a keyboard types). */
    public static final char MINUS = '\u2212';

    private static final String CURRENCY_SIGNS = "$£€";
    private static final List<String> CURRENCY_CODES = List.of("USD", "GBP", "EUR", "CAD", "CHF");
    /** Characters some locale uses to separate digits; a reading refuses those its locale does not use. */
    private static final String SEPARATOR_LIKE = ",.'\u2019";
    /** The longest typed text and suggestion a refusal quotes; longer ones are left out of the message. */
    private static final int QUOTED_MAX = 24;

    /** Other locales' conventions, tried only to say what a refused text probably meant. */
    private static final List<Separators> CONVENTIONS = List.of(
            new Separators(',', '.'),
            new Separators('.', ','),
            new Separators(' ', ','),
            new Separators('\u2019', '.'),
            new Separators(' ', '.'));

    /** How a locale writes digits apart: its grouping separator (every three digits) and its decimal separator. */
    public record Separators(char grouping, char decimal) {

        public static final Separators EN_US = new Separators(',', '.');

        private static final String GROUPINGS = ",. '\u2019\u00A0\u202F";

        /**
         * The separators of {@code locale}; English (US) ones for a locale that writes other digits or separators
         * this reader does not know (Arabic, Persian, …), so that a reading never depends on characters it cannot
         * name in its messages.
         */
        public static Separators of(Locale locale) {
            var symbols = DecimalFormatSymbols.getInstance(locale);
            char grouping = symbols.getGroupingSeparator();
            char decimal = symbols.getDecimalSeparator();
            boolean known = symbols.getZeroDigit() == '0'
                    && GROUPINGS.indexOf(grouping) >= 0
                    && (decimal == '.' || decimal == ',')
                    && grouping != decimal;
            return known ? new Separators(grouping, decimal) : EN_US;
        }

        /** "Amounts use , for thousands and . for decimals here". */
        public String rule() {
            var thousands = isSpace(grouping) ? "a space" : String.valueOf(grouping);
            return "Amounts use " + thousands + " for thousands and " + decimal + " for decimals here";
        }

        boolean groups(char c) {
            return c == grouping
                    || isSpace(c)
                    || c == '_'
                    || (isApostrophe(grouping) && isApostrophe(c))
                    || (isSpace(grouping) && isSpace(c));
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019';
        }
    }

    /** What a text means: an amount within the bounds of {@link Amounts}, or a sentence saying why there is none. */
    public sealed interface Reading {

        record Amount(BigDecimal value) implements Reading {}

        /** {@code message} is short (under 120 characters) and quotes at most a short part of the text. */
        record Refused(Amounts.Refusal reason, String message) implements Reading {}
    }

    private AmountText() {}

    /** Reads {@code text} in {@code locale}; looks at no more than {@link #MAX_TEXT} characters. */
    public static Reading read(CharSequence text, Locale locale) {
        return read(text, locale, false);
    }

    /**
     * Reads a ratio (an exchange rate: "1.27", "1,27" in German): like {@link #read}, but a ratio is never in the
     * thousands, so it has no grouping and no {@code k}/{@code m}, and "1.125" is read as written.
     */
    public static Reading readRatio(CharSequence text, Locale locale) {
        return read(text, locale, true);
    }

    private static Reading read(CharSequence text, Locale locale, boolean ratio) {
        if (text.length() > MAX_TEXT) {
            return refused(Amounts.Refusal.TOO_LONG);
        }
        var separators = Separators.of(locale);
        var input = text.toString();
        int start = 0;
        int end = input.length();
        boolean negative = false;
        boolean currency = false;
        char suffix = 0;
        while (true) { // the sign and the currency before the number, in either order
            while (start < end && isSpace(input.charAt(start))) {
                start++;
            }
            if (start == end) {
                break;
            }
            char c = input.charAt(start);
            if (!negative && (c == '-' || c == MINUS)) {
                negative = true;
                start++;
            } else if (!currency && CURRENCY_SIGNS.indexOf(c) >= 0) {
                currency = true;
                start++;
            } else if (!currency && codeAt(input, start, end)) {
                currency = true;
                start += 3;
            } else {
                break;
            }
        }
        while (end > start) { // the currency and the suffix after it
            while (end > start && isSpace(input.charAt(end - 1))) {
                end--;
            }
            if (end == start) {
                break;
            }
            char c = input.charAt(end - 1);
            if (!currency && CURRENCY_SIGNS.indexOf(c) >= 0) {
                currency = true;
                end--;
            } else if (!currency && end - start >= 3 && codeAt(input, end - 3, end)) {
                currency = true;
                end -= 3;
            } else if (!ratio
                    && suffix == 0
                    && "kKmM".indexOf(c) >= 0
                    && (end - 1 == start || !isLetter(input.charAt(end - 2)))) {
                suffix = Character.toLowerCase(c);
                end--;
            } else {
                break;
            }
        }
        var core = input.substring(start, end);
        if (core.isEmpty()) {
            return refused(
                    negative || currency || suffix != 0 ? Amounts.Refusal.NOT_A_NUMBER : Amounts.Refusal.EMPTY,
                    separators);
        }
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!isDigit(c) && !isSpace(c) && c != '_' && SEPARATOR_LIKE.indexOf(c) < 0) {
                return refused(Amounts.Refusal.NOT_A_NUMBER, separators);
            }
        }
        var number = plain(core, separators, ratio);
        if (number == null) {
            return new Reading.Refused(
                    Amounts.Refusal.NOT_A_NUMBER, separatorsMessage(core, suffix, separators, locale, ratio));
        }
        var result = Amounts.parse((negative ? "-" : "") + number, Amounts.Syntax.PLAIN);
        return switch (result) {
            case Amounts.Result.Refused(var reason) -> refused(reason, separators);
            case Amounts.Result.Amount(var value) -> times(value, suffix);
        };
    }

    /**
     * An amount as a field shows it in {@code locale}: grouped by three with the locale's separator, trailing zeros
     * dropped, a hyphen-minus. {@link #read} reads it back as the same amount: a number that would look like a
     * grouped one (1.125 in English) keeps a fourth decimal (1.1250).
     */
    public static String write(BigDecimal value, Locale locale) {
        return write(value, Separators.of(locale), '-', true);
    }

    /** As {@link #write}, with the minus sign of displayed figures (U+2212) and no fourth decimal: "−1,234.5". */
    public static String display(BigDecimal value, Locale locale) {
        return write(value, Separators.of(locale), MINUS, false);
    }

    /**
     * Text written with English (US) separators ("$1,234.50", "-21.43 %") in {@code locale}'s ("$1.234,50" in
     * German), with the minus sign of displayed figures.
     */
    public static String localize(String usText, Locale locale) {
        var separators = Separators.of(locale);
        var out = new StringBuilder(usText.length());
        for (int i = 0; i < usText.length(); i++) {
            char c = usText.charAt(i);
            boolean betweenDigits =
                    i > 0 && i + 1 < usText.length() && isDigit(usText.charAt(i - 1)) && isDigit(usText.charAt(i + 1));
            out.append(
                    c == ',' && betweenDigits
                            ? separators.grouping()
                            : c == '.' && betweenDigits ? separators.decimal() : c == '-' ? MINUS : c);
        }
        return out.toString();
    }

    private static String write(BigDecimal value, Separators separators, char minus, boolean readable) {
        var stripped = value.stripTrailingZeros();
        var number = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        var magnitude = number.abs();
        if (readable
                && number.scale() == 3
                && magnitude.compareTo(BigDecimal.ONE) >= 0
                && magnitude.compareTo(BigDecimal.valueOf(1_000)) < 0) {
            number = number.setScale(4); // 1.125 would read as "did you mean 1,125?"
            magnitude = number.abs();
        }
        var digits = magnitude.toPlainString();
        int point = digits.indexOf('.');
        var integer = point < 0 ? digits : digits.substring(0, point);
        var out = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        if (number.signum() < 0) {
            out.append(minus);
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(separators.grouping());
            }
            out.append(integer.charAt(i));
        }
        if (point >= 0) {
            out.append(separators.decimal()).append(digits, point + 1, digits.length());
        }
        return out.toString();
    }

    /**
     * The number in {@code core} as {@code digits[.digits]}, or null when it is not one well-formed number under
     * {@code separators}, or one that another locale reads differently: a decimal separator followed by exactly
     * three digits with no other separator, after a whole part of one to three digits that does not start with 0.
     */
    private static @Nullable String plain(String core, Separators separators, boolean ratio) {
        var groups = new ArrayList<String>();
        var marks = new ArrayList<Character>(); // 'g' grouping, 'd' decimal
        int i = 0;
        while (i < core.length()) {
            int digitsStart = i;
            while (i < core.length() && isDigit(core.charAt(i))) {
                i++;
            }
            if (i == digitsStart) {
                return null; // a separator first, or two separators in a row
            }
            groups.add(core.substring(digitsStart, i));
            if (i == core.length()) {
                break;
            }
            char c = core.charAt(i++);
            if (c == separators.decimal()) {
                marks.add('d');
            } else if (separators.groups(c)) {
                marks.add('g');
                while (isSpace(c) && i < core.length() && isSpace(core.charAt(i))) {
                    i++; // a run of spaces is one grouping mark
                }
            } else {
                return null; // another locale's separator
            }
            if (i == core.length()) {
                return null; // a separator last
            }
        }
        int decimals = marks.indexOf('d');
        if (decimals >= 0 && decimals != marks.size() - 1) {
            return null; // a second decimal separator, or grouping after the decimals
        }
        int wholeGroups = decimals < 0 ? groups.size() : groups.size() - 1;
        if (ratio && wholeGroups > 1) {
            return null; // a ratio has no thousands
        }
        if (wholeGroups > 1) {
            if (groups.getFirst().length() > 3) {
                return null;
            }
            for (int g = 1; g < wholeGroups; g++) {
                if (groups.get(g).length() != 3) {
                    return null;
                }
            }
        }
        var whole = String.join("", groups.subList(0, wholeGroups));
        if (decimals < 0) {
            return whole;
        }
        var fraction = groups.getLast();
        boolean looksGrouped =
                !ratio && marks.size() == 1 && fraction.length() == 3 && whole.length() <= 3 && whole.charAt(0) != '0';
        return looksGrouped ? null : whole + "." + fraction;
    }

    /** "210.000 — did you mean 210,000? Amounts use , for thousands and . for decimals here". */
    private static String separatorsMessage(
            String core, char suffix, Separators separators, Locale locale, boolean ratio) {
        var meant = new ArrayList<BigDecimal>();
        for (var convention : CONVENTIONS) {
            if (convention.equals(separators) || sameConvention(convention, separators)) {
                continue;
            }
            var number = plain(core, convention, ratio);
            if (number != null
                    && Amounts.parse(number, Amounts.Syntax.PLAIN) instanceof Amounts.Result.Amount(var value)
                    && meant.stream().noneMatch(m -> m.compareTo(value) == 0)) {
                meant.add(value);
            }
        }
        if (meant.isEmpty()
                && !ratio
                && indianGrouped(core, separators) instanceof String number
                && Amounts.parse(number, Amounts.Syntax.PLAIN) instanceof Amounts.Result.Amount(var value)) {
            meant.add(value);
        }
        var rule = ratio ? "Rates use " + separators.decimal() + " for decimals here" : separators.rule();
        if (meant.size() != 1) {
            return "Check the separators. " + rule;
        }
        var typed = core.strip() + (suffix == 0 ? "" : String.valueOf(suffix));
        var suggestion = write(meant.getFirst(), locale) + (suffix == 0 ? "" : String.valueOf(suffix));
        if (suggestion.length() > QUOTED_MAX) {
            return "Check the separators. " + rule;
        }
        return (typed.length() <= QUOTED_MAX ? typed + " — did you mean " : "Did you mean ") + suggestion + "? " + rule;
    }

    /**
     * The plain number of a text grouped the Indian way with this locale's marks ("25,00,000": the last three digits,
     * then twos), or null. Never read as an amount (a reader of three-digit groups could take it for something
     * else); only tried to say what was meant.
     */
    private static @Nullable String indianGrouped(String core, Separators separators) {
        var grouping = Pattern.quote(String.valueOf(separators.grouping()));
        var decimal = Pattern.quote(String.valueOf(separators.decimal()));
        var text = core.strip();
        if (!Pattern.matches("\\d{1,2}(" + grouping + "\\d{2})+" + grouping + "\\d{3}(" + decimal + "\\d+)?", text)) {
            return null;
        }
        return text.replace(String.valueOf(separators.grouping()), "").replace(separators.decimal(), '.');
    }

    private static boolean sameConvention(Separators a, Separators b) {
        return a.decimal() == b.decimal() && (a.groups(b.grouping()) || b.groups(a.grouping()));
    }

    private static Reading times(BigDecimal value, char suffix) {
        if (suffix == 0) {
            return new Reading.Amount(value);
        }
        var product = value.multiply(suffix == 'k' ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(1_000_000));
        return product.precision() - product.scale() > Amounts.MAX_INTEGER_DIGITS
                ? refused(Amounts.Refusal.TOO_LARGE)
                : new Reading.Amount(product);
    }

    private static Reading refused(Amounts.Refusal reason) {
        return new Reading.Refused(reason, reason.message());
    }

    private static Reading refused(Amounts.Refusal reason, Separators separators) {
        if (reason != Amounts.Refusal.NOT_A_NUMBER && reason != Amounts.Refusal.EMPTY) {
            return refused(reason);
        }
        return new Reading.Refused(reason, "Enter a number, e.g. " + examples(separators));
    }

    /** Ways to type an amount that {@link #read} reads in {@code locale}: "250000, 250,000 or 250k" in English (US). */
    public static String examples(Locale locale) {
        return examples(Separators.of(locale));
    }

    private static String examples(Separators separators) {
        return "250000, " + write(BigDecimal.valueOf(250_000), separators, '-', true) + " or 250k";
    }

    private static boolean codeAt(String text, int from, int end) {
        if (from + 3 > end) {
            return false;
        }
        var candidate = text.substring(from, from + 3).toUpperCase(Locale.ROOT);
        boolean alone = (from == 0 || !isLetter(text.charAt(from - 1)))
                && (from + 3 == text.length() || !isLetter(text.charAt(from + 3)));
        return alone && CURRENCY_CODES.contains(candidate);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Any white space, including the no-break spaces French and Swedish group with (U+00A0, U+202F). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
