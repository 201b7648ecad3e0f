package com.offerbook.journal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar dates as an iCalendar (RFC 5545) document, written by ical4j (docs/decisions/009): one all-day event per
 * item (DTSTART;VALUE=DATE and the next day as DTEND), with a stable UID and a DTSTAMP; ical4j escapes the text
 * (backslash, comma, semicolon, line breaks) and folds lines at 75 octets.
 */
public final class Ics {

    /** The media type of a calendar download and of the feed. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private Ics() {}

    /** The calendar of {@code items}, stamped {@code now} (DTSTAMP). */
    public static String write(List<CalendarItem> items, Instant now) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Offerbook//Negotiation log//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (var item : items) {
            var event = new VEvent(false);
            event.add(new Uid(item.uid()));
            event.add(new DtStamp(now));
            event.add(new DtStart<>(item.due()));
            event.add(new DtEnd<>(item.due().plusDays(1)));
            event.add(new Summary(item.summary()));
            if (!item.details().isEmpty()) {
                event.add(new Description(item.details()));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
