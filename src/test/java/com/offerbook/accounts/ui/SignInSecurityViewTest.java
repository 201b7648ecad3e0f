package com.offerbook.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SecondFactors;
import com.offerbook.accounts.SessionRow;
import com.offerbook.accounts.Totp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class SignInSecurityViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    AccountSessions sessions;

    @Autowired
    Clock clock;

    long aliceId;

    @BeforeEach
    void alice() {
        TestUsers.register(accounts, "alice");
        aliceId = accounts.findByUsername("alice").orElseThrow().id();
    }

    String codeFor(String shownSecret, int offset) {
        return Totp.code(Totp.fromBase32(shownSecret.replace(" ", "")), Totp.step(clock.instant()) + offset);
    }

    @Test
    void turning_the_app_on_shows_its_key_takes_one_code_and_shows_ten_recovery_codes_once() {
        var otherSession = sessions.start(aliceId, "Firefox", "198.51.100.1");
        var view = navigate(SignInSecurityView.class);
        assertThat(view.status.getText()).isEqualTo("Off.");

        test($(Button.class).id("totp-start")).click();
        var secret = $(Span.class).id("totp-secret").getText();
        assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");

        test($(TextField.class).id("totp-code")).setValue("000000");
        test($(Button.class).id("totp-confirm")).click();
        assertThat($(TextField.class).id("totp-code").isInvalid()).isTrue();
        assertThat(secondFactors.hasSecondFactor(aliceId)).isFalse();

        test($(TextField.class).id("totp-code")).setValue(codeFor(secret, 0));
        test($(Button.class).id("totp-confirm")).click();

        assertThat(secondFactors.hasSecondFactor(aliceId)).isTrue();
        assertThat($(ListItem.class).from(view.app).all()).hasSize(10);
        assertThat(view.notice.getText()).contains("1 other session");
        assertThat(sessions.listForCurrentUser(null)).extracting(SessionRow::id).doesNotContain(otherSession);

        test($(Button.class).id("recovery-done")).click();
        assertThat($(ListItem.class).from(view.app).all()).isEmpty();
        assertThat(view.status.getText()).isEqualTo("On. 10 of your recovery codes are left.");
    }

    @Test
    void turning_the_app_off_takes_the_password() {
        var secret = secondFactors.newSetup("alice").secret();
        secondFactors.enableForCurrentUser(secret, codeFor(secret, -1));
        var view = navigate(SignInSecurityView.class);

        test($(PasswordField.class).id("totp-off-credential")).setValue("not the password");
        test($(Button.class).id("totp-off")).click();
        assertThat($(PasswordField.class).id("totp-off-credential").isInvalid()).isTrue();
        assertThat(secondFactors.hasSecondFactor(aliceId)).isTrue();

        test($(PasswordField.class).id("totp-off-credential")).setValue(TestUsers.PASSWORD);
        test($(Button.class).id("totp-off")).click();

        assertThat(secondFactors.hasSecondFactor(aliceId)).isFalse();
        assertThat(view.status.getText()).isEqualTo("Off.");
    }
}
