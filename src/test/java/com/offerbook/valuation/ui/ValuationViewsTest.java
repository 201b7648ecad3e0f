package com.offerbook.valuation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.comp.EquityKind;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.offerbook.valuation.ValuationService;
import com.offerbook.valuation.Worth;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class ValuationViewsTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    ValuationService valuation;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void createAlice() {
        TestUsers.register(accounts, "alice");
        TestUsers.signInAs(accounts, "alice");
    }

    /** $300,000 base and $1,000,000 of private RSUs over 4 years, even. */
    private long millionOverFourYears() {
        return offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
    }

    private WorthView openWorth(long offerId) {
        navigate("offers/" + offerId + "/worth", Component.class);
        assertThat(getCurrentView()).isInstanceOf(WorthView.class);
        return (WorthView) getCurrentView();
    }

    private static void scenarios(WorthView view, String bear, String base, String bull, String... weights) {
        view.form.bearGrowth.setValue(bear);
        view.form.baseGrowth.setValue(base);
        view.form.bullGrowth.setValue(bull);
        view.form.bearWeight.setValue(weights[0]);
        view.form.baseWeight.setValue(weights[1]);
        view.form.bullWeight.setValue(weights[2]);
    }

    private List<String> column(WorthView view, String key) {
        var grid = test(view.table);
        int position = grid.getColumnPosition(key);
        return IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getCellText(row, position))
                .toList();
    }

    @Test
    void the_projection_shows_each_year_after_tax_where_the_offer_is_taxed() {
        long offerId = millionOverFourYears(); // San Francisco Bay Area: US federal + California
        var view = openWorth(offerId);

        var afterTax = column(view, "takeHome");
        var totals = column(view, "total");

        assertThat(afterTax).hasSameSizeAs(totals).doesNotContain("");
        for (int i = 0; i < totals.size(); i++) {
            assertThat(amount(afterTax.get(i))).isLessThan(amount(totals.get(i)));
        }
    }

    private static BigDecimal amount(String money) {
        return new BigDecimal(money.replaceAll("[^0-9.]", ""));
    }

    @Test
    void the_projection_shows_the_growth_vectors_once_the_scenarios_are_saved() {
        long offerId = millionOverFourYears();
        var view = openWorth(offerId);

        scenarios(view, "-30", "0", "+25 %", "25", "50", "25");
        view.form.horizonYears.setValue(4);
        test(view.save).click();

        assertThat(valuation.assumptionsFor(offerId).source()).isEqualTo(Worth.Source.OFFER);
        test(view.shown).selectItem("Bull");
        assertThat(column(view, "initial")).containsExactly("$312,500.00", "$390,625.00", "$488,281.25", "$610,351.56");
        test(view.shown).selectItem("Bear");
        assertThat(column(view, "initial")).containsExactly("$175,000.00", "$122,500.00", "$85,750.00", "$60,025.00");
        assertThat(view.source.getText()).contains("saved for this offer");
        assertThat($(ListItem.class).all().stream().map(item -> item.getText()))
                .anyMatch(text -> text.contains("bull +25 % a year (weight 25 %)"));
        assertThat(specOf(view.chart).series()).extracting(s -> s.name()).contains("Bear case total");
    }

    @Test
    void headline_figures_are_whole_units_and_the_table_always_shows_cents() {
        long offerId = millionOverFourYears();
        var view = openWorth(offerId);

        scenarios(view, "-30", "0", "+25 %", "25", "50", "25");
        view.form.horizonYears.setValue(4);
        test(view.save).click();

        // Bull: 4 × $300,000 base + $1,801,757.81 of equity = $3,001,757.81, shown $3,001,758 on its card.
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .id("total-bull-value")
                        .getText())
                .isEqualTo("$3,001,758");
        assertThat($(com.vaadin.flow.component.html.Span.class).all().stream()
                        .filter(span -> span.getClassNames().contains("figure-value"))
                        .map(span -> span.getText()))
                .hasSizeGreaterThanOrEqualTo(4)
                .allMatch(text -> text.matches("\\$[0-9,]+"), "whole units");
        test(view.shown).selectItem("Base");
        assertThat(column(view, "total")).allMatch(text -> text.endsWith(".00"), "cents");
    }

    @Test
    void the_offer_page_links_to_what_it_is_worth_and_back() {
        long offerId = millionOverFourYears();
        navigate("offers/" + offerId, Component.class);

        test($(com.vaadin.flow.component.button.Button.class).id("what-it-is-worth"))
                .click();

        assertThat(getCurrentView()).isInstanceOf(WorthView.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("back-to-offer")
                        .getHref())
                .isEqualTo("offers/" + offerId);
    }

    @Test
    void weights_not_adding_up_to_100_are_shown_at_the_field_and_nothing_is_saved() {
        long offerId = millionOverFourYears();
        var view = openWorth(offerId);

        scenarios(view, "-30", "0", "25", "25", "50", "20");
        test(view.save).click();

        assertThat(view.form.bullWeight.isInvalid()).isTrue();
        assertThat(view.form.bullWeight.getErrorMessage()).contains("95").contains("100");
        assertThat(valuation.assumptionsFor(offerId).source()).isEqualTo(Worth.Source.NONE);

        view.form.bearGrowth.setValue("thirty");
        test(view.save).click();
        assertThat(view.form.bearGrowth.isInvalid()).isTrue();
        assertThat(valuation.assumptionsFor(offerId).source()).isEqualTo(Worth.Source.NONE);
    }

    @Test
    void use_my_defaults_drops_the_offers_own_assumptions() {
        long offerId = millionOverFourYears();
        var view = openWorth(offerId);
        scenarios(view, "-30", "0", "25", "25", "50", "25");
        test(view.save).click();
        assertThat(valuation.assumptionsFor(offerId).source()).isEqualTo(Worth.Source.OFFER);

        test(view.useDefaults).click();

        assertThat(valuation.assumptionsFor(offerId).source()).isEqualTo(Worth.Source.NONE);
        assertThat(view.source.getText()).contains("today's");
    }

    @Test
    void another_users_offer_answers_not_found() {
        long offerId = millionOverFourYears();
        TestUsers.register(accounts, "bob");
        TestUsers.signInAs(accounts, "bob");

        navigate("offers/" + offerId + "/worth", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_current_job_is_saved_and_leaving_after_six_months_costs_what_would_have_vested_since() {
        navigate(CurrentJobView.class);
        var view = (CurrentJobView) getCurrentView();

        test(view.company).setValue("Current Co");
        test(view.baseSalary).setValue("250k");
        test(view.spreadTotal).setValue("$120,000");
        view.spreadMonths.setValue(12);
        test(view.spreadEvery).selectItem("Monthly");
        test(view.spread).click();
        view.leaveMonth.setValue(6);
        view.assumptions.bearGrowth.setValue("0");
        view.assumptions.bullGrowth.setValue("0");
        test(view.save).click();

        assertThat(view.tranches.getValue()).startsWith("1: 10,000\n2: 10,000");
        assertThat(valuation.currentJob()).isPresent();
        assertThat($(Span.class).id("cost-of-leaving-value").getText()).isEqualTo("$60,000");
        assertThat($(Span.class).id("make-whole-value").getText()).isEqualTo("$60,000");

        view.leaveMonth.setValue(0);
        test(view.save).click();
        assertThat($(Span.class).id("cost-of-leaving-value").getText()).isEqualTo("$120,000");
    }

    @Test
    void a_broken_current_job_is_shown_at_its_fields_and_nothing_is_saved() {
        navigate(CurrentJobView.class);
        var view = (CurrentJobView) getCurrentView();

        test(view.company).setValue("Current Co");
        test(view.baseSalary).setValue("250k");
        test(view.tranches).setValue("3: 10000\n3: 5000");
        view.leaveMonth.setValue(200);
        test(view.save).click();

        assertThat(view.leaveMonth.isInvalid()).isTrue();
        assertThat(view.tranches.isInvalid()).isTrue();
        assertThat(view.tranches.getErrorMessage()).contains("twice");
        assertThat(valuation.currentJob()).isEmpty();
    }

    @Test
    void a_default_saved_for_a_kind_of_equity_is_used_by_an_offer_of_that_kind() {
        long offerId = millionOverFourYears();
        navigate(CurrentJobView.class);
        var view = (CurrentJobView) getCurrentView();

        test(view.defaultKind).selectItem("RSUs (private company)");
        view.defaults.bearGrowth.setValue("-50");
        test(view.saveDefault).click();

        assertThat(valuation.defaults()).containsKey(EquityKind.PRIVATE_RSU);
        assertThat(view.defaultStatus.getText()).startsWith("Your default");
        var worth = openWorth(offerId);
        assertThat(worth.source.getText()).contains("your default");
    }
}
