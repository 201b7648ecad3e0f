package com.offerbook.demo;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionDraft;
import com.offerbook.offers.RevisionKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, an empty database gets the account {@value #USERNAME} (password
 * {@value #PASSWORD}) holding three offers built from the figures of the ML/AI Engineer negotiation guide:
 * an Anthropic offer with a counter and a revised offer, an OpenAI offer and a Google DeepMind offer.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String USERNAME = "demo";
    static final String PASSWORD = "offerbook-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final OfferService offers;
    private final Clock clock;

    DemoData(AccountService accounts, OfferService offers, Clock clock) {
        this.accounts = accounts;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
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

        offers.create(
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
        offers.create(
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
