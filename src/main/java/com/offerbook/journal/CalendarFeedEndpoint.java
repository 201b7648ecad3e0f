package com.offerbook.journal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public address of a calendar feed, {@code /calendar/<token>.ics}: no sign-in (a calendar app fetches it), the
 * token is the key. Anything that opens nothing gets the same "not found". Security headers as on every response,
 * with {@code Referrer-Policy: no-referrer} (security.SecurityHeadersFilter), never cached by a proxy.
 */
@RestController
class CalendarFeedEndpoint {

    static final String NOT_FOUND = "Not found";

    private final CalendarService calendar;

    CalendarFeedEndpoint(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping(CalendarService.FEED_PATH + "{file}")
    ResponseEntity<byte[]> feed(@PathVariable("file") String file) {
        var token = file.endsWith(".ics") ? file.substring(0, file.length() - ".ics".length()) : "";
        return calendar.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(Ics.MEDIA_TYPE))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"offerbook.ics\"")
                        .body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .body(NOT_FOUND.getBytes(StandardCharsets.UTF_8)));
    }
}
