package com.offerbook.offers.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How dates read in the offers views. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    private Formats() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String instant(java.time.Instant instant) {
        return DATE.format(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** "Dec 15, 2026 · in 19 days", "… · today", "… · 3 days ago". */
    static String deadline(@Nullable LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return "No deadline";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        var when = days == 0 ? "today" : days == 1 ? "tomorrow" : days > 0 ? "in " + days + " days"
                : days == -1 ? "yesterday" : -days + " days ago";
        return date(deadline) + " · " + when;
    }
}
