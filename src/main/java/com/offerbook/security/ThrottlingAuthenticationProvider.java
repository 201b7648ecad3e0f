package com.offerbook.security;

import com.offerbook.accounts.Usernames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords through the usual provider, but refuses attempts for an account or address that failed too
 * often (see {@link LoginAttempts}) before the password is even looked at, with the same generic failure.
 * Every attempt is logged with user name, address and outcome; never the password. The name is what the client
 * sent, so it is logged escaped and cut ({@link Usernames#forLog}): no name can write a line of its own.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger("com.offerbook.security.signin");

    private final DaoAuthenticationProvider delegate;
    private final LoginAttempts attempts;
    private final SecondFactorStep secondFactor;

    ThrottlingAuthenticationProvider(
            DaoAuthenticationProvider delegate, LoginAttempts attempts, SecondFactorStep secondFactor) {
        this.delegate = delegate;
        this.attempts = attempts;
        this.secondFactor = secondFactor;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = String.valueOf(authentication.getName());
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        var loggedName = Usernames.forLog(username);
        var loggedAddress = Usernames.forLog(address);
        if (attempts.isBlocked(username, address)) {
            log.warn("sign-in refused (throttled) user={} address={}", loggedName, loggedAddress);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            var result = delegate.authenticate(authentication);
            // Issue 17: a right password with a second factor to come is not a sign-in, and does not clear the
            // account's failures either: the code step counts toward the same limit.
            var pending = secondFactor.after(result);
            if (pending.isPresent()) {
                log.info("password accepted, second factor asked user={} address={}", loggedName, loggedAddress);
                throw new SecondFactorRequiredException(pending.get());
            }
            attempts.succeeded(username);
            log.info("sign-in succeeded user={} address={}", loggedName, loggedAddress);
            return result;
        } catch (SecondFactorRequiredException secondStep) {
            throw secondStep;
        } catch (AuthenticationException failure) {
            attempts.failed(username, address);
            log.info("sign-in failed user={} address={}", loggedName, loggedAddress);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
