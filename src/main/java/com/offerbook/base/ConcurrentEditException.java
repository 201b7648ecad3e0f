package com.offerbook.base;

import java.util.Objects;

/** Someone (often the same person in another tab) saved a change first; this change was not saved. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super(
                "This was changed meanwhile, perhaps in another tab. Reload to see the latest version, then make your change again.");
    }

    /** The refusal in words for a person; never null, since every constructor gives one. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "every constructor gives a message");
    }
}
