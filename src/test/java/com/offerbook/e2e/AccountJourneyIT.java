package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class AccountJourneyIT extends BrowserTest {

    private Cookie sessionCookie() {
        return context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void create_account_lands_signed_in_on_the_dashboard_with_a_new_session_id() {
        var username = uniqueName("ines");
        page.navigate(app.url("/signup"));
        var sessionBefore = sessionCookie();

        createAccount(username);

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.locator("#user-menu")).containsText(username);
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Dashboard");
        Assertions.assertThat(sessionCookie().value)
                .as("a new session id at sign-in")
                .isNotEqualTo(sessionBefore.value);
        screenshot("01-dashboard-after-signup");
        page.reload();
        assertThat(page.locator("#user-menu")).containsText(username);
    }

    @Test
    void create_account_sign_out_sign_in_and_a_wrong_password_is_refused() {
        var username = uniqueName("ivan");

        createAccount(username);
        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out"))
                .click();
        page.waitForURL("**/login?signedout");

        var sessionBefore = sessionCookie();
        signIn(username, PASSWORD);
        assertThat(page.locator("#user-menu")).containsText(username);
        var sessionAfter = sessionCookie();
        Assertions.assertThat(sessionAfter.value)
                .as("a new session id at sign-in")
                .isNotEqualTo(sessionBefore.value);
        Assertions.assertThat(sessionAfter.httpOnly).isTrue();
        Assertions.assertThat(sessionAfter.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(page.locator(".brand")).containsText("Offerbook");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Dashboard");
        screenshot("02-signed-in-shell");

        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out"))
                .click();
        page.waitForURL("**/login?signedout");
        Assertions.assertThat(sessionCookie().value)
                .as("sign-out ends the session")
                .isNotEqualTo(sessionAfter.value);
        assertThat(page.locator(".notice")).containsText("signed out");

        signIn(username, "not the right password");
        assertThat(page.locator("vaadin-login-form")).containsText("Sign-in failed");
        screenshot("03-wrong-password");

        page.navigate(app.url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }
}
