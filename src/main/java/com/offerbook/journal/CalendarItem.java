package com.offerbook.journal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date for the calendar: an active offer's deadline or a log entry's follow-up. No figure of the offer is in it.
 *
 * @param entryId the log entry whose follow-up this is, or null for the offer's deadline
 * @param details what the event says beyond its title: for a follow-up the entry (what happened, with whom, what
 *     was said), as the user typed it
 */
public record CalendarItem(
        Reminder.Kind kind, long offerId, @Nullable Long entryId, String company, LocalDate due, String details) {

    /** The event's title: company and kind only. */
    public String summary() {
        return kind == Reminder.Kind.DEADLINE ? "Deadline of the offer from " + company : "Follow-up with " + company;
    }

    /**
     * Stable across downloads and feed refreshes, so a calendar updates its event instead of adding another:
     * "deadline-12@offerbook" for offer 12, "follow-up-34@offerbook" for log entry 34.
     */
    public String uid() {
        return kind == Reminder.Kind.DEADLINE
                ? "deadline-" + offerId + "@offerbook"
                : "follow-up-" + entryId + "@offerbook";
    }

    /** What identifies this reminder among a user's (the claim of an e-mail reminder). */
    String key() {
        return kind == Reminder.Kind.DEADLINE ? "deadline:" + offerId : "follow-up:" + entryId;
    }
}
