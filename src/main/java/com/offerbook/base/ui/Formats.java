package com.offerbook.base.ui;

import com.offerbook.comp.AmountText;
import com.offerbook.comp.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How figures and dates read in the views, in the UI's locale (the user's "Number format", or the browser's; English
 * (US) outside a UI): money with the locale's separators ("$249,600", "$249.600" in German), percentages
 * ("−21.43 %"), numbers, and dates in the locale's medium style ("Jan 5, 2026", "05.01.2026"). Every displayed minus is
 * U+2212.
 */
public final class Formats {

    private Formats() {}

    /** The locale of every figure and date in the current UI. */
    public static Locale locale() {
        return AmountConverter.currentLocale();
    }

    /** "$249,600", "−£30,000", "$249.600" in German. */
    public static String money(Money money) {
        return money.format(locale());
    }

    /** In whole units, rounded half-even, for headline and comparison figures: "$2,657,204", "$2.657.204" in German. */
    public static String moneyWhole(Money money) {
        return money.formatWhole(locale());
    }

    /** "+$15,000", "−$25,000", "±$0", with the locale's separators. */
    public static String moneySigned(Money money) {
        return money.formatSigned(locale());
    }

    /** "1,234.5", "−30", "12,5" in German: a number as written, trailing zeros dropped. */
    public static String number(BigDecimal value) {
        return AmountText.display(value, locale());
    }

    /** "−21.43 %", "12.5 %" ("12,5 %" in German): rounded to two places. */
    public static String percent(BigDecimal percent) {
        return number(percent.setScale(2, RoundingMode.HALF_EVEN)) + " %";
    }

    /** "Jan 5, 2026" in English (US), "05.01.2026" in German, "5 janv. 2026" in French; "" for none. */
    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : dateFormat().format(date);
    }

    /** The day of {@code instant} in the server's time zone, as {@link #date}. */
    public static String instant(Instant instant) {
        return date(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** "Nov 27, 2026, 3:29:41 AM", in the server's time zone and the UI's locale. */
    public static String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale())
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    /** "Dec 15, 2026 · in 19 days", "… · today", "… · 3 days ago". */
    public static String deadline(@Nullable LocalDate deadline, LocalDate today) {
        return deadline == null ? "No deadline" : date(deadline) + " · " + fromToday(deadline, today);
    }

    /** "in 19 days", "today", "tomorrow", "yesterday", "3 days ago". */
    public static String fromToday(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days == 0
                ? "today"
                : days == 1
                        ? "tomorrow"
                        : days > 0 ? "in " + days + " days" : days == -1 ? "yesterday" : -days + " days ago";
    }

    private static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }
}
