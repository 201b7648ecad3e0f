package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BandImportJourneyIT extends BrowserTest {

    @Test
    void import_a_csv_file_see_the_new_bands_and_open_one() {
        signUpAndSignIn(uniqueName("kim"));
        var company = uniqueName("Globex");
        var csv = ("company,role_title,role_family,level,region,currency,base_min,base_max,equity_min,equity_max,"
                        + "equity_vesting_years,total_min,total_max,source_title,as_of\n"
                        + company
                        + ",ML Engineer,ML/AI Engineer,L5,Seattle,USD,200000,300000,400000,800000,4,300000,500000,Recruiter call,2026-06-01\n"
                        + company
                        + ",ML Engineer,ML/AI Engineer,L6,Seattle,USD,260000,360000,600000,1000000,4,410000,610000,Recruiter call,2026-06-01\n")
                .getBytes(StandardCharsets.UTF_8);

        page.navigate(app.url("/bands"));
        page.locator("#import-bands").click();
        page.locator("#band-upload input[type=file]").setInputFiles(new FilePayload("bands.csv", "text/csv", csv));

        assertThat(page.locator("#import-summary")).hasText("Imported 2 bands.");
        screenshot("20-import-done");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Close").setExact(true))
                .click();

        page.locator("#company-filter input").fill(company);
        assertThat(page.locator("#bands-grid")).containsText("$260,000 – $360,000");
        page.waitForFunction("() => !document.querySelector('#bands-grid').hasAttribute('loading')");
        // The grid re-renders its cells while the lazy filter settles; a dispatched click reaches the row either way.
        page.locator("#bands-grid").getByText("$260,000 – $360,000").dispatchEvent("click");

        assertThat(page.locator("#band-title")).containsText(company);
        page.locator("#band-ranges summary").click(); // "Show as table"
        assertThat(page.locator("#band-ranges-table")).containsText("$360,000");
        screenshot("21-imported-band");
    }

    @Test
    void the_filter_lists_offer_only_what_exists_with_the_other_choices() {
        signUpAndSignIn(uniqueName("lee"));
        page.navigate(app.url("/bands"));
        // The open list's items: the combo box keeps empty and hidden ones around for scrolling.
        var options = page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\S")));

        // Opened from the keyboard: an open combo box's overlay takes the page's pointer events until it has closed.
        var regions = page.locator("#region-filter input");
        regions.focus();
        page.keyboard().press("ArrowDown");
        assertThat(options.filter(new Locator.FilterOptions().setHasText("Seattle")))
                .hasCount(1);
        page.keyboard().press("Escape");

        page.locator("#currency-filter input").fill("GBP");
        page.keyboard().press("Enter");
        regions.focus();
        page.keyboard().press("ArrowDown");
        assertThat(options).hasText(new String[] {"London"}); // the guide's bands: only London is in pounds
        screenshot("22-bands-region-list-narrowed");
        options.first().click();
        assertThat(page.locator("#bands-grid")).containsText("£201,000 – £255,000");

        // Each picture a moment after the theme changed: the user menu closes and the colours settle first.
        theme(true);
        page.waitForTimeout(400);
        screenshot("23-bands-filtered-1280-dark");
        page.setViewportSize(390, 844);
        screenshot("24-bands-filtered-390-dark");
        theme(false);
        page.waitForTimeout(400);
        screenshot("25-bands-filtered-390-light");
    }
}
