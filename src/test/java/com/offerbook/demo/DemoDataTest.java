package com.offerbook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Money;
import com.offerbook.comp.Projection;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.offers.OfferFilter;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferSummary;
import com.offerbook.valuation.CurrentJobDraft;
import com.offerbook.valuation.ValuationService;
import com.offerbook.valuation.Worth;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.env.MockEnvironment;

/** Issue 12: the demo's offers show how their equity differs, and a job to leave gives a make-whole ask. */
@DatabaseTest
class DemoDataTest {

    @Autowired
    AccountService accounts;

    @Autowired
    OfferService offers;

    @Autowired
    ValuationService valuation;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void without_the_demo_profile_the_runner_adds_nothing() {
        new DemoData(accounts, offers, valuation, clock, new MockEnvironment()).run(new DefaultApplicationArguments());
        assertThat(accounts.findByUsername(DemoData.USERNAME)).isEmpty();
    }

    @Test
    void the_demo_offers_are_valued_by_their_kind_of_equity_against_a_job_vesting_over_two_years() {
        var demoProfile = new MockEnvironment();
        demoProfile.setActiveProfiles("demo");
        new DemoData(accounts, offers, valuation, clock, demoProfile).run(new DefaultApplicationArguments());
        TestUsers.signInAs(accounts, DemoData.USERNAME);
        Map<String, Long> ids = offers.list(OfferFilter.none(), PageRequest.of(0, 10)).stream()
                .collect(Collectors.toMap(OfferSummary::company, OfferSummary::id));

        var deepMind = valuation.worth(Objects.requireNonNull(ids.get("Google DeepMind")));
        var anthropic = valuation.worth(Objects.requireNonNull(ids.get("Anthropic")));
        var openAi = valuation.worth(Objects.requireNonNull(ids.get("OpenAI")));

        for (var worth : new Worth[] {deepMind, anthropic, openAi}) {
            assertThat(worth.used().source()).as(worth.company()).isEqualTo(Worth.Source.OFFER);
            assertThat(worth.staying()).as(worth.company()).isNotNull();
        }
        assertThat(deepMind.projection().cashBasis()).isEqualTo(Projection.CashBasis.SOLD_AS_IT_VESTS);
        assertThat(anthropic.used().assumptions().liquidityMode()).isEqualTo(Liquidity.Mode.IPO);
        assertThat(anthropic.used().assumptions().firstSaleMonth()).isGreaterThan(24);
        // Nothing of the Anthropic grant can be sold before the IPO: year 2's cash is pay alone.
        var anthropicYear2 = anthropic.projection().expectedYear(2);
        assertThat(anthropicYear2.cashInHand()).isLessThan(anthropicYear2.paperValue());
        assertThat(openAi.used().assumptions().liquidityMode()).isEqualTo(Liquidity.Mode.TENDERS);
        assertThat(openAi.used().assumptions().saleCapKind()).isEqualTo(Liquidity.CapKind.PERCENT_OF_UNSOLD);

        var job = valuation.currentJob().orElseThrow();
        assertThat(job.tranches())
                .extracting(CurrentJobDraft.Tranche::month)
                .last()
                .isEqualTo(24);
        var makeWhole = valuation.leaving().orElseThrow().makeWhole().amount().expected();
        assertThat(makeWhole.amount().signum()).isPositive();
        assertThat(negotiation
                        .plan(ids.get("Anthropic"))
                        .target(PlanComponent.SIGNING)
                        .ask())
                .isGreaterThanOrEqualTo(makeWhole)
                .isGreaterThan(Money.of(50_000, makeWhole.currency()));
    }
}
