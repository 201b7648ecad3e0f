package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An account's state reaches its open tabs at once: locking, deleting or a password change made in another browser
 * ends the session, and the tab lands on the sign-in page with a plain sentence. Two browser contexts are two
 * browsers. The administrator is the demo account (the first account of the shared app); the users' names start
 * with "aa" so that their rows are at the top of the administrator's accounts grid.
 */
class SessionsFollowAccountIT extends BrowserTest {

    private static final Pattern SIGN_IN = Pattern.compile(".*/login.*");

    @Test
    void a_locked_users_open_tab_can_no_longer_save_an_offer() {
        var username = uniqueName("aa-lena");
        signUpAndSignIn(username);
        page.navigate(app.url("/offers/new"));
        page.locator("#company input").fill("Locked Out Inc");
        page.locator("#roleTitle input").fill("ML/AI Engineer");
        page.locator("#baseSalary input").fill("300000");

        try (var admin = adminContext()) {
            var adminPage = admin.pages().getFirst();
            adminPage.navigate(app.url("/admin/accounts"));
            adminPage.locator("#lock-" + username).click();
            assertThat(adminPage.locator("#lock-" + username)).hasText("Unlock");

            page.locator("#save").click();

            assertThat(page).hasURL(SIGN_IN);
            assertThat(page.locator(".notice")).containsText("locked");
            assertThat(page.locator("body")).not().containsText("Exception");
            screenshot("40-locked-session-ended");

            adminPage.locator("#lock-" + username).click();
            assertThat(adminPage.locator("#lock-" + username)).hasText("Lock");
        }
        signIn(username, PASSWORD);
        page.locator("#user-menu").waitFor();
        page.navigate(app.url("/offers"));
        assertThat(page.locator("#empty-state")).containsText("No offers yet");
    }

    @Test
    void a_deleted_accounts_open_tab_goes_to_sign_in_with_a_plain_message() {
        var username = uniqueName("aa-gone");
        signUpAndSignIn(username);

        try (var admin = adminContext()) {
            var adminPage = admin.pages().getFirst();
            adminPage.navigate(app.url("/admin/accounts"));
            adminPage.locator("#delete-" + username).click();
            adminPage.locator("vaadin-button[slot='confirm-button']").click();
            assertThat(adminPage.locator("#delete-" + username)).hasCount(0);
        }
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Offers"))
                .first()
                .click();

        assertThat(page).hasURL(SIGN_IN);
        assertThat(page.locator(".notice")).containsText("no longer exists");
        assertThat(page.locator("body")).not().containsText("Exception");
    }

    @Test
    void changing_the_password_in_one_browser_ends_the_session_in_the_other_and_keeps_its_own() {
        var username = uniqueName("aa-pia");
        signUpAndSignIn(username);
        try (var other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            var otherPage = other.newPage();
            otherPage.setDefaultTimeout(15_000);
            signIn(otherPage, username, PASSWORD);
            otherPage.locator("#user-menu").waitFor();

            page.navigate(app.url("/account/password"));
            page.locator("vaadin-password-field").nth(0).locator("input").fill(PASSWORD);
            page.locator("vaadin-password-field").nth(1).locator("input").fill("a brand new long password");
            page.locator("vaadin-password-field").nth(2).locator("input").fill("a brand new long password");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Change password"))
                    .click();
            assertThat(page.locator("#password-changed")).containsText("changed");

            otherPage
                    .locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Offers"))
                    .first()
                    .click();
            assertThat(otherPage).hasURL(SIGN_IN);
            assertThat(otherPage.locator(".notice")).containsText("password");
            assertThat(otherPage.locator("body")).not().containsText("Exception");

            signIn(otherPage, username, "a brand new long password");
            otherPage.locator("#user-menu").waitFor();
        }
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Offers"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/offers$"));
        assertThat(page.locator("#user-menu")).containsText(username);
    }

    private BrowserContext adminContext() {
        var admin = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
        var adminPage = admin.newPage();
        adminPage.setDefaultTimeout(15_000);
        adminPage.navigate(app.url("/login"));
        signIn(adminPage, "demo", "offerbook-demo");
        adminPage.locator("#user-menu").waitFor();
        return admin;
    }

    private static void signIn(Page on, String username, String password) {
        if (!on.url().contains("/login")) {
            on.navigate(app.url("/login"));
        }
        on.locator("#vaadinLoginUsername input").fill(username);
        on.locator("#vaadinLoginPassword input").fill(password);
        on.locator("vaadin-login-form vaadin-button").first().click();
    }
}
