package com.offerbook.negotiation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.base.ui.NotFoundView;
import com.offerbook.negotiation.AskRounding;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionKind;
import com.offerbook.valuation.ValuationFixtures;
import com.offerbook.valuation.ValuationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
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

    @Autowired
    ValuationService valuation;

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
        assertThat(view.ask(PlanComponent.BASE).getValue()).isEqualTo("328,000");
        assertThat(view.ask(PlanComponent.EQUITY).getValue()).isEqualTo("717,500");
        assertThat(view.message.getValue()).contains("$328,000").doesNotContain("265,000");
        assertThat($(Div.class).id("plan-missing").getElement().getTextRecursively())
                .contains("No competing offer");
        assertThat($(Div.class).id("plan-verdict").getElement().getTextRecursively())
                .contains("Between floor and ask");
    }

    @Test
    void a_recorded_current_job_turns_the_make_whole_lever_on_with_its_steps_on_the_signing_card() {
        valuation.saveCurrentJob(ValuationFixtures.currentJob("USD", 6, 10_000));

        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        assertThat(view.ask(PlanComponent.SIGNING).getValue()).isEqualTo("60,000");
        assertThat($(Span.class).id("signing-make-whole").getText())
                .startsWith("Make-whole: at least $60,000, for the equity you leave behind at Current Co");
        assertThat($(Paragraph.class).id("plan-make-whole").getElement().getTextRecursively())
                .contains("Make-whole lever on", "$60,000");
        assertThat(Objects.requireNonNull(view.cards.get(PlanComponent.SIGNING))
                        .getElement()
                        .getTextRecursively())
                .contains("months 7 to 18", "Make-whole: the ask is at least $60,000");
        assertThat(view.message.getValue()).contains("a signing bonus of $60,000, to make up for the equity I leave");
    }

    @Test
    void an_overridden_ask_is_kept_after_saving_and_coming_back() {
        var view = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);

        test(view.ask(PlanComponent.BASE)).setValue("331000");
        test(view.save).click();

        var again = navigate("offers/" + offerId + "/negotiate", NegotiateView.class);
        assertThat(again.ask(PlanComponent.BASE).getValue()).isEqualTo("331,000");
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
    void a_competing_offer_in_another_currency_is_converted_with_its_rate_named_and_asks_rounded() {
        long london = offers.create(
                OfferFixtures.details("Acme", "GBP"), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 240_000, 0));
        long initech = offers.create(
                OfferFixtures.details("Initech", "USD"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 100_000, 0));
        negotiation.save(london, negotiation.plan(london).settings().withCompeting(List.of(initech), List.of(initech)));

        var view = navigate("offers/" + london + "/negotiate", NegotiateView.class);

        // The band's figures and Initech's $100,000 base, converted at 1 USD = 0.7874 GBP, are asked in whole £500s.
        assertThat(view.ask(PlanComponent.BASE).getValue()).endsWith("000").doesNotContain(".");
        assertThat(view.message.getValue())
                .contains("1 USD = 0.7874 GBP, rate of 2026-11-01")
                .doesNotContainPattern("£[0-9,]+\\.[0-9]{2}");
        assertThat(view.card(PlanComponent.BASE).getElement().getTextRecursively())
                .contains("rate of 2026-11-01");
    }

    @Test
    void rounding_to_the_nearest_1000_is_the_users_choice_and_is_kept_with_the_plan() {
        long london = offers.create(
                OfferFixtures.details("Acme", "GBP"), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 240_000, 0));
        long initech = offers.create(
                OfferFixtures.details("Initech", "USD"),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 100_000, 100_000));
        negotiation.save(london, negotiation.plan(london).settings().withCompeting(List.of(initech), List.of()));
        var view = navigate("offers/" + london + "/negotiate", NegotiateView.class);
        // Initech's $100,000 grant is £78,740.16: the equity floor is the nearest £500, then the nearest £1,000.
        assertThat(view.floor(PlanComponent.EQUITY).getValue()).isEqualTo("78,500");

        test(view.form.rounding).selectItem("Nearest 1,000");
        assertThat(view.floor(PlanComponent.EQUITY).getValue()).isEqualTo("79,000");
        test(view.save).click();

        var again = navigate("offers/" + london + "/negotiate", NegotiateView.class);
        assertThat(again.form.rounding.getValue()).isEqualTo(AskRounding.NEAREST_1000);
        assertThat(again.floor(PlanComponent.EQUITY).getValue()).isEqualTo("79,000");
    }

    @Test
    void the_cards_place_the_companys_figure_and_the_ask_in_the_band_in_money_when_outside_it() {
        long low = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 600_000));

        var view = navigate("offers/" + low + "/negotiate", NegotiateView.class);

        // The San Francisco band's base is $265,000–$335,000; the ask, 90 % up it, is $328,000.
        assertThat(view.card(PlanComponent.BASE).getElement().getTextRecursively())
                .contains("In the band: the company's figure $65,000 below the bottom of the band; "
                        + "your ask 90 % through the range.")
                .doesNotContain("-92");
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
