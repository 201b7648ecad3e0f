package com.offerbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandService;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.offerbook.sharing.SharingService;
import com.offerbook.valuation.ValuationFixtures;
import com.offerbook.valuation.ValuationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every route with an id parameter, taken from the router's registry, opened by user B with user A's ids: each
 * answers not found. A new route with a parameter this test does not know fails it until it is covered.
 */
@WithMockUser(username = "bob")
class RouteIsolationTest extends BrowserlessTestBase {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)(\\([^)]*\\))?");

    @Autowired
    OfferService offers;

    @Autowired
    BandService bands;

    @Autowired
    AccountService accounts;

    @Autowired
    ValuationService valuation;

    @Autowired
    SharingService sharing;

    @Test
    void another_users_ids_answer_not_found_on_every_route_with_a_parameter() {
        TestUsers.signInAs(accounts, "alice");
        var ids = Map.of(
                "offerId", String.valueOf(offers.create(OfferFixtures.anthropic(), OfferFixtures.counter())),
                "bandId",
                        String.valueOf(bands.create(BandFixtures.privateBand("Alice Corp", "Seattle"))
                                .id()));
        if (accounts.findByUsername("bob").isEmpty()) {
            accounts.register(new SignupRequest("bob", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
        TestUsers.signInAs(accounts, "bob");

        var templates = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate())
                .filter(template -> template.contains(":"))
                // Tax profiles are reference data everybody reads (TaxViewsTest); they belong to no user.
                .filter(template -> !template.startsWith("tax/"))
                // A share link's page is opened by its token, not an id (ShareRouteIsolationTest).
                .filter(template -> !template.startsWith(SharingService.PATH + "/"))
                .toList();
        assertThat(templates)
                .hasSizeGreaterThanOrEqualTo(5)
                .contains("offers/:offerId([0-9]{1,18})/worth", "offers/:offerId([0-9]{1,18})/log");

        for (var template : templates) {
            var matcher = PARAMETER.matcher(template);
            var path = new StringBuilder();
            while (matcher.find()) {
                var name = matcher.group(1);
                assertThat(ids)
                        .as("route %s has a parameter %s this test does not cover", template, name)
                        .containsKey(name);
                matcher.appendReplacement(path, ids.get(name));
            }
            matcher.appendTail(path);

            navigate(path.toString(), Component.class);

            assertThat(getCurrentView()).as(path.toString()).isInstanceOf(NotFoundView.class);
        }
    }

    /**
     * Issue 14: the shared-links page takes what to share from its address ({@code shared?offer=42},
     * {@code shared?offers=1,2}): another user's offer there answers not found, alone or among the user's own, and no
     * link is made.
     */
    @Test
    void another_users_offers_in_the_share_address_answer_not_found_and_share_nothing() {
        TestUsers.signInAs(accounts, "alice");
        long alices = offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        long alicesOther = offers.create(
                OfferFixtures.details("Othercorp", "USD"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 199_000, 0));
        if (accounts.findByUsername("bob").isEmpty()) {
            accounts.register(new SignupRequest("bob", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
        TestUsers.signInAs(accounts, "bob");
        long bobs = offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());

        for (var address : List.of(
                "shared?offer=" + alices,
                "shared?offers=" + alices + "," + alicesOther,
                "shared?offers=" + bobs + "," + alices,
                "shared?offers=" + bobs + "," + alices + ",stay&figure=bull&years=5")) {
            UI.getCurrent().navigate("shared", QueryParameters.fromString(address.substring("shared?".length())));
            assertThat(getCurrentView()).as(address).isInstanceOf(NotFoundView.class);
        }
        assertThat(sharing.list(PageRequest.of(0, 10))).isEmpty();
        UI.getCurrent().navigate("shared", QueryParameters.fromString("offer=" + bobs));
        assertThat(getCurrentView()).isNotInstanceOf(NotFoundView.class);
    }

    /** The job to leave has no id in its address: each user sees their own, and another's never. */
    @Test
    void the_job_to_leave_shows_only_the_users_own() {
        TestUsers.signInAs(accounts, "alice");
        valuation.saveCurrentJob(ValuationFixtures.currentJob("USD", 6, 10_000));
        if (accounts.findByUsername("bob").isEmpty()) {
            accounts.register(new SignupRequest("bob", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
        TestUsers.signInAs(accounts, "bob");

        navigate("current-job", Component.class);

        var page = getCurrentView().getElement().getTextRecursively();
        assertThat(page)
                .contains("Save the job to see what leaving it would cost")
                .doesNotContain("$60,000");
        assertThat($(TextField.class).id("company").getValue()).isEmpty();
    }
}
