package com.offerbook.offers;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.counter;
import static com.offerbook.offers.OfferFixtures.revision;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.bands.BandFixtures;
import com.offerbook.bands.BandMatch;
import com.offerbook.bands.BandService;
import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.VestingFrequency;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

@DatabaseTest
class OfferServiceTest {

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    BandService bands;

    @BeforeEach
    void signInAlice() {
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void created_offer_is_read_back_with_its_revisions_in_order_and_their_figures() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        offers.addRevision(id, counter());

        var details = offers.get(id);

        assertThat(details.revisions())
                .extracting(r -> r.draft().kind())
                .containsExactly(RevisionKind.COMPANY_OFFER, RevisionKind.COUNTER);
        assertThat(details.latest().headline().recurring()).isEqualTo(Money.of("511250", "USD"));
        assertThat(details.latest().headline().yearOne()).isEqualTo(Money.of("591250", "USD"));
        assertThat(details.latest().changeFromPrevious()).isNotNull();
        assertThat(details.latest().changeFromPrevious().changes())
                .extracting(c -> c.name())
                .contains("Base salary", "Equity grant", "Signing bonus");
        var row = offers.list(OfferFilter.none(), PageRequest.of(0, 10))
                .getContent()
                .getFirst();
        assertThat(row.latestRecurring()).isEqualTo(Money.of("511250", "USD"));
    }

    @Test
    void another_users_offer_is_not_found_and_cannot_be_changed_or_deleted() {
        long aliceOffer = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        long aliceRevision = offers.get(aliceOffer).latest().id();

        TestUsers.signInAs(accounts, "mallory");

        assertThat(offers.list(OfferFilter.none(), PageRequest.of(0, 10))).isEmpty();
        assertThat(offers.companies()).isEmpty();
        assertThatThrownBy(() -> offers.get(aliceOffer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.update(aliceOffer, 0, OfferFixtures.details("Evil", "USD")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.addRevision(aliceOffer, counter())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.getWithBand(aliceOffer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.deleteRevision(aliceOffer, aliceRevision))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.delete(aliceOffer)).isInstanceOf(NotFoundException.class);

        TestUsers.signInAs(accounts, "alice");
        var unchanged = offers.get(aliceOffer);
        assertThat(unchanged.details().company()).isEqualTo("Anthropic");
        assertThat(unchanged.revisions()).hasSize(1);
    }

    @Test
    void invalid_revision_is_refused_with_a_message_per_field_and_nothing_is_saved() {
        var bad = new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 1, 1),
                new BigDecimal("-1"),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PUBLIC_RSU,
                new BigDecimal("100000"),
                "25/25/25",
                VestingFrequency.MONTHLY,
                60,
                new BigDecimal("10"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                false,
                List.of(),
                BigDecimal.ZERO,
                new BigDecimal("200000000"),
                "");

        assertThatThrownBy(() -> offers.create(anthropic(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsKeys("baseSalary", "vestingPercents", "strikePrice", "otherOneTime"));
        assertThat(offers.count()).isZero();
    }

    @Test
    void cliff_longer_than_the_vesting_period_is_reported_on_the_cliff() {
        var bad = new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                LocalDate.of(2026, 1, 1),
                new BigDecimal("100000"),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PUBLIC_RSU,
                new BigDecimal("100000"),
                "50/50",
                VestingFrequency.MONTHLY,
                30,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");

        assertThatThrownBy(() -> offers.create(anthropic(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("cliffMonths"));
    }

    @Test
    void blank_company_and_unknown_currency_are_refused() {
        var details = new OfferDraft("  ", "Engineer", "", "", "", "", "XYZ", OfferStatus.EXPLORING, null, "");

        assertThatThrownBy(() -> offers.create(details, counter()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKeys("company", "currency"));
    }

    @Test
    void the_database_itself_refuses_a_negative_salary_or_a_strike_price_on_rsus() throws SQLException {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));

        assertThat(refusedByDatabase("update offer_revision set base_salary = -5 where offer_id = ?", id))
                .isTrue();
        assertThat(refusedByDatabase("update offer_revision set strike_price = 3 where offer_id = ?", id))
                .isTrue();
        assertThat(refusedByDatabase("update offer set currency = 'XYZ' where id = ?", id))
                .isTrue();
        assertThat(refusedByDatabase("update offer set notes = 'allowed' where id = ?", id))
                .isFalse();
    }

    /** Runs one statement in a savepoint: PostgreSQL aborts the whole transaction after a refused statement. */
    private boolean refusedByDatabase(String sql, Object... args) throws SQLException {
        var connection = DataSourceUtils.getConnection(dataSource);
        var savepoint = connection.setSavepoint();
        try {
            jdbc.update(sql, args);
            return false;
        } catch (DataIntegrityViolationException refused) {
            return true;
        } finally {
            connection.rollback(savepoint);
        }
    }

    @Test
    void saving_an_offer_edited_from_an_old_version_reports_the_change_made_meanwhile() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        long versionSeenByBothTabs = offers.get(id).version();

        offers.update(id, versionSeenByBothTabs, withNotes("first tab"));

        assertThatThrownBy(() -> offers.update(id, versionSeenByBothTabs, withNotes("second tab")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(offers.get(id).details().notes()).isEqualTo("first tab");
    }

    @Test
    void the_only_revision_cannot_be_deleted_but_a_later_one_can() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        long first = offers.get(id).latest().id();

        assertThatThrownBy(() -> offers.deleteRevision(id, first)).isInstanceOf(InvalidInputException.class);

        long second = offers.addRevision(id, counter());
        offers.deleteRevision(id, second);

        assertThat(offers.get(id).revisions())
                .extracting(OfferDetails.Revision::id)
                .containsExactly(first);
        var row = offers.list(OfferFilter.none(), PageRequest.of(0, 10))
                .getContent()
                .getFirst();
        assertThat(row.latestRecurring()).isEqualTo(Money.of("450000", "USD"));
    }

    @Test
    void deleting_an_offer_deletes_its_revisions() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        offers.addRevision(id, counter());

        offers.delete(id);

        assertThat(jdbc.queryForObject("select count(*) from offer_revision where offer_id = ?", Integer.class, id))
                .isZero();
        assertThatThrownBy(() -> offers.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void list_filters_by_status_company_and_search_and_sorts_by_recurring() {
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        offers.create(OfferFixtures.details("OpenAI", "USD"), revision(RevisionKind.COMPANY_OFFER, 300_000, 1_000_000));
        offers.create(
                OfferFixtures.details("Google DeepMind", "USD"),
                revision(RevisionKind.COMPANY_OFFER, 310_000, 650_000));

        var byRecurring =
                offers.list(OfferFilter.none(), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "latestRecurring")));
        assertThat(byRecurring)
                .extracting(OfferSummary::company)
                .containsExactly("OpenAI", "Google DeepMind", "Anthropic");
        assertThat(offers.list(new OfferFilter(OfferStatus.NEGOTIATING, null, ""), PageRequest.of(0, 10)))
                .extracting(OfferSummary::company)
                .containsExactly("Anthropic");
        assertThat(offers.list(new OfferFilter(null, "OpenAI", ""), PageRequest.of(0, 10)))
                .hasSize(1);
        assertThat(offers.list(new OfferFilter(null, null, "deepmind"), PageRequest.of(0, 10)))
                .extracting(OfferSummary::company)
                .containsExactly("Google DeepMind");
        assertThat(offers.companies()).containsExactly("Anthropic", "Google DeepMind", "OpenAI");
    }

    @Test
    void an_offer_compares_with_the_band_the_user_pins_and_goes_back_to_matching_when_unpinned() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        assertThat(requireNonNull(offers.getWithBand(id).band()).match().kind()).isEqualTo(BandMatch.Kind.SAME_COMPANY);
        var mine = bands.create(BandFixtures.privateBand("Acme", "Seattle"));

        offers.pinBand(id, mine.id());
        var pinned = requireNonNull(offers.getWithBand(id).band());
        assertThat(pinned.match().kind()).isEqualTo(BandMatch.Kind.PINNED);
        assertThat(pinned.match().band().id()).isEqualTo(mine.id());

        offers.pinBand(id, null);
        assertThat(requireNonNull(offers.getWithBand(id).band()).match().kind()).isEqualTo(BandMatch.Kind.SAME_COMPANY);
    }

    @Test
    void another_users_private_band_cannot_be_pinned() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 300_000, 600_000));
        TestUsers.signInAs(accounts, "mallory");
        var malloryBand = bands.create(BandFixtures.privateBand("Evil", "Seattle"));
        TestUsers.signInAs(accounts, "alice");

        assertThatThrownBy(() -> offers.pinBand(id, malloryBand.id())).isInstanceOf(NotFoundException.class);
    }

    private static OfferDraft withNotes(String notes) {
        var a = anthropic();
        return new OfferDraft(
                a.company(),
                a.roleTitle(),
                a.roleFamily(),
                a.levelLabel(),
                a.location(),
                a.region(),
                a.currency(),
                a.status(),
                a.deadline(),
                notes);
    }
}
