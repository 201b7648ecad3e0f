package com.offerbook.sharing.ui;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.details;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.offerbook.sharing.ShareTarget;
import com.offerbook.sharing.SharingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The public share routes (issue 14): every route of the sharing page is opened by a token only; a token shows its own
 * link's offer whatever else the address says, and anything added to it answers "not found or expired". Run without
 * sign-in, as a visitor would.
 */
@WithAnonymousUser
class ShareRouteIsolationTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    SharingService sharing;

    @Test
    void the_only_public_share_route_takes_a_token_and_nothing_else() {
        var shareRoutes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget() == ShareView.class)
                .map(route -> route.getTemplate())
                .toList();
        assertThat(shareRoutes).hasSize(1);
        assertThat(shareRoutes.getFirst()).startsWith(SharingService.PATH + "/:");
    }

    @Test
    void a_token_for_one_offer_never_opens_another_by_the_address() {
        String aliceToken;
        long bobOffer;
        for (var name : List.of("alice", "bob")) {
            if (accounts.findByUsername(name).isEmpty()) {
                accounts.register(new SignupRequest(name, TestUsers.PASSWORD, TestUsers.PASSWORD));
            }
        }
        TestUsers.signInAs(accounts, "bob");
        bobOffer = offers.create(details("Bobco", "USD"), revision(RevisionKind.COMPANY_OFFER, 199_000, 0));
        TestUsers.signInAs(accounts, "alice");
        long aliceOffer = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        aliceToken = sharing.create(ShareTarget.offer(aliceOffer), 7).token();
        TestUsers.signOut();

        // The token with another offer's id as a query parameter: still the token's own offer, only.
        UI.getCurrent()
                .navigate(
                        "s/" + aliceToken,
                        QueryParameters.fromString("offer=" + bobOffer + "&offers=" + bobOffer + "," + aliceOffer));
        var page = textOfView();
        assertThat(page).contains("Anthropic", "$315,000").doesNotContain("Bobco", "$199,000");

        // The token with an id (or anything) after it, or an id where the token goes: not found or expired.
        for (var address : List.of(
                "s/" + aliceToken + "/" + bobOffer,
                "s/" + bobOffer,
                "s/" + aliceOffer,
                "s/" + aliceToken.substring(1) + "x")) {
            UI.getCurrent().navigate(address);
            assertThat(textOfView())
                    .as(address)
                    .contains("not found or has expired")
                    .doesNotContain("Bobco");
        }
        // The PDF by token: the same answers.
        assertThat(sharing.openPdf(aliceToken)).isPresent();
        assertThat(sharing.openPdf(aliceToken + "/" + bobOffer)).isEmpty();
        assertThat(sharing.openPdf(String.valueOf(bobOffer))).isEmpty();
    }

    private String textOfView() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
