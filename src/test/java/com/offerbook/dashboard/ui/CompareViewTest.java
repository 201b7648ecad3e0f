package com.offerbook.dashboard.ui;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.counter;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.ui.ChartSpec;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class CompareViewTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void alice() {
        if (accounts.findByUsername("alice").isEmpty()) {
            accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
    }

    @Test
    void three_offers_side_by_side_with_the_best_value_of_each_row_marked() {
        long anthropic = offers.create(anthropic(), counter());
        long openAi = offers.create(
                OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        long deepMind = offers.create(
                OfferFixtures.details("Google DeepMind", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 310_000, 650_000));

        var view = open(anthropic + "," + openAi + "," + deepMind);

        var recurring = row(view, "Recurring total comp");
        assertThat(recurring.cells()).containsExactly("$511,250", "$550,000", "$472,500");
        assertThat(recurring.best()).containsExactly(1);
        var yearOne = row(view, "Year 1");
        assertThat(yearOne.cells()).containsExactly("$591,250", "$550,000", "$472,500");
        assertThat(yearOne.best()).containsExactly(0);
        assertThat(row(view, "Signing bonus at risk").best()).containsExactly(1, 2);
        assertThat(row(view, "In band: Base salary").cells().getFirst()).startsWith("Upper third");

        var chart = specOf(view.years);
        assertThat(chart.kind()).isEqualTo(ChartSpec.Kind.GROUPED_BAR);
        assertThat(chart.series()).hasSize(3);
        assertThat(chart.series().getFirst().points().getFirst().y()).isEqualTo(591_250.0);
    }

    @Test
    void fewer_than_two_offers_asks_for_a_choice() {
        long only = offers.create(anthropic(), counter());

        var view = open(String.valueOf(only));

        assertThat(view.hint.getText()).contains("two to four");
        assertThat(view.table.isVisible()).isFalse();
    }

    @Test
    void another_users_offer_in_the_link_answers_not_found() {
        long mine = offers.create(anthropic(), counter());
        TestUsers.signInAs(accounts, "bob");
        long bobs = offers.create(anthropic(), counter());
        TestUsers.signInAs(accounts, "alice");

        navigateToCompare(mine + "," + bobs);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private CompareView open(String ids) {
        navigateToCompare(ids);
        return (CompareView) getCurrentView();
    }

    private static void navigateToCompare(String ids) {
        UI.getCurrent().navigate(CompareView.class, QueryParameters.of(CompareView.PARAMETER, ids));
    }

    private static CompareView.Row row(CompareView view, String label) {
        return view.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
