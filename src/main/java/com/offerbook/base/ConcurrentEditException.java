package com.offerbook.base;

/** Someone (often the same person in another tab) saved a change first; this change was not saved. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super(
                "This was changed meanwhile, perhaps in another tab. Reload to see the latest version, then make your change again.");
    }
}
