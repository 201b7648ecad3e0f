package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * An offer as Amazon writes it (level L6, a signing bonus paid in years 1 and 2, each with its clawback) finds its
 * band through the level mapping, and Compare keeps its table while offers are added one by one with the picker.
 */
class AmazonOfferAndCompareJourneyIT extends BrowserTest {

    @Test
    void an_amazon_l6_offer_with_a_two_year_signing_bonus_then_three_offers_added_to_compare_one_by_one() {
        signUpAndSignIn(uniqueName("ama"));

        page.navigate(app.url("/offers/new"));
        page.locator("#company input").fill("Amazon");
        page.locator("#roleTitle input").fill("Applied Scientist");
        choose("#roleFamily", "ML/AI Engineer");
        choose("#region", "Seattle");
        // The level field suggests Amazon's levels once the company is known.
        page.locator("#levelLabel input").fill("L6");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("L6 · Applied Scientist III"))
                .click();
        page.locator("#baseSalary input").fill("200,000");
        page.locator("#equityKind").click();
        page.locator("vaadin-select-item[role='option']", new Page.LocatorOptions().setHasText("RSUs (public company)"))
                .click();
        assertThat(page.locator("#equityKind")).containsText("GSUs");
        page.locator("#equityGrant input").fill("800k");
        page.locator("#vestingPercents input").fill("5/15/40/40");
        page.locator("#cliffMonths input").fill("12");
        page.locator("#signingBonus input").fill("100,000");
        page.locator("#clawbackMonths input").fill("12");
        page.locator("#signing-year-2 input").fill("80,000");
        page.getByLabel("Clawback of the year 2 payment, in months").fill("12");
        screenshot("60-amazon-offer-form");
        page.locator("#save").click();

        assertThat(page.locator("#offer-company")).hasText("Amazon");
        // Year 1: $200,000 + 5 % of $800,000 + $100,000; year 2: $200,000 + 15 % + $80,000.
        assertThat(page.locator("#year-table")).containsText("$340,000");
        assertThat(page.locator("#year-table")).containsText("$400,000");
        assertThat(page.locator("#year-table")).containsText("$80,000");
        // "Amazon L6" is Applied Scientist III, in the tier of the guide's ML/AI Engineer bands.
        assertThat(page.locator("#matched-band")).containsText("Seattle");
        screenshot("61-amazon-offer");

        quickOffer("Initech", "250,000");
        quickOffer("Globex", "300,000");

        page.navigate(app.url("/compare"));
        assertThat(page.locator("#compare-hint")).isVisible();
        add("Amazon");
        assertThat(page.locator("#compare-hint")).isVisible();
        add("Initech");
        assertThat(page.locator("#compare-table")).isVisible();
        assertThat(page.locator("#compare-table thead")).containsText("Initech");
        add("Globex");
        assertThat(page.locator("#compare-table")).isVisible();
        assertThat(page.locator("#compare-table thead")).containsText("Amazon");
        assertThat(page.locator("#compare-table thead")).containsText("Initech");
        assertThat(page.locator("#compare-table thead")).containsText("Globex");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("offers=\\d+%2C\\d+%2C\\d+|offers=\\d+,\\d+,\\d+"));
        page.locator("#chart-compare-years-chart[data-rendered]").waitFor();
        long overflow = ((Number)
                        page.evaluate(
                                "() => { const s = document.querySelector('.compare-scroll'); return s.scrollWidth - s.clientWidth; }"))
                .longValue();
        assertThat(overflow)
                .as("three offers fit 1280 px without scrolling sideways")
                .isLessThanOrEqualTo(0);
        screenshot("62-compare-three-added");
    }

    @Test
    void the_sign_in_error_icon_stands_beside_its_title() {
        page.navigate(app.url("/login?error"));
        page.locator("vaadin-login-form[error]").waitFor();
        // The icon is drawn where the error box's text would start: centred text put it under the title.
        var iconOffset = ((Number) page.evaluate("""
                        () => {
                          const wrapper = document.querySelector('vaadin-login-form').shadowRoot
                              .querySelector('vaadin-login-form-wrapper').shadowRoot;
                          const box = wrapper.querySelector('[part=error-message]');
                          return parseFloat(getComputedStyle(box, '::before').left)
                              - parseFloat(getComputedStyle(box).paddingLeft);
                        }""")).doubleValue();
        assertThat(iconOffset)
                .as("the icon at the start of the box, not under the title")
                .isLessThanOrEqualTo(1);
        screenshot("63-sign-in-error");
    }

    /** Types a value into a combo box that accepts its own values, and commits it. */
    private void choose(String id, String value) {
        page.locator(id + " input").fill(value);
        page.locator(id + " input").press("Enter");
    }

    /** Adds one offer to the comparison with the picker, as a user does. */
    private void add(String company) {
        page.locator("#compare-picker input").fill(company);
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(company))
                .first()
                .click();
        page.keyboard().press("Escape");
    }
}
