package com.offerbook.sharing;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.details;
import static com.offerbook.offers.OfferFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestClock;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.SecretTokens;
import com.offerbook.base.SharingSwitch;
import com.offerbook.dashboard.Figure;
import com.offerbook.dashboard.FigureChoice;
import com.offerbook.negotiation.AskRounding;
import com.offerbook.negotiation.NegotiationService;
import com.offerbook.negotiation.PlanComponent;
import com.offerbook.negotiation.PlanSettings;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import com.offerbook.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class SharingServiceTest {

    @Autowired
    SharingService sharing;

    @Autowired
    OfferService offers;

    @Autowired
    NegotiationService negotiation;

    @Autowired
    AccountService accounts;

    @Autowired
    ShareLinkRepository links;

    @Autowired
    ReportBuilder reports;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));

    @BeforeEach
    void signInAlice() {
        TestUsers.register(accounts, "alice", "bob");
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** The service on a clock the test moves; {@code enabled} as the property would set it. */
    SharingService sharingAt(boolean enabled) {
        return new SharingService(links, reports, currentUser, clock, new SharingSwitch(enabled), transactions);
    }

    @Test
    void a_shared_offer_opens_without_sign_in_and_shows_its_figures() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.offer(id), 7);
        TestUsers.signOut();

        var report = sharing.open(created.token()).orElseThrow();

        assertThat(report.title()).isEqualTo("Anthropic · ML/AI Engineer");
        assertThat(text(report)).contains("Base salary | $315,000", "Recurring total comp | $502,500", "Year by year");
        assertThat(created.token()).hasSize(SecretTokens.LENGTH);
        assertThat(created.path()).isEqualTo("s/" + created.token());
    }

    @Test
    void only_the_hash_of_a_token_is_stored() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.offer(id), 7);

        var stored = jdbc.queryForList("select token_hash from share_link", String.class);

        assertThat(stored).containsExactly(SecretTokens.hash(created.token()));
        assertThat(stored.getFirst()).doesNotContain(created.token());
    }

    @Test
    void another_users_offer_cannot_be_shared_by_id_and_their_links_cannot_be_listed_or_revoked() {
        long aliceOffer = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var aliceLink = sharing.create(ShareTarget.offer(aliceOffer), 7);
        TestUsers.signInAs(accounts, "bob");
        long bobOffer = offers.create(details("Bobco", "USD"), revision(RevisionKind.COMPANY_OFFER, 200_000, 0));

        assertThatThrownBy(() -> sharing.create(ShareTarget.offer(aliceOffer), 7))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.create(
                        ShareTarget.comparison(List.of(bobOffer, aliceOffer), false, FigureChoice.defaults()), 7))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.revoke(aliceLink.link().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.report(ShareTarget.offer(aliceOffer))).isInstanceOf(NotFoundException.class);
        assertThat(sharing.list(PageRequest.of(0, 10))).isEmpty();
        assertThat(links.count()).isEqualTo(1);
        TestUsers.signOut();
        assertThat(sharing.open(aliceLink.token())).isPresent(); // untouched by bob's attempts
    }

    @Test
    void a_link_expires_after_its_days_and_a_replay_after_expiry_is_refused() {
        var service = sharingAt(true);
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = service.create(ShareTarget.offer(id), 3);
        assertThat(created.link().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));

        clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(service.open(created.token())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.open(created.token())).isEmpty();
        assertThat(service.open(created.token())).isEmpty();
        assertThat(service.list(PageRequest.of(0, 10)).getContent().getFirst().state())
                .isEqualTo(SharedLink.State.EXPIRED);
    }

    @Test
    void expiry_is_one_to_thirty_days() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));

        for (int days : new int[] {0, -1, 31, 365}) {
            assertThatThrownBy(() -> sharing.create(ShareTarget.offer(id), days))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1 to 30 days");
        }
        assertThat(sharing.create(ShareTarget.offer(id), 1).link().state()).isEqualTo(SharedLink.State.ACTIVE);
        assertThat(sharing.create(ShareTarget.offer(id), 30).link().state()).isEqualTo(SharedLink.State.ACTIVE);
        assertThat(links.count()).isEqualTo(2);
    }

    @Test
    void a_revoked_link_no_longer_opens_at_once_and_stays_listed_as_revoked() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.offer(id), 7);
        assertThat(sharing.open(created.token())).isPresent();

        var revoked = sharing.revoke(created.link().id());

        assertThat(revoked.state()).isEqualTo(SharedLink.State.REVOKED);
        assertThat(sharing.open(created.token())).isEmpty();
        assertThat(sharing.open(created.token())).isEmpty();
        var listed = sharing.list(PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(listed.state()).isEqualTo(SharedLink.State.REVOKED);
        assertThat(listed.openCount()).isEqualTo(1);
    }

    @Test
    void openings_are_counted_with_the_time_of_the_last_one() {
        var service = sharingAt(true);
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = service.create(ShareTarget.offer(id), 7);
        clock.advance(Duration.ofHours(2));
        service.open(created.token());
        clock.advance(Duration.ofHours(1));
        service.open(created.token());

        var listed = service.list(PageRequest.of(0, 10)).getContent().getFirst();

        assertThat(listed.openCount()).isEqualTo(2);
        assertThat(listed.lastOpenedAt()).isEqualTo(clock.instant());
    }

    @Test
    void ten_thousand_random_tokens_and_odd_texts_all_find_nothing() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var real = sharing.create(ShareTarget.offer(id), 7);
        var random = new SplittableRandom(14);
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
            if (sharing.open(SecretTokens.generate()).isPresent()) {
                found++;
            }
        }
        var odd = new ArrayList<String>(List.of(
                "",
                real.token() + "x",
                real.token().substring(1),
                real.token().toUpperCase(),
                SecretTokens.hash(real.token()),
                "../../etc/passwd",
                "%00",
                "' or 1=1 --"));
        for (int i = 0; i < 200; i++) {
            var chars = new char[random.nextInt(0, 80)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) random.nextInt(32, 0x3000);
            }
            odd.add(new String(chars));
        }
        for (var text : odd) {
            if (!text.equals(real.token()) && sharing.open(text).isPresent()) {
                found++;
            }
        }

        assertThat(found).isZero();
        assertThat(sharing.open(real.token())).isPresent();
        assertThat(sharing.list(PageRequest.of(0, 10)).getContent().getFirst().openCount())
                .isEqualTo(1);
    }

    @Test
    void nothing_can_be_written_while_reading_as_a_links_owner() {
        long aliceId = currentUser.id();
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var link = sharing.create(ShareTarget.offer(id), 7);
        TestUsers.signOut();
        Integer before = jdbc.queryForObject("select count(*) from offer", Integer.class);
        // the reads the page needs work as the owner, and only while reading as them
        assertThat(currentUser.readingAs(aliceId, () -> offers.get(id).label())).contains("Anthropic");
        assertThatThrownBy(currentUser::id).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> currentUser.readingAs(
                        aliceId,
                        () -> offers.create(details("Sneaky", "USD"), revision(RevisionKind.COMPANY_OFFER, 1, 0))))
                .satisfies(SharingServiceTest::refusedAsReadOnly);
        // In the app the read-only transaction around it is rolled back; here the test's own transaction goes on, so
        // the refused entity is dropped from the session as that rollback would.
        entityManager.clear();
        assertThatThrownBy(() -> currentUser.readingAs(
                        aliceId, () -> links.recordOpening(link.link().id(), clock.instant())))
                .satisfies(SharingServiceTest::refusedAsReadOnly);

        assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select open_count from share_link where id = ?",
                        Integer.class,
                        link.link().id()))
                .isZero();
    }

    /** The refusal, however Hibernate and Spring wrap it on its way out. */
    static void refusedAsReadOnly(Throwable thrown) {
        Throwable cause = thrown;
        while (!(cause instanceof AccessDeniedException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(AccessDeniedException.class).hasMessageContaining("reads only");
    }

    @Test
    void reading_as_a_links_owner_needs_a_transaction() {
        long aliceId = currentUser.id();
        var outside = new TransactionTemplate(transactions);
        outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);

        assertThatThrownBy(() -> outside.executeWithoutResult(status -> currentUser.readingAs(aliceId, () -> 0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_token_for_one_offer_never_shows_another() {
        long first = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        long second = offers.create(details("Othercorp", "USD"), revision(RevisionKind.COMPANY_OFFER, 199_000, 0));
        var toFirst = sharing.create(ShareTarget.offer(first), 7);
        var toSecond = sharing.create(ShareTarget.offer(second), 7);

        var one = text(sharing.open(toFirst.token()).orElseThrow());
        var two = text(sharing.open(toSecond.token()).orElseThrow());

        assertThat(one).contains("Anthropic", "$315,000").doesNotContain("Othercorp", "$199,000");
        assertThat(two).contains("Othercorp", "$199,000").doesNotContain("Anthropic", "$315,000");
    }

    @Test
    void the_shared_page_leaves_out_notes_the_planner_and_the_walk_away_floor() {
        var withNotes = new OfferDraft(
                "Anthropic",
                "ML/AI Engineer",
                "ML/AI Engineer",
                "Senior",
                "San Francisco, CA",
                "San Francisco Bay Area",
                "USD",
                OfferStatus.NEGOTIATING,
                null,
                "PRIVATE-OFFER-NOTE");
        var first = revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000)
                .withKind(RevisionKind.COMPANY_OFFER, LocalDate.of(2026, 11, 1), "PRIVATE-REVISION-NOTE");
        long id = offers.create(withNotes, first);
        negotiation.save(
                id,
                new PlanSettings(
                        null,
                        PlanSettings.DEFAULT_AIM,
                        List.of(),
                        List.of(),
                        List.of(),
                        Map.of(PlanComponent.BASE, new BigDecimal("352000")),
                        Map.of(PlanComponent.BASE, new BigDecimal("287654")),
                        AskRounding.DEFAULT));
        var created = sharing.create(ShareTarget.offer(id), 7);
        TestUsers.signOut();

        var shown = text(sharing.open(created.token()).orElseThrow());

        assertThat(shown)
                .contains("$315,000")
                .doesNotContain("PRIVATE-OFFER-NOTE", "PRIVATE-REVISION-NOTE", "287,654", "287654", "352,000", "Floor");
    }

    @Test
    void a_shared_comparison_shows_its_offers_by_the_chosen_figure() {
        long first = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        long second = offers.create(details("Othercorp", "USD"), revision(RevisionKind.COMPANY_OFFER, 199_000, 0));
        var choice = new FigureChoice(Figure.YEAR_ONE, 5);
        var created = sharing.create(ShareTarget.comparison(List.of(first, second), false, choice), 7);
        TestUsers.signOut();

        var report = sharing.open(created.token()).orElseThrow();

        assertThat(created.link().label()).isEqualTo("Anthropic · ML/AI Engineer vs Othercorp · ML Engineer (Year 1)");
        var table = (Report.Table) report.parts().getFirst();
        assertThat(table.headers()).containsExactly("", "Anthropic · ML/AI Engineer", "Othercorp · ML Engineer");
        assertThat(table.rows().getFirst()).containsExactly("Year 1 (compared by)", "$502,500", "$199,000");
    }

    @Test
    void a_comparison_needs_two_to_four_columns_of_the_users_own_offers() {
        long first = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));

        assertThatThrownBy(
                        () -> sharing.create(ShareTarget.comparison(List.of(first), false, FigureChoice.defaults()), 7))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sharing.create(
                        ShareTarget.comparison(List.of(first, first), false, FigureChoice.defaults()), 7))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sharing.create(
                        ShareTarget.comparison(List.of(first, 999_999L), false, FigureChoice.defaults()), 7))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_link_whose_offer_was_deleted_answers_like_a_guessed_one() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.offer(id), 7);
        offers.delete(id);
        TestUsers.signOut();

        assertThat(sharing.open(created.token())).isEmpty();
    }

    @Test
    void with_sharing_off_no_link_is_made_and_existing_ones_do_not_open() {
        long id = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.offer(id), 7);
        var off = sharingAt(false);

        assertThat(off.isEnabled()).isFalse();
        assertThat(off.open(created.token())).isEmpty();
        assertThatThrownBy(() -> off.create(ShareTarget.offer(id), 7)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_shared_dashboard_reads_the_owners_offers_not_the_visitors() {
        offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        var created = sharing.create(ShareTarget.dashboard(), 7);
        TestUsers.signInAs(accounts, "bob");
        offers.create(details("Bobco", "USD"), revision(RevisionKind.COMPANY_OFFER, 200_000, 0));

        var shown = text(sharing.open(created.token()).orElseThrow());

        assertThat(shown).contains("Anthropic").doesNotContain("Bobco");
        assertThat(offers.count()).isEqualTo(1); // bob is still bob after the page was read as alice
        assertThat(currentUser.require().username()).isEqualTo("bob");
    }

    /** Every piece of text of a report, as one string. */
    static String text(Report report) {
        var all = new StringBuilder(report.title()).append('\n').append(report.subtitle());
        for (var part : report.parts()) {
            all.append('\n').append(part.title());
            switch (part) {
                case Report.Table table -> {
                    all.append('\n').append(String.join(" | ", table.headers()));
                    table.rows().forEach(row -> all.append('\n').append(String.join(" | ", row)));
                }
                case Report.Graph graph -> {
                    all.append('\n').append(graph.description()).append(graph.categories());
                    graph.series().forEach(s -> all.append(s.name()).append(s.values()));
                }
            }
        }
        report.assumptions().forEach(a -> all.append('\n').append(a));
        report.sources().forEach(s -> all.append('\n').append(s));
        return all.toString();
    }
}
