package com.offerbook.security;

import com.offerbook.accounts.PendingSignIn;
import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but the account signs in with a second factor (or must set one up): the password step
 * ends here without a sign-in, and {@link SecondFactorFailureHandler} sends the browser on to the code page.
 */
class SecondFactorRequiredException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PendingSignIn pending;

    SecondFactorRequiredException(PendingSignIn pending) {
        super("A second factor is required");
        this.pending = pending;
    }

    PendingSignIn pending() {
        return pending;
    }
}
