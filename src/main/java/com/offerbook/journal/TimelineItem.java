package com.offerbook.journal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of an offer's timeline: a log entry, or one of the offer's revisions (read from the offer, not stored
 * twice).
 *
 * @param entry the log entry, or null when this line is a revision
 * @param title what happened ("Verbal promise", "Revision 2: Counter")
 */
public record TimelineItem(
        LocalDate date, String title, @Nullable Entry entry) {

    public boolean isRevision() {
        return entry == null;
    }
}
