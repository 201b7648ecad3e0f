package com.offerbook.accounts.ui;

import com.offerbook.accounts.PasskeyException;
import com.offerbook.accounts.PasskeyRow;
import com.offerbook.accounts.Passkeys;
import com.offerbook.base.Limits;
import com.offerbook.base.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passkeys (issue 17): the signed-in account's passkeys, each with its name, when it was added and last used, and a
 * button to remove it (it stops working at once); and a way to add one more, named, made by this browser or a device
 * it reaches (a phone, a security key). A passkey signs in alone, from the sign-in page.
 */
@Route("account/passkeys")
@PageTitle("Passkeys")
@PermitAll
class PasskeysView extends VerticalLayout {

    /** As {@code Formats.dateTime}, in the UI's locale (accounts sit below the shell, so they cannot use it). */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private static final Logger log = LoggerFactory.getLogger(PasskeysView.class);

    final Grid<PasskeyRow> grid = new Grid<>();
    final TextField name = new TextField("Name of the new passkey");
    final Button add = new Button("Add a passkey");
    final Paragraph notice = new Paragraph();

    private final Passkeys passkeys;
    private final String username;

    PasskeysView(Passkeys passkeys, AuthenticationContext authentication) {
        this.passkeys = passkeys;
        this.username = authentication.getPrincipalName().orElse("");
        addClassName("view");
        setSizeFull();
        grid.setId("passkeys-grid");
        grid.addColumn(PasskeyRow::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(p -> WHEN.withLocale(getLocale()).format(p.createdAt()))
                .setHeader("Added")
                .setAutoWidth(true);
        grid.addColumn(p -> p.lastUsedAt() == null
                        ? "Not yet"
                        : WHEN.withLocale(getLocale()).format(p.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addComponentColumn(this::remove).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No passkeys yet. Name one above and add it: the browser makes it on this device.");

        name.setId("passkey-name");
        name.setMaxLength(Limits.PASSKEY_NAME_MAX);
        name.setHelperText("Where the passkey lives, such as \"Work laptop\" or \"Phone\"");
        add.setId("passkey-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(event -> register());
        notice.setId("passkeys-notice");
        add(
                new Paragraph("A passkey signs you in without your password: your device keeps a key that only "
                        + "works for this Offerbook, and unlocks it with your fingerprint, face or PIN. It also counts "
                        + "as a second factor."),
                new Div(name, add),
                notice,
                grid);
        refresh();
    }

    private void register() {
        var chosen = name.getValue().strip();
        try {
            passkeys.checkNew(username, chosen);
        } catch (PasskeyException refused) {
            name.setErrorMessage(refused.getMessage());
            name.setInvalid(true);
            return;
        }
        name.setInvalid(false);
        add.setEnabled(false);
        notice.setText("Follow your browser's request to make the passkey.");
        getUI().ifPresent(ui -> PasskeyScripts.register(ui, chosen)
                .then(
                        String.class,
                        answer -> {
                            add.setEnabled(true);
                            if (answer.equals("ok")) {
                                name.clear();
                                notice.setText("Passkey \"%s\" added. You can now sign in with it.".formatted(chosen));
                                refresh();
                            } else {
                                log.info("passkey not added, the browser answered {}", answer);
                                notice.setText(PasskeyScripts.problem(
                                        answer, "The passkey could not be added. Try again, or try another device."));
                            }
                        },
                        error -> {
                            add.setEnabled(true);
                            notice.setText("The passkey could not be added. Try again.");
                        }));
    }

    private Component remove(PasskeyRow passkey) {
        var remove = new Button("Remove", event -> {
            try {
                passkeys.removeForCurrentUser(passkey.id());
                notice.setText("Passkey \"%s\" removed; it no longer signs in.".formatted(passkey.name()));
            } catch (NotFoundException gone) {
                notice.setText("That passkey had been removed already.");
            } catch (PasskeyException refused) {
                notice.setText(refused.getMessage());
            }
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setId("passkey-remove-" + passkey.id());
        return remove;
    }

    private void refresh() {
        grid.setItems(passkeys.listForCurrentUser());
    }
}
