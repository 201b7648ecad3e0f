package com.offerbook.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class OfferBenefitsTest {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    long offerId;

    @BeforeEach
    void aliceHasAnOffer() {
        TestUsers.register(accounts, "alice", "bob");
        TestUsers.signInAs(accounts, "alice");
        offerId = offers.create(
                OfferFixtures.anthropic(), OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 0));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_offer_has_no_benefits_until_they_are_entered_and_total_rewards_equal_total_comp() {
        var offer = offers.get(offerId);

        assertThat(offer.benefits().isNone()).isTrue();
        var recurring = offer.latest().headline().recurring();
        assertThat(offer.benefits()
                        .totalRewards(recurring, offer.latest().compPackage().base()))
                .isEqualTo(recurring);
    }

    @Test
    void saved_benefits_come_back_in_the_offers_currency_and_change_no_revision() {
        offers.saveBenefits(
                offerId,
                new BenefitsDraft(
                        new BigDecimal("50"),
                        new BigDecimal("6"),
                        null,
                        new BigDecimal("12000"),
                        new BigDecimal("1500")));

        var offer = offers.get(offerId);
        assertThat(offer.revisions()).hasSize(1);
        assertThat(offer.benefits().yearly(offer.latest().compPackage().base())).isEqualTo(Money.of("19500", "USD"));
        assertThat(offer.benefits().matchCap()).isNull();
    }

    @Test
    void bad_benefits_are_refused_by_field_and_nothing_is_saved() {
        assertThatThrownBy(() -> offers.saveBenefits(
                        offerId,
                        new BenefitsDraft(
                                new BigDecimal("150"),
                                new BigDecimal("6"),
                                new BigDecimal("-1"),
                                new BigDecimal("1000000000"),
                                BigDecimal.ZERO)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("matchPercent", "matchCap", "health"));
        assertThat(offers.get(offerId).benefits().isNone()).isTrue();
    }

    @Test
    void another_users_offer_is_not_found() {
        TestUsers.signInAs(accounts, "bob");

        assertThatThrownBy(() -> offers.saveBenefits(
                        offerId,
                        new BenefitsDraft(BigDecimal.TEN, BigDecimal.TEN, null, BigDecimal.ZERO, BigDecimal.ZERO)))
                .isInstanceOf(NotFoundException.class);
    }
}
