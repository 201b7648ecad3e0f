package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.offerbook.DatabaseTest;
import com.offerbook.TestClock;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The real user store and password hashes, behind a provider whose password checks are counted. */
@DatabaseTest
class SignInThrottlingTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SecondFactorStep secondFactorStep;

    final AtomicInteger passwordChecks = new AtomicInteger();
    final TestClock clock = new TestClock(Instant.parse("2026-11-26T12:00:00Z"));

    @Test
    void of_100_attempts_on_one_account_at_most_5_reach_the_password_check_and_the_right_password_is_refused_too() {
        accounts.register(new SignupRequest("victim", TestUsers.PASSWORD, TestUsers.PASSWORD));
        var provider = provider();

        int refused = 0;
        for (int i = 0; i < 100; i++) {
            try {
                provider.authenticate(attempt("victim", "guess number " + i, "198.51.100." + (i % 50)));
            } catch (BadCredentialsException expected) {
                refused++;
            }
        }

        assertThat(refused).isEqualTo(100);
        assertThat(passwordChecks.get()).isLessThanOrEqualTo(5);
        assertThatThrownBy(() -> provider.authenticate(attempt("victim", TestUsers.PASSWORD, "203.0.113.9")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");

        clock.advanceMinutes(16);
        assertThat(provider.authenticate(attempt("victim", TestUsers.PASSWORD, "203.0.113.9"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void one_address_trying_many_accounts_is_stopped() {
        var provider = provider();

        for (int i = 0; i < 40; i++) {
            var name = "nobody" + i;
            assertThatThrownBy(() -> provider.authenticate(attempt(name, "whatever password", "192.0.2.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(passwordChecks.get()).isLessThanOrEqualTo(LoginAttempts.FREE_FAILURES_PER_ADDRESS);
    }

    @Test
    void a_dotless_i_does_not_get_around_the_lock_out_of_the_account_it_folds_to() {
        TestUsers.register(accounts, "alice"); // another test may have created her already
        var provider = provider();
        for (int i = 0; i < 5; i++) {
            var guess = "guess " + i;
            assertThatThrownBy(() -> provider.authenticate(attempt("alice", guess, "198.51.100.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        var checksBefore = passwordChecks.get();

        for (var variant : new String[] {"al\u0131ce", "ALICE", "\uFF41lice", " alice "}) {
            assertThatThrownBy(() -> provider.authenticate(attempt(variant, TestUsers.PASSWORD, "198.51.100.2")))
                    .as(variant)
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(passwordChecks.get())
                .as("no password checked while locked out")
                .isEqualTo(checksBefore);

        clock.advanceMinutes(16);
        var signedIn = provider.authenticate(attempt("al\u0131ce", TestUsers.PASSWORD, "198.51.100.2"));
        assertThat(signedIn.getName())
                .as("the look-up folds the name as the throttle does")
                .isEqualTo("alice");
    }

    @Test
    void an_address_that_keeps_failing_is_slowed_down_but_does_not_lock_others_out_for_the_window() {
        accounts.register(new SignupRequest("nat-user", TestUsers.PASSWORD, TestUsers.PASSWORD));
        var provider = provider();
        for (int i = 0; i < 60; i++) {
            var name = "guessed" + i;
            try {
                provider.authenticate(attempt(name, "whatever password", "192.0.2.7"));
            } catch (BadCredentialsException expected) {
                // refused
            }
        }
        assertThat(passwordChecks.get())
                .as("right after a burst of failures the address is refused without password checks")
                .isLessThanOrEqualTo(LoginAttempts.FREE_FAILURES_PER_ADDRESS);
        assertThatThrownBy(() -> provider.authenticate(attempt("nat-user", TestUsers.PASSWORD, "192.0.2.7")))
                .isInstanceOf(BadCredentialsException.class);

        clock.advance(LoginAttempts.MAX_ADDRESS_DELAY);
        assertThat(provider.authenticate(attempt("nat-user", TestUsers.PASSWORD, "192.0.2.7"))
                        .isAuthenticated())
                .as("someone else behind the same address gets in after the delay, not after the whole window")
                .isTrue();
    }

    @Test
    void the_delay_for_an_address_grows_with_each_failure_past_the_free_ones() {
        var attempts = new LoginAttempts(clock);
        for (int i = 0; i < LoginAttempts.FREE_FAILURES_PER_ADDRESS - 1; i++) {
            attempts.failed("n" + i, "192.0.2.9");
        }
        assertThat(attempts.isBlocked("next", "192.0.2.9")).isFalse();

        var previous = Duration.ZERO;
        for (int extra = 1; extra <= 4; extra++) {
            attempts.failed("x" + extra, "192.0.2.9");
            var delay = attempts.addressDelay("192.0.2.9");
            assertThat(delay).isGreaterThan(previous);
            assertThat(attempts.isBlocked("next", "192.0.2.9")).isTrue();
            clock.advance(delay);
            assertThat(attempts.isBlocked("next", "192.0.2.9")).isFalse();
            previous = delay;
        }
    }

    @Test
    void a_user_name_with_line_breaks_cannot_forge_a_log_line_and_a_long_one_is_cut() {
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        var logger = (Logger) LoggerFactory.getLogger("com.offerbook.security.signin");
        logger.addAppender(appender);
        try {
            var provider = provider();
            var forged = "x\r\n2026-11-26T12:00:00Z INFO sign-in succeeded user=root address=10.0.0.1";
            assertThatThrownBy(() -> provider.authenticate(attempt(forged, "whatever password", "198.51.100.77")))
                    .isInstanceOf(BadCredentialsException.class);
            var huge = "y".repeat(1_500_000);
            assertThatThrownBy(() -> provider.authenticate(attempt(huge, "whatever password", "198.51.100.78")))
                    .isInstanceOf(BadCredentialsException.class);

            assertThat(appender.list).hasSize(2);
            var first = appender.list.get(0).getFormattedMessage();
            assertThat(first).doesNotContain("\r", "\n").contains("\\r\\n");
            assertThat(first.lines()).hasSize(1);
            var second = appender.list.get(1).getFormattedMessage();
            assertThat(second.length()).isLessThan(300);
        } finally {
            logger.detachAppender(appender);
        }
    }

    private ThrottlingAuthenticationProvider provider() {
        var counting = new PasswordEncoder() {
            @Override
            public @Nullable String encode(@Nullable CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
                passwordChecks.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(counting);
        return new ThrottlingAuthenticationProvider(dao, new LoginAttempts(clock), secondFactorStep);
    }

    private static UsernamePasswordAuthenticationToken attempt(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
