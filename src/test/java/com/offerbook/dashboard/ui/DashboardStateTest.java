package com.offerbook.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.ui.Markup;
import com.offerbook.demo.DemoAccount;
import com.offerbook.journal.EntryDraft;
import com.offerbook.journal.EntryKind;
import com.offerbook.journal.JournalService;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import com.offerbook.valuation.ValuationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, memory per session: an open dashboard keeps its components in the session as Vaadin state nodes, about
 * 0.5 KB each with their features (docs/performance.md, <i>Memory per session</i>). These tests count them, so that a
 * change that makes the dashboard heavier fails here rather than in the next memory benchmark.
 */
class DashboardStateTest extends BrowserlessTestBase {

    /**
     * The demo user's dashboard: 77 state nodes when this was written (181 with Vaadin's selects and menu bar, and
     * cards and a due list of components; decision 022).
     */
    static final int DEMO_BUDGET = 85;

    @Autowired
    AccountService accounts;

    @Autowired
    OfferService offers;

    @Autowired
    ValuationService valuation;

    @Autowired
    JournalService journal;

    @Autowired
    Clock clock;

    @Autowired
    EntityManager entityManager;

    @BeforeEach
    void demoAccount() {
        DemoAccount.create(accounts, offers, valuation, clock);
        TestUsers.signInAs(accounts, DemoAccount.USERNAME);
    }

    @Test
    void the_demo_dashboard_stays_within_its_state_node_budget() {
        navigate(DashboardView.class);

        var nodes = nodesByComponent();
        assertThat(total(nodes)).as("state nodes by component: %s", nodes).isLessThanOrEqualTo(DEMO_BUDGET);
    }

    @Test
    void more_offers_and_a_longer_due_list_add_no_state_nodes() {
        long offerId = addOffersDueThisWeek(2);
        addFollowUpsThisWeek(offerId, 9);
        navigate(DashboardView.class);
        var fewer = nodesByComponent(); // 5 offers to choose from; 8 lines due shown and "Show n more"

        addOffersDueThisWeek(10);
        addFollowUpsThisWeek(offerId, 20);
        entityManager.flush(); // as each service call's commit would: the cached figures hear of the new offers
        navigate("offers", Component.class); // away and back: the router would reuse the open dashboard
        navigate(DashboardView.class);
        test($(Button.class).id("due-more")).click();
        var more = nodesByComponent();

        assertThat(((DashboardView) getCurrentView()).yearOffer.getItems()).hasSize(15);
        assertThat(journal.dueSoon()).hasSizeGreaterThan(40);
        assertThat(Jsoup.parse(Markup.of($(UnorderedList.class).id("due-list"))).select("li"))
                .hasSize(journal.dueSoon().size());
        assertThat(total(more))
                .as("15 offers and over 40 lines due shown: %s; 5 offers and 8 lines shown: %s", more, fewer)
                .isLessThanOrEqualTo(total(fewer));
    }

    private long addOffersDueThisWeek(int count) {
        long last = 0;
        for (int i = 0; i < count; i++) {
            last = offers.create(
                    OfferFixtures.withDeadline(
                            "Busy " + i,
                            OfferStatus.OFFER_RECEIVED,
                            journal.today().plusDays(i % 7)),
                    OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000 + i, 400_000));
        }
        return last;
    }

    private void addFollowUpsThisWeek(long offerId, int count) {
        for (int i = 0; i < count; i++) {
            journal.add(
                    offerId,
                    new EntryDraft(
                            journal.today(),
                            EntryKind.EMAIL,
                            "Sam",
                            "Call " + i,
                            false,
                            journal.today().plusDays(i % 7)));
        }
    }

    /**
     * The UI's state nodes after a round trip (some components, such as the user menu, attach their parts just before
     * the response), each counted for the nearest component it belongs to.
     */
    private static Map<String, Integer> nodesByComponent() {
        roundTrip();
        Map<String, Integer> counts = new TreeMap<>();
        UI.getCurrent()
                .getInternals()
                .getStateTree()
                .getRootNode()
                .visitNodeTree(node -> counts.merge(owner(node), 1, Integer::sum));
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String owner(StateNode node) {
        for (@Nullable StateNode n = node; n != null; n = n.getParent()) {
            if (n.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)) {
                var component = Element.get(n).getComponent();
                if (component.isPresent()) {
                    return component.get().getClass().getSimpleName();
                }
            }
        }
        return "other";
    }
}
