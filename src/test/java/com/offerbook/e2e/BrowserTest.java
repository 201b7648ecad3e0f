package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the real-browser journeys: Debian's Chromium driven by Playwright against the packaged production
 * jar. Each test gets a fresh browser context (no cookies) and a page.
 */
abstract class BrowserTest {

    static final String CHROMIUM = Chromium.PATH;
    static final String PASSWORD = "a long journey password";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    static Playwright playwright;
    static Browser browser;
    static RunningApp app;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() {
        app = RunningApp.get();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = Chromium.launch(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        // Each test comes from its own address (a documentation range, RFC 5737), believed because the app trusts
        // forwarded headers from loopback: sign-up allows 10 attempts per address an hour, and the journeys together
        // sign up more accounts than that from one machine.
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 860)
                .setExtraHTTPHeaders(
                        Map.of("X-Forwarded-For", "198.51.100." + (ADDRESSES.incrementAndGet() % 250 + 1))));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** Creates an account through the sign-up page, which signs it in and opens the dashboard. */
    void createAccount(String username) {
        page.navigate(app.url("/signup"));
        page.locator("#username input").fill(username);
        page.locator("#password input").fill(PASSWORD);
        page.locator("#password-confirmation input").fill(PASSWORD);
        page.locator("#create-account").click();
        page.locator("#user-menu").waitFor();
    }

    void signIn(String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")
                .first()
                .click();
    }

    void signUpAndSignIn(String username) {
        createAccount(username);
    }

    /** Saves an offer with a base salary and no equity through the new-offer form; returns its id. */
    long quickOffer(String company, String base) {
        page.navigate(app.url("/offers/new"));
        page.locator("#company input").fill(company);
        page.locator("#roleTitle input").fill("ML Engineer");
        page.locator("#baseSalary input").fill(base);
        page.locator("#equityKind").click();
        page.locator("vaadin-select-item[role='option']", new Page.LocatorOptions().setHasText("No equity"))
                .click();
        page.locator("#save").click();
        assertThat(page.locator("#offer-company")).hasText(company);
        page.waitForURL(Pattern.compile(".*/offers/\\d+$"));
        var matcher = Pattern.compile("/offers/(\\d+)").matcher(page.url());
        assertThat(matcher.find()).as(page.url()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Switches the user's dark-theme preference through the user menu, as a user would, and waits until applied. */
    void theme(boolean dark) {
        if (isDark() != dark) {
            page.locator("#user-menu").click();
            page.locator("vaadin-menu-bar-item.dark-theme").click();
            page.keyboard().press("Escape");
        }
        page.waitForFunction("dark => (document.documentElement.getAttribute('theme') === 'dark') === dark", dark);
        assertThat(isDark()).as("dark theme applied").isEqualTo(dark);
    }

    boolean isDark() {
        return "dark".equals(page.evaluate("() => document.documentElement.getAttribute('theme')"));
    }

    /** The app scrolls inside its layout, so a "full page" screenshot is the window: make the window the page. */
    void wholePage(String name) {
        var size = page.viewportSize();
        var script = """
                () => { const v = document.querySelector('.view');
                        return v ? v.scrollHeight + 120 : document.documentElement.scrollHeight; }""";
        var height = ((Number) page.evaluate(script)).intValue();
        page.setViewportSize(size.width, Math.min(Math.max(height, size.height), 9000));
        page.waitForTimeout(400); // let the chart and the grids lay out at the new size before the picture
        screenshot(name);
        page.setViewportSize(size.width, size.height);
    }

    /** Every card, field and figure of the view ends inside the view's own width. */
    void assertNothingPastTheEdge(String where) {
        page.waitForTimeout(400); // the form layouts pick their columns after a resize
        @SuppressWarnings("unchecked")
        var past = (List<Map<String, Object>>) page.evaluate("""
                () => { const view = document.querySelector('.view');
                        const edge = view.getBoundingClientRect().right + 1;
                        return [...view.querySelectorAll('.card, vaadin-text-field, vaadin-integer-field, '
                                + 'vaadin-select, vaadin-date-picker, vaadin-text-area, .figure-card, vaadin-button')]
                            .filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > edge)
                            .map(e => ({ what: e.localName + '#' + e.id + '.' + e.className,
                                         right: Math.round(e.getBoundingClientRect().right),
                                         edge: Math.round(edge) })); }""");
        assertThat(past).as("elements reaching past the page's edge " + where).isEmpty();
    }
}
