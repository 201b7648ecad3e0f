package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.BoundingBox;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A company name that is markup with a script is shown as those characters on every page that shows it (offers
 * grid, offer page, dashboard and its chart tooltip), and never runs.
 */
class LiteralTextIT extends BrowserTest {

    static final String COMPANY = "<img src=x onerror=\"window.pwned=1\"><b>Evil</b> & Co";

    @Test
    void markup_in_a_company_name_is_shown_as_text_and_never_runs() {
        signUpAndSignIn(uniqueName("mallory"));
        page.navigate(app.url("/offers/new"));
        page.locator("#company input").fill(COMPANY);
        page.locator("#roleTitle input").fill("<script>window.pwned=2</script>");
        page.locator("#baseSalary input").fill("300000");
        page.locator("#save").click();

        assertThat(page.locator("#offer-company")).hasText(COMPANY);
        page.navigate(app.url("/offers"));
        assertThat(page.locator("#offers-grid")).containsText(COMPANY);
        page.navigate(app.url("/"));
        page.locator("offerbook-chart").first().waitFor();
        // Hover over every chart so that tooltips with the company name are drawn.
        for (var chart : page.locator("offerbook-chart").all()) {
            BoundingBox box = chart.boundingBox();
            if (box != null) {
                for (double x = 0.2; x < 0.9; x += 0.15) {
                    page.mouse().move(box.x + box.width * x, box.y + box.height * 0.6);
                    page.waitForTimeout(100);
                }
            }
        }
        screenshot("40-literal-text-dashboard");

        Assertions.assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        Assertions.assertThat(page.locator("b:text('Evil')").count()).isZero();
        Assertions.assertThat(page.locator("img[src='x']").count()).isZero();
    }
}
