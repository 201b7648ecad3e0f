package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: amounts typed as people in two countries write them are read exactly as meant, and a text that could
 * mean two amounts is refused at its field instead of guessed.
 */
class AmountsInTwoLocalesIT extends BrowserTest {

    @Test
    void amounts_are_read_in_the_users_number_format_and_ambiguous_ones_are_refused() {
        signUpAndSignIn(uniqueName("lena"));

        // English (US), the browser's language: "," groups thousands, "." is the decimal point.
        newOffer("DeepMind", "249,600");
        assertThat(page.locator("#recurring")).containsText("$249,600");

        newOfferForm("Initech", "210.000");
        page.locator("#save").click();
        assertThat(page.locator("#baseSalary [slot='error-message']")).containsText("did you mean 210,000?");
        assertThat(page.locator("#baseSalary input")).isFocused(); // scrolled into view, not left off screen
        screenshot("70-amount-refused-en");

        // Deutsch (Deutschland): "." groups thousands, "," is the decimal point; the page reloads in it.
        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item.open-display-settings").click();
        page.locator("#number-format").click();
        page.locator("vaadin-select-item[role='option']", new Page.LocatorOptions().setHasText("Deutsch (Deutschland)"))
                .click();
        page.locator("#save-display-settings").click();
        page.waitForTimeout(1500);

        newOffer("Aleph Alpha", "210.000");
        assertThat(page.locator("#recurring")).containsText("210.000");

        newOfferForm("Initech", "12,5k");
        assertThat(page.locator("#baseSalary input")).hasValue("12.500");
        page.locator("#baseSalary input").fill("210,000");
        page.locator("#save").click();
        assertThat(page.locator("#baseSalary [slot='error-message']")).containsText("210.000");
        screenshot("71-amount-refused-de");
    }

    private void newOffer(String company, String base) {
        newOfferForm(company, base);
        page.locator("#save").click();
        assertThat(page.locator("#offer-company")).hasText(company);
    }

    private void newOfferForm(String company, String base) {
        page.navigate(app.url("/offers/new"));
        page.locator("#company input").fill(company);
        page.locator("#roleTitle input").fill("Research Engineer");
        page.locator("#baseSalary input").fill(base);
        page.locator("#baseSalary input").press("Tab");
    }
}
