package com.offerbook.accounts;

import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The second step of a password sign-in, handed to the authentication manager: the pending sign-in and the code the
 * person typed (a 6-digit code or a recovery code; empty right after setting up an authenticator, whose first code
 * was checked then). Never authenticated itself: the manager answers with the signed-in user.
 */
public final class SecondFactorCode extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PendingSignIn pending;
    private final String code;

    public SecondFactorCode(PendingSignIn pending, String code, @Nullable Object details) {
        super(List.of());
        this.pending = pending;
        this.code = code;
        setDetails(details);
        setAuthenticated(false);
    }

    public PendingSignIn pending() {
        return pending;
    }

    public String code() {
        return code;
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return pending.username();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
