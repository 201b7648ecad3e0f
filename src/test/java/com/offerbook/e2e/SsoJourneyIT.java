package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: single sign-on as a self-hoster sets it up. A real OpenID Connect server (mock-oauth2-server, with its
 * interactive login page) and the packaged jar configured by Spring Boot's standard properties only, password
 * sign-up turned off and a group that makes administrators. Chromium clicks "Sign in with Test Provider", signs in
 * on the provider's own page, comes back signed in to a new account, signs out, and comes back to the same account.
 */
class SsoJourneyIT extends BrowserTest {

    private static final Pattern SIGN_IN = Pattern.compile(".*/login.*");

    private static MockOAuth2Server provider;
    private static RunningApp sso;

    @BeforeAll
    static void startProviderAndApp() {
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start();
        var registration = "--spring.security.oauth2.client.registration.test.";
        sso = RunningApp.startWith(
                registration + "client-id=offerbook-journey",
                registration + "client-secret=a secret of the journey client",
                registration + "scope=openid,profile",
                registration + "client-name=Test Provider",
                "--spring.security.oauth2.client.provider.test.issuer-uri=" + provider.issuerUrl("default"),
                "--offerbook.sso.admin-claim=groups",
                "--offerbook.sso.admin-value=offerbook-admins",
                "--offerbook.signup.enabled=false");
    }

    @AfterAll
    static void stopAppAndProvider() {
        sso.stop();
        provider.shutdown();
    }

    @Test
    void signing_in_on_the_providers_page_creates_an_account_that_the_next_sign_in_finds_again() {
        var name = uniqueName("grace");
        page.navigate(sso.url("/"));
        assertThat(page).hasURL(SIGN_IN);
        assertThat(page.locator("#sso-test")).hasText("Sign in with Test Provider");
        assertThat(page.locator("#create-account-link")).hasCount(0);
        screenshot("85-sso-sign-in-page");

        signInAtProvider(name, "[\"offerbook-admins\"]");
        assertThat(page.locator("#user-menu")).containsText(name);
        page.navigate(sso.url("/offers"));
        assertThat(page.locator("#empty-state")).containsText("No offers yet");
        page.navigate(sso.url("/admin/accounts"));
        assertThat(page.locator("#accounts-grid")).containsText(name); // the configured group made an administrator
        screenshot("86-sso-signed-in");

        signOut();
        page.navigate(sso.url("/offers"));
        assertThat(page).hasURL(SIGN_IN);

        signInAtProvider(name, "[]");
        assertThat(page.locator("#user-menu")).containsText(name);
        page.navigate(sso.url("/admin/accounts"));
        assertThat(page.locator("#accounts-grid")).not().containsText(name + "-2"); // the same account, no second one
    }

    @Test
    void password_sign_up_is_off_while_single_sign_on_is_on() {
        page.navigate(sso.url("/signup"));
        assertThat(page.locator("#signup-closed")).containsText("first sign-in makes your Offerbook account");
        assertThat(page.locator("#create-account")).hasCount(0);
        screenshot("87-sso-signup-closed");

        var name = uniqueName("ada");
        signInAtProvider(name, "[]");
        assertThat(page.locator("#user-menu")).containsText(name);
        page.navigate(sso.url("/admin/accounts"));
        assertThat(page.locator("#accounts-grid")).hasCount(0); // no group, no administrator
    }

    /** From Offerbook's sign-in page through the provider's login form (subject and claims) back to Offerbook. */
    private void signInAtProvider(String subject, String groups) {
        page.locator("#sso-test").click();
        page.locator("input[name=username]").waitFor();
        Assertions.assertThat(page.url())
                .startsWith(provider.issuerUrl("default") + "/authorize?")
                .contains("code_challenge_method=S256", "nonce=", "state=");
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]")
                .fill("{\"preferred_username\": \"" + subject + "\", \"groups\": " + groups + "}");
        page.locator("input[type=submit]").click();
        page.locator("#user-menu").waitFor();
    }

    private void signOut() {
        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out"))
                .click();
        assertThat(page).hasURL(SIGN_IN);
    }
}
