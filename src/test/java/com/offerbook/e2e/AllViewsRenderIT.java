package com.offerbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every view, opened in the production bundle, uses only web components the bundle defines, nothing on it is
 * refused by the Content-Security-Policy, and nothing it loads is missing (no 404 in the console, the favicon
 * included). Guards against a stale committed bundle (Vaadin's "is a rebuild needed" check has missed components
 * before), against a policy stricter than the page needs, and against a page that looks broken to a new user.
 */
class AllViewsRenderIT extends BrowserTest {

    static final List<String> PATHS = List.of(
            "/",
            "/offers",
            "/offers/1",
            "/offers/new",
            "/offers/1/edit",
            "/offers/1/revisions/new",
            "/offers/1/negotiate",
            "/offers/1/worth",
            "/offers/1/log",
            "/current-job",
            "/tax",
            "/tax/uk-england/2026",
            "/compare?offers=1,2",
            "/bands",
            "/bands/1",
            "/bands/new",
            "/rates",
            "/account/data",
            "/account/password",
            "/account/calendar",
            "/account/security",
            "/account/passkeys",
            "/account/sessions",
            "/shared",
            "/admin/accounts",
            "/admin/backup");

    @Test
    void every_view_renders_with_all_its_components_defined() {
        var refused = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Content-Security-Policy")) {
                refused.add(page.url() + ": " + message.text());
            }
        });
        var missing = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && message.text().contains("404")) {
                missing.add(page.url() + ": " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() == 404) {
                missing.add(page.url() + ": " + response.url());
            }
        });
        page.navigate(app.url("/login"));
        page.locator("#vaadinLoginUsername").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("vaadin-dev-tools").count())
                .as("development tools on the sign-in page")
                .isZero();
        signIn("demo", "offerbook-demo");
        page.locator("#user-menu").waitFor();

        for (var path : PATHS) {
            page.navigate(app.url(path));
            page.locator("#user-menu").waitFor();
            page.waitForTimeout(300);
            @SuppressWarnings("unchecked")
            var undefined = (List<String>) page.evaluate("""
                    () => [...document.querySelectorAll('*')]
                        .filter(e => e.localName.includes('-') && !e.localName.startsWith('flow-container') && e.localName !== 'vaadin-grid-cell-content' && !customElements.get(e.localName))
                        .map(e => e.localName)""");
            assertThat(undefined).as("undefined web components on " + path).isEmpty();
        }
        assertThat(refused).as("what the Content-Security-Policy refused").isEmpty();
        assertThat(missing).as("what was not found").isEmpty();
    }

    /** The account and log pages at phone width in the dark theme: nothing past the edge; pictures to look at. */
    @Test
    void the_account_and_log_pages_fit_a_phone_in_the_dark_theme() {
        page.navigate(app.url("/login"));
        signIn("demo", "offerbook-demo");
        page.locator("#user-menu").waitFor();
        theme(true);
        page.setViewportSize(390, 844);
        try {
            for (var path : List.of(
                    "/offers/1/log", "/account/calendar", "/account/security", "/account/passkeys", "/shared")) {
                page.navigate(app.url(path));
                page.locator("#user-menu").waitFor();
                assertNothingPastTheEdge(path + " at 390 px");
                wholePage("95" + path.replace('/', '-') + "-390-dark");
            }
        } finally {
            page.setViewportSize(1280, 860);
            theme(false);
        }
    }

    /**
     * The page itself is always delivered with 200 (Vaadin's client loads the view afterwards); the router's 404 is
     * what {@code FailingTest} checks.
     */
    @Test
    void an_offer_that_is_not_the_users_shows_the_not_found_page_and_no_stack_trace() {
        page.navigate(app.url("/login"));
        signIn("demo", "offerbook-demo");
        page.locator("#user-menu").waitFor();

        page.navigate(app.url("/offers/987654321"));

        assertThat(page.locator("h1").first().textContent()).isEqualTo("Page not found");
        assertThat(page.content()).doesNotContain("NotFoundException");
    }
}
