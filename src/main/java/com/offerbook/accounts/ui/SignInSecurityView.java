package com.offerbook.accounts.ui;

import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SecondFactorException;
import com.offerbook.accounts.SecondFactors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in and security: the signed-in user's authenticator app (turn on with a QR code and one code, turn off with
 * the password or a code), new recovery codes, and the way to "Your sessions". Turning the app on ends every other
 * session of the account.
 */
@Route("account/security")
@PageTitle("Sign-in and security")
@PermitAll
class SignInSecurityView extends VerticalLayout {

    final Div app = new Div();
    final Paragraph status = new Paragraph();
    final Paragraph notice = new Paragraph();

    private final SecondFactors secondFactors;
    private final AccountSessions sessions;
    private final String username;

    SignInSecurityView(SecondFactors secondFactors, AccountSessions sessions, AuthenticationContext authentication) {
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.username = authentication.getPrincipalName().orElse("");
        addClassName("view");
        setMaxWidth("40rem");
        status.setId("second-factor-status");
        notice.setId("second-factor-notice");
        var sessionsLink = new Anchor("account/sessions", "Your sessions");
        sessionsLink.setId("sessions-link");
        var passkeysLink = new Anchor("account/passkeys", "Your passkeys");
        passkeysLink.setId("passkeys-link");
        add(
                new H2("Authenticator app"),
                new Paragraph("With an authenticator app on, signing in takes your password and the 6-digit code the "
                        + "app shows, so a stolen password alone does not open your account."),
                status,
                notice,
                app,
                new H2("Passkeys"),
                new Paragraph(
                        new Div("Sign in with your fingerprint, face or device PIN instead of a password."),
                        passkeysLink),
                new H2("Sessions"),
                new Paragraph(
                        new Div("See where your account is signed in, and end sessions you do not recognise."),
                        sessionsLink));
        show();
    }

    private void show() {
        app.removeAll();
        var current = secondFactors.statusForCurrentUser();
        if (!current.authenticatorApp()) {
            status.setText(
                    current.required()
                            ? "Off. The administrators of this Offerbook require a second factor: set one up now."
                            : "Off.");
            var turnOn = new Button("Set up an authenticator app", event -> setUp());
            turnOn.setId("totp-start");
            turnOn.addThemeVariants(ButtonVariant.PRIMARY);
            app.add(turnOn);
            return;
        }
        status.setText("On. %d of your recovery codes are left.".formatted(current.recoveryCodesLeft()));
        var passwordOrCode = new PasswordField("Your password or a current code");
        passwordOrCode.setId("totp-off-credential");
        var turnOff = new Button("Turn off", event -> {
            try {
                secondFactors.disableForCurrentUser(passwordOrCode.getValue());
                notice.setText("The authenticator app is off; its codes and your recovery codes no longer work.");
                show();
            } catch (SecondFactorException refused) {
                passwordOrCode.setErrorMessage(refused.getMessage());
                passwordOrCode.setInvalid(true);
            }
        });
        turnOff.setId("totp-off");
        turnOff.addThemeVariants(ButtonVariant.ERROR);
        var newCodes = new Button("Make new recovery codes", event -> {
            var codes = secondFactors.newRecoveryCodesForCurrentUser();
            app.removeAll();
            app.add(new RecoveryCodesPanel(codes), done());
            notice.setText("Your earlier recovery codes no longer work.");
        });
        newCodes.setId("recovery-new");
        app.add(passwordOrCode, new Div(turnOff, newCodes));
    }

    private void setUp() {
        app.removeAll();
        app.add(new TotpSetupForm(secondFactors.newSetup(username), secondFactors::enableForCurrentUser, codes -> {
            int ended = sessions.endOthersForCurrentUser(currentSessionRow());
            status.setText("On.");
            notice.setText(
                    ended == 0
                            ? "The authenticator app is on."
                            : "The authenticator app is on, and your %d other session(s) were signed out."
                                    .formatted(ended));
            app.add(done());
        }));
    }

    private Button done() {
        var done = new Button("I have kept them", event -> show());
        done.setId("recovery-done");
        return done;
    }

    /** This browser's row in "Your sessions" (kept in the HTTP session by the sign-in). */
    static @Nullable Long currentSessionRow() {
        var session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        return session != null && session.getAttribute(AccountSessions.ATTRIBUTE) instanceof Long row ? row : null;
    }
}
