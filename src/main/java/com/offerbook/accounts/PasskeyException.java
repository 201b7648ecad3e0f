package com.offerbook.accounts;

import java.io.Serial;

/** A passkey cannot be added or removed; the message says why, in words for the person. */
public class PasskeyException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PasskeyException(String message) {
        super(message);
    }
}
