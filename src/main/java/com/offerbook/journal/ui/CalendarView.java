package com.offerbook.journal.ui;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.ui.FieldProblems;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.offerbook.journal.CalendarService;
import com.offerbook.journal.ReminderService;
import com.offerbook.journal.ReminderSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;

/**
 * The user's calendar feed (a private address that lists all their deadlines and follow-ups, shown once when made,
 * replaced or turned off at any time) and their e-mail reminders (an address and an on/off switch).
 */
@Route("account/calendar")
@PageTitle("Calendar and reminders")
@PermitAll
class CalendarView extends VerticalLayout {

    final Paragraph feedState = new Paragraph();
    final TextField feedAddress = new TextField("Your calendar feed's address");
    final Button copy = new Button("Copy");
    final Button newFeed = new Button();
    final Button turnOff = new Button("Turn the feed off");
    final TextField email = new TextField("Send reminders to");
    final Checkbox enabled = new Checkbox("E-mail me the day before each deadline and follow-up");
    final Button save = new Button("Save");
    final Paragraph mailState = new Paragraph();
    final Binder<ReminderSettings> binder = new Binder<>(ReminderSettings.class);

    private final CalendarService calendar;
    private final ReminderService reminders;

    CalendarView(CalendarService calendar, ReminderService reminders) {
        this.calendar = calendar;
        this.reminders = reminders;
        addClassName("view");
        add(new H2("Calendar and reminders"));

        var feed = new Div();
        feed.addClassName("section");
        feedState.setId("feed-state");
        feedAddress.setId("feed-address");
        feedAddress.setReadOnly(true);
        feedAddress.setWidthFull();
        feedAddress.setVisible(false);
        feedAddress.setHelperText("Shown only now: Offerbook keeps just a fingerprint of it. Anyone with the address"
                + " sees your deadlines and follow-ups, so keep it to your own calendar.");
        copy.setId("copy-feed");
        copy.setVisible(false);
        copy.addClickListener(event -> copy.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", feedAddress.getValue()));
        newFeed.setId("new-feed");
        newFeed.addThemeVariants(ButtonVariant.PRIMARY);
        newFeed.addClickListener(event -> makeFeed());
        turnOff.setId("turn-off-feed");
        turnOff.addThemeVariants(ButtonVariant.ERROR);
        turnOff.addClickListener(event -> {
            calendar.turnOffFeed();
            feedAddress.clear();
            feedAddress.setVisible(false);
            copy.setVisible(false);
            Notifications.success("The calendar feed is off: its address opens nothing now");
            showFeedState();
        });
        var caption = new Paragraph("Subscribe to this address in your calendar app to see the deadlines of your"
                + " active offers and the follow-ups of your negotiation logs, kept up to date. Making a new"
                + " address stops the old one at once.");
        caption.addClassName("caption");
        feed.add(new H3("Calendar feed"), caption, feedState, feedAddress, feedButtons());

        var mail = new Div();
        mail.addClassName("section");
        mailState.setId("mail-state");
        mailState.setText(
                reminders.mailConfigured()
                        ? "A reminder says only what is due, with whom and when; never a figure."
                        : "This Offerbook has no mail server set up, so no reminders are sent yet. Your setting"
                                + " is kept for when it has one.");
        email.setId("reminder-email");
        email.setMaxLength(Limits.EMAIL_MAX);
        email.setWidthFull();
        email.setMaxWidth("24em");
        enabled.setId("reminder-enabled");
        binder.forField(email).bind("email");
        binder.forField(enabled).bind("enabled");
        binder.readRecord(reminders.settings());
        save.setId("save-reminders");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> saveReminders());
        // One below the other: the address, the switch, Save (side by side they run past a phone's edge).
        mail.add(new H3("E-mail reminders"), mailState, new Div(email), new Div(enabled), new Div(save));

        add(feed, mail);
        showFeedState();
    }

    private HorizontalLayout feedButtons() {
        var buttons = new HorizontalLayout(newFeed, copy, turnOff);
        buttons.setWrap(true);
        return buttons;
    }

    private void showFeedState() {
        var madeAt = calendar.feedMadeAt();
        feedState.setText(madeAt.map(at -> "Your calendar feed is on; its address was made " + Formats.dateTime(at)
                        + ". Lost it? Make a new one.")
                .orElse("Your calendar feed is off."));
        newFeed.setText(madeAt.isPresent() ? "Make a new address" : "Turn the feed on");
        turnOff.setVisible(madeAt.isPresent());
    }

    private void makeFeed() {
        var token = calendar.newFeed();
        feedAddress.setValue(baseUrl() + CalendarService.FEED_PATH + token + ".ics");
        feedAddress.setVisible(true);
        copy.setVisible(true);
        showFeedState();
    }

    /** This server's address as the browser reached it (through a proxy named in internal-proxies, its own). */
    private static String baseUrl() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        var port = http.getServerPort();
        var standard =
                (port == 80 && "http".equals(http.getScheme())) || (port == 443 && "https".equals(http.getScheme()));
        return http.getScheme() + "://" + http.getServerName() + (standard ? "" : ":" + port) + http.getContextPath();
    }

    private void saveReminders() {
        try {
            reminders.save(binder.writeRecord());
            binder.readRecord(reminders.settings());
            Notifications.success("Reminder setting saved");
        } catch (ValidationException invalid) {
            FieldProblems.focusFirstInvalid(binder);
        } catch (InvalidInputException refused) {
            FieldProblems.show(refused, binder);
        }
    }
}
