package com.offerbook.dashboard.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.offerbook.base.ui.Badge;
import com.offerbook.base.ui.CalendarDownload;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Markup;
import com.offerbook.journal.CalendarService;
import com.offerbook.journal.JournalService;
import com.offerbook.journal.Reminder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;

/**
 * What is due in the next days: offer deadlines and follow-ups from the negotiation logs, soonest first, overdue
 * ones marked. Each line links to the offer (a deadline) or its log (a follow-up), and to its .ics file. The list is
 * static markup, one state node however many lines it has (issue 15, memory per session).
 */
class DueSection extends Div {

    /** Lines shown before "Show n more": a busy week does not fill the dashboard. */
    static final int SHOWN = 8;

    DueSection(JournalService journal) {
        addClassName("section");
        setId("due-soon");
        var due = journal.dueSoon();
        var today = journal.today();
        add(new H3("Due in the next 7 days"));
        if (due.isEmpty()) {
            add(new Paragraph("No deadline or follow-up in the next 7 days."));
            return;
        }
        var list = new UnorderedList();
        list.setId("due-list");
        Markup.set(list, items(due.subList(0, Math.min(SHOWN, due.size())), today));
        add(list);
        if (due.size() > SHOWN) {
            var more = new Button("Show " + (due.size() - SHOWN) + " more");
            more.setId("due-more");
            more.addThemeVariants(ButtonVariant.TERTIARY);
            more.addClickListener(
                    event -> { // asks again rather than keeping the rest in the session
                        Markup.set(list, items(journal.dueSoon(), today));
                        more.removeFromParent();
                    });
            add(more);
        }
    }

    private static String items(List<Reminder> due, LocalDate today) {
        var html = new StringBuilder();
        for (var reminder : due) {
            html.append("<li class=\"due-item\">");
            if (reminder.overdue()) {
                html.append(Badge.markup("Overdue", "error")).append(' ');
            }
            var entryId = reminder.entryId();
            var page = reminder.kind() == Reminder.Kind.DEADLINE
                    ? "offers/" + reminder.offerId()
                    : "offers/" + reminder.offerId() + "/log";
            html.append("<a href=\"")
                    .append(page)
                    .append("\">")
                    .append(htmlEscape(reminder.sentence()))
                    .append("</a> ")
                    .append(htmlEscape(
                            Formats.date(reminder.due()) + " (" + Formats.fromToday(reminder.due(), today) + ") · "))
                    .append(CalendarDownload.markup(
                            entryId == null
                                    ? CalendarService.deadlineDownload(reminder.offerId())
                                    : CalendarService.followUpDownload(entryId)))
                    .append("</li>");
        }
        return html.toString();
    }
}
