package com.offerbook.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class SignupViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void bad_input_shows_an_error_next_to_each_field_and_saves_nothing() {
        var view = navigate(SignupView.class);

        test(view.username).setValue("x");
        test(view.password).setValue("short");
        test(view.confirmation).setValue("different");
        test(view.create).click();

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("3 to 64");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 12");
        assertThat(view.confirmation.isInvalid()).isTrue();
        assertThat(accounts.findByUsername("x")).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(SignupView.class);
    }

    @Test
    void taken_username_is_reported_on_the_username_field() {
        accounts.register(new SignupRequest("frank", "frank's long password", "frank's long password"));
        var view = navigate(SignupView.class);

        test(view.username).setValue("Frank");
        test(view.password).setValue("another long password");
        test(view.confirmation).setValue("another long password");
        test(view.create).click();

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("taken");
        assertThat(getCurrentView()).isInstanceOf(SignupView.class);
    }

    @Test
    void good_input_creates_the_account_signs_in_and_opens_the_dashboard() {
        var view = navigate(SignupView.class);

        test(view.username).setValue("grace");
        test(view.password).setValue("grace's long password");
        test(view.confirmation).setValue("grace's long password");
        test(view.create).click();

        assertThat(accounts.findByUsername("grace")).isPresent();
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .satisfies(signedIn -> assertThat(signedIn.isAuthenticated()).isTrue())
                .satisfies(signedIn -> assertThat(signedIn.getName()).isEqualTo("grace"));
        assertThat(getCurrentView()).isNotInstanceOf(SignupView.class).isNotInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
    }
}
