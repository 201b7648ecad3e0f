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
        assertThat($(UserMenu.class).single().getElement().getPropertyRaw("items"))
                .asString()
                .contains("\"text\":\"heidi\"");
        assertThat($(Div.class).withId("dashboard-empty").exists()).isTrue();
        var nav = $(Html.class).withClassName("app-nav").single().getInnerHtml();
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
    void the_user_menu_switches_the_theme_opens_its_pages_and_ignores_what_it_does_not_offer() {
        navigate("", Component.class);
        var menu = $(UserMenu.class).single();
        var tester = new UserMenuTester(menu);
        assertThat(menu.texts())
                .containsExactly(
                        "Dark theme",
                        "Display settings",
                        "Change password",
                        "Sign-in and security",
                        "Your sessions",
                        "Calendar and reminders",
                        "Sign out");
        boolean dark = currentUser.preferences().darkTheme();

        tester.choose("no-such-entry");
        tester.choose("");
        assertThat(currentUser.preferences().darkTheme()).isEqualTo(dark);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DashboardView");

        tester.choose("dark-theme");
        assertThat(currentUser.preferences().darkTheme()).isEqualTo(!dark);
        assertThat(menu.isChecked("dark-theme")).isEqualTo(!dark);
        tester.choose("dark-theme");
        assertThat(currentUser.preferences().darkTheme()).isEqualTo(dark);

        tester.choose("change-password");
        assertThat(getCurrentView()).isInstanceOf(PasswordView.class);
    }

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
