package com.offerbook.sharing;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.NotFoundException;
import com.offerbook.negotiation.AskRounding;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class OfferPdfTest {

    @Autowired
    SharingService sharing;

    @Autowired
    OfferService offers;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_offers_pdf_has_its_figures_and_band_but_not_its_floor_or_notes() throws IOException {
        TestUsers.signInAs(accounts, "alice");
        var details = new OfferDraft(
                "Anthropic",
                "ML/AI Engineer",
                "ML/AI Engineer",
                "Senior",
                "San Francisco, CA",
                "San Francisco Bay Area",
                "USD",
                OfferStatus.NEGOTIATING,
                null,
                "PRIVATE-OFFER-NOTE");
        long id = offers.create(details, revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        negotiation.save(
                id,
                new PlanSettings(
                        null,
                        PlanSettings.DEFAULT_AIM,
                        List.of(),
                        List.of(),
                        List.of(),
                        Map.of(PlanComponent.BASE, new BigDecimal("352000")),
                        Map.of(PlanComponent.BASE, new BigDecimal("287654")),
                        AskRounding.DEFAULT));

        var text = ReportPdfTest.text(sharing.pdf(ShareTarget.offer(id)));

        assertThat(text)
                .contains("Anthropic · ML/AI Engineer")
                .contains("$315,000", "$502,500")
                .contains("Upper third")
                .contains("Assumptions", "Sources", "Made on ")
                .doesNotContain("287,654", "287654", "PRIVATE-OFFER-NOTE", "Floor");
    }

    @Test
    void another_users_offer_has_no_pdf() {
        TestUsers.signInAs(accounts, "alice");
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 0));
        TestUsers.signInAs(accounts, "bob");

        assertThatThrownBy(() -> sharing.pdf(ShareTarget.offer(id))).isInstanceOf(NotFoundException.class);
    }
}
