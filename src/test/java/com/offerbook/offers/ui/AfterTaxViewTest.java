package com.offerbook.offers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.ui.TaxBreakdown;
import com.offerbook.comp.Money;
import com.offerbook.comp.tax.FilingStatus;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.offerbook.tax.AfterTax;
import com.offerbook.tax.TaxService;
import com.offerbook.tax.TaxSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class AfterTaxViewTest extends BrowserlessTestBase {

    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    OfferService offers;

    @Autowired
    TaxService tax;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void aliceIsSignedIn() {
        TestUsers.register(accounts, "alice");
        TestUsers.signInAs(accounts, "alice");
        tax.saveSettings(new TaxSettings(FilingStatus.SINGLE, 2026));
    }

    private AfterTaxSection open(long offerId) {
        navigate("offers/" + offerId, Component.class);
        return $(AfterTaxSection.class).single();
    }

    private List<String> takeHome(AfterTaxSection section) {
        var grid = test(section.table);
        return IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getCellText(row, 4))
                .toList();
    }

    @Test
    void the_offer_page_shows_take_home_beside_the_headline_figures_and_per_year() {
        long id = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 400_000));

        var section = open(id);

        var grid = test(section.table);
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 0)))
                .containsExactly("Recurring", "Year 1", "Year 2", "Year 3", "Year 4");
        var estimate = (AfterTax.Estimate) tax.afterTax(
                "San Francisco Bay Area", null, offers.get(id).latest().compPackage());
        assertThat(takeHome(section).getFirst())
                .isEqualTo(estimate.recurring().takeHome().format());
        var recurringCard = $(Span.class).id("recurring-after-tax");
        assertThat(recurringCard.getText())
                .isEqualTo("After tax "
                        + new Money(estimate.recurring().takeHome().amount().setScale(0, RoundingMode.HALF_EVEN), USD)
                                .format());
        assertThat(section.status.getText()).contains("United States federal", "California", "not tax advice");
    }

    @Test
    void taxing_an_offer_as_seattle_changes_its_take_home_and_is_remembered() {
        long id = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 0));
        var before = takeHome(open(id)).getFirst();

        test(open(id).taxedAs).selectItem("Seattle");

        var after = $(AfterTaxSection.class).single();
        assertThat(offers.get(id).taxedAs()).isEqualTo("Seattle");
        assertThat(after.status.getText()).contains("Taxed as Seattle");
        assertThat(money(takeHome(after).getFirst())).isGreaterThan(money(before));
    }

    @Test
    void an_offer_in_a_region_without_profiles_says_so() {
        long id = offers.create(
                OfferFixtures.details("Anthropic", "USD", "Remote (US)"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 0));

        var section = open(id);

        assertThat(section.status.getText()).contains("No tax profile for this region", "Remote (US)");
        assertThat(section.table.isAttached()).isFalse();
        assertThat($(Span.class).withId("recurring-after-tax").all()).isEmpty();
    }

    @Test
    void how_opens_every_line_with_its_source_adding_up_to_the_take_home() {
        long id = offers.create(
                OfferFixtures.details("DeepMind", "GBP", "London"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 210_000, 0));
        var section = open(id);

        test((Button) test(section.table).getCellComponent(0, 5)).click();

        var dialog = $(TaxBreakdown.class).single();
        assertThat($(Paragraph.class).from(dialog).id("tax-breakdown-totals").getText())
                .isEqualTo("Gross £210,000 − income tax £80,703 − payroll tax £6,210.60 = take-home £123,086.40.");
        assertThat(test($(Grid.class).from(dialog).id("tax-breakdown")).size()).isGreaterThan(4);
    }

    private static BigDecimal money(String formatted) {
        return new BigDecimal(formatted.replaceAll("[^0-9.]", ""));
    }
}
