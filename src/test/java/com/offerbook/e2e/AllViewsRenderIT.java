package com.offerbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every view, opened in the production bundle, uses only web components the bundle defines, and nothing on it is
 * refused by the Content-Security-Policy. Guards against a stale committed bundle (Vaadin's "is a rebuild needed"
 * check has missed components before) and against a policy stricter than the page needs.
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
            "/compare?offers=1,2",
            "/bands",
            "/bands/1",
            "/bands/new",
            "/rates",
            "/account/data",
            "/account/password",
            "/admin/accounts",
            "/admin/backup");

    @Test
    void every_view_renders_with_all_its_components_defined() {
        var refused = new java.util.ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Content-Security-Policy")) {
                refused.add(page.url() + ": " + message.text());
            }
        });
        page.navigate(app.url("/login"));
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
    }
}
