package com.offerbook.security;

import com.offerbook.accounts.Usernames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address, and refuses attempts without checking the password:
 *
 * <ul>
 *   <li>an account (by {@link Usernames#key}, the key the account look-up uses) after
 *       {@value #MAX_FAILURES_PER_ACCOUNT} failures within {@link #WINDOW}, for the rest of the window;
 *   <li>an address after {@value #FREE_FAILURES_PER_ADDRESS} failures within the window, for a delay that doubles with
 *       each further failure (1 s, 2 s, 4 s … at most {@link #MAX_ADDRESS_DELAY}) after its latest failure. Guessing
 *       from one address slows to one try per delay, while other people behind the same address (one office, one
 *       proxy) are kept waiting seconds, not locked out for the window.
 * </ul>
 *
 * The client address is the one Tomcat reports: the connecting address, or the forwarded one when the connection
 * comes from a configured trusted proxy ({@code server.tomcat.remoteip.internal-proxies}). Kept in memory, per
 * instance: a restart forgets.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 10;
    static final Duration MAX_ADDRESS_DELAY = Duration.ofMinutes(2);
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Past this many entries, the ones with nothing left in the window are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        var now = clock.instant();
        if (recent(byAccount, Usernames.key(username), now) >= MAX_FAILURES_PER_ACCOUNT) {
            return true;
        }
        var times = byAddress.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            var delay = delay(recent(byAddress, address, now));
            return !times.isEmpty() && now.isBefore(times.peekLast().plus(delay));
        }
    }

    /** How long {@code address} waits after its latest failure before its next attempt is looked at. */
    Duration addressDelay(String address) {
        return delay(recent(byAddress, address, clock.instant()));
    }

    public void failed(String username, String address) {
        var now = clock.instant();
        record(byAccount, Usernames.key(username), now);
        record(byAddress, address, now);
    }

    /** A failure whose account is not known (a passkey no account has): it counts toward the address only. */
    public void failedFromAddress(String address) {
        record(byAddress, address, clock.instant());
    }

    public void succeeded(String username) {
        byAccount.remove(Usernames.key(username));
    }

    private static Duration delay(int failures) {
        if (failures < FREE_FAILURES_PER_ADDRESS) {
            return Duration.ZERO;
        }
        var doublings = Math.min(failures - FREE_FAILURES_PER_ADDRESS, 20);
        var delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_ADDRESS_DELAY) > 0 ? MAX_ADDRESS_DELAY : delay;
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.keySet().removeIf(k -> recent(failures, k, now) == 0);
        }
        var times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        var times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size();
        }
    }
}
