package com.offerbook.accounts;

import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session: Spring Security's user with the account's id and the session epoch it
 * signed in with ({@link AccountService#standing}), so that every request can tell whether the session still stands.
 */
public final class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long sessionEpoch;

    SignedInUser(
            long accountId,
            String username,
            String passwordHash,
            boolean locked,
            long sessionEpoch,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, true, true, true, !locked, authorities);
        this.accountId = accountId;
        this.sessionEpoch = sessionEpoch;
    }

    public long accountId() {
        return accountId;
    }

    public long sessionEpoch() {
        return sessionEpoch;
    }

    /** The same user for a session that goes on after its own password change moved the epoch on. */
    public SignedInUser withSessionEpoch(long epoch) {
        return new SignedInUser(accountId, getUsername(), "", !isAccountNonLocked(), epoch, getAuthorities());
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
