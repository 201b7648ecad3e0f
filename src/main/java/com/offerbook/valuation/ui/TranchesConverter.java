package com.offerbook.valuation.ui;

import com.offerbook.base.ui.AmountConverter;
import com.offerbook.valuation.CurrentJobDraft;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Unvested equity as lines of "month: amount" ("6: 10,000"), one vesting date a line. */
final class TranchesConverter implements Converter<String, List<CurrentJobDraft.Tranche>> {

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d{1,4})\\s*[:,;=]\\s*(\\S.*)$");

    private final NumberConverter number = new NumberConverter();

    @Override
    public Result<List<CurrentJobDraft.Tranche>> convertToModel(@Nullable String text, ValueContext context) {
        var tranches = new ArrayList<CurrentJobDraft.Tranche>();
        var lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            var matcher = LINE.matcher(lines[i]);
            if (!matcher.matches()) {
                return Result.error("Line " + (i + 1) + ": write the month and the amount, e.g. 6: 10000");
            }
            var amount = number.convertToModel(matcher.group(2), context);
            if (amount.isError()) {
                return Result.error(
                        "Line " + (i + 1) + ": " + amount.getMessage().orElse("enter an amount"));
            }
            BigDecimal value = amount.getOrThrow(IllegalStateException::new);
            tranches.add(new CurrentJobDraft.Tranche(Integer.parseInt(matcher.group(1)), value));
        }
        return Result.ok(List.copyOf(tranches));
    }

    @Override
    public String convertToPresentation(@Nullable List<CurrentJobDraft.Tranche> tranches, ValueContext context) {
        return tranches == null
                ? ""
                : tranches.stream().map(t -> line(t.month(), t.amount())).collect(Collectors.joining("\n"));
    }

    /** "6: 10,000" or "12: 8,333.34" ("6: 10.000" in German): the amount grouped as the UI writes amounts. */
    static String line(int month, BigDecimal amount) {
        return month + ": " + AmountConverter.write(amount);
    }
}
