package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.offerbook.accounts.Totp;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: turn on an authenticator app (the test reads the key shown as text and computes the codes as an app
 * would), sign out, and sign in again: the password alone leads to the code page, a computed code signs in.
 */
class SecondFactorJourneyIT extends BrowserTest {

    private static final Pattern SIGN_IN = Pattern.compile(".*/login.*");

    @Test
    void with_an_authenticator_app_on_a_password_alone_does_not_sign_in_and_a_code_does() {
        var username = uniqueName("totp");
        signUpAndSignIn(username);

        page.navigate(app.url("/account/security"));
        page.locator("#totp-start").click();
        var secret = Totp.fromBase32(page.locator("#totp-secret").innerText().replace(" ", ""));
        long confirmedAt = Totp.step(Instant.now());
        page.locator("#totp-code input").fill(Totp.code(secret, confirmedAt));
        page.locator("#totp-confirm").click();
        assertThat(page.locator("#second-factor-status")).hasText("On.");
        assertThat(page.locator("#recovery-codes")).containsText("Your recovery codes");
        screenshot("70-second-factor-on");

        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out"))
                .click();
        assertThat(page).hasURL(SIGN_IN);
        signIn(username, PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/login/code.*"));
        assertThat(page.locator("#user-menu")).hasCount(0);
        page.navigate(app.url("/offers"));
        assertThat(page).hasURL(SIGN_IN); // a right password alone signed nothing in

        signIn(username, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/code.*"));
        // The code used to confirm the app cannot be used again: wait for the app's next code.
        while (Totp.step(Instant.now()) == confirmedAt) {
            page.waitForTimeout(500);
        }
        page.locator("#sign-in-code input").fill(Totp.code(secret, Totp.step(Instant.now())));
        page.locator("#sign-in-code-submit").click();
        page.locator("#user-menu").waitFor();
        page.navigate(app.url("/offers"));
        assertThat(page.locator("#empty-state")).containsText("No offers yet");
    }
}
