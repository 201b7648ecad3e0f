package com.offerbook.demo;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Money;
import com.offerbook.comp.Raise;
import com.offerbook.comp.Refresher;
import com.offerbook.comp.Scenarios;
import com.offerbook.comp.ValuationAssumptions;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import com.offerbook.valuation.AssumptionsDraft;
import com.offerbook.valuation.CurrentJobDraft;
import com.offerbook.valuation.ValuationService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, an empty database gets the account {@value #USERNAME} (password
 * {@value #PASSWORD}) holding three offers built from the figures of the ML/AI Engineer negotiation guide:
 * an Anthropic offer with a counter and a revised offer, an OpenAI offer and a Google DeepMind offer. Each offer
 * has valuation assumptions that show how its equity differs (the DeepMind RSUs are liquid, the Anthropic private
 * RSUs can first be sold three years in, the OpenAI profit units only at tenders capped at 20 %), and a current job
 * to leave has $400,000 of RSUs vesting quarterly over the next two years. The figures are illustrations, not
 * forecasts.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String USERNAME = "demo";
    static final String PASSWORD = "offerbook-demo";
    private static final Currency USD = Currency.getInstance("USD");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final OfferService offers;
    private final ValuationService valuation;
    private final Clock clock;
    private final Environment environment;

    DemoData(
            AccountService accounts,
            OfferService offers,
            ValuationService valuation,
            Clock clock,
            Environment environment) {
        this.accounts = accounts;
        this.offers = offers;
        this.valuation = valuation;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.matchesProfiles("demo")) {
            return; // a bean in every build: Spring AOT fixes @Profile conditions when the jar is built
        }
        if (accounts.findByUsername(USERNAME).isPresent()) {
            log.info("Demo account already exists; leaving its data alone");
            return;
        }
        accounts.register(new SignupRequest(USERNAME, PASSWORD, PASSWORD));
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                USERNAME, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        try {
            createOffers(LocalDate.now(clock));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo data created: sign in as '{}' with password '{}'", USERNAME, PASSWORD);
    }

    private void createOffers(LocalDate today) {
        var anthropic = offers.create(
                new OfferDraft(
                        "Anthropic",
                        "ML/AI Engineer",
                        "ML/AI Engineer",
                        "",
                        "San Francisco, CA",
                        "San Francisco Bay Area",
                        "USD",
                        OfferStatus.NEGOTIATING,
                        today.plusDays(10),
                        "Demo data. Band for this role: $265K–$335K base, $425K–$750K equity over 4 years."),
                pkg(
                        RevisionKind.COMPANY_OFFER,
                        today.minusDays(14),
                        300_000,
                        EquityKind.PRIVATE_RSU,
                        600_000,
                        0,
                        25,
                        "The recruiter's first numbers."));
        offers.addRevision(
                anthropic,
                pkg(
                        RevisionKind.COUNTER,
                        today.minusDays(10),
                        330_000,
                        EquityKind.PRIVATE_RSU,
                        725_000,
                        80_000,
                        25,
                        "Asked for $330K base, $725K equity over 4 years and an $80K signing bonus."));
        offers.addRevision(
                anthropic,
                pkg(
                        RevisionKind.REVISED_OFFER,
                        today.minusDays(4),
                        315_000,
                        EquityKind.PRIVATE_RSU,
                        700_000,
                        50_000,
                        25,
                        "They moved on base and equity, less on the signing bonus."));

        var openAi = offers.create(
                new OfferDraft(
                        "OpenAI",
                        "ML Engineer",
                        "ML/AI Engineer",
                        "",
                        "San Francisco, CA",
                        "San Francisco Bay Area",
                        "USD",
                        OfferStatus.OFFER_RECEIVED,
                        today.plusDays(7),
                        "Demo data."),
                pkg(
                        RevisionKind.COMPANY_OFFER,
                        today.minusDays(12),
                        300_000,
                        EquityKind.PROFIT_UNITS,
                        1_000_000,
                        0,
                        30,
                        "Profit units over 4 years."));
        var deepMind = offers.create(
                new OfferDraft(
                        "Google DeepMind",
                        "ML Engineer",
                        "ML/AI Engineer",
                        "L5",
                        "Mountain View, CA",
                        "San Francisco Bay Area",
                        "USD",
                        OfferStatus.OFFER_RECEIVED,
                        today.plusDays(12),
                        "Demo data."),
                pkg(
                        RevisionKind.COMPANY_OFFER,
                        today.minusDays(9),
                        310_000,
                        EquityKind.PUBLIC_RSU,
                        650_000,
                        0,
                        0,
                        "Liquid RSUs over 4 years."));

        // Private RSUs: no sale until an expected IPO three years in.
        valuation.saveAssumptions(
                anthropic,
                AssumptionsDraft.from(ValuationAssumptions.none()
                        .withScenarios(Scenarios.of(-40, 0, 30, 25, 50, 25))
                        .withLiquidity(Liquidity.ipo(36))
                        .withRefresher(Refresher.yearlyPercentOfGrant(BigDecimal.TEN))
                        .withRaise(new Raise(BigDecimal.valueOf(3)))));
        // Profit units: sold only at yearly tenders from the end of year 2, at most 20 % of what is unsold each time.
        valuation.saveAssumptions(
                openAi,
                AssumptionsDraft.from(ValuationAssumptions.none()
                        .withScenarios(Scenarios.of(-40, 0, 30, 25, 50, 25))
                        .withLiquidity(
                                Liquidity.tenders(24, 12, Liquidity.CapKind.PERCENT_OF_UNSOLD, BigDecimal.valueOf(20)))
                        .withRaise(new Raise(BigDecimal.valueOf(3)))));
        // Public RSUs: sold as they vest; a yearly refresher.
        valuation.saveAssumptions(
                deepMind,
                AssumptionsDraft.from(ValuationAssumptions.none()
                        .withScenarios(Scenarios.of(-20, 5, 20, 25, 50, 25))
                        .withRefresher(Refresher.yearly(Money.of(100_000, USD)))
                        .withRaise(new Raise(BigDecimal.valueOf(3)))));
        valuation.saveCurrentJob(currentJob(today));
    }

    /**
     * The job to leave: $240,000 base with a 15 % bonus paid in 4 months, and $400,000 of public RSUs vesting
     * $50,000 a quarter over the next 24 months; leaving in 2 months forfeits all of it, and the 12 months after
     * that would have vested $200,000 (at today's value): the make-whole ask.
     */
    private CurrentJobDraft currentJob(LocalDate today) {
        var tranches = new ArrayList<CurrentJobDraft.Tranche>();
        for (int month = 3; month <= 24; month += 3) {
            tranches.add(new CurrentJobDraft.Tranche(month, BigDecimal.valueOf(50_000)));
        }
        return new CurrentJobDraft(
                "Meta",
                "USD",
                BigDecimal.valueOf(240_000),
                BonusTarget.Kind.PERCENT_OF_BASE,
                BigDecimal.valueOf(15),
                EquityKind.PUBLIC_RSU,
                today,
                2,
                4,
                BigDecimal.ZERO,
                0,
                false,
                0,
                tranches,
                AssumptionsDraft.from(ValuationAssumptions.none()
                        .withScenarios(Scenarios.of(-20, 0, 15, 25, 50, 25))
                        .withRefresher(Refresher.yearly(Money.of(100_000, USD)))
                        .withRaise(new Raise(BigDecimal.valueOf(3)))));
    }

    private static RevisionDraft pkg(
            RevisionKind kind,
            LocalDate date,
            long base,
            EquityKind equityKind,
            long grant,
            long signing,
            int liquidityDiscount,
            String note) {
        return new RevisionDraft(
                kind,
                date,
                BigDecimal.valueOf(base),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                equityKind,
                BigDecimal.valueOf(grant),
                "25/25/25/25",
                VestingFrequency.MONTHLY,
                12,
                null,
                BigDecimal.valueOf(liquidityDiscount),
                BigDecimal.valueOf(signing),
                signing > 0 ? 12 : 0,
                signing > 0,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                note);
    }
}
