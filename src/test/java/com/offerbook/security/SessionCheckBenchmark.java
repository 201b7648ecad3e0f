package com.offerbook.security;

import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import java.util.Arrays;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the per-request session check ({@link AccountSessionFilter}: {@link AccountService#standing}) costs, next to
 * the account look-up {@link CurrentUser} already does once per transaction. Not part of the test run (see
 * docs/security.md, "Sessions and sign-in", for the command and the last figures); prints the figures.
 */
@SpringBootTest
class SessionCheckBenchmark {

    /** Keeps each result, so the JIT cannot drop an operation whose result nobody reads. */
    private static volatile @Nullable Object sink;

    private static final int WARM_UP = 5_000;
    private static final int MEASURED = 20_000;

    @Autowired
    AccountService accounts;

    @Test
    void cost_of_the_session_check_per_request() {
        var account = TestUsers.signInAs(accounts, "bench-session-" + System.nanoTime() % 100_000);
        try {
            print("session check (standing: id look-up, 2 columns)", () -> accounts.standing(account.id(), 0));
            print(
                    "account look-up by name (CurrentUser, per transaction)",
                    () -> accounts.findByUsername(account.username()));
        } finally {
            TestUsers.signOut();
        }
    }

    private static void print(String name, Supplier<?> operation) {
        for (int i = 0; i < WARM_UP; i++) {
            sink = operation.get();
        }
        var micros = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            var start = System.nanoTime();
            sink = operation.get();
            micros[i] = (System.nanoTime() - start) / 1_000.0;
        }
        Arrays.sort(micros);
        var median = micros[MEASURED / 2];
        var p95 = micros[(int) (MEASURED * 0.95)];
        System.out.printf("| %s | %.1f µs | %.1f µs |%n", name, median, p95);
    }
}
