package com.offerbook.base.ui;

import com.offerbook.comp.AmountText;
import com.offerbook.comp.Amounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount as people type it in their number format ({@link AmountText}): "250000", "250,000", "$250,000.50",
 * "250k", "1.2m" in English (US); "250.000" and "12,5k" in German. Blank is zero when {@code blankIsZero}, otherwise
 * "no value". Anything else, and anything another number format would read differently ("210.000" in English), is
 * refused with a message that says what was probably meant. Amounts are written back grouped in the same format
 * ("249,600"); {@link #regroupWhenRead} keeps a field grouped after typing.
 *
 * <p>The number format is the {@link ValueContext}'s locale, which is the UI's: the user's "Number format" preference,
 * or the browser's (set when the UI starts, {@code NumberFormatSetup}).
 */
public final class AmountConverter implements Converter<String, @Nullable BigDecimal> {

    /** The longest text read: a bounded number with a currency, grouping separators and spaces around it. */
    static final int MAX_TEXT = AmountText.MAX_TEXT;

    private final boolean blankIsZero;

    public AmountConverter(boolean blankIsZero) {
        this.blankIsZero = blankIsZero;
    }

    @Override
    public Result<@Nullable BigDecimal> convertToModel(@Nullable String text, ValueContext context) {
        if (text == null || (text.length() <= MAX_TEXT && text.isBlank())) {
            return Result.ok(blankIsZero ? BigDecimal.ZERO : null);
        }
        return switch (AmountText.read(text, locale(context))) {
            case AmountText.Reading.Amount(var value) -> Result.ok(value);
            case AmountText.Reading.Refused(var reason, var message) ->
                reason == Amounts.Refusal.EMPTY
                        ? Result.ok(blankIsZero ? BigDecimal.ZERO : null)
                        : Result.error(message);
        };
    }

    @Override
    public String convertToPresentation(@Nullable BigDecimal value, ValueContext context) {
        return value == null ? "" : AmountText.write(value, locale(context));
    }

    /** The amount in {@code text} read in the current UI's number format, or null when it is blank or no amount. */
    public static @Nullable BigDecimal parse(String text) {
        return AmountText.read(text, currentLocale()) instanceof AmountText.Reading.Amount(var value) ? value : null;
    }

    /** A ratio (an exchange rate) typed in the UI's number format: "1.27" ("1,27" in German), no thousands. */
    public static Result<BigDecimal> ratio(String text) {
        return switch (AmountText.readRatio(text, currentLocale())) {
            case AmountText.Reading.Amount(var value) -> Result.ok(value);
            case AmountText.Reading.Refused(var reason, var message) -> Result.error(message);
        };
    }

    /** "249,600" for 249600.00 in English (US), "249.600" in German: how an amount reads in a field. */
    public static String write(BigDecimal value) {
        return AmountText.write(value, currentLocale());
    }

    /**
     * Rewrites the field's text grouped in the UI's number format whenever the user changes it to a readable amount
     * ("249600" becomes "249,600", "250k" becomes "250,000"); text that is refused stays as typed, next to its message.
     * For fields whose binder is read and written as a whole ({@code readRecord}/{@code writeRecord}), where Vaadin
     * does not write the converted value back by itself.
     */
    public static TextField regroupWhenRead(TextField field) {
        field.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue().isBlank()) {
                return;
            }
            var locale = field.getUI().map(UI::getLocale).orElseGet(AmountConverter::currentLocale);
            if (AmountText.read(event.getValue(), locale) instanceof AmountText.Reading.Amount(var value)) {
                var grouped = AmountText.write(value, locale);
                if (!grouped.equals(event.getValue())) {
                    field.setValue(grouped);
                }
            }
        });
        return field;
    }

    /** A context for a conversion outside a binder, in the UI's number format. */
    public static ValueContext context() {
        return new ValueContext(currentLocale());
    }

    /** The UI's locale (the number format of every field and figure), English (US) outside a UI. */
    public static Locale currentLocale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.US : ui.getLocale();
    }

    private static Locale locale(ValueContext context) {
        return context.getLocale().orElseGet(AmountConverter::currentLocale);
    }
}
