package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class ShellTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void heidiHasAnAccount() {
        if (accounts.findByUsername("heidi").isEmpty()) {
            accounts.register(new SignupRequest("heidi", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        navigate("", Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    @WithMockUser(username = "heidi")
    void signed_in_user_sees_the_shell_with_their_name_and_navigation() {
        navigate("", Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DashboardView");
        assertThat($(MainLayout.class).exists()).isTrue();
        assertThat($(Span.class).withText("heidi").exists()).isTrue();
        assertThat($(Div.class).withId("dashboard-empty").exists()).isTrue();
        var nav = $(Html.class).single().getInnerHtml();
        assertThat(nav)
                .contains("<vaadin-side-nav-item path=\"\">")
                .contains("Dashboard</vaadin-side-nav-item>")
                .contains("<vaadin-side-nav-item path=\"offers\" match-nested>")
                .doesNotContain("Accounts"); // heidi is not an administrator
    }

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithMockUser(username = "heidi")
    void password_page_shows_a_wrong_current_password_on_its_field_and_changes_nothing() {
        var dialog = navigate(PasswordView.class);

        test(dialog.current).setValue("not my password at all");
        test(dialog.fresh).setValue("a completely new passphrase");
        test(dialog.confirmation).setValue("a completely new passphrase");
        test(dialog.save).click();

        assertThat(dialog.current.isInvalid()).isTrue();
        assertThat(dialog.current.getErrorMessage()).contains("not your current password");

        test(dialog.current).setValue(TestUsers.PASSWORD);
        test(dialog.save).click();
        assertThat(dialog.done.getText()).isEqualTo("Your password is changed.");
    }

    @Test
    @WithMockUser(username = "heidi")
    void unknown_address_shows_the_friendly_not_found_page() {
        navigate("no/such/page", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
