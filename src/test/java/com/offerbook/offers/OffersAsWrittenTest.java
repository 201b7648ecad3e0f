package com.offerbook.offers;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.CompPackage;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.SigningBonus;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.comp.VestingSchedule;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    @Autowired
    EntityManager entityManager;

    private static final Currency USD = Currency.getInstance("USD");

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
                VestingFrequency.MONTHLY,
                12,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                12,
                true,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");

        long id = offers.create(anthropic(), withDefaultClawback);

        var stored = offers.get(id).latest().draft();
        assertThat(stored.clawbackMonths()).isZero();
        assertThat(stored.clawbackProRated()).isFalse();
        assertThat(offers.get(id).latest().compPackage().signingBonus().clawbackMonths())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select clawback_months from offer_revision where offer_id = ?", Integer.class, id))
                .isZero();
    }

    /** Amazon's way: $60K in year 1 and $40K in year 2, each repayable pro-rated within 12 months of payment. */
    static RevisionDraft amazon() {
        return new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 11, 1),
                BigDecimal.valueOf(200_000),
                BonusTarget.Kind.PERCENT_OF_BASE,
                BigDecimal.valueOf(15),
                EquityKind.PUBLIC_RSU,
                BigDecimal.valueOf(400_000),
                "5/15/40/40",
                VestingFrequency.SEMIANNUAL,
                12,
                null,
                BigDecimal.ZERO,
                BigDecimal.valueOf(60_000),
                12,
                true,
                List.of(new RevisionDraft.SigningPayment(2, new BigDecimal("40000.00"), 12, true)),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }

    @Test
    void a_signing_bonus_split_by_year_and_the_vesting_frequency_are_stored_and_read_back() {
        long id = offers.create(details("Amazon"), amazon());

        var stored = offers.get(id).latest().draft();
        assertThat(stored.vestingFrequency()).isEqualTo(VestingFrequency.SEMIANNUAL);
        assertThat(stored.laterSigningPayments()).isEqualTo(amazon().laterSigningPayments());
        var years = offers.get(id).latest().compPackage().yearByYear();
        assertThat(years.get(0).oneTime()).isEqualTo(Money.of(60_000, USD));
        assertThat(years.get(1).oneTime()).isEqualTo(Money.of(40_000, USD));
        assertThat(years.get(0).equity()).isEqualTo(Money.of(20_000, USD));
        var signing = offers.get(id).latest().compPackage().signingBonus();
        assertThat(signing.exposureAfter(6)).isEqualTo(Money.of(70_000, USD));
    }

    @Test
    void a_revision_stored_with_the_old_columns_only_reads_back_with_the_same_figures() {
        long id = offers.create(details("Initech"), revision(RevisionKind.COMPANY_OFFER, 100_000, 0));
        // As every revision before V016/V017 was written (the bench generator still writes them so): no frequency,
        // no later payments. A 7-month cliff and 33/33/22/12 vesting take the schedule's fractional path.
        jdbc.update("""
                insert into offer_revision (offer_id, sequence_no, kind, revision_date, base_salary, bonus_kind,
                    bonus_value, equity_kind, equity_grant, vesting_percents, cliff_months, strike_price,
                    liquidity_discount, signing_bonus, clawback_months, clawback_prorated, relocation, other_one_time,
                    note, created_at)
                values (?, 2, 'REVISED_OFFER', date '2026-11-10', 215000.00, 'PERCENT_OF_BASE', 12.50, 'PRIVATE_RSU',
                    777777.77, '33/33/22/12', 7, null, 25.00, 80000.00, 18, true, 5000.00, 1234.56, '',
                    timestamp with time zone '2026-11-10 00:00:00+00')""", id);
        entityManager.clear();

        var p = offers.get(id).latest().compPackage();

        var before = new CompPackage(
                Money.of(215_000, USD),
                new BonusTarget(BonusTarget.Kind.PERCENT_OF_BASE, new BigDecimal("12.5")),
                EquityKind.PRIVATE_RSU,
                new Money(new BigDecimal("777777.77"), USD),
                VestingSchedule.parse("33/33/22/12", 7),
                null,
                BigDecimal.valueOf(25),
                new SigningBonus(Money.of(80_000, USD), 18, true),
                Money.of(5_000, USD),
                new Money(new BigDecimal("1234.56"), USD));
        assertThat(p.yearByYear()).isEqualTo(before.yearByYear());
        assertThat(p.headline()).isEqualTo(before.headline());
        for (int month = 0; month <= 19; month++) {
            assertThat(p.signingBonusExposureAfter(month)).isEqualTo(before.signingBonusExposureAfter(month));
        }
        assertThat(p.vesting().frequency()).isEqualTo(VestingFrequency.MONTHLY);
    }

    @Test
    void an_unchosen_cliff_and_a_signing_bonus_without_its_clawback_are_refused_not_defaulted() {
        var empty = offers.emptyRevision();
        assertThat(empty.cliffMonths()).isNull();
        assertThat(empty.clawbackMonths()).isNull();
        assertThat(empty.laterSigningPayments()).isEmpty();

        var withEquity = amazon();
        var noCliff = new RevisionDraft(
                withEquity.kind(),
                withEquity.date(),
                withEquity.baseSalary(),
                withEquity.bonusKind(),
                withEquity.bonusValue(),
                withEquity.equityKind(),
                withEquity.equityGrant(),
                withEquity.vestingPercents(),
                withEquity.vestingFrequency(),
                null,
                null,
                BigDecimal.ZERO,
                BigDecimal.valueOf(60_000),
                null,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");

        assertThatThrownBy(() -> offers.create(details("Amazon"), noCliff))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry(
                                        "cliffMonths",
                                        "Choose the cliff: the months before anything vests, or no cliff (0)")
                                .containsEntry(
                                        "clawbackMonths",
                                        "Enter the months during which the bonus is repayable, 0 if never"));
        // Without equity there is nothing to vest: no cliff is needed, and none is stored.
        long id = offers.create(
                details("Initech"), withCliff(empty.withKind(RevisionKind.COMPANY_OFFER, empty.date(), ""), null));
        assertThat(offers.get(id).latest().draft().cliffMonths()).isZero();
    }

    @Test
    void later_signing_payments_outside_years_two_to_four_or_twice_in_a_year_are_refused() {
        assertThat(OfferRules.check(withLater(new RevisionDraft.SigningPayment(1, BigDecimal.TEN, 0, false))))
                .containsEntry("laterSigningPayments", "A later payment falls in years 2 to 4");
        assertThat(OfferRules.check(withLater(new RevisionDraft.SigningPayment(5, BigDecimal.TEN, 0, false))))
                .containsEntry("laterSigningPayments", "A later payment falls in years 2 to 4");
        assertThat(OfferRules.check(withLater(
                        new RevisionDraft.SigningPayment(2, BigDecimal.TEN, 0, false),
                        new RevisionDraft.SigningPayment(2, BigDecimal.ONE, 0, false))))
                .containsEntry("laterSigningPayments", "Year 2: one payment per year");
        assertThat(OfferRules.check(withLater(new RevisionDraft.SigningPayment(3, BigDecimal.ZERO, 0, false))))
                .containsEntry("laterSigningPayments", "Year 3: enter the amount, or remove the payment");
        assertThat(OfferRules.check(withLater(new RevisionDraft.SigningPayment(3, BigDecimal.TEN, 121, false))))
                .containsEntry("laterSigningPayments", "Year 3: use 0 to 120 months of clawback");
        assertThat(OfferRules.check(withLater(new RevisionDraft.SigningPayment(2, new BigDecimal("0.001"), 0, true))))
                .containsEntry("laterSigningPayments", "Year 2: use at most 2 decimals");
        assertThat(OfferRules.check(amazon())).isEmpty();
    }

    private static RevisionDraft withLater(RevisionDraft.SigningPayment... payments) {
        var a = amazon();
        return new RevisionDraft(
                a.kind(),
                a.date(),
                a.baseSalary(),
                a.bonusKind(),
                a.bonusValue(),
                a.equityKind(),
                a.equityGrant(),
                a.vestingPercents(),
                a.vestingFrequency(),
                a.cliffMonths(),
                a.strikePrice(),
                a.liquidityDiscountPercent(),
                a.signingBonus(),
                a.clawbackMonths(),
                a.clawbackProRated(),
                List.of(payments),
                a.relocation(),
                a.otherOneTime(),
                a.note());
    }

    private static RevisionDraft withCliff(RevisionDraft d, @Nullable Integer cliff) {
        return new RevisionDraft(
                d.kind(),
                d.date(),
                BigDecimal.valueOf(100_000),
                d.bonusKind(),
                d.bonusValue(),
                d.equityKind(),
                d.equityGrant(),
                d.vestingPercents(),
                d.vestingFrequency(),
                cliff,
                d.strikePrice(),
                d.liquidityDiscountPercent(),
                d.signingBonus(),
                d.clawbackMonths(),
                d.clawbackProRated(),
                d.laterSigningPayments(),
                d.relocation(),
                d.otherOneTime(),
                d.note());
    }

    private static OfferDraft details(String company) {
        return OfferFixtures.details(company, "USD");
    }

    @Test
    void a_revision_without_equity_keeps_working() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 0));

        assertThat(offers.get(id).latest().headline().yearOne().amount()).isEqualByComparingTo("315000");
    }
}
