package com.offerbook.security;

import com.offerbook.accounts.SecondFactorCode;
import com.offerbook.accounts.SecondFactors;
import com.offerbook.accounts.Usernames;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The second step of password sign-in ({@link SecondFactorCode}): a code of the account's authenticator app or a
 * recovery code, under the same throttle as passwords ({@link LoginAttempts}: a wrong code counts as a failed
 * sign-in of the account and the address, and a throttled account is refused before the code is looked at). On
 * success the account is loaded afresh (locked meanwhile: refused) and signed in as a password sign-in would be.
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger("com.offerbook.security.signin");

    private final SecondFactors secondFactors;
    private final LoginAttempts attempts;
    private final UserDetailsService users;
    private final Clock clock;

    SecondFactorAuthenticationProvider(
            SecondFactors secondFactors, LoginAttempts attempts, UserDetailsService users, Clock clock) {
        this.secondFactors = secondFactors;
        this.attempts = attempts;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var token = (SecondFactorCode) authentication;
        var pending = token.pending();
        var username = pending.username();
        var address =
                token.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress()
                        : "unknown";
        var loggedName = Usernames.forLog(username);
        var loggedAddress = Usernames.forLog(address);
        if (pending.expired(clock.instant())) {
            throw new BadCredentialsException("The sign-in has lapsed");
        }
        if (attempts.isBlocked(username, address)) {
            log.warn("second factor refused (throttled) user={} address={}", loggedName, loggedAddress);
            throw new BadCredentialsException("Bad credentials");
        }
        var accepted = switch (pending.step()) {
            case CODE -> secondFactors.verify(pending.accountId(), token.code());
            // Set up during this sign-in: its first code was checked when the app was saved.
            case ENROLLED -> secondFactors.hasAuthenticatorApp(pending.accountId());
            // A passkey signs in through its own endpoint, never through a code.
            case ENROL, PASSKEY -> false;
        };
        if (!accepted) {
            attempts.failed(username, address);
            log.info("second factor failed user={} address={}", loggedName, loggedAddress);
            throw new BadCredentialsException("Bad credentials");
        }
        var user = users.loadUserByUsername(username);
        if (!user.isAccountNonLocked()) {
            throw new LockedException("Locked");
        }
        attempts.succeeded(username);
        log.info("sign-in succeeded with a second factor user={} address={}", loggedName, loggedAddress);
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(token.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return SecondFactorCode.class.isAssignableFrom(authentication);
    }
}
