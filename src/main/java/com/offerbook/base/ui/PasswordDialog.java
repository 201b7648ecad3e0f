package com.offerbook.base.ui;

import com.offerbook.accounts.SignupException;
import com.offerbook.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;

/** Change the signed-in user's password: the current one, the new one twice. */
class PasswordDialog extends Dialog {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField fresh = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Repeat the new password");
    final Button save = new Button("Change password");

    PasswordDialog(CurrentUser currentUser) {
        setHeaderTitle("Change your password");
        setId("password-dialog");
        fresh.setHelperText("12 to 128 characters, not your username");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> {
            for (var field : new PasswordField[] {current, fresh, confirmation}) {
                field.setInvalid(false);
            }
            try {
                currentUser.changePassword(current.getValue(), fresh.getValue(), confirmation.getValue());
                close();
                Notification.show("Your password is changed", 4000, Notification.Position.BOTTOM_START);
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
        add(new FormLayout(current, fresh, confirmation));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }
}
