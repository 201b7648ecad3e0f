package com.offerbook.offers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The offer form suggests the level codes known for the company typed, and names the equity kinds as companies do. */
@WithMockUser(username = "alice")
class LevelAndEquityHintsTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void alice() {
        TestUsers.register(accounts, "alice");
    }

    @Test
    void the_level_field_suggests_the_codes_known_for_the_company_typed() {
        var view = navigate(NewOfferView.class);
        assertThat(test(view.details.levelLabel).getSuggestions()).isEmpty();

        test(view.details.company).setValue("amazon");

        var suggestions = test(view.details.levelLabel).getSuggestions();
        assertThat(suggestions)
                .startsWith("Applied Scientist I", "L4 · Applied Scientist I")
                .contains("L6 · Applied Scientist III", "L7 · Principal Applied Scientist");
        assertThat(view.details.levelLabel.getHelperText()).contains("Levels known at Amazon");

        test(view.details.levelLabel).selectItem("L6 · Applied Scientist III");

        assertThat(view.details.levelLabel.getValue())
                .as("the code, as typed in offer letters")
                .isEqualTo("L6");

        test(view.details.company).setValue("Meta");

        assertThat(test(view.details.levelLabel).getSuggestions()).contains("E5 · IC5", "IC5");
        assertThat(view.details.levelLabel.getValue()).as("kept, not cleared").isEqualTo("L6");
    }

    @Test
    void a_level_the_mapping_does_not_know_can_still_be_typed() {
        var view = navigate(NewOfferView.class);
        test(view.details.company).setValue("Initech");

        view.details.levelLabel.setValue("Staff Engineer II");

        assertThat(view.details.levelLabel.getHelperText()).isEmpty();
        assertThat(view.details
                        .binder()
                        .getBinding("levelLabel")
                        .orElseThrow()
                        .getField()
                        .getValue())
                .isEqualTo("Staff Engineer II");
    }

    @Test
    void the_equity_kind_shows_the_names_companies_give_it() {
        var view = navigate(NewOfferView.class);

        test(view.firstPackage.equityKind).selectItem("RSUs (public company)");
        assertThat(view.firstPackage.equityKind.getHelperText()).contains("GSUs");

        test(view.firstPackage.equityKind).selectItem("Profit units (PPUs)");
        assertThat(view.firstPackage.equityKind.getHelperText()).contains("profit participation units");

        test(view.firstPackage.equityKind).selectItem("Stock options");
        assertThat(view.firstPackage.equityKind.getHelperText()).contains("ISOs");
    }
}
