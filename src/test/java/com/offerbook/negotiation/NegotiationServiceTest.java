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
import com.offerbook.comp.Money;
import com.offerbook.comp.Verdict;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import com.offerbook.security.CurrentUser;
import com.offerbook.valuation.CurrentJobDraft;
import com.offerbook.valuation.ValuationFixtures;
import com.offerbook.valuation.ValuationService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class NegotiationServiceTest {

    @Autowired
    NegotiationService negotiation;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    NegotiationPlanRepository storedPlans;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ValuationService valuation;

    long anthropic;
    long openAi;
    long deepMind;

    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency USD = Currency.getInstance("USD");

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
        assertThat(plan.target(PlanComponent.BASE).ask().amount().doubleValue())
                .isCloseTo(330_000, within(330_000 * 0.03));
        assertThat(plan.target(PlanComponent.EQUITY).ask().amount().doubleValue())
                .isCloseTo(725_000, within(725_000 * 0.03));
        assertThat(plan.targets())
                .containsOnlyKeys(PlanComponent.values())
                .allSatisfy((component, t) ->
                        assertThat(t.floor().compareTo(t.ask())).isLessThanOrEqualTo(0));
        assertThat(plan.verdict(PlanComponent.BASE).verdict()).isEqualTo(Verdict.BETWEEN);
        assertThat(plan.equivalentLevels()).contains("Meta IC5", "Google L6");
    }

    @Test
    void competing_offers_set_the_floor_and_those_that_beat_the_offer_are_named() {
        var settings = negotiation.plan(anthropic).settings().withCompeting(List.of(openAi, deepMind), List.of(openAi));

        var plan = negotiation.preview(anthropic, settings);

        assertThat(plan.target(PlanComponent.BASE).floor().amount()).isEqualByComparingTo("310000");
        // OpenAI: 300,000 + (1,000,000 × 70 %) / 4 = 475,000 risk-adjusted, more than Anthropic's 450,000 - 25 % of
        // 150,000.
        assertThat(plan.beatenBy()).anySatisfy(b -> assertThat(b).startsWith("OpenAI"));
        assertThat(plan.message()).contains("OpenAI").doesNotContain("Google DeepMind");
    }

    @Test
    void the_message_carries_the_asks_and_never_the_floor() {
        var band = negotiation.plan(anthropic).settings().bandId();
        var settings = PlanSettings.defaults(band)
                .withCompeting(List.of(deepMind), List.of(deepMind))
                .withLevers(List.of(negotiation.levers().getFirst().id()))
                .withAsk(PlanComponent.BASE, new BigDecimal("330000"))
                .withAsk(PlanComponent.EQUITY, new BigDecimal("725000"))
                .withAsk(PlanComponent.SIGNING, new BigDecimal("80000"))
                .withFloor(PlanComponent.BASE, new BigDecimal("305000"))
                .withFloor(PlanComponent.EQUITY, new BigDecimal("640000"))
                .withFloor(PlanComponent.SIGNING, new BigDecimal("20000"));

        var plan = negotiation.save(anthropic, settings);

        assertThat(plan.message()).contains("$330,000", "$725,000", "$80,000", "Google DeepMind");
        assertThat(plan.message())
                .doesNotContain("305,000")
                .doesNotContain("640,000")
                .doesNotContain("20,000")
                .doesNotContainIgnoringCase("floor");
        assertThat(negotiation.plan(anthropic).settings().ask(PlanComponent.BASE))
                .isEqualByComparingTo("330000");
    }

    @Test
    void bad_settings_are_refused_and_nothing_is_saved() {
        var band = negotiation.plan(anthropic).settings().bandId();
        var aimTooHigh = PlanSettings.defaults(band).withAim(new BigDecimal("200"));
        var floorAboveAsk = PlanSettings.defaults(band)
                .withAsk(PlanComponent.BASE, new BigDecimal("300000"))
                .withFloor(PlanComponent.BASE, new BigDecimal("310000"));

        assertThatThrownBy(() -> negotiation.save(anthropic, aimTooHigh))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("aimPercent"));
        assertThatThrownBy(() -> negotiation.save(anthropic, floorAboveAsk))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("baseFloor"));
        assertThat(negotiation.plan(anthropic).settings().ask(PlanComponent.BASE))
                .isNull();
        assertThatThrownBy(() ->
                        negotiation.addLever("Rare skill", new BigDecimal("10"), new BigDecimal("120"), "Few have it"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("highPercent"));
    }

    @Test
    void an_equity_or_signing_floor_above_its_ask_is_refused_on_that_floor() {
        var band = negotiation.plan(anthropic).settings().bandId();
        var equityFloorAboveAsk = PlanSettings.defaults(band)
                .withAsk(PlanComponent.EQUITY, new BigDecimal("700000"))
                .withFloor(PlanComponent.EQUITY, new BigDecimal("710000"));
        var signingFloorAboveAsk = PlanSettings.defaults(band)
                .withAsk(PlanComponent.SIGNING, new BigDecimal("10000"))
                .withFloor(PlanComponent.SIGNING, new BigDecimal("20000"));

        assertThatThrownBy(() -> negotiation.save(anthropic, equityFloorAboveAsk))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(((PlanRefusal) e).figures())
                                .containsOnlyKeys(
                                        new PlanRefusal.At(PlanComponent.EQUITY, PlanComponent.Figure.FLOOR)));
        assertThatThrownBy(() -> negotiation.preview(anthropic, signingFloorAboveAsk))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("signingFloor"));
    }

    @Test
    void a_stored_ask_the_offer_rules_refuse_is_refused_on_the_ask_and_nothing_is_recorded() {
        // A plan saved before the planner shared the offers' ceiling: 200,000,000 is above Limits.MAX_AMOUNT.
        var stored = new NegotiationPlan(anthropic, currentUser.id());
        stored.apply(
                negotiation.plan(anthropic).settings().withAsk(PlanComponent.BASE, new BigDecimal("200000000")),
                Instant.now());
        storedPlans.saveAndFlush(stored);

        assertThatThrownBy(() -> negotiation.recordCounter(anthropic))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("baseAsk"));
        assertThat(offers.get(anthropic).revisions()).hasSize(1);
    }

    @Test
    void a_plan_stored_in_its_columns_before_the_typed_planner_loads_its_asks_and_floors() {
        jdbc.update(
                """
                insert into negotiation_plan (offer_id, owner_id, band_id, aim_pct, competing_offer_ids,
                    mentioned_offer_ids, lever_ids, base_ask, equity_ask, signing_ask, base_floor, equity_floor,
                    signing_floor, updated_at, version)
                values (?, ?, null, 80, ?, '', '', 331000, null, 50000, 305000, 600000, null, ?, 0)
                """,
                anthropic,
                currentUser.id(),
                String.valueOf(deepMind),
                Timestamp.from(Instant.parse("2026-11-01T10:00:00Z")));

        var settings = negotiation.plan(anthropic).settings();

        assertThat(settings.aimPercent()).isEqualByComparingTo("80");
        assertThat(settings.competingOfferIds()).containsExactly(deepMind);
        assertThat(settings.asks())
                .containsOnlyKeys(PlanComponent.BASE, PlanComponent.SIGNING)
                .containsEntry(PlanComponent.BASE, new BigDecimal("331000.00"));
        assertThat(settings.floors()).containsOnlyKeys(PlanComponent.BASE, PlanComponent.EQUITY);
        assertThat(settings.floor(PlanComponent.EQUITY)).isEqualByComparingTo("600000");
        assertThat(settings.rounding()).isEqualTo(AskRounding.NEAREST_500);
    }

    @Test
    void a_bonus_stated_as_a_percentage_of_base_follows_the_asked_base_in_the_totals() {
        long london = offers.create(london("Acme"), gbp(240_000, BonusTarget.Kind.PERCENT_OF_BASE, 15, 0, 0));
        var settings = negotiation
                .plan(london)
                .settings()
                .withAsk(PlanComponent.BASE, new BigDecimal("249600"))
                .withFloor(PlanComponent.BASE, new BigDecimal("244000"))
                .withAsk(PlanComponent.EQUITY, BigDecimal.ZERO)
                .withFloor(PlanComponent.EQUITY, BigDecimal.ZERO);

        var recurring = negotiation.preview(london, settings).recurringVerdict();

        // The vector: 15 % of the asked £249,600 is £37,440 (not 15 % of the offered £240,000, £36,000).
        assertThat(recurring.ask()).isEqualTo(Money.of(249_600 + 37_440, GBP));
        assertThat(recurring.floor()).isEqualTo(Money.of(244_000 + 36_600, GBP));
        assertThat(recurring.company()).isEqualTo(Money.of(240_000 + 36_000, GBP));
        assertThat(recurring.verdict()).isEqualTo(Verdict.BELOW_FLOOR);
    }

    @Test
    void converted_competing_figures_name_the_rate_and_asks_are_rounded_to_a_step() {
        long london = offers.create(london("Acme"), gbp(240_000, BonusTarget.Kind.AMOUNT, 0, 0, 0));
        long initech = offers.create(details("Initech", "ML Engineer", ""), usd(200_000, 0, 100_000));
        var settings = negotiation.plan(london).settings().withCompeting(List.of(initech), List.of(initech));

        var plan = negotiation.preview(london, settings);

        // $100,000 at 1 USD = 0.7874 GBP is £78,740.16: asked as £78,500 (the nearest £500), never with pence.
        var signing = plan.target(PlanComponent.SIGNING);
        assertThat(signing.ask()).isEqualTo(Money.of(78_500, GBP));
        assertThat(signing.floor()).isEqualTo(Money.of(78_500, GBP));
        assertThat(signing.steps())
                .anySatisfy(step -> assertThat(step)
                        .contains("£78,740.16", "converted from $100,000", "1 USD = 0.7874 GBP, rate of 2026-11-01"));
        assertThat(plan.message())
                .contains("a signing bonus of £78,500", "$200,000", "1 USD = 0.7874 GBP, rate of 2026-11-01")
                .doesNotContainPattern("£[0-9,]+\\.[0-9]{2}");
        assertThat(plan.targets().values())
                .allSatisfy(t -> assertThat(t.ask().amount().remainder(BigDecimal.valueOf(500)))
                        .isEqualByComparingTo("0"));
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

    @Test
    void a_recorded_current_job_raises_the_signing_ask_to_what_would_have_vested_in_the_year_after_leaving() {
        // $120,000 vesting monthly over the next 12 months, leaving after 6: months 7 to 18 would vest $60,000.
        valuation.saveCurrentJob(ValuationFixtures.currentJob("USD", 6, 10_000));

        var plan = negotiation.plan(openAi);

        var signing = plan.target(PlanComponent.SIGNING);
        assertThat(plan.makeWhole()).isNotNull();
        assertThat(plan.makeWhole().amount()).isEqualTo(Money.of(60_000, USD));
        assertThat(signing.ask()).isEqualTo(Money.of(60_000, USD));
        assertThat(signing.steps())
                .anyMatch(s -> s.contains("Current Co"))
                .anyMatch(s -> s.contains("months 7 to 18"))
                .anyMatch(s -> s.startsWith("Make-whole: the ask is at least $60,000"));
        assertThat(plan.missing()).noneMatch(m -> m.contains("make-whole"));
        assertThat(plan.message())
                .contains("a signing bonus of $60,000, to make up for the equity I leave behind")
                .doesNotContain("Current Co")
                .doesNotContainIgnoringCase("floor")
                .doesNotContainIgnoringCase("at least");
    }

    @Test
    void without_a_current_job_the_signing_ask_stays_at_the_offers_figure_and_the_plan_says_what_is_missing() {
        var plan = negotiation.plan(openAi);

        assertThat(plan.makeWhole()).isNull();
        assertThat(plan.target(PlanComponent.SIGNING).ask()).isEqualTo(Money.of(0, USD));
        assertThat(plan.missing()).anyMatch(m -> m.startsWith("No make-whole"));
        assertThat(plan.message()).doesNotContain("leave behind");
    }

    @Test
    void rounding_never_takes_the_signing_ask_below_the_make_whole_amount() {
        // Months 7 to 12 vest 5 × 10,000 + 10,200 = 60,200; the nearest 500 (60,000) would fall short of it.
        var job = ValuationFixtures.currentJob("USD", 6, 10_000);
        var tranches = new ArrayList<>(job.tranches());
        tranches.set(6, new CurrentJobDraft.Tranche(7, BigDecimal.valueOf(10_200)));
        valuation.saveCurrentJob(ValuationFixtures.withTranches(job, tranches));

        assertThat(negotiation.plan(openAi).target(PlanComponent.SIGNING).ask()).isEqualTo(Money.of(60_500, USD));
    }

    @Test
    void a_signing_bonus_already_above_the_make_whole_amount_is_kept_and_a_lower_ask_typed_by_the_user_is_flagged() {
        valuation.saveCurrentJob(ValuationFixtures.currentJob("USD", 6, 10_000));
        long generous = offers.create(details("Generous", "ML Engineer", ""), usd(300_000, 400_000, 90_000));

        assertThat(negotiation.plan(generous).target(PlanComponent.SIGNING).ask())
                .isEqualTo(Money.of(90_000, USD));
        var typed = negotiation.preview(
                openAi, negotiation.plan(openAi).settings().withAsk(PlanComponent.SIGNING, BigDecimal.valueOf(40_000)));
        assertThat(typed.target(PlanComponent.SIGNING).ask()).isEqualTo(Money.of(40_000, USD));
        assertThat(typed.target(PlanComponent.SIGNING).steps())
                .anyMatch(s -> s.contains("below the make-whole amount, $60,000"));
        assertThat(typed.message()).doesNotContain("leave behind");
    }

    @Test
    void another_users_current_job_gives_no_make_whole() {
        TestUsers.signInAs(accounts, "mallory");
        valuation.saveCurrentJob(ValuationFixtures.currentJob("USD", 6, 10_000));
        TestUsers.signInAs(accounts, "alice");

        assertThat(negotiation.plan(openAi).makeWhole()).isNull();
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

    private static OfferDraft london(String company) {
        return new OfferDraft(
                company,
                "ML Engineer",
                "ML/AI Engineer",
                "",
                "London",
                "London",
                "GBP",
                OfferStatus.OFFER_RECEIVED,
                null,
                "");
    }

    private static RevisionDraft gbp(long base, BonusTarget.Kind bonusKind, long bonus, long grant, long signing) {
        return new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 11, 1),
                BigDecimal.valueOf(base),
                bonusKind,
                BigDecimal.valueOf(bonus),
                EquityKind.PUBLIC_RSU,
                BigDecimal.valueOf(grant),
                "25/25/25/25",
                VestingFrequency.MONTHLY,
                12,
                null,
                BigDecimal.ZERO,
                BigDecimal.valueOf(signing),
                0,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }

    private static RevisionDraft usd(long base, long grant, long signing) {
        return gbp(base, BonusTarget.Kind.AMOUNT, 0, grant, signing);
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
                VestingFrequency.MONTHLY,
                12,
                null,
                BigDecimal.valueOf(discount),
                BigDecimal.ZERO,
                0,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }
}
