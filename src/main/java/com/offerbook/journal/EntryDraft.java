package com.offerbook.journal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the negotiation log as the user types it.
 *
 * @param who who it was with (a name, a role), may be empty
 * @param said what was said or promised
 * @param inWriting whether it is in writing (an e-mail, a written offer)
 * @param followUp when to come back to it, or null
 */
public record EntryDraft(
        LocalDate date,
        EntryKind kind,
        String who,
        String said,
        boolean inWriting,
        @Nullable LocalDate followUp) {

    /** A promise not yet in writing: what the "not yet in writing" filter keeps. */
    public boolean isUnwrittenPromise() {
        return kind == EntryKind.VERBAL_PROMISE && !inWriting;
    }
}
