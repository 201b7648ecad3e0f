package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.PageAssertions;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A signed-in tab left alone ends its session after the idle timeout, even though the open page keeps sending
 * Vaadin heartbeats. Runs an app of its own with a 1-minute timeout (30 minutes is the default) and 15-second
 * heartbeats, so that the test takes about two minutes rather than half an hour.
 */
class IdleTimeoutIT extends BrowserTest {

    private RunningApp shortTimeout;

    @BeforeEach
    void startAppWithShortTimeout() {
        shortTimeout = RunningApp.startWith("--server.servlet.session.timeout=1m", "--vaadin.heartbeatInterval=15");
    }

    @AfterEach
    void stopIt() {
        shortTimeout.stop();
    }

    @Test
    void an_idle_session_ends_and_the_next_visit_asks_to_sign_in_again() {
        page.navigate(shortTimeout.url("/"));
        signIn("demo", "offerbook-demo");
        page.locator("#user-menu").waitFor();
        var heartbeats = new int[1];
        page.onRequest(request -> {
            if (request.url().contains("v-r=heartbeat")) {
                heartbeats[0]++;
            }
        });

        // Nothing is touched; within about two minutes the page finds its session gone and shows the sign-in page.
        assertThat(page).hasURL(Pattern.compile(".*/login.*"), new PageAssertions.HasURLOptions().setTimeout(150_000));
        Assertions.assertThat(heartbeats[0]).as("heartbeats sent while idle").isPositive();

        page.navigate(shortTimeout.url("/offers"));
        page.waitForLoadState();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
