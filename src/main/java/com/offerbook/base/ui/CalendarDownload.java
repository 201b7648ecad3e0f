package com.offerbook.base.ui;

import com.offerbook.base.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** "Add to calendar": a link that downloads one deadline or follow-up as an .ics file (issue 14). */
public final class CalendarDownload {

    /** iCalendar's media type (RFC 5545), as journal.Ics writes it. */
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private CalendarDownload() {}

    /** A link downloading {@code ics} (made when clicked) as {@code fileName}; "not found" if it is gone by then. */
    public static Anchor link(String fileName, Supplier<byte[]> ics) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        var bytes = ics.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), fileName, MEDIA_TYPE, bytes.length);
                    } catch (NotFoundException gone) {
                        return DownloadResponse.error(404, "Not found");
                    }
                }),
                "Add to calendar");
        link.addClassName("add-to-calendar");
        return link;
    }
}
