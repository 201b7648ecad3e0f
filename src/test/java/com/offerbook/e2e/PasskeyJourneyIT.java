package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: register a passkey with Chromium's virtual authenticator (DevTools protocol, WebAuthn domain: a platform
 * authenticator with resident keys that verifies the user), sign out, and sign in with the passkey alone: the
 * dashboard opens, signed in as that user, and "Your sessions" lists the session. Then the passkey is removed, and it
 * no longer signs in.
 */
class PasskeyJourneyIT extends BrowserTest {

    private static final Pattern SIGN_IN = Pattern.compile(".*/login.*");

    @Test
    void a_passkey_made_on_the_passkeys_page_signs_in_alone_until_it_is_removed() {
        var authenticator = VirtualAuthenticator.on(page);
        var username = uniqueName("passkey");
        signUpAndSignIn(username);

        page.navigate(app.url("/account/passkeys"));
        page.locator("#passkey-name input").fill("Test laptop");
        page.locator("#passkey-add").click();
        assertThat(page.locator("#passkeys-notice")).containsText("Passkey \"Test laptop\" added");
        page.navigate(app.url("/account/passkeys"));
        assertThat(page.locator("#passkeys-grid")).containsText("Test laptop");
        assertThat(page.locator("#passkeys-grid")).containsText("Not yet");
        Assertions.assertThat(authenticator.credentials()).isEqualTo(1);
        screenshot("80-passkey-added");

        signOut();
        page.locator("#passkey-sign-in").click();
        page.locator("#user-menu").waitFor();
        assertThat(page.locator("#user-menu")).containsText(username);
        assertThat(page).not().hasURL(SIGN_IN);
        page.navigate(app.url("/offers"));
        assertThat(page.locator("#empty-state")).containsText("No offers yet");
        page.navigate(app.url("/account/sessions"));
        assertThat(page.locator("#sessions-grid")).containsText("This browser");
        page.navigate(app.url("/account/passkeys"));
        assertThat(page.locator("#passkeys-grid")).not().containsText("Not yet");

        page.locator("vaadin-button[id^='passkey-remove-']").click();
        assertThat(page.locator("#passkeys-notice")).containsText("removed");
        signOut();
        page.locator("#passkey-sign-in").click();
        assertThat(page.locator(".notice")).containsText("passkey failed");
        assertThat(page.locator("#user-menu")).hasCount(0);
    }

    private void signOut() {
        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out"))
                .click();
        assertThat(page).hasURL(SIGN_IN);
    }

    /** Chromium's virtual authenticator for one page: CTAP2, built in, resident keys, verifies the user. */
    record VirtualAuthenticator(CDPSession cdp, String id) {

        static VirtualAuthenticator on(Page page) {
            var cdp = page.context().newCDPSession(page);
            cdp.send("WebAuthn.enable");
            var options = new JsonObject();
            options.addProperty("protocol", "ctap2");
            options.addProperty("transport", "internal");
            options.addProperty("hasResidentKey", true);
            options.addProperty("hasUserVerification", true);
            options.addProperty("isUserVerified", true);
            options.addProperty("automaticPresenceSimulation", true);
            var parameters = new JsonObject();
            parameters.add("options", options);
            var answer = cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
            return new VirtualAuthenticator(cdp, answer.get("authenticatorId").getAsString());
        }

        /** How many credentials (passkeys) the authenticator holds. */
        int credentials() {
            var parameters = new JsonObject();
            parameters.addProperty("authenticatorId", id);
            return cdp.send("WebAuthn.getCredentials", parameters)
                    .getAsJsonArray("credentials")
                    .size();
        }
    }
}
