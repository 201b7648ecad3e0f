package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class OfferJourneyIT extends BrowserTest {

    @Test
    void record_an_offer_add_a_counter_and_see_the_history_and_new_figures() {
        signUpAndSignIn(uniqueName("judy"));

        page.navigate(app.url("/offers"));
        assertThat(page.locator("#empty-state")).containsText("No offers yet");
        page.locator("#new-offer").click();

        page.locator("#company input").fill("Anthropic");
        page.locator("#roleTitle input").fill("ML/AI Engineer");
        page.locator("#baseSalary input").fill("300,000");
        page.locator("#equityKind").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("RSUs (private company)"))
                .click();
        page.locator("#equityGrant input").fill("600k");
        page.locator("#cliffMonths input").fill("12"); // nothing is assumed: the cliff is entered
        screenshot("10-new-offer-form");
        page.locator("#save").click();

        assertThat(page.locator("#offer-company")).hasText("Anthropic");
        assertThat(page.locator("#recurring")).containsText("$450,000");

        page.locator("#add-revision").click();
        page.locator("#baseSalary input").fill("330000");
        page.locator("#equityGrant input").fill("725000");
        page.locator("#signingBonus input").fill("80000");
        page.locator("#clawbackMonths input").fill("12"); // a signing bonus needs its clawback
        page.locator("#save").click();

        assertThat(page.locator("#recurring")).containsText("$511,250");
        assertThat(page.locator("#year-one")).containsText("$591,250");
        assertThat(page.locator("#revision-2")).containsText("My counter");
        assertThat(page.locator("#revision-2")).containsText("Base salary +$30,000");
        assertThat(page.locator("#revision-2")).containsText("Signing bonus +$80,000");
        assertThat(page.locator("#revision-1")).containsText("Company offer");
        page.setViewportSize(1280, 2000);
        screenshot("11-offer-with-counter");

        page.navigate(app.url("/offers"));
        assertThat(page.locator("#offers-grid")).containsText("$511,250");
        screenshot("12-offers-grid");
    }
}
