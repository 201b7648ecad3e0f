package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 12's journey: record the job to leave, set scenarios on an offer, see the projection chart drawn and the
 * signing ask against staying; both pages photographed at 1280 and 390 px, light and dark (target/screenshots).
 */
class WorthJourneyIT extends BrowserTest {

    @Test
    void a_current_job_and_an_offers_scenarios_give_a_drawn_projection_and_a_make_whole_ask() {
        page.navigate(app.url("/login"));
        signIn("demo", "offerbook-demo");
        page.locator("#user-menu").waitFor();

        page.navigate(app.url("/current-job"));
        page.locator("#company input").fill("Current Co");
        page.locator("#baseSalary input").fill("250000");
        page.locator("#spreadTotal input").fill("120000");
        page.locator("#spread").click();
        screenshot("40-current-job-spread");
        page.locator("#leaveMonth input").fill("6");
        page.locator("#job-card #bearGrowthPercent input").fill("0");
        page.locator("#job-card #bullGrowthPercent input").fill("0");
        page.locator("#save-job").click();
        assertThat(page.locator("#cost-of-leaving-value")).hasText("$60,000");
        assertThat(page.locator("#make-whole-value")).hasText("$60,000");
        shoot("40-current-job");

        page.navigate(app.url("/offers"));
        page.locator("vaadin-grid-cell-content:has-text('OpenAI')").first().click();
        page.waitForURL("**/offers/*");
        page.navigate(page.url() + "/worth");
        page.locator("#bearGrowthPercent input").fill("-30");
        page.locator("#baseGrowthPercent input").fill("0");
        page.locator("#bullGrowthPercent input").fill("25");
        page.locator("#save-assumptions").click();
        assertThat(page.locator("#assumptions-source")).containsText("saved for this offer");
        page.locator("#chart-worth-chart[data-rendered]").waitFor();
        assertThat(page.locator("#signing-ask")).containsText("at least");
        shoot("41-worth");
    }

    /** Light and dark at 1280 px, then the same at 390 px. */
    private void shoot(String name) {
        page.waitForTimeout(600);
        screenshot(name + "-1280-light");
        page.locator("#user-menu").click();
        page.locator("#dark-theme").click();
        page.waitForTimeout(800);
        screenshot(name + "-1280-dark");
        page.setViewportSize(390, 844);
        page.waitForTimeout(800);
        screenshot(name + "-390-dark");
        page.locator("#user-menu").click();
        page.locator("#dark-theme").click();
        page.waitForTimeout(800);
        screenshot(name + "-390-light");
        page.setViewportSize(1280, 860);
    }
}
