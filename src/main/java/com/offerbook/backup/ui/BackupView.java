package com.offerbook.backup.ui;

import com.offerbook.backup.BackupService;
import com.offerbook.base.ui.Formats;
import com.offerbook.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.Objects;

/** Administrators: write a backup of the running database and see the ones written so far. */
@Route("admin/backup")
@PageTitle("Backup")
@Menu(order = 21, icon = "icons/download.svg", title = "Backup")
@RolesAllowed("ADMIN")
class BackupView extends VerticalLayout {

    final Button backUp = new Button("Back up now");
    final Grid<BackupService.BackupFile> grid = new Grid<>();
    private final BackupService backups;

    BackupView(BackupService backups) {
        this.backups = backups;
        addClassName("view");
        backUp.setId("back-up");
        backUp.addThemeVariants(ButtonVariant.PRIMARY);
        backUp.addClickListener(e -> backUp());
        grid.setId("backups");
        grid.addColumn(BackupService.BackupFile::name)
                .setHeader("File")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(f -> Formats.dateTime(f.written())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(f -> "%.1f MB".formatted(f.bytes() / 1e6))
                .setHeader("Size")
                .setAutoWidth(true);
        grid.setEmptyStateText("No backups yet.");
        grid.setAllRowsVisible(true);
        if (backups.supported()) {
            add(
                    new Paragraph("A backup is a consistent copy of the whole database at one moment, written while "
                            + "Offerbook keeps running, to " + backups.directory()
                            + ". The README says how to restore one."),
                    backUp,
                    grid);
        } else {
            backUp.setEnabled(false);
            add(
                    new Paragraph(
                            "This Offerbook does not run on an embedded H2 file database, so it cannot be backed up "
                                    + "from here: use the database's own tools (for PostgreSQL, pg_dump; see the README)."),
                    backUp);
        }
        refresh();
    }

    private void backUp() {
        try {
            var file = backups.backUp();
            Notifications.success("Backup written: " + file.getFileName());
        } catch (IOException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "The backup could not be written"));
        }
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(backups.list());
        } catch (IOException e) {
            grid.setItems();
        }
    }
}
