package com.offerbook.valuation.ui;

import com.offerbook.base.ui.AmountConverter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads a percentage or an amount as people type it in their number format: "-30", "−30 %", "+25%", "4.5" ("4,5" in
 * German), "100k", "$100,000". A leading plus and the percent sign are dropped before {@link AmountConverter} reads the
 * rest; blank is refused (every valuation figure is needed).
 */
final class NumberConverter implements Converter<String, BigDecimal> {

    private final AmountConverter amounts = new AmountConverter(false);

    @Override
    public Result<BigDecimal> convertToModel(@Nullable String text, ValueContext context) {
        var cleaned = text == null
                ? ""
                : text.strip().replace('\u2212', '-').replace("%", "").replaceFirst("^\\+", "");
        if (cleaned.isBlank()) {
            return Result.error("Enter a number");
        }
        var result = amounts.convertToModel(cleaned, context);
        return result.flatMap(
                value -> value == null ? Result.error("Enter a number, e.g. -30, 25 or 100k") : Result.ok(value));
    }

    @Override
    public String convertToPresentation(@Nullable BigDecimal value, ValueContext context) {
        return amounts.convertToPresentation(value, context);
    }
}
