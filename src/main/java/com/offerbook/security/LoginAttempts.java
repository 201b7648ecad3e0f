package com.offerbook.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address. After {@link #MAX_FAILURES_PER_ACCOUNT} failures
 * for an account within {@link #WINDOW}, or {@link #MAX_FAILURES_PER_ADDRESS} from one address, further attempts
 * are refused for the rest of the window without checking the password. Kept in memory: a restart forgets.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        var now = clock.instant();
        return recent(byAccount, key(username), now) >= MAX_FAILURES_PER_ACCOUNT
                || recent(byAddress, address, now) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(String username, String address) {
        var now = clock.instant();
        byAccount.computeIfAbsent(key(username), k -> new ArrayDeque<>()).addLast(now);
        byAddress.computeIfAbsent(address, k -> new ArrayDeque<>()).addLast(now);
    }

    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
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
