package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(properties = "offerbook.signup.enabled=false")
@Transactional
class ClosedSignupTest {

    @Autowired
    AccountService accounts;

    @Test
    void with_signup_switched_off_no_account_can_be_created() {
        assertThat(accounts.isSignupEnabled()).isFalse();
        assertThatThrownBy(() -> accounts.register(new SignupRequest("erin", "a long enough password", "a long enough password")))
                .isInstanceOf(SignupException.class)
                .hasMessageContaining("closed");
        assertThat(accounts.findByUsername("erin")).isEmpty();
    }
}
