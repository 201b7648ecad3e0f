package com.offerbook.base.ui;

import com.offerbook.accounts.SignupException;
import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Change the signed-in user's password: the current one, the new one twice. A page of its own rather than a
 * dialog in the shell, so the shell (and the dashboard) do not load the dialog's JavaScript.
 */
@Route("account/password")
@PageTitle("Change password")
@PermitAll
class PasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField fresh = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Repeat the new password");
    final Button save = new Button("Change password");
    final Paragraph done = new Paragraph();

    PasswordView(CurrentUser currentUser) {
        addClassName("view");
        setMaxWidth("30rem");
        fresh.setHelperText("12 to 128 characters, not your username");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> {
            for (var field : new PasswordField[] {current, fresh, confirmation}) {
                field.setInvalid(false);
            }
            try {
                currentUser.changePassword(current.getValue(), fresh.getValue(), confirmation.getValue());
                for (var field : new PasswordField[] {current, fresh, confirmation}) {
                    field.clear();
                }
                done.setText("Your password is changed.");
            } catch (SignupException refused) {
                var field = switch (refused.field()) {
                    case CURRENT_PASSWORD, NONE, USERNAME -> current;
                    case PASSWORD -> fresh;
                    case PASSWORD_CONFIRMATION -> confirmation;
                };
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        });
        done.setId("password-changed");
        for (var field : new PasswordField[] {current, fresh, confirmation}) {
            field.setWidthFull();
        }
        add(new H2("Change your password"), current, fresh, confirmation, save, done);
    }
}
