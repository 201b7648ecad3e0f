package com.offerbook.journal.ui;

import com.offerbook.base.ConcurrentEditException;
import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.offerbook.base.ui.CalendarDownload;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.journal.CalendarService;
import com.offerbook.journal.Entry;
import com.offerbook.journal.EntryDraft;
import com.offerbook.journal.EntryKind;
import com.offerbook.journal.JournalService;
import com.offerbook.journal.TimelineItem;
import com.offerbook.offers.OfferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The negotiation log of one offer: what was said, promised or sent, by whom and when, whether it is in writing and
 * when to follow up, with the offer's revisions in the same timeline. Everything typed is shown as text.
 */
@Route("offers/:offerId([0-9]{1,18})/log")
@PermitAll
class LogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Checkbox onlyUnwritten = new Checkbox("Only promises not yet in writing");
    final Button add = new Button("Add an entry");
    final Div timeline = new Div();
    final Dialog dialog = new Dialog();
    final DatePicker date = new DatePicker("Date");
    final Select<EntryKind> kind = new Select<>();
    final TextField who = new TextField("Who");
    final TextArea said = new TextArea("What was said or promised");
    final Checkbox inWriting = new Checkbox("In writing");
    final DatePicker followUp = new DatePicker("Follow up by (optional)");
    final Button save = new Button("Save");
    final Binder<EntryDraft> binder = new Binder<>(EntryDraft.class);

    private final JournalService journal;
    private final OfferService offers;
    private final Div deadline = new Div();
    private final Anchor back = new Anchor("", "← Back to the offer");
    private final H2 heading = new H2();
    private long offerId;
    private @Nullable Entry editing;
    private String title = "Negotiation log";

    LogView(JournalService journal, OfferService offers) {
        this.journal = journal;
        this.offers = offers;
        deadline.setId("log-deadline");
        addClassName("view");
        onlyUnwritten.setId("only-unwritten");
        onlyUnwritten.addValueChangeListener(event -> refresh());
        add.setId("add-entry");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(event -> open(null));
        timeline.setId("log-timeline");
        var caption = new Paragraph("Who promised what, and when: your own notes, kept with the offer's revisions. "
                + "Follow-up dates and the offer's deadline appear on the dashboard when they are near.");
        caption.addClassName("caption");
        add(back, heading, caption, deadline, new HorizontalLayout(add, onlyUnwritten), timeline);
        buildDialog();
    }

    private void buildDialog() {
        date.setId("entry-date");
        kind.setLabel("What happened");
        kind.setId("entry-kind");
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(EntryKind::label);
        who.setId("entry-who");
        who.setMaxLength(Limits.LOG_WHO_MAX);
        who.setHelperText("A name and a role, e.g. Sam, recruiter");
        said.setId("entry-said");
        said.setMaxLength(Limits.LOG_TEXT_MAX);
        said.setWidthFull();
        inWriting.setId("entry-in-writing");
        followUp.setId("entry-follow-up");
        binder.forField(date).asRequired("Choose the date").bind("date");
        binder.forField(kind).asRequired("Choose what happened").bind("kind");
        binder.forField(who).bind("who");
        binder.forField(said).bind("said");
        binder.forField(inWriting).bind("inWriting");
        binder.forField(followUp).bind("followUp");
        var form = new FormLayout(date, kind, who, inWriting, said, followUp);
        form.setColspan(said, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        dialog.add(form);
        save.setId("save-entry");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            offerId = Long.parseLong(event.getRouteParameters().get("offerId").orElseThrow(NumberFormatException::new));
            var offer = offers.get(offerId);
            var label = offer.label();
            showDeadline(offer.details().deadline(), offer.details().status().isActive());
            title = "Negotiation log · " + label;
            heading.setText("Negotiation log · " + label);
            back.setHref("offers/" + offerId);
            refresh();
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void showDeadline(@Nullable LocalDate due, boolean active) {
        deadline.removeAll();
        deadline.setVisible(due != null && active);
        if (due != null && active) {
            var link = CalendarDownload.link(CalendarService.deadlineDownload(offerId));
            link.setId("deadline-to-calendar");
            deadline.add(new Span("The offer's deadline: " + Formats.date(due) + " · "), link);
        }
    }

    void open(@Nullable Entry entry) {
        editing = entry;
        dialog.setHeaderTitle(entry == null ? "Add to the log" : "Edit the entry");
        binder.readRecord(
                entry == null
                        ? new EntryDraft(journal.today(), EntryKind.RECRUITER_CALL, "", "", false, null)
                        : entry.draft());
        dialog.open();
    }

    private void save() {
        try {
            var draft = binder.writeRecord();
            var entry = editing;
            if (entry == null) {
                journal.add(offerId, draft);
            } else {
                journal.update(entry.id(), entry.version(), draft);
            }
            dialog.close();
            Notifications.success("Saved to the log");
            refresh();
        } catch (ValidationException invalid) {
            FieldProblems.focusFirstInvalid(binder);
        } catch (InvalidInputException refused) {
            FieldProblems.show(refused, binder);
        } catch (ConcurrentEditException | NotFoundException changed) {
            Notifications.changedMeanwhile();
        }
    }

    private void delete(Entry entry) {
        try {
            journal.delete(entry.id());
            Notifications.success("Entry deleted");
        } catch (NotFoundException gone) {
            Notifications.changedMeanwhile();
        }
        refresh();
    }

    private void refresh() {
        timeline.removeAll();
        var items = journal.timeline(offerId, onlyUnwritten.getValue());
        if (items.isEmpty()) {
            timeline.add(new Paragraph(
                    onlyUnwritten.getValue()
                            ? "No promise is waiting to be put in writing."
                            : "Nothing in the log yet."));
        }
        // newest first: what happened last is what the user looks for
        for (var item : items.reversed()) {
            timeline.add(card(item));
        }
    }

    private Div card(TimelineItem item) {
        var card = new Div();
        card.addClassName("section");
        card.addClassName("log-entry");
        var top = new Div(new Span(Formats.date(item.date())), new Span(" · "), new Span(item.title()));
        top.addClassName("log-title");
        card.add(top);
        var entry = item.entry();
        if (entry == null) {
            card.addClassName("log-revision");
            return card;
        }
        var d = entry.draft();
        if (!d.who().isBlank()) {
            card.add(new Paragraph("With " + d.who()));
        }
        var said = new Paragraph(d.said()); // text, never markup
        said.addClassName("log-said");
        card.add(said);
        var badges = new Div();
        badges.addClassName("badges");
        badges.add(new Span(d.inWriting() ? "In writing" : "Not in writing"));
        var follow = d.followUp();
        if (follow != null) {
            badges.add(new Span(" · Follow up by " + Formats.date(follow) + " · "));
            var link = CalendarDownload.link(CalendarService.followUpDownload(entry.id()));
            link.setId("follow-up-to-calendar-" + entry.id());
            badges.add(link);
        }
        card.add(badges);
        var edit = new Button("Edit", event -> open(entry));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        var remove = new Button("Delete", event -> delete(entry));
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        card.add(new HorizontalLayout(edit, remove));
        return card;
    }
}
