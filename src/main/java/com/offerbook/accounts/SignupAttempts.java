package com.offerbook.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts sign-up attempts per client address. Sign-up says when a name is taken (people need to know), which also
 * tells whether an account exists; {@value #MAX_PER_ADDRESS} attempts per address an hour keep that from becoming a
 * way to list the accounts. Kept in memory, per instance.
 */
@Component
class SignupAttempts {

    static final int MAX_PER_ADDRESS = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Past this many addresses, those with nothing left in the window are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignupAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Counts an attempt from {@code address}; false when the address has used up its attempts for now. */
    boolean tryAcquire(String address) {
        var now = clock.instant();
        if (byAddress.size() > SWEEP_ABOVE) {
            byAddress.entrySet().removeIf(entry -> recent(entry.getValue(), now) == 0);
        }
        var times = byAddress.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (times) {
            if (recent(times, now) >= MAX_PER_ADDRESS) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static int recent(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size();
        }
    }
}
