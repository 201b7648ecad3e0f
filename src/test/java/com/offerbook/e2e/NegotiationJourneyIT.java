package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NegotiationJourneyIT extends BrowserTest {

    @Test
    void plan_the_demo_anthropic_offer_record_the_counter_and_see_it_on_the_offer_and_the_dashboard() {
        page.navigate(app.url("/login"));
        signIn("demo", "offerbook-demo");
        page.locator("#user-menu").waitFor();

        page.navigate(app.url("/offers/1"));
        assertThat(page.locator("#offer-company")).hasText("Anthropic");
        page.locator("#plan-counter").click();

        assertThat(page.locator("#base-ask input")).hasValue("328,000");
        assertThat(page.locator("#equity-ask input")).hasValue("717,500");
        assertThat(page.locator("#plan-verdict")).containsText("Between floor and ask");
        assertThat(page.locator("#plan-tier")).containsText("Meta IC5");
        assertThat(page.locator("#plan-message textarea")).hasValue(Pattern.compile("\\$328,000", Pattern.DOTALL));
        page.setViewportSize(1280, 2200);
        screenshot("40-negotiate");
        page.setViewportSize(1280, 860);

        page.locator("#record-counter").click();
        assertThat(page.locator("#offer-company")).hasText("Anthropic");
        assertThat(page.locator("#revision-4")).containsText("My counter");
        assertThat(page.locator("#recurring")).containsText("$507,375");

        page.navigate(app.url("/"));
        page.locator("#chart-over-time summary").click();
        assertThat(page.locator("#chart-over-time-table")).containsText("$507,375");
    }
}
