package com.offerbook.accounts.ui;

import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SessionRow;
import com.offerbook.base.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Your sessions: where the signed-in account is signed in (browser and system, address, since when, last seen), and a
 * button to end each other session, or all of them. Ended sessions are signed out at their next request.
 */
@Route("account/sessions")
@PageTitle("Your sessions")
@PermitAll
class SessionsView extends VerticalLayout {

    /** As {@code Formats.dateTime}, in the UI's locale (accounts sit below the shell, so they cannot use it). */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Grid<SessionRow> grid = new Grid<>();
    final Button endOthers = new Button("Sign out everywhere else");
    final Paragraph notice = new Paragraph();
    private final AccountSessions sessions;

    SessionsView(AccountSessions sessions) {
        this.sessions = sessions;
        addClassName("view");
        setSizeFull();
        grid.setId("sessions-grid");
        grid.addColumn(SessionRow::device).setHeader("Browser").setAutoWidth(true);
        grid.addColumn(SessionRow::address).setHeader("Address").setAutoWidth(true);
        grid.addColumn(s -> WHEN.withLocale(getLocale()).format(s.startedAt()))
                .setHeader("Signed in")
                .setAutoWidth(true);
        grid.addColumn(s -> WHEN.withLocale(getLocale()).format(s.lastActiveAt()))
                .setHeader("Last active")
                .setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader("").setAutoWidth(true);
        endOthers.setId("end-other-sessions");
        endOthers.addClickListener(event -> {
            int ended = sessions.endOthersForCurrentUser(SignInSecurityView.currentSessionRow());
            notice.setText("%d other session(s) ended.".formatted(ended));
            refresh();
        });
        notice.setId("sessions-notice");
        add(
                new Paragraph("Every browser signed in to your account. End a session you do not recognise, then "
                        + "change your password."),
                endOthers,
                notice,
                grid);
        refresh();
    }

    private Component action(SessionRow session) {
        if (session.current()) {
            return new Span("This browser");
        }
        var end = new Button("End", event -> {
            try {
                sessions.endForCurrentUser(session.id());
                notice.setText("Session ended.");
            } catch (NotFoundException gone) {
                notice.setText("That session had ended already.");
            }
            refresh();
        });
        end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        end.setId("end-session-" + session.id());
        return end;
    }

    private void refresh() {
        grid.setItems(sessions.listForCurrentUser(SignInSecurityView.currentSessionRow()));
    }
}
