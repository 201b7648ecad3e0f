package com.offerbook.accounts;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in whose password was right but whose second factor is still missing. It lives in the HTTP session under
 * {@link #ATTRIBUTE}, server-side only, and is not a sign-in: Spring Security's context stays empty, so no page and
 * no service opens for it. Only the code page reads it, and it lapses at {@link #expiresAt}.
 *
 * @param step what the code page asks for: a code ({@link Step#CODE}); or, where administrators require a second
 *     factor and the account has none, to set one up first ({@link Step#ENROL}), which becomes {@link Step#ENROLLED}
 *     once the first code has been confirmed; or, where administrators require a second factor and the account's
 *     only one is a passkey, to sign in with the passkey instead ({@link Step#PASSKEY})
 */
public record PendingSignIn(long accountId, String username, Instant expiresAt, Step step) implements Serializable {

    public enum Step {
        CODE,
        ENROL,
        ENROLLED,
        PASSKEY
    }

    /** The HTTP session attribute that holds the pending sign-in. */
    public static final String ATTRIBUTE = "offerbook.pendingSignIn";

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public PendingSignIn enrolled() {
        return new PendingSignIn(accountId, username, expiresAt, Step.ENROLLED);
    }
}
