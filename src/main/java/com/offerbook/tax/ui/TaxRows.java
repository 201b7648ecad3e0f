package com.offerbook.tax.ui;

import com.offerbook.base.ui.Formats;
import com.offerbook.comp.Money;
import com.offerbook.comp.tax.Base;
import com.offerbook.comp.tax.Taper;
import com.offerbook.comp.tax.TaxKind;
import com.offerbook.comp.tax.TaxRow;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A profile row in words: "6.2 % of the gross wage up to $184,500", "£0–£37,700 at 20 %; …". */
final class TaxRows {

    private TaxRows() {}

    static String kind(TaxRow row) {
        return switch (row) {
            case TaxRow.Deduction d -> "Deduction";
            case TaxRow.Bands b -> b.kind() == TaxKind.INCOME ? "Income tax bands" : "Payroll tax bands";
            case TaxRow.FlatRate f -> f.kind() == TaxKind.INCOME ? "Income tax rate" : "Payroll tax rate";
            case TaxRow.Credit c -> "Credit";
        };
    }

    static String describe(TaxRow row, Currency currency) {
        return switch (row) {
            case TaxRow.Deduction d ->
                "Subtract " + money(d.amount(), currency) + " from the gross wage" + taper(d.taper(), currency, "");
            case TaxRow.Bands b ->
                b.bands().stream()
                                .map(band -> (band.to() == null
                                                ? "above " + money(band.from(), currency)
                                                : money(band.from(), currency) + "–" + money(band.to(), currency))
                                        + " at " + percent(band.rate())
                                        + (band.recapture() == null
                                                ? ""
                                                : " (benefit of lower bands recaptured from "
                                                        + money(band.recapture().from(), currency) + ")"))
                                .collect(Collectors.joining("; "))
                        + " of " + base(b.base());
            case TaxRow.FlatRate f ->
                percent(f.rate()) + " of " + base(f.base())
                        + (f.floor() == null ? "" : " above " + money(f.floor(), currency))
                        + (f.cap() == null ? "" : " up to " + money(f.cap(), currency));
            case TaxRow.Credit c ->
                "Take " + money(c.amount(), currency) + " off the income tax" + taper(c.phaseOut(), currency, "");
        };
    }

    private static String taper(@Nullable Taper taper, Currency currency, String none) {
        if (taper == null) {
            return none;
        }
        var counted = switch (taper.stepping()) {
            case WHOLE -> "every whole ";
            case PART -> "each (or part of each) ";
            case CONTINUOUS -> "each ";
        };
        return ", reduced by " + money(taper.reduceBy(), currency) + " for " + counted + money(taper.per(), currency)
                + " of gross wage above " + money(taper.threshold(), currency);
    }

    private static String base(Base base) {
        return base == Base.GROSS ? "the gross wage" : "taxable income";
    }

    static String money(BigDecimal amount, Currency currency) {
        return new Money(amount, currency).format(Formats.locale());
    }

    static String percent(BigDecimal rate) {
        return Formats.number(rate) + " %";
    }
}
