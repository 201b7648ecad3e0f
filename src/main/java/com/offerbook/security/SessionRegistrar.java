package com.offerbook.security;

import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Gives each signed-in HTTP session its row in "Your sessions" ({@link AccountSessions}): when a sign-in succeeds
 * (with its second factor, where the account has one), or at the first request of a session signed in some other way
 * ({@link AccountSessionFilter}); and forgets the row when the HTTP session ends (sign-out, timeout, ended).
 */
@Component
class SessionRegistrar implements HttpSessionListener {

    private final AccountSessions sessions;

    SessionRegistrar(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            register(user, web.getRequest());
        }
    }

    /** Records the request's session as a signed-in session of {@code user}, replacing any earlier row it had. */
    long register(SignedInUser user, HttpServletRequest request) {
        var session = request.getSession(true);
        if (session.getAttribute(AccountSessions.ATTRIBUTE) instanceof Long earlier) {
            sessions.forget(earlier);
        }
        var id = sessions.start(
                user.accountId(), request.getHeader(HttpHeaders.USER_AGENT), String.valueOf(request.getRemoteAddr()));
        session.setAttribute(AccountSessions.ATTRIBUTE, id);
        return id;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            if (event.getSession().getAttribute(AccountSessions.ATTRIBUTE) instanceof Long id) {
                sessions.forget(id);
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // nothing left to read
        }
    }
}
