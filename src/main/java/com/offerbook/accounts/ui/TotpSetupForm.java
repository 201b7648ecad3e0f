package com.offerbook.accounts.ui;

import com.offerbook.accounts.SecondFactorException;
import com.offerbook.accounts.TotpSetup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Setting up an authenticator app: the QR code of the new secret and the secret as text (for typing in, or for an
 * app on this same device), then one code to confirm. {@code confirm} saves the app and answers the recovery codes,
 * which replace the form; {@code done} runs after.
 */
final class TotpSetupForm extends Div {

    final TextField code = new TextField("Code from the app");
    final Button confirm = new Button("Confirm and turn on");
    final Span secretText;

    TotpSetupForm(TotpSetup setup, BiFunction<String, String, List<String>> save, Consumer<List<String>> done) {
        setId("totp-setup");
        secretText = new Span(grouped(setup.secret()));
        secretText.setId("totp-secret");
        secretText.addClassName("secret-text");
        code.setId("totp-code");
        code.setMaxLength(12);
        code.setAutocomplete(Autocomplete.OFF);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText("The 6 digits the app shows now");
        confirm.setId("totp-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(event -> {
            try {
                var codes = save.apply(setup.secret(), code.getValue());
                removeAll();
                add(new RecoveryCodesPanel(codes));
                done.accept(codes);
            } catch (SecondFactorException refused) {
                code.setErrorMessage(refused.getMessage());
                code.setInvalid(true);
            }
        });
        add(
                new Paragraph("Scan this code with an authenticator app (any app for time-based codes: 2FAS, Aegis, "
                        + "Google Authenticator, 1Password, Bitwarden …)."),
                QrImage.of(setup.uri(), "QR code to add Offerbook to your authenticator app"),
                new Paragraph(new Span("Or type this key into the app: "), secretText),
                code,
                confirm);
    }

    /** The Base32 secret in groups of four, easier to type; the app ignores the spaces. */
    static String grouped(String secret) {
        var out = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(secret, i, Math.min(secret.length(), i + 4));
        }
        return out.toString();
    }
}
