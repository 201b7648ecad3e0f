package com.offerbook.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount as people type it: "250000", "250,000", "$250,000.50", "250k", "1.2m". Blank is zero
 * when {@code blankIsZero}, otherwise "no value". Anything else is refused with a message that says what to
 * write.
 */
public final class AmountConverter implements Converter<String, @Nullable BigDecimal> {

    private final boolean blankIsZero;

    public AmountConverter(boolean blankIsZero) {
        this.blankIsZero = blankIsZero;
    }

    @Override
    public Result<@Nullable BigDecimal> convertToModel(@Nullable String text, ValueContext context) {
        var value = parse(text == null ? "" : text);
        if (value == null && (text == null || text.isBlank())) {
            return Result.ok(blankIsZero ? BigDecimal.ZERO : null);
        }
        return value == null ? Result.error("Enter a number, e.g. 250000, 250,000 or 250k") : Result.ok(value);
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
        var cleaned = text.strip()
                .replaceAll("[\\s,_$£€]", "")
                .replaceFirst("(?i)^(usd|gbp|eur|cad|chf)", "")
                .replaceFirst("(?i)(usd|gbp|eur|cad|chf)$", "");
        if (cleaned.isEmpty()) {
            return null;
        }
        var multiplier = BigDecimal.ONE;
        var last = Character.toLowerCase(cleaned.charAt(cleaned.length() - 1));
        if (last == 'k' || last == 'm') {
            multiplier = last == 'k' ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(1_000_000);
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        if (!cleaned.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(cleaned).multiply(multiplier);
    }
}
