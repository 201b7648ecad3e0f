package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's journey: a San Francisco and a Seattle offer with the same gross, their take-home side by side in
 * Compare, and the breakdown of one opened with every line and its source.
 */
class TaxJourneyIT extends BrowserTest {

    @Test
    void the_same_gross_keeps_more_in_seattle_and_the_breakdown_shows_every_line() {
        signUpAndSignIn(uniqueName("tess"));

        var sf = recordSalaryOffer("Anthropic", "San Francisco Bay Area");
        var sfId = page.url().replaceAll(".*/offers/", "");
        var seattle = recordSalaryOffer("Amazon", "Seattle");
        var seattleId = page.url().replaceAll(".*/offers/", "");
        assertThat(amount(seattle)).isGreaterThan(amount(sf));

        page.locator("#after-tax-table vaadin-button:has-text('How')").first().click();
        assertThat(page.locator("#tax-breakdown-totals")).containsText("Gross $300,000");
        assertThat(page.locator("#tax-breakdown")).containsText("Washington");
        assertThat(page.locator("#tax-breakdown")).containsText("Federal income tax brackets");
        screenshot("61-tax-breakdown");
        page.keyboard().press("Escape");

        page.navigate(app.url("/compare?offers=" + sfId + "," + seattleId));
        page.locator("#compare-table").waitFor();
        assertThat(page.locator("#compare-table")).containsText("Take-home");
        // Compare shows whole dollars: the offer page's take-home, rounded, with the better one marked.
        assertThat(page.locator("#compare-table")).containsText(whole(seattle) + " ★");
        assertThat(page.locator("#compare-table")).containsText(whole(sf));
        screenshot("62-compare-after-tax");

        page.navigate(app.url("/tax"));
        assertThat(page.locator("#tax-profiles")).containsText("Washington");
        screenshot("63-tax-profiles");
    }

    /** Records an offer of $300,000 base and nothing else in a region; returns its recurring take-home as shown. */
    private String recordSalaryOffer(String company, String region) {
        page.navigate(app.url("/offers/new"));
        page.locator("#company input").fill(company);
        page.locator("#roleTitle input").fill("ML Engineer");
        page.locator("#region input").fill(region);
        page.locator("#region input").press("Enter");
        page.locator("#baseSalary input").fill("300,000");
        page.locator("#save").click();
        assertThat(page.locator("#offer-company")).hasText(company);
        assertThat(page.locator("#after-tax-table")).containsText("Take-home");
        var takeHome = page.locator("#recurring-after-tax").textContent().replace("After tax ", "");
        screenshot("60-offer-after-tax-" + company.toLowerCase(Locale.ROOT));
        return takeHome;
    }

    private static String whole(String money) {
        return "$"
                + String.format(
                        Locale.US,
                        "%,d",
                        amount(money).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    private static BigDecimal amount(String money) {
        return new BigDecimal(money.replaceAll("[^0-9.]", ""));
    }
}
