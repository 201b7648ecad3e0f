package com.offerbook.security;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.AccountSummary;
import com.offerbook.accounts.Preferences;
import com.offerbook.accounts.SignedInUser;
import jakarta.servlet.http.HttpSession;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in account. Services ask it who is calling instead of trusting an id handed to them, so every
 * query of user data is scoped to the person signed in.
 */
@Component
public class CurrentUser {

    /** The owner of the share link being shown, while {@link #readingAs} runs on this thread. */
    private static final ThreadLocal<@Nullable AccountSummary> SHARE_OWNER = new ThreadLocal<>();

    /**
     * A page asks several services who is calling, each in its own transaction; within one HTTP request (a Vaadin
     * round trip) the answer is looked up once and forgotten with the request (issue 15: it was one query per service
     * call). {@link AccountSessionFilter} has checked at the start of the request that the account may go on.
     */
    private static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    private final AccountService accounts;
    private final AccountSessions sessions;

    CurrentUser(AccountService accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** @throws AccessDeniedException when nobody is signed in or the account no longer exists */
    public AccountSummary require() {
        var owner = SHARE_OWNER.get();
        if (owner != null) {
            return owner;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Not signed in");
        }
        var username = authentication.getName();
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                        instanceof AccountSummary known
                && known.username().equals(username)) {
            return known;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof AccountSummary known
                && known.username().equals(username)) {
            return known;
        }
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new AccessDeniedException("Account no longer exists"));
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, account, RequestAttributes.SCOPE_REQUEST);
        } else {
            rememberForTransaction(account);
        }
        return account;
    }

    /** Outside a request (a background job signed in on its thread): remembered for one transaction instead. */
    private void rememberForTransaction(AccountSummary account) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
        TransactionSynchronizationManager.bindResource(this, account);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CurrentUser.this);
            }
        });
    }

    public long id() {
        return require().id();
    }

    /**
     * Changes the signed-in user's password; the current one is required. Every other session of the account ends
     * (its epoch moves on, see {@link AccountSessionFilter}); this one goes on with the new epoch.
     */
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        var epoch = accounts.changePassword(require().username(), currentPassword, newPassword, confirmation);
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() instanceof Authentication signedIn
                && signedIn.getPrincipal() instanceof SignedInUser user) {
            var renewed = UsernamePasswordAuthenticationToken.authenticated(
                    user.withSessionEpoch(epoch), null, signedIn.getAuthorities());
            renewed.setDetails(signedIn.getDetails());
            context.setAuthentication(renewed);
            // The context object is the one kept in the HTTP session; storing it again makes the change explicit
            // for session managers that copy attributes.
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                    && web.getRequest().getSession(false) instanceof HttpSession session) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
        // Issue 17: the other sessions' rows in "Your sessions" go too (the epoch has ended the sessions already).
        sessions.endOthersForCurrentUser(currentSessionRow());
    }

    /** The row of this HTTP session in "Your sessions", if it has one. */
    private static @Nullable Long currentSessionRow() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                        && web.getRequest().getSession(false) instanceof HttpSession session
                        && session.getAttribute(AccountSessions.ATTRIBUTE) instanceof Long row
                ? row
                : null;
    }

    /** The signed-in user's display settings; the defaults while nobody (or no longer existing account) is signed in. */
    public Preferences preferences() {
        var owner = SHARE_OWNER.get();
        if (owner != null) {
            return accounts.preferences(owner.id());
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return Preferences.defaults();
        }
        try {
            return accounts.preferences(require().id());
        } catch (AccessDeniedException accountGone) {
            return Preferences.defaults();
        }
    }

    /**
     * Runs {@code read} as if account {@code accountId} were signed in, on this thread only, and forgets it after: how
     * a share link's page reads its owner's data through the same owner-scoped services (docs/security.md, "Share
     * links"). Only {@code sharing.SharingService}, and for the calendar feed and the e-mail reminders
     * {@code journal.CalendarService} and {@code journal.ReminderService}, call it (ArchitectureTest), after finding the
     * account by a valid token or its reminder setting, inside a read-only transaction. Meanwhile no statement but a
     * read reaches the database ({@link ShareReadGuard}): a write under it is refused, whatever service it goes
     * through.
     *
     * @throws IllegalStateException outside a transaction, or when already reading as someone
     * @throws AccessDeniedException when the account no longer exists
     */
    public <T> T readingAs(long accountId, Supplier<T> read) {
        if (SHARE_OWNER.get() != null) {
            throw new IllegalStateException("Already reading as another account");
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Another account is read only inside a transaction");
        }
        var owner =
                accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("Account no longer exists"));
        SHARE_OWNER.set(owner);
        try {
            return read.get();
        } finally {
            SHARE_OWNER.remove();
        }
    }

    /** Whether {@link #readingAs} runs on this thread (then nothing may be written). */
    static boolean isReadingAsShareOwner() {
        return SHARE_OWNER.get() != null;
    }

    public void savePreferences(Preferences preferences) {
        if (SHARE_OWNER.get() != null) {
            throw new AccessDeniedException("A share link reads only");
        }
        accounts.savePreferences(id(), preferences);
    }
}
