package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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

    final AtomicInteger passwordChecks = new AtomicInteger();
    final MutableClock clock = new MutableClock();

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

        assertThat(passwordChecks.get()).isLessThanOrEqualTo(LoginAttempts.MAX_FAILURES_PER_ADDRESS);
    }

    private ThrottlingAuthenticationProvider provider() {
        var counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                passwordChecks.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(counting);
        return new ThrottlingAuthenticationProvider(dao, new LoginAttempts(clock));
    }

    private static UsernamePasswordAuthenticationToken attempt(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T12:00:00Z");

        void advanceMinutes(long minutes) {
            now = now.plusSeconds(minutes * 60);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
