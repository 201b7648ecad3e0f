package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's journey: record the job to leave, set scenarios on an offer, see the projection chart drawn, the
 * signing ask against staying and the make-whole signing ask in the planner. Both pages are photographed whole at
 * 1280 and 390 px, light and dark (the user's dark-theme preference, as the app applies it), into
 * target/screenshots; at each size no card or field reaches past the page's edge.
 */
class WorthJourneyIT extends BrowserTest {

    @org.junit.jupiter.api.Test
    void a_current_job_and_an_offers_scenarios_give_a_drawn_projection_and_a_make_whole_ask() {
        page.navigate(app.url("/login"));
        signIn("demo", "offerbook-demo");
        page.locator("#user-menu").waitFor();

        page.navigate(app.url("/current-job"));
        page.locator("#company input").fill("Current Co");
        page.locator("#baseSalary input").fill("250000");
        page.locator("#bonusValue input").fill("0");
        page.locator("#spreadTotal input").fill("120000");
        page.locator("#spread").click();
        assertThat(page.locator("#tranches textarea")).hasValue(java.util.regex.Pattern.compile("^1: 10,000\\n"));
        page.locator("#leaveMonth input").fill("6");
        page.locator("#job-card #bearGrowthPercent input").fill("0");
        page.locator("#job-card #baseGrowthPercent input").fill("0");
        page.locator("#job-card #bullGrowthPercent input").fill("0");
        page.locator("#save-job").click();
        assertThat(page.locator("#cost-of-leaving-value")).hasText("$60,000");
        assertThat(page.locator("#make-whole-value")).hasText("$60,000");
        shoot("40-current-job");

        page.navigate(app.url("/offers"));
        page.locator("vaadin-grid-cell-content:has-text('OpenAI')").first().click();
        page.waitForURL("**/offers/*");
        var offerPage = page.url();
        page.locator("#what-it-is-worth").click();
        page.waitForURL("**/worth");
        page.locator("#bearGrowthPercent input").fill("-30");
        page.locator("#baseGrowthPercent input").fill("0");
        page.locator("#bullGrowthPercent input").fill("25");
        page.locator("#save-assumptions").click();
        assertThat(page.locator("#assumptions-source")).containsText("saved for this offer");
        page.locator("#chart-worth-chart[data-rendered]").waitFor();
        assertThat(page.locator("#signing-ask")).containsText("at least $60,000");
        shoot("41-worth");

        page.locator("#back-to-offer").click();
        page.waitForURL(offerPage);
        page.locator("#plan-counter").click();
        assertThat(page.locator("#signing-ask input")).hasValue("60,000");
        assertThat(page.locator("#signing-make-whole")).containsText("at least $60,000");
        assertThat(page.locator("#plan-make-whole")).containsText("Current Co");
        assertThat(page.locator("#plan-message textarea"))
                .hasValue(java.util.regex.Pattern.compile(
                        "a signing bonus of \\$60,000, to make up for the equity I leave behind",
                        java.util.regex.Pattern.DOTALL));
        wholePage("42-negotiate-make-whole-1280-light");
    }

    /** Light and dark at 1280 px and at 390 px, each of the whole page; nothing wider than the page. */
    private void shoot(String name) {
        for (int width : new int[] {1280, 390}) {
            for (boolean dark : new boolean[] {false, true}) {
                theme(dark);
                page.setViewportSize(width, 860);
                assertNothingPastTheEdge(name + " at " + width + " px");
                wholePage(name + "-" + width + "-" + (dark ? "dark" : "light"));
            }
        }
        theme(false);
        page.setViewportSize(1280, 860);
    }
}
