package com.offerbook.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.PendingSignIn;
import com.offerbook.accounts.SecondFactors;
import com.offerbook.accounts.Totp;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The code page, as an anonymous visitor whose password was right (a pending sign-in in the session). */
class SecondFactorViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    Clock clock;

    @Test
    void without_a_right_password_first_the_code_page_sends_to_sign_in() {
        navigate("login/code", Component.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_wrong_code_is_refused_and_nobody_is_signed_in() {
        var username = "coded" + System.nanoTime();
        var account = TestUsers.signInAs(accounts, username);
        var secret = secondFactors.newSetup(username).secret();
        var key = Totp.fromBase32(secret);
        secondFactors.enableForCurrentUser(secret, Totp.code(key, Totp.step(clock.instant()) - 1));
        TestUsers.signOut();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        PendingSignIn.ATTRIBUTE,
                        new PendingSignIn(
                                account.id(), username, clock.instant().plusSeconds(300), PendingSignIn.Step.CODE));

        var view = navigate(SecondFactorView.class);
        test($(TextField.class).id("sign-in-code")).setValue("000000");
        test($(Button.class).id("sign-in-code-submit")).click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo(SecondFactorView.WRONG_CODE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
