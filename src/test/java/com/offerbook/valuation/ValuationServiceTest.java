package com.offerbook.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Money;
import com.offerbook.comp.Scenario;
import com.offerbook.comp.Scenarios;
import com.offerbook.comp.ValuationAssumptions;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class ValuationServiceTest {

    @Autowired
    ValuationService valuation;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    long alicesOffer;

    @BeforeEach
    void aliceHasAProfitUnitsOffer() {
        TestUsers.register(accounts, "alice", "bob");
        TestUsers.signInAs(accounts, "alice");
        alicesOffer = offers.create(OfferFixtures.details("OpenAI", "USD"), profitUnits(300_000, 1_000_000));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_offer_without_assumptions_shows_todays_figures() {
        var worth = valuation.worth(alicesOffer);

        assertThat(worth.used().source()).isEqualTo(Worth.Source.NONE);
        var today = offers.get(alicesOffer).latest().compPackage();
        for (int year = 1; year <= 5; year++) {
            assertThat(worth.projection().year(Scenario.BASE, year).total())
                    .isEqualTo(today.year(year).total());
        }
        assertThat(worth.staying()).isNull();
    }

    @Test
    void saving_assumptions_changes_the_projection_and_creates_no_revision() {
        var revisionsBefore = offers.get(alicesOffer).revisions().size();

        valuation.saveAssumptions(alicesOffer, tenders());

        assertThat(offers.get(alicesOffer).revisions()).hasSize(revisionsBefore);
        var worth = valuation.worth(alicesOffer);
        assertThat(worth.used().source()).isEqualTo(Worth.Source.OFFER);
        assertThat(worth.projection().year(Scenario.BASE, 3).equityCash()).isEqualTo(usd(230_000));
        assertThat(worth.projection().assumptionsInWords()).anyMatch(line -> line.contains("tender"));
    }

    @Test
    void broken_assumptions_are_refused_field_by_field_and_nothing_is_saved() {
        var draft = withWeights(tenders(), 25, 50, 20);

        assertThatThrownBy(() -> valuation.saveAssumptions(alicesOffer, draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("bullWeightPercent"));
        assertThat(valuation.assumptionsFor(alicesOffer).source()).isEqualTo(Worth.Source.NONE);
    }

    @Test
    void profit_units_sold_at_an_ipo_are_refused_on_the_liquidity_mode() {
        var ipo = AssumptionsDraft.from(ValuationAssumptions.none().withLiquidity(Liquidity.ipo(24)));

        assertThatThrownBy(() -> valuation.saveAssumptions(alicesOffer, ipo))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("liquidityMode"));
    }

    @Test
    void another_users_offer_answers_not_found_for_every_valuation_call() {
        TestUsers.signInAs(accounts, "bob");

        assertThatThrownBy(() -> valuation.worth(alicesOffer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> valuation.assumptionsFor(alicesOffer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> valuation.startingPoint(alicesOffer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> valuation.saveAssumptions(alicesOffer, tenders()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> valuation.clearAssumptions(alicesOffer)).isInstanceOf(NotFoundException.class);
        TestUsers.signInAs(accounts, "alice");
        assertThat(valuation.assumptionsFor(alicesOffer).source()).isEqualTo(Worth.Source.NONE);
    }

    @Test
    void a_users_default_for_a_kind_applies_to_their_offers_without_own_assumptions_and_to_nobody_else() {
        valuation.saveDefault(EquityKind.PROFIT_UNITS, tenders());

        assertThat(valuation.worth(alicesOffer).used().source()).isEqualTo(Worth.Source.YOUR_DEFAULT);
        assertThat(valuation.defaults()).containsOnlyKeys(EquityKind.PROFIT_UNITS);
        TestUsers.signInAs(accounts, "bob");
        assertThat(valuation.defaults()).isEmpty();
        var bobsOffer = offers.create(OfferFixtures.details("OpenAI", "USD"), profitUnits(280_000, 900_000));
        assertThat(valuation.worth(bobsOffer).used().source()).isEqualTo(Worth.Source.NONE);
    }

    @Test
    void clearing_an_offers_assumptions_falls_back_to_the_default_then_to_none() {
        valuation.saveDefault(EquityKind.PROFIT_UNITS, tenders());
        valuation.saveAssumptions(alicesOffer, withWeights(tenders(), 0, 100, 0));

        valuation.clearAssumptions(alicesOffer);
        assertThat(valuation.assumptionsFor(alicesOffer).source()).isEqualTo(Worth.Source.YOUR_DEFAULT);
        valuation.clearDefault(EquityKind.PROFIT_UNITS);
        assertThat(valuation.assumptionsFor(alicesOffer).source()).isEqualTo(Worth.Source.NONE);
    }

    @Test
    void the_current_job_is_the_users_own_and_gives_the_make_whole_signing_ask() {
        valuation.saveCurrentJob(job("USD", 6));

        var staying = valuation.worth(alicesOffer).staying();
        assertThat(staying).isNotNull();
        assertThat(staying.company()).isEqualTo("Current Co");
        assertThat(staying.costOfLeaving().total().expected()).isEqualTo(usd(60_000));
        assertThat(staying.makeWhole().amount().expected()).isEqualTo(usd(60_000));
        assertThat(staying.signingAsk().ask()).isEqualTo(usd(60_000));
        assertThat(staying.differences()).hasSize(5);
        TestUsers.signInAs(accounts, "bob");
        assertThat(valuation.currentJob()).isEmpty();
        assertThat(valuation.leaving()).isEmpty();
    }

    @Test
    void a_current_job_in_another_currency_is_converted_with_the_stored_rate_and_says_so() {
        valuation.saveCurrentJob(job("GBP", 0));

        var staying = valuation.worth(alicesOffer).staying();

        assertThat(staying).isNotNull();
        assertThat(staying.conversion()).startsWith("1 GBP = ");
        assertThat(staying.makeWhole().amount().expected().currency().getCurrencyCode())
                .isEqualTo("USD");
        assertThat(valuation.leaving().orElseThrow().makeWhole().amount().expected())
                .isEqualTo(Money.of(120_000, Currency.getInstance("GBP")));
    }

    @Test
    void a_broken_current_job_is_refused_and_nothing_is_saved() {
        var draft = job("USD", 200);

        assertThatThrownBy(() -> valuation.saveCurrentJob(draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("leaveMonth"));
        assertThat(valuation.currentJob()).isEmpty();
    }

    @Test
    void the_database_refuses_weights_that_do_not_sum_to_100_even_past_the_service() {
        assertThatThrownBy(() -> jdbc.update("""
                        insert into valuation_assumption (offer_id, owner_id, bear_growth_pct, base_growth_pct,
                            bull_growth_pct, bear_weight_pct, base_weight_pct, bull_weight_pct, liquidity_mode,
                            first_sale_month, sale_every_months, sale_cap_kind, sale_cap_value, refresher_kind,
                            refresher_value, refresher_first_year, raise_pct, horizon_years, updated_at)
                        select id, owner_id, -30, 0, 25, 25, 50, 20, 'FLAT_DISCOUNT', 0, 0, 'PERCENT_OF_UNSOLD', 100,
                            'AMOUNT', 0, 2, 0, 5, current_timestamp from offer where id = ?
                        """, alicesOffer)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static AssumptionsDraft tenders() {
        return AssumptionsDraft.from(ValuationAssumptions.none()
                .withScenarios(Scenarios.of(-30, 0, 25, 25, 50, 25))
                .withLiquidity(Liquidity.tenders(24, 12, Liquidity.CapKind.PERCENT_OF_UNSOLD, BigDecimal.valueOf(20))));
    }

    private static AssumptionsDraft withWeights(AssumptionsDraft d, int bear, int base, int bull) {
        return new AssumptionsDraft(
                d.bearGrowthPercent(),
                d.baseGrowthPercent(),
                d.bullGrowthPercent(),
                BigDecimal.valueOf(bear),
                BigDecimal.valueOf(base),
                BigDecimal.valueOf(bull),
                d.liquidityMode(),
                d.firstSaleMonth(),
                d.saleEveryMonths(),
                d.saleCapKind(),
                d.saleCapValue(),
                d.refresherKind(),
                d.refresherValue(),
                d.refresherVesting(),
                d.refresherFirstYear(),
                d.raisePercent(),
                d.horizonYears(),
                d.optionShares());
    }

    /** $120,000 (in {@code currency}) vesting monthly over the next 12 months. */
    private static CurrentJobDraft job(String currency, int leaveMonth) {
        var tranches = new ArrayList<CurrentJobDraft.Tranche>();
        for (int month = 1; month <= 12; month++) {
            tranches.add(new CurrentJobDraft.Tranche(month, BigDecimal.valueOf(10_000)));
        }
        return new CurrentJobDraft(
                "Current Co",
                currency,
                BigDecimal.valueOf(250_000),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PUBLIC_RSU,
                LocalDate.of(2026, 12, 1),
                leaveMonth,
                12,
                BigDecimal.ZERO,
                0,
                false,
                0,
                List.copyOf(tranches),
                AssumptionsDraft.from(ValuationAssumptions.none()));
    }

    private static RevisionDraft profitUnits(long base, long grant) {
        return new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 11, 1),
                BigDecimal.valueOf(base),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PROFIT_UNITS,
                BigDecimal.valueOf(grant),
                "25/25/25/25",
                VestingFrequency.MONTHLY,
                0,
                null,
                BigDecimal.valueOf(30),
                BigDecimal.ZERO,
                0,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }

    private static Money usd(long amount) {
        return Money.of(amount, Currency.getInstance("USD"));
    }
}
