package com.offerbook.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How dates read across the views. */
public final class Formats {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US)
            .withZone(ZoneId.systemDefault());

    private Formats() {}

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String instant(Instant instant) {
        return DATE.format(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** "Nov 27, 2026, 3:29:41 AM", in the server's time zone. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
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
}
