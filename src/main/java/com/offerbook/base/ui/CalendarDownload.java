package com.offerbook.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Add to calendar": a link that downloads one deadline or follow-up as an .ics file from its address (issue 14; the
 * addresses are journal.CalendarService's). The browser downloads it; Vaadin's router leaves the link alone.
 */
public final class CalendarDownload {

    static final String TEXT = "Add to calendar";

    private CalendarDownload() {}

    /** The link as a component, for a page that changes it. */
    public static Anchor link(String address) {
        var link = new Anchor(address, TEXT);
        link.addClassName("add-to-calendar");
        link.getElement().setAttribute("download", "");
        link.getElement().setAttribute("router-ignore", "");
        return link;
    }

    /** The same link as markup, for a part of a page drawn as static markup. */
    public static String markup(String address) {
        return "<a class=\"add-to-calendar\" href=\"" + htmlEscape(address) + "\" download router-ignore>" + TEXT
                + "</a>";
    }
}
