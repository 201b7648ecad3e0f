package com.offerbook.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.BrowserlessTestBase;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.base.ui.Markup;
import com.offerbook.journal.CalendarService;
import com.offerbook.journal.EntryDraft;
import com.offerbook.journal.EntryKind;
import com.offerbook.journal.JournalService;
import com.offerbook.journal.ReminderService;
import com.offerbook.journal.ReminderSettings;
import com.offerbook.offers.OfferDraft;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar feed and e-mail reminder page, and the "Add to calendar" links of the log (issue 14). */
class CalendarViewTest extends BrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    CalendarService calendar;

    @Autowired
    ReminderService reminders;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_feed_address_is_shown_once_when_made_then_replaced_or_turned_off() {
        TestUsers.signInAs(accounts, "cal-view-ann");
        var view = navigate("account/calendar", CalendarView.class);
        assertThat(view.feedState.getText()).contains("off");
        assertThat(view.feedAddress.isVisible()).isFalse();
        assertThat(view.turnOff.isVisible()).isFalse();

        test(view.newFeed).click();
        var first = view.feedAddress.getValue();
        assertThat(first).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(view.copy.isVisible()).isTrue();
        assertThat(view.feedState.getText()).contains("on");
        var token = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
        assertThat(calendar.feed(token)).isPresent();

        test(view.newFeed).click();
        assertThat(view.feedAddress.getValue()).isNotEqualTo(first);
        assertThat(calendar.feed(token)).as("the old address opens nothing").isEmpty();

        test(view.turnOff).click();
        assertThat(view.feedAddress.isVisible()).isFalse();
        assertThat(calendar.feedMadeAt()).isEmpty();

        // a fresh visit never shows an address again: only its hash is kept
        test(view.newFeed).click();
        navigate("current-job", Component.class);
        var again = navigate("account/calendar", CalendarView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.feedAddress.getValue()).isEmpty();
        assertThat(again.feedState.getText()).contains("is on");
    }

    @Test
    void a_reminder_address_with_a_line_break_is_refused_at_the_field_and_a_good_one_saved() {
        TestUsers.signInAs(accounts, "cal-view-bea");
        var view = navigate("account/calendar", CalendarView.class);
        assertThat(view.mailState.getText()).contains("no mail server");

        view.email.setValue("bea@example.org\r\nBcc: x@example.org");
        view.enabled.setValue(true);
        test(view.save).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("line break");
        assertThat(reminders.settings()).isEqualTo(ReminderSettings.none());

        view.email.setValue("bea@example.org");
        test(view.save).click();
        assertThat(reminders.settings()).isEqualTo(new ReminderSettings("bea@example.org", true));
    }

    @Test
    void another_users_page_shows_my_setting_never_theirs() {
        TestUsers.signInAs(accounts, "cal-view-cy");
        reminders.save(new ReminderSettings("cy@example.org", true));
        calendar.newFeed();

        TestUsers.signInAs(accounts, "cal-view-dee");
        var view = navigate("account/calendar", CalendarView.class);

        assertThat(view.email.getValue()).isEmpty();
        assertThat(view.enabled.getValue()).isFalse();
        assertThat(view.feedState.getText()).contains("off");
    }

    @Autowired
    OfferService offers;

    @Autowired
    JournalService journal;

    @Test
    void the_log_and_the_dashboard_offer_add_to_calendar_for_the_deadline_and_the_follow_up() {
        TestUsers.signInAs(accounts, "cal-view-eve");
        var today = journal.today();
        var d = OfferFixtures.details("Calco", "USD");
        long offerId = offers.create(
                new OfferDraft(
                        d.company(),
                        d.roleTitle(),
                        d.roleFamily(),
                        d.levelLabel(),
                        d.location(),
                        d.region(),
                        d.currency(),
                        OfferStatus.NEGOTIATING,
                        today.plusDays(3),
                        ""),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 400_000));
        long entryId = journal.add(
                offerId, new EntryDraft(today, EntryKind.VERBAL_PROMISE, "Sam", "A promise", false, today.plusDays(2)));

        navigate("offers/" + offerId + "/log", LogView.class);
        var links = $(Anchor.class).withClassName("add-to-calendar").all();
        assertThat(links).extracting(Anchor::getText).containsOnly("Add to calendar");
        assertThat(links)
                .extracting(a -> a.getId().orElse(""))
                .containsExactlyInAnyOrder("deadline-to-calendar", "follow-up-to-calendar-" + entryId);
        assertThat(links).allSatisfy(a -> assertThat(a.getHref()).isNotBlank());

        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactlyInAnyOrder("ics/deadline/" + offerId, "ics/follow-up/" + entryId);

        navigate("", Component.class);
        var dashboardLinks =
                Jsoup.parse(Markup.of($(UnorderedList.class).id("due-list"))).select("a.add-to-calendar[download]");
        assertThat(dashboardLinks.eachText()).containsOnly("Add to calendar");
        assertThat(dashboardLinks.eachAttr("href"))
                .containsExactlyInAnyOrder("ics/deadline/" + offerId, "ics/follow-up/" + entryId);
    }
}
