package com.offerbook.offers;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Offers stored as companies write them: no invented clawback, and the figures of revisions stored before. */
@DatabaseTest
class OffersAsWrittenTest {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAlice() {
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void no_clawback_is_stored_for_a_revision_without_a_signing_bonus() {
        var withDefaultClawback = new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 11, 1),
                BigDecimal.valueOf(200_000),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PUBLIC_RSU,
                BigDecimal.valueOf(400_000),
                "25/25/25/25",
                12,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                12,
                true,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");

        long id = offers.create(anthropic(), withDefaultClawback);

        var stored = offers.latestRevision(id);
        assertThat(stored.clawbackMonths()).isZero();
        assertThat(stored.clawbackProRated()).isFalse();
        assertThat(offers.get(id).latest().compPackage().signingBonus().clawbackMonths())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select clawback_months from offer_revision where offer_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_revision_without_equity_keeps_working() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 0));

        assertThat(offers.get(id).latest().headline().yearOne().amount()).isEqualByComparingTo("315000");
    }
}
