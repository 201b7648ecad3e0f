package com.offerbook.base.ui;

import com.offerbook.comp.Amounts;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount as people type it: "250000", "250,000", "$250,000.50", "250k", "1.2m". Blank is zero
 * when {@code blankIsZero}, otherwise "no value". Anything else is refused with a message that says what to
 * write. The number itself is read by {@link Amounts} (bounded length, digits and scale), after this class
 * removed what people add around it; text longer than {@link #MAX_TEXT} is refused before it is looked at.
 */
public final class AmountConverter implements Converter<String, @Nullable BigDecimal> {

    /** The longest text read: a bounded number with a currency, grouping separators and spaces around it. */
    static final int MAX_TEXT = 2 * Amounts.MAX_LENGTH;

    private static final String HOW = "Enter a number, e.g. 250000, 250,000 or 250k";

    private final boolean blankIsZero;

    public AmountConverter(boolean blankIsZero) {
        this.blankIsZero = blankIsZero;
    }

    @Override
    public Result<@Nullable BigDecimal> convertToModel(@Nullable String text, ValueContext context) {
        if (text == null || text.length() <= MAX_TEXT && text.isBlank()) {
            return Result.ok(blankIsZero ? BigDecimal.ZERO : null);
        }
        return switch (read(text)) {
            case Amounts.Result.Amount(var value) -> Result.ok(value);
            case Amounts.Result.Refused(var reason) ->
                Result.error(
                        reason == Amounts.Refusal.NOT_A_NUMBER || reason == Amounts.Refusal.EMPTY
                                ? HOW
                                : reason.message());
        };
    }

    @Override
    public String convertToPresentation(@Nullable BigDecimal value, ValueContext context) {
        return value == null ? "" : plain(value);
    }

    /** "330000" for 330000.00: how an amount reads in a field. */
    public static String plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The amount the text means, or null when it is blank or no amount. */
    public static @Nullable BigDecimal parse(String text) {
        return read(text) instanceof Amounts.Result.Amount(var value) ? value : null;
    }

    /** The amount in {@code text}, or why there is none; never looks at more than {@link #MAX_TEXT} characters. */
    static Amounts.Result read(String text) {
        if (text.length() > MAX_TEXT) {
            return new Amounts.Result.Refused(Amounts.Refusal.TOO_LONG);
        }
        var cleaned = text.strip()
                .replaceAll("[\\s,_$£€]", "")
                .replaceFirst("(?i)^(usd|gbp|eur|cad|chf)", "")
                .replaceFirst("(?i)(usd|gbp|eur|cad|chf)$", "");
        if (cleaned.isEmpty()) {
            return new Amounts.Result.Refused(Amounts.Refusal.EMPTY);
        }
        var multiplier = BigDecimal.ONE;
        var last = Character.toLowerCase(cleaned.charAt(cleaned.length() - 1));
        if (last == 'k' || last == 'm') {
            multiplier = last == 'k' ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(1_000_000);
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        var result = Amounts.parse(cleaned, Amounts.Syntax.PLAIN);
        if (result instanceof Amounts.Result.Amount(var value) && multiplier.compareTo(BigDecimal.ONE) != 0) {
            var product = value.multiply(multiplier);
            return product.precision() - product.scale() > Amounts.MAX_INTEGER_DIGITS
                    ? new Amounts.Result.Refused(Amounts.Refusal.TOO_LARGE)
                    : new Amounts.Result.Amount(product);
        }
        return result;
    }
}
