package com.offerbook.journal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something due: an offer's deadline or a log entry's follow-up.
 *
 * @param entryId the log entry whose follow-up this is, or null for the offer's deadline
 * @param overdue the date has passed
 */
public record Reminder(
        Kind kind,
        long offerId,
        String company,
        LocalDate due,
        @Nullable Long entryId,
        boolean overdue) {

    public enum Kind {
        DEADLINE,
        FOLLOW_UP
    }

    /** "A follow-up with Acme is due 2026-12-01": company and date only, never a figure or what was said. */
    public String sentence() {
        return (kind == Kind.DEADLINE ? "The deadline of the offer from " : "A follow-up with ") + company + " is due";
    }
}
