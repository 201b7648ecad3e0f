package com.offerbook.security;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SessionStanding;
import com.offerbook.accounts.SignedInUser;
import com.offerbook.accounts.Usernames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Ends a signed-in session as soon as its account no longer backs it: locked, deleted, or its password changed in
 * another session (the account's session epoch moved on, {@link SignedInUser#sessionEpoch}), or ended on its own
 * from "Your sessions" (its row in {@link AccountSessions} gone). Asked on every request
 * of a signed-in session, against the database, so it holds on every instance at once.
 *
 * <p>An ended session is invalidated and the request goes on signed out: a page request is sent to the sign-in page,
 * and an open tab's next Vaadin request finds its session expired, reloads, and lands there too. A fresh session
 * carries the reason ({@link SessionStanding#ENDED_ATTRIBUTE}) for the sign-in page to say in plain words.
 *
 * <p>Cost: one primary-key look-up of two columns per request of a signed-in session; measured in
 * docs/security.md ("Sessions and sign-in").
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("com.offerbook.security.signin");

    private final AccountService accounts;
    private final AccountSessions sessions;
    private final SessionRegistrar registrar;

    AccountSessionFilter(AccountService accounts, AccountSessions sessions, SessionRegistrar registrar) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.registrar = registrar;
    }

    /**
     * The context goes through {@link SecurityContextHolder} on each call, not a strategy kept from start-up: Vaadin
     * installs its own strategy after the security configuration is built.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            var standing = authentication.getPrincipal() instanceof SignedInUser user
                    ? standing(user, request)
                    : SessionStanding.ENDED;
            if (standing != SessionStanding.VALID) {
                log.info("session ended ({}) user={}", standing, Usernames.forLog(authentication.getName()));
                end(request, standing);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Issue 17: a session with a row in "Your sessions" is checked against it too (one look-up for both); one without
     * (signed in by a way that did not register it) gets its row now.
     */
    private SessionStanding standing(SignedInUser user, HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return accounts.standing(user.accountId(), user.sessionEpoch());
        }
        if (session.getAttribute(AccountSessions.ATTRIBUTE) instanceof Long row) {
            return sessions.standing(user.accountId(), user.sessionEpoch(), row);
        }
        // A page fires several requests at once: one of them registers the row, the others then find it (without
        // the lock each registered its own and forgot the other's, ending the session it had just signed in).
        synchronized (WebUtils.getSessionMutex(session)) {
            if (session.getAttribute(AccountSessions.ATTRIBUTE) instanceof Long row) {
                return sessions.standing(user.accountId(), user.sessionEpoch(), row);
            }
            var standing = accounts.standing(user.accountId(), user.sessionEpoch());
            if (standing == SessionStanding.VALID) {
                registrar.register(user, request);
            }
            return standing;
        }
    }

    private void end(HttpServletRequest request, SessionStanding standing) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile by another request of the same session
            }
        }
        request.getSession(true).setAttribute(SessionStanding.ENDED_ATTRIBUTE, standing.name());
    }
}
