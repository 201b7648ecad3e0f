package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * offerbook.signup.enabled=false. The service is built by hand with that setting on the shared test context's
 * beans, rather than starting a second Spring context just for one property.
 */
@DatabaseTest
class ClosedSignupTest {

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    UserPreferenceRepository preferenceRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    @Test
    void with_signup_switched_off_nobody_can_sign_up_but_the_instance_still_makes_its_demo_account() {
        var accounts = new AccountService(
                accountRepository,
                preferenceRepository,
                passwordEncoder,
                new SignupProperties(false),
                new SignupAttempts(clock),
                clock);

        assertThat(accounts.isSignupEnabled()).isFalse();
        assertThatThrownBy(() -> accounts.register(
                        new SignupRequest("erin", "a long enough password", "a long enough password"), "192.0.2.30"))
                .isInstanceOf(SignupException.class)
                .hasMessageContaining("closed");
        assertThat(accounts.findByUsername("erin")).isEmpty();

        accounts.register(new SignupRequest("closed-demo", "a long enough password", "a long enough password"));
        assertThat(accounts.findByUsername("closed-demo")).isPresent();
    }
}
