package com.offerbook.journal;

import static com.offerbook.offers.OfferFixtures.revision;
import static com.offerbook.offers.OfferFixtures.withDeadline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.NotFoundException;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Add to calendar" and the private calendar feed (issue 14), read back with ical4j's parser. */
@DatabaseTest
class CalendarServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final String TRICKY_COMPANY = "<b>Acme, Inc.; \"Labs\"</b> \\ Zürich";
    static final String TRICKY_SAID = "Line one, with a comma; and a semicolon\n<script>alert(1)</script>\n"
            + "A long line: " + "word ".repeat(60).strip() + " – ünïcödé 日本語 at the end";

    @Autowired
    CalendarService calendar;

    @Autowired
    JournalService journal;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    long offer(String company, @Nullable LocalDate deadline) {
        return offers.create(
                withDeadline(company, OfferStatus.NEGOTIATING, deadline),
                revision(RevisionKind.COMPANY_OFFER, 200_000, 400_000));
    }

    static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void a_follow_up_comes_back_from_the_ics_exactly_as_typed_as_an_all_day_event() throws Exception {
        TestUsers.signInAs(accounts, "alice-cal");
        long offerId = offer(TRICKY_COMPANY, null);
        long entryId = journal.add(
                offerId,
                new EntryDraft(
                        DAY, EntryKind.VERBAL_PROMISE, "Sam, recruiter; \"HR\"", TRICKY_SAID, false, DAY.plusDays(3)));

        var ics = calendar.followUpIcs(entryId);
        var text = new String(ics, StandardCharsets.UTF_8);
        var event = (VEvent) parse(ics).getComponent("VEVENT").orElseThrow();

        assertThat(value(event, "SUMMARY")).isEqualTo("Follow-up with " + TRICKY_COMPANY);
        assertThat(value(event, "DESCRIPTION"))
                .isEqualTo("Verbal promise on 2026-12-01 with Sam, recruiter; \"HR\":\n" + TRICKY_SAID);
        assertThat(value(event, "UID")).isEqualTo("follow-up-" + entryId + "@offerbook");
        assertThat(event.getProperty("DTSTAMP")).isPresent();
        assertThat(text).contains("\r\nDTSTART;VALUE=DATE:20261204\r\n", "\r\nDTEND;VALUE=DATE:20261205\r\n");
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        // RFC 5545 3.1: lines of at most 75 octets, longer ones folded with CRLF and a space
        for (var line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).contains("\r\n ").doesNotContain("\n\n");
        // The same follow-up keeps its UID in every download, so a calendar updates it instead of adding another
        assertThat(value(
                        (VEvent) parse(calendar.followUpIcs(entryId))
                                .getComponent("VEVENT")
                                .orElseThrow(),
                        "UID"))
                .isEqualTo(value(event, "UID"));
    }

    @Test
    void a_deadline_is_an_all_day_event_without_figures() throws Exception {
        TestUsers.signInAs(accounts, "bea-cal");
        long offerId = offer("Initech", DAY.plusDays(5));

        var text = new String(calendar.deadlineIcs(offerId), StandardCharsets.UTF_8);
        var event = (VEvent) parse(text.getBytes(StandardCharsets.UTF_8))
                .getComponent("VEVENT")
                .orElseThrow();

        assertThat(value(event, "SUMMARY")).isEqualTo("Deadline of the offer from Initech");
        assertThat(value(event, "UID")).isEqualTo("deadline-" + offerId + "@offerbook");
        assertThat(text).contains("DTSTART;VALUE=DATE:20261206").doesNotContain("200", "400");
    }

    @Test
    void another_users_offer_or_entry_has_no_calendar_download() {
        TestUsers.signInAs(accounts, "carl-cal");
        long offerId = offer("Carl Corp", DAY);
        long entryId = journal.add(
                offerId, new EntryDraft(DAY, EntryKind.EMAIL, "", "Sent the counter", true, DAY.plusDays(1)));
        long noFollowUp =
                journal.add(offerId, new EntryDraft(DAY, EntryKind.EMAIL, "", "Nothing to follow", true, null));

        assertThatThrownBy(() -> calendar.followUpIcs(noFollowUp)).isInstanceOf(NotFoundException.class);
        TestUsers.signInAs(accounts, "dora-cal");
        assertThatThrownBy(() -> calendar.deadlineIcs(offerId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calendar.followUpIcs(entryId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_feed_lists_all_my_deadlines_and_follow_ups_and_never_another_users() throws Exception {
        TestUsers.signInAs(accounts, "erin-cal");
        long erinOffer = offer("Erin Secret Corp", DAY.plusDays(30));
        journal.add(erinOffer, new EntryDraft(DAY, EntryKind.EMAIL, "", "Erin's private note", true, DAY.plusDays(90)));
        calendar.newFeed();

        TestUsers.signInAs(accounts, "finn-cal");
        long near = offer("Finn Near", DAY.plusDays(2));
        long far = offer("Finn Far", DAY.plusYears(1));
        journal.add(near, new EntryDraft(DAY, EntryKind.INTERVIEW, "Lee", "Ask about remote", false, DAY.plusDays(1)));
        journal.add(far, new EntryDraft(DAY, EntryKind.EMAIL, "", "No follow-up here", true, null));
        var token = calendar.newFeed();
        TestUsers.signOut();

        var feed = parse(calendar.feed(token).orElseThrow());

        var summaries = feed.getComponents("VEVENT").stream()
                .map(c -> value((VEvent) c, "SUMMARY"))
                .toList();
        assertThat(summaries)
                .containsExactly(
                        "Follow-up with Finn Near",
                        "Deadline of the offer from Finn Near",
                        "Deadline of the offer from Finn Far");
        assertThat(new String(calendar.feed(token).orElseThrow(), StandardCharsets.UTF_8))
                .doesNotContain("Erin", "private note");
    }

    @Test
    void a_replaced_or_turned_off_feed_answers_nothing() {
        TestUsers.signInAs(accounts, "gus-cal");
        offer("Gus Corp", DAY);
        var first = calendar.newFeed();
        assertThat(calendar.feed(first)).isPresent();
        assertThat(calendar.feedMadeAt()).isPresent();

        var second = calendar.newFeed();
        assertThat(calendar.feed(first)).as("replaced").isEmpty();
        assertThat(calendar.feed(second)).isPresent();

        calendar.turnOffFeed();
        assertThat(calendar.feed(second)).as("turned off").isEmpty();
        assertThat(calendar.feedMadeAt()).isEmpty();
    }

    @Test
    void ten_thousand_random_tokens_seed_20261128_all_open_nothing() {
        TestUsers.signInAs(accounts, "hal-cal");
        offer("Hal Corp", DAY);
        var real = calendar.newFeed();
        TestUsers.signOut();
        var random = new Random(20261128L);
        var bytes = new byte[32];
        int opened = 0;
        for (int i = 0; i < 10_000; i++) {
            random.nextBytes(bytes);
            var guess = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (calendar.feed(guess).isPresent()) {
                opened++;
            }
        }
        assertThat(opened).isZero();
        // and odd shapes: empty, too short, too long, a path, the real token's hash, the real token changed by one
        var hash = com.offerbook.base.SecretTokens.hash(real);
        var oneOff = (real.charAt(0) == 'A' ? "B" : "A") + real.substring(1);
        for (var odd : List.of("", "abc", real + "A", "../" + real.substring(3), hash, oneOff, real.toLowerCase())) {
            if (!odd.equals(real)) {
                assertThat(calendar.feed(odd)).as(odd).isEmpty();
            }
        }
        assertThat(calendar.feed(real)).isPresent();
    }
}
