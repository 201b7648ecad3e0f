package com.offerbook.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Verdict;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class NegotiationServiceTest {

    @Autowired
    NegotiationService negotiation;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    long anthropic;
    long openAi;
    long deepMind;

    @BeforeEach
    void demoLikeOffers() {
        TestUsers.signInAs(accounts, "alice");
        anthropic = offers.create(
                details("Anthropic", "ML/AI Engineer", ""), pkg(300_000, EquityKind.PRIVATE_RSU, 600_000, 25));
        openAi = offers.create(
                details("OpenAI", "ML Engineer", ""), pkg(300_000, EquityKind.PROFIT_UNITS, 1_000_000, 30));
        deepMind = offers.create(
                details("Google DeepMind", "ML Engineer", "L5"), pkg(310_000, EquityKind.PUBLIC_RSU, 650_000, 0));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_default_plan_for_the_anthropic_offer_lands_near_the_guides_example() {
        var plan = negotiation.plan(anthropic);

        assertThat(plan.band()).isNotNull();
        assertThat(plan.targets().get(0).ask().amount().doubleValue()).isCloseTo(330_000, within(330_000 * 0.03));
        assertThat(plan.targets().get(1).ask().amount().doubleValue()).isCloseTo(725_000, within(725_000 * 0.03));
        assertThat(plan.targets())
                .allSatisfy(t -> assertThat(t.floor().compareTo(t.ask())).isLessThanOrEqualTo(0));
        assertThat(plan.verdicts().getFirst().verdict()).isEqualTo(Verdict.BETWEEN);
        assertThat(plan.equivalentLevels()).contains("Meta IC5", "Google L6");
    }

    @Test
    void competing_offers_set_the_floor_and_those_that_beat_the_offer_are_named() {
        var settings = new PlanSettings(
                negotiation.plan(anthropic).settings().bandId(),
                PlanSettings.DEFAULT_AIM,
                List.of(openAi, deepMind),
                List.of(openAi),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);

        var plan = negotiation.preview(anthropic, settings);

        assertThat(plan.targets().get(0).floor().amount()).isEqualByComparingTo("310000");
        // OpenAI: 300,000 + (1,000,000 × 70 %) / 4 = 475,000 risk-adjusted, more than Anthropic's 450,000 - 25 % of
        // 150,000.
        assertThat(plan.beatenBy()).anySatisfy(b -> assertThat(b).startsWith("OpenAI"));
        assertThat(plan.message()).contains("OpenAI").doesNotContain("Google DeepMind");
    }

    @Test
    void the_message_carries_the_asks_and_never_the_floor() {
        var band = negotiation.plan(anthropic).settings().bandId();
        var settings = new PlanSettings(
                band,
                PlanSettings.DEFAULT_AIM,
                List.of(deepMind),
                List.of(deepMind),
                List.of(negotiation.levers().getFirst().id()),
                new BigDecimal("330000"),
                new BigDecimal("725000"),
                new BigDecimal("80000"),
                new BigDecimal("305000"),
                new BigDecimal("640000"),
                new BigDecimal("20000"));

        var plan = negotiation.save(anthropic, settings);

        assertThat(plan.message()).contains("$330,000", "$725,000", "$80,000", "Google DeepMind");
        assertThat(plan.message())
                .doesNotContain("305,000")
                .doesNotContain("640,000")
                .doesNotContain("20,000")
                .doesNotContainIgnoringCase("floor");
        assertThat(negotiation.plan(anthropic).settings().baseAsk()).isEqualByComparingTo("330000");
    }

    @Test
    void bad_settings_are_refused_and_nothing_is_saved() {
        var band = negotiation.plan(anthropic).settings().bandId();
        var aimTooHigh = new PlanSettings(
                band, new BigDecimal("200"), List.of(), List.of(), List.of(), null, null, null, null, null, null);
        var floorAboveAsk = new PlanSettings(
                band,
                PlanSettings.DEFAULT_AIM,
                List.of(),
                List.of(),
                List.of(),
                new BigDecimal("300000"),
                null,
                null,
                new BigDecimal("310000"),
                null,
                null);

        assertThatThrownBy(() -> negotiation.save(anthropic, aimTooHigh))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("aimPercent"));
        assertThatThrownBy(() -> negotiation.save(anthropic, floorAboveAsk))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("cannot be above the ask"));
        assertThat(negotiation.plan(anthropic).settings().baseAsk()).isNull();
        assertThatThrownBy(() ->
                        negotiation.addLever("Rare skill", new BigDecimal("10"), new BigDecimal("120"), "Few have it"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("highPercent"));
    }

    @Test
    void recording_the_counter_adds_a_counter_revision_with_the_message() {
        long revision = negotiation.recordCounter(anthropic);

        var latest = offers.get(anthropic).latest();
        assertThat(latest.id()).isEqualTo(revision);
        assertThat(latest.draft().kind()).isEqualTo(RevisionKind.COUNTER);
        assertThat(latest.draft().baseSalary()).isEqualByComparingTo("328000");
        assertThat(latest.draft().note()).startsWith("Hello");
        assertThat(offers.get(anthropic).revisions()).hasSize(2);
    }

    @Test
    void plans_and_levers_are_private_to_their_user() {
        negotiation.addLever(
                "Rust expertise", new BigDecimal("5"), new BigDecimal("10"), "Systems work in Rust is scarce");

        TestUsers.signInAs(accounts, "mallory");

        assertThatThrownBy(() -> negotiation.plan(anthropic)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> negotiation.recordCounter(anthropic)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> negotiation.save(anthropic, PlanSettings.defaults(null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(negotiation.levers()).extracting(Lever::name).containsExactly("Agentic AI experience");
    }

    private static OfferDraft details(String company, String role, String level) {
        return new OfferDraft(
                company,
                role,
                "ML/AI Engineer",
                level,
                "San Francisco, CA",
                "San Francisco Bay Area",
                "USD",
                OfferStatus.OFFER_RECEIVED,
                null,
                "");
    }

    private static RevisionDraft pkg(long base, EquityKind kind, long grant, int discount) {
        return new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 11, 1),
                BigDecimal.valueOf(base),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                kind,
                BigDecimal.valueOf(grant),
                "25/25/25/25",
                12,
                null,
                BigDecimal.valueOf(discount),
                BigDecimal.ZERO,
                0,
                false,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }
}
