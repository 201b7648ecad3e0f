package com.offerbook.accounts;

import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in sessions of each account ("Your sessions"): one row per HTTP session, kept beside the session epoch
 * of {@link AccountService#standing}, which still ends every session at once (lock, password change). A row ends
 * one session: its next request finds the row gone ({@link SessionStanding#ENDED_ELSEWHERE}). The HTTP session holds
 * its row's id under {@link #ATTRIBUTE}, server-side, so a client cannot name another session.
 *
 * <p>Listing and ending act on the signed-in account only; another account's session id answers not found.
 */
@Service
public class AccountSessions {

    /** The HTTP session attribute holding the id of the session's row. */
    public static final String ATTRIBUTE = "offerbook.accountSession";

    /** The last-active time is written at most this often per session, not on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccountSessionRepository sessions;
    private final AccountService accounts;
    private final CurrentAccount currentAccount;
    private final Clock clock;
    private final Duration timeout;

    AccountSessions(
            AccountSessionRepository sessions,
            AccountService accounts,
            CurrentAccount currentAccount,
            Clock clock,
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.currentAccount = currentAccount;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * Records a session that has just signed in; rows of sessions idle past the timeout (a restart forgets the
     * sessions themselves) go at the same time.
     *
     * @return the id to keep in the HTTP session under {@link #ATTRIBUTE}
     */
    @Transactional
    public long start(long accountId, @Nullable String userAgent, String address) {
        var now = clock.instant();
        sessions.deleteIdleSince(now.minus(timeout));
        var cutAddress = address.length() > Limits.SESSION_ADDRESS_MAX
                ? address.substring(0, Limits.SESSION_ADDRESS_MAX)
                : address;
        var row = sessions.save(new AccountSession(accountId, Devices.describe(userAgent), cutAddress, now));
        return Objects.requireNonNull(row.getId());
    }

    /**
     * Whether a session still stands: its account unlocked, its epoch current, and its row not ended. Asked on every
     * request of a signed-in session: one look-up by primary key, and a write of the last-active time at most once a
     * minute.
     */
    @Transactional
    public SessionStanding standing(long accountId, long sessionEpoch, long sessionId) {
        var check = sessions.check(sessionId, accountId);
        if (check.isEmpty()) {
            var account = accounts.standing(accountId, sessionEpoch);
            return account == SessionStanding.VALID ? SessionStanding.ENDED_ELSEWHERE : account;
        }
        var state = check.get();
        if (state.locked()) {
            return SessionStanding.LOCKED;
        }
        if (state.sessionEpoch() != sessionEpoch) {
            return SessionStanding.ENDED;
        }
        var now = clock.instant();
        if (state.lastActiveAt().isBefore(now.minus(TOUCH_EVERY))) {
            sessions.touch(sessionId, now);
        }
        return SessionStanding.VALID;
    }

    /** The signed-in user's sessions, newest first; {@code currentSessionId} is marked as this one. */
    @Transactional(readOnly = true)
    public List<SessionRow> listForCurrentUser(@Nullable Long currentSessionId) {
        var accountId = currentAccount.id();
        return sessions
                .findByAccountIdAndLastActiveAtAfterOrderByStartedAtDesc(
                        accountId, clock.instant().minus(timeout))
                .stream()
                .map(s -> {
                    var id = Objects.requireNonNull(s.getId());
                    return new SessionRow(
                            id,
                            s.getDevice(),
                            s.getAddress(),
                            s.getStartedAt(),
                            s.getLastActiveAt(),
                            id.equals(currentSessionId));
                })
                .toList();
    }

    /**
     * Ends one of the signed-in user's sessions at its next request.
     *
     * @throws NotFoundException when it is not theirs or has ended already
     */
    @Transactional
    public void endForCurrentUser(long sessionId) {
        if (sessions.end(sessionId, currentAccount.id()) == 0) {
            throw new NotFoundException("Session");
        }
    }

    /**
     * Ends every session of the signed-in user but {@code keep} (the caller's own; null ends them all).
     *
     * @return how many ended
     */
    @Transactional
    public int endOthersForCurrentUser(@Nullable Long keep) {
        return sessions.endAllBut(currentAccount.id(), keep == null ? -1 : keep);
    }

    /** Forgets the row of an HTTP session that has ended (signed out, timed out, invalidated). */
    @Transactional
    public void forget(long sessionId) {
        sessions.findById(sessionId).ifPresent(sessions::delete);
    }
}
