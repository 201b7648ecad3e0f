package com.offerbook.journal;

import com.offerbook.base.Downloads;
import com.offerbook.base.NotFoundException;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Add to calendar": the signed-in user's offer deadline ({@code /ics/deadline/42}) or follow-up
 * ({@code /ics/follow-up/7}) as an .ics file (issue 14). Pages link here by address (CalendarService.deadlineDownload,
 * followUpDownload), so a link costs the session nothing. Sign-in is required (Spring Security guards every address
 * not made public); another user's offer or entry answers 404 like a missing one.
 */
@RestController
class CalendarDownloads {

    private final CalendarService calendar;

    CalendarDownloads(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/ics/deadline/{offerId:\\d{1,18}}")
    ResponseEntity<byte[]> deadline(@PathVariable long offerId) {
        return download(() -> calendar.deadlineIcs(offerId), "offerbook-deadline.ics");
    }

    @GetMapping("/ics/follow-up/{entryId:\\d{1,18}}")
    ResponseEntity<byte[]> followUp(@PathVariable long entryId) {
        return download(() -> calendar.followUpIcs(entryId), "offerbook-follow-up.ics");
    }

    private static ResponseEntity<byte[]> download(Supplier<byte[]> ics, String fileName) {
        byte[] body;
        try {
            body = ics.get();
        } catch (NotFoundException missing) {
            return ResponseEntity.notFound().build();
        }
        return Downloads.attachment(body, MediaType.parseMediaType(Ics.MEDIA_TYPE), fileName);
    }
}
