package com.offerbook.negotiation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alice")
class NegotiateViewTest extends BrowserlessTestBase {

    @Autowired
    OfferService offers;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    AccountService accounts;

    long offerId;

    @BeforeEach
    void offer() {
        if (accounts.findByUsername("alice").isEmpty()) {
            accounts.register(new SignupRequest("alice", TestUsers.PASSWORD, TestUsers.PASSWORD));
        }
        offerId = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
    }

    @Test
    void defaults_aim_90_percent_up_the_matched_band_and_say_what_is_missing() {
        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        assertThat(view.form.aim.getValue()).isEqualTo("90");
        assertThat(view.form.band.getValue()).isNotNull();
        assertThat(view.ask(PlanComponent.BASE).getValue()).isEqualTo("328000");
        assertThat(view.ask(PlanComponent.EQUITY).getValue()).isEqualTo("717500");
        assertThat(view.message.getValue()).contains("$328,000").doesNotContain("265,000");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("plan-missing")
                        .getElement()
                        .getTextRecursively())
                .contains("No competing offer");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("plan-verdict")
                        .getElement()
                        .getTextRecursively())
                .contains("Between floor and ask");
    }

    @Test
    void an_overridden_ask_is_kept_after_saving_and_coming_back() {
        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        test(view.ask(PlanComponent.BASE)).setValue("331000");
        test(view.save).click();

        var again = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);
        assertThat(again.ask(PlanComponent.BASE).getValue()).isEqualTo("331000");
        assertThat(again.message.getValue()).contains("$331,000");
        assertThat(negotiation.plan(offerId).settings().ask(PlanComponent.BASE)).isEqualByComparingTo("331000");
    }

    @Test
    void an_aim_outside_0_to_150_percent_is_refused_and_nothing_is_saved() {
        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        test(view.form.aim).setValue("200");
        test(view.save).click();

        assertThat(view.form.aim.isInvalid()).isTrue();
        assertThat(negotiation.plan(offerId).settings().aimPercent()).isEqualByComparingTo("90");
    }

    @Test
    void record_as_my_counter_adds_the_revision_and_opens_the_offer() {
        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        test(view.record).click();

        assertThat(offers.get(offerId).latest().draft().kind()).isEqualTo(RevisionKind.COUNTER);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("OfferView");
    }

    @Test
    void an_equity_floor_above_its_ask_is_shown_on_the_equity_floor() {
        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        test(view.floor(PlanComponent.EQUITY)).setValue("800000");

        assertThat(view.floor(PlanComponent.EQUITY).isInvalid()).isTrue();
        assertThat(view.floor(PlanComponent.EQUITY).getErrorMessage()).contains("above the ask");
        assertThat(view.floor(PlanComponent.BASE).isInvalid()).isFalse();
    }

    @Test
    void recording_a_counter_with_a_too_large_ask_shows_the_refusal_at_the_ask_and_records_nothing() {
        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        test(view.ask(PlanComponent.BASE)).setValue("200000000");
        test(view.record).click();

        assertThat(view.ask(PlanComponent.BASE).isInvalid()).isTrue();
        assertThat(view.ask(PlanComponent.BASE).getErrorMessage()).contains("Too large");
        assertThat(offers.get(offerId).revisions()).hasSize(1);
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void another_users_offer_cannot_be_planned() {
        TestUsers.signInAs(accounts, "bob");
        long bobs = offers.create(OfferFixtures.anthropic(), OfferFixtures.counter());
        TestUsers.signInAs(accounts, "alice");

        navigate("offers/" + bobs + "/negotiate", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
