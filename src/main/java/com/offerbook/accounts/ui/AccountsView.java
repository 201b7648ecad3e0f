package com.offerbook.accounts.ui;

import com.offerbook.accounts.AccountAdminService;
import com.offerbook.accounts.AccountRow;
import com.offerbook.accounts.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

/** Administrators: every account with its last sign-in; lock, unlock, delete. */
@Route("admin/accounts")
@PageTitle("Accounts")
@Menu(order = 20, icon = "icons/users.svg", title = "Accounts")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout {

    /** As {@code Formats.dateTime}, in the UI's locale (accounts sit below the shell, so they cannot use it). */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Grid<AccountRow> grid = new Grid<>();
    private final AccountAdminService admin;

    AccountsView(AccountAdminService admin) {
        this.admin = admin;
        addClassName("view");
        setSizeFull();
        grid.setId("accounts-grid");
        grid.addColumn(AccountRow::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(a -> a.role() == Role.ADMIN ? "Administrator" : "User")
                .setHeader("Role")
                .setAutoWidth(true);
        grid.addColumn(a -> WHEN.withLocale(getLocale()).format(a.createdAt()))
                .setHeader("Created")
                .setAutoWidth(true);
        grid.addColumn(a -> a.lastSignInAt() == null
                        ? "Never"
                        : WHEN.withLocale(getLocale()).format(a.lastSignInAt()))
                .setHeader("Last sign-in")
                .setAutoWidth(true);
        grid.addColumn(a -> a.locked() ? "Locked" : "Active")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        add(
                new Paragraph("Deleting an account deletes all of its offers, revisions, plans and private bands. "
                        + "The last administrator cannot be locked or deleted."),
                grid);
        refresh();
    }

    private Div actions(AccountRow account) {
        var lock = new Button(
                account.locked() ? "Unlock" : "Lock",
                e -> run(() -> {
                    if (account.locked()) {
                        admin.unlock(account.id());
                    } else {
                        admin.lock(account.id());
                    }
                }));
        lock.addThemeVariants(ButtonVariant.TERTIARY);
        lock.setId("lock-" + account.username());
        var delete = new Button("Delete", e -> {
            var dialog = new ConfirmDialog(
                    "Delete " + account.username() + "?",
                    "The account and all of its data will be gone for good.",
                    "Delete",
                    confirmed -> run(() -> admin.delete(account.id())));
            dialog.setConfirmButtonTheme("error primary");
            dialog.setCancelable(true);
            dialog.open();
        });
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setId("delete-" + account.username());
        return new Div(lock, delete);
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException refused) {
            // Not base.ui.Notifications: the shell depends on accounts (preferences, password rules), so accounts'
            // views cannot use it without a cycle (ArchitectureTest). Same duration and place as Notifications.
            Notification.show(
                            Objects.requireNonNullElse(refused.getMessage(), "Not allowed"),
                            6000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.list());
    }
}
