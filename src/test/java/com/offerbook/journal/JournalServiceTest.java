package com.offerbook.journal;

import static com.offerbook.offers.OfferFixtures.anthropic;
import static com.offerbook.offers.OfferFixtures.revision;
import static com.offerbook.offers.OfferFixtures.withDeadline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.Texts;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class JournalServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    JournalService journal;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void signInAlice() {
        TestUsers.signInAs(accounts, "alice");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static EntryDraft promise(String said, @Nullable LocalDate followUp) {
        return new EntryDraft(TODAY, EntryKind.VERBAL_PROMISE, "Sam, recruiter", said, false, followUp);
    }

    long offer(String company, @Nullable LocalDate deadline, OfferStatus status) {
        return offers.create(
                withDeadline(company, status, deadline), revision(RevisionKind.COMPANY_OFFER, 200_000, 400_000));
    }

    @Test
    void entries_are_added_read_back_in_date_order_edited_and_deleted() {
        long offerId = offers.create(anthropic(), revision(RevisionKind.COMPANY_OFFER, 315_000, 750_000));
        long later = journal.add(offerId, promise("Sign-on of 50k if we sign by Friday", TODAY.plusDays(3)));
        long earlier = journal.add(
                offerId,
                new EntryDraft(TODAY.minusDays(2), EntryKind.RECRUITER_CALL, "Sam", "First call", false, null));

        assertThat(journal.entries(offerId)).extracting(Entry::id).containsExactly(earlier, later);
        var stored = journal.entries(offerId).getLast();
        assertThat(stored.draft().said()).isEqualTo("Sign-on of 50k if we sign by Friday");
        assertThat(stored.draft().followUp()).isEqualTo(TODAY.plusDays(3));

        var edited = new EntryDraft(TODAY, EntryKind.VERBAL_PROMISE, "Sam", "Now in the letter", true, null);
        journal.update(later, stored.version(), edited);
        assertThat(journal.entries(offerId).getLast().draft()).isEqualTo(edited);

        journal.delete(earlier);
        assertThat(journal.entries(offerId)).extracting(Entry::id).containsExactly(later);
    }

    @Test
    void an_edit_from_an_old_version_is_refused() {
        long offerId = offer("Acme", null, OfferStatus.NEGOTIATING);
        long id = journal.add(offerId, promise("Remote two days a week", null));
        long version = journal.entries(offerId).getFirst().version();
        journal.update(id, version, promise("Remote three days a week", null));

        assertThatThrownBy(() -> journal.update(id, version, promise("Fully remote", null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(journal.entries(offerId).getFirst().draft().said()).isEqualTo("Remote three days a week");
    }

    @Test
    void another_users_offer_and_entries_are_not_found() {
        long alicesOffer = offer("Acme", null, OfferStatus.NEGOTIATING);
        long alicesEntry = journal.add(alicesOffer, promise("A promise to Alice", TODAY));
        long version = journal.entries(alicesOffer).getFirst().version();

        TestUsers.signInAs(accounts, "bob");
        assertThatThrownBy(() -> journal.entries(alicesOffer)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journal.timeline(alicesOffer, false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journal.add(alicesOffer, promise("Bob writes here", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journal.update(alicesEntry, version, promise("Bob edits", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journal.delete(alicesEntry)).isInstanceOf(NotFoundException.class);
        assertThat(journal.all()).isEmpty();
        assertThat(journal.dueSoon(TODAY)).isEmpty();

        TestUsers.signInAs(accounts, "alice");
        assertThat(journal.entries(alicesOffer))
                .extracting(e -> e.draft().said())
                .containsExactly("A promise to Alice");
    }

    @Test
    void bad_text_is_refused_at_its_field_and_nothing_is_saved() {
        long offerId = offer("Acme", null, OfferStatus.NEGOTIATING);
        var tooLong = new EntryDraft(
                TODAY, EntryKind.EMAIL, "x".repeat(Limits.LOG_WHO_MAX + 1), "ok", true, TODAY.minusDays(1));
        var control = new EntryDraft(TODAY, EntryKind.EMAIL, "Sam", "bell\u0007", true, null);
        var blank = new EntryDraft(TODAY, EntryKind.EMAIL, "Sam", "  ", true, null);

        assertThatThrownBy(() -> journal.add(offerId, tooLong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("who", "followUp"));
        assertThatThrownBy(() -> journal.add(offerId, control))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("said", Texts.CONTROL_CHARACTERS));
        assertThatThrownBy(() -> journal.add(offerId, blank)).isInstanceOf(InvalidInputException.class);
        assertThat(journal.entries(offerId)).isEmpty();
    }

    @Test
    void the_timeline_holds_revisions_and_entries_and_the_filter_keeps_unwritten_promises_only() {
        long offerId = offer("Acme", null, OfferStatus.NEGOTIATING); // its revision is dated by the fixture
        journal.add(offerId, promise("Relocation paid", null));
        journal.add(offerId, new EntryDraft(TODAY, EntryKind.VERBAL_PROMISE, "Sam", "Title: Staff", true, null));
        journal.add(offerId, new EntryDraft(TODAY, EntryKind.INTERVIEW, "Team lead", "Went well", false, null));

        var all = journal.timeline(offerId, false);
        assertThat(all).hasSize(4);
        assertThat(all)
                .filteredOn(TimelineItem::isRevision)
                .singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Revision 1: Company offer"));

        var unwritten = journal.timeline(offerId, true);
        assertThat(unwritten)
                .extracting(item ->
                        java.util.Objects.requireNonNull(item.entry()).draft().said())
                .containsExactly("Relocation paid");
    }

    @Test
    void due_soon_lists_deadlines_and_follow_ups_up_to_seven_days_ahead_with_overdue_ones_marked() {
        long acme = offer("Acme", TODAY.plusDays(Limits.REMINDER_DAYS_AHEAD), OfferStatus.NEGOTIATING);
        offer("TooLate", TODAY.plusDays(Limits.REMINDER_DAYS_AHEAD + 1), OfferStatus.NEGOTIATING);
        offer("Decided", TODAY.plusDays(1), OfferStatus.ACCEPTED);
        long beta = offer("Beta", TODAY.minusDays(1), OfferStatus.OFFER_RECEIVED);
        long followUp = journal.add(
                acme, new EntryDraft(TODAY.minusDays(5), EntryKind.VERBAL_PROMISE, "Sam", "Call back", false, TODAY));
        journal.add(
                beta,
                new EntryDraft(
                        TODAY.minusDays(40),
                        EntryKind.EMAIL,
                        "Kim",
                        "Long ago",
                        true,
                        TODAY.minusDays(Limits.REMINDER_OVERDUE_DAYS + 1)));
        journal.add(beta, new EntryDraft(TODAY, EntryKind.EMAIL, "Kim", "Far off", true, TODAY.plusDays(8)));

        var due = journal.dueSoon(TODAY);

        assertThat(due)
                .extracting(Reminder::company, Reminder::kind, Reminder::due, Reminder::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Beta", Reminder.Kind.DEADLINE, TODAY.minusDays(1), true),
                        org.assertj.core.groups.Tuple.tuple("Acme", Reminder.Kind.FOLLOW_UP, TODAY, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Acme", Reminder.Kind.DEADLINE, TODAY.plusDays(Limits.REMINDER_DAYS_AHEAD), false));
        assertThat(due.get(1).entryId()).isEqualTo(followUp);
        assertThat(due.get(1).sentence()).isEqualTo("A follow-up with Acme is due");
    }

    @Test
    void deleting_the_offer_deletes_its_log() {
        long offerId = offer("Acme", null, OfferStatus.NEGOTIATING);
        journal.add(offerId, promise("Gone with the offer", null));

        offers.delete(offerId);

        assertThat(journal.all()).isEmpty();
    }
}
