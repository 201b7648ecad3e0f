package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the negotiation log in a real browser. Two entries (a verbal promise not in writing, an e-mail with a
 * follow-up date), the "promises not yet in writing" filter, "Add to calendar" downloaded and read back with ical4j,
 * and the private calendar feed fetched without a session until a new address or turning it off stops it.
 */
class LogJourneyIT extends BrowserTest {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Test
    void log_entries_filter_add_to_calendar_and_a_private_feed_that_can_be_replaced_or_turned_off() throws Exception {
        signUpAndSignIn(uniqueName("log"));
        long offerId = quickOffer("Initrode", "240,000");
        var followUp = LocalDate.now().plusDays(3);

        page.navigate(app.url("/offers/" + offerId + "/log"));
        addEntry("Verbal promise", "Sam, recruiter", "A sign-on bonus if we sign this week", false, null);
        addEntry("E-mail", "Sam, recruiter", "Sent the written offer for review", true, followUp);
        var timeline = page.locator("#log-timeline");
        assertThat(timeline).containsText("A sign-on bonus if we sign this week");
        assertThat(timeline).containsText("Sent the written offer for review");
        screenshot("92-log");

        page.locator("#only-unwritten").click();
        assertThat(timeline).not().containsText("Sent the written offer for review");
        assertThat(timeline).containsText("A sign-on bonus if we sign this week");
        assertThat(timeline).containsText("Not in writing");
        page.locator("#only-unwritten").click();
        assertThat(timeline).containsText("Sent the written offer for review");

        // "Add to calendar" beside the follow-up: an all-day event on its date
        var download = page.waitForDownload(
                () -> page.locator("a[id^='follow-up-to-calendar-']").first().click());
        var event = firstEvent(parse(Files.readString(download.path(), StandardCharsets.UTF_8)));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Follow-up with Initrode");
        var start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo(ICS_DATE.format(followUp));
        assertThat(start.getParameter(Parameter.VALUE).map(Parameter::getValue)).hasValue("DATE");
        assertThat(value(event, Property.DTEND)).isEqualTo(ICS_DATE.format(followUp.plusDays(1)));

        // The private feed: made on account/calendar, fetched by a calendar app with no session
        page.navigate(app.url("/account/calendar"));
        assertThat(page.locator("#feed-state")).containsText("is off");
        var first = makeFeedAddress();
        assertThat(first).matches("http://.*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        screenshot("93-calendar-feed");
        var calendarApp = browser.newContext();
        try {
            var feed = calendarApp.request().get(first);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
            assertThat(feed.headers().get("referrer-policy")).isEqualTo("no-referrer");
            var events = parse(feed.text()).getComponents(VEvent.VEVENT);
            assertThat(events)
                    .map(component -> value((VEvent) component, Property.SUMMARY) + " "
                            + value((VEvent) component, Property.DTSTART))
                    .contains("Follow-up with Initrode " + ICS_DATE.format(followUp));

            // A new address stops the old one at once
            var second = makeFeedAddress();
            assertThat(second).isNotEqualTo(first);
            assertThat(calendarApp.request().get(first).status()).isEqualTo(404);
            assertThat(calendarApp.request().get(second).status()).isEqualTo(200);

            // Turned off: the current address opens nothing either, and answers like a guessed one
            page.locator("#turn-off-feed").click();
            assertThat(page.locator("#feed-state")).containsText("is off");
            assertThat(calendarApp.request().get(second).status()).isEqualTo(404);
            assertThat(calendarApp
                            .request()
                            .get(app.url("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"))
                            .status())
                    .isEqualTo(404);
        } finally {
            calendarApp.close();
        }
    }

    private void addEntry(String kind, String who, String said, boolean inWriting, @Nullable LocalDate followUp) {
        page.locator("#add-entry").click();
        page.locator("#entry-kind").click();
        page.locator("vaadin-select-item[role='option']", new Page.LocatorOptions().setHasText(kind))
                .click();
        page.locator("#entry-who input").fill(who);
        page.locator("#entry-said textarea").fill(said);
        if (inWriting) {
            page.locator("#entry-in-writing input").check();
        }
        if (followUp != null) {
            page.locator("#entry-follow-up input").fill(US_DATE.format(followUp));
            page.locator("#entry-follow-up input").press("Enter");
        }
        page.locator("#save-entry").click();
        assertThat(page.locator("#log-timeline")).containsText(said);
    }

    /** Clicks "Turn the feed on" or "Make a new address" and reads the address shown once. */
    private String makeFeedAddress() {
        // the address field is not in the page until an address is made (an invisible component is not sent)
        var before = String.valueOf(page.evaluate("() => String(document.querySelector('#feed-address')?.value)"));
        page.locator("#new-feed").click();
        page.waitForFunction(
                "before => { const v = String(document.querySelector('#feed-address')?.value);"
                        + " return v.startsWith('http') && v !== before; }",
                before);
        assertThat(page.locator("#feed-state")).containsText("is on");
        return String.valueOf(page.locator("#feed-address").evaluate("field => field.value"));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent firstEvent(Calendar calendar) {
        return (VEvent) calendar.getComponent(VEvent.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
