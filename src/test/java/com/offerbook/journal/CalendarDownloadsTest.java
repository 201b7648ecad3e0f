package com.offerbook.journal;

import static com.offerbook.journal.CalendarServiceTest.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.offerbook.DatabaseTest;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.offers.OfferFixtures;
import com.offerbook.offers.OfferService;
import com.offerbook.offers.OfferStatus;
import com.offerbook.offers.RevisionKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** "Add to calendar" by address: the signed-in user's own deadline and follow-up, 404 for anything else. */
@DatabaseTest
class CalendarDownloadsTest {

    @Autowired
    CalendarDownloads downloads;

    @Autowired
    JournalService journal;

    @Autowired
    OfferService offers;

    @Autowired
    AccountService accounts;

    @Autowired
    WebApplicationContext context;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    long offerDueIn4Days(String company) {
        return offers.create(
                OfferFixtures.withDeadline(company, OfferStatus.NEGOTIATING, DAY.plusDays(4)),
                OfferFixtures.revision(RevisionKind.COMPANY_OFFER, 200_000, 400_000));
    }

    long followUpIn2Days(long offerId) {
        return journal.add(
                offerId, new EntryDraft(DAY, EntryKind.EMAIL, "Sam", "Sent the counter", true, DAY.plusDays(2)));
    }

    static String body(ResponseEntity<byte[]> response) {
        return new String(Objects.requireNonNull(response.getBody()), StandardCharsets.UTF_8);
    }

    @Test
    void my_deadline_and_follow_up_download_as_ics_files_and_nobody_elses_do() {
        TestUsers.signInAs(accounts, "ics-http-ann");
        long offerId = offerDueIn4Days("Ann Corp");
        long entryId = followUpIn2Days(offerId);
        long noFollowUp =
                journal.add(offerId, new EntryDraft(DAY, EntryKind.EMAIL, "", "Nothing to follow", true, null));

        var deadline = downloads.deadline(offerId);
        var followUp = downloads.followUp(entryId);

        assertThat(deadline.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body(deadline)).startsWith("BEGIN:VCALENDAR").contains("Deadline of the offer from Ann Corp");
        assertThat(body(followUp)).contains("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261203");
        assertThat(deadline.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(Ics.MEDIA_TYPE));
        assertThat(deadline.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"offerbook-deadline.ics\"");
        assertThat(followUp.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"offerbook-follow-up.ics\"");
        assertThat(deadline.getHeaders().getCacheControl()).contains("no-store");
        assertThat(downloads.followUp(noFollowUp).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(downloads.deadline(offerId + 1_000_000).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        TestUsers.signInAs(accounts, "ics-http-bob");
        assertThat(downloads.deadline(offerId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(downloads.followUp(entryId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(downloads.deadline(offerId).getBody()).isNull();
    }

    /** Signed in, the same addresses download in a real browser: LogJourneyIT reads the file back with ical4j. */
    @Test
    void without_sign_in_the_addresses_send_to_the_sign_in_page_and_give_nothing() throws Exception {
        TestUsers.signInAs(accounts, "ics-http-cy");
        long offerId = offerDueIn4Days("Cy Corp");
        long entryId = followUpIn2Days(offerId);
        TestUsers.signOut();
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        for (var address :
                List.of(CalendarService.deadlineDownload(offerId), CalendarService.followUpDownload(entryId))) {
            mvc.perform(get("/" + address))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"))
                    .andExpect(content().string(""));
        }
    }
}
