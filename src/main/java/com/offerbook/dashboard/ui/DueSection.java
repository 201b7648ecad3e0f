package com.offerbook.dashboard.ui;

import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.CalendarDownload;
import com.offerbook.base.ui.Formats;
import com.offerbook.journal.CalendarService;
import com.offerbook.journal.JournalService;
import com.offerbook.journal.Reminder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;

/**
 * What is due in the next days: offer deadlines and follow-ups from the negotiation logs, soonest first, overdue
 * ones marked. Each line links to the offer (a deadline) or its log (a follow-up).
 */
class DueSection extends Div {

    /** Lines shown before "Show n more": a busy week does not fill the dashboard (nor each session's state). */
    static final int SHOWN = 8;

    final UnorderedList list = new UnorderedList();

    DueSection(JournalService journal, CalendarService calendar) {
        addClassName("section");
        setId("due-soon");
        var due = journal.dueSoon();
        var today = journal.today();
        add(new H3("Due in the next 7 days"));
        if (due.isEmpty()) {
            add(new Paragraph("No deadline or follow-up in the next 7 days."));
            return;
        }
        list.setId("due-list");
        due.stream().limit(SHOWN).forEach(reminder -> list.add(line(reminder, today, calendar)));
        add(list);
        if (due.size() > SHOWN) {
            var more = new Button("Show " + (due.size() - SHOWN) + " more");
            more.setId("due-more");
            more.addThemeVariants(ButtonVariant.TERTIARY);
            more.addClickListener(
                    event -> { // asks again rather than keeping the rest in the session
                        journal.dueSoon().stream()
                                .skip(SHOWN)
                                .forEach(reminder -> list.add(line(reminder, today, calendar)));
                        more.removeFromParent();
                    });
            add(more);
        }
    }

    private static ListItem line(Reminder reminder, LocalDate today, CalendarService calendar) {
        var item = new ListItem();
        item.addClassName("due-item");
        if (reminder.overdue()) {
            var overdue = new Badge("Overdue", "error");
            overdue.addClassName("due-overdue");
            item.add(overdue, new Span(" "));
        }
        var href = reminder.kind() == Reminder.Kind.DEADLINE
                ? "offers/" + reminder.offerId()
                : "offers/" + reminder.offerId() + "/log";
        item.add(
                new Anchor(href, reminder.sentence()),
                new Span(
                        " " + Formats.date(reminder.due()) + " (" + Formats.fromToday(reminder.due(), today) + ") · "));
        var entryId = reminder.entryId();
        var download = entryId == null
                ? CalendarDownload.link("offerbook-deadline.ics", () -> calendar.deadlineIcs(reminder.offerId()))
                : CalendarDownload.link("offerbook-follow-up.ics", () -> calendar.followUpIcs(entryId));
        item.add(download);
        return item;
    }
}
