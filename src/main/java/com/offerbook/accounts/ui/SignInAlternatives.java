package com.offerbook.accounts.ui;

import com.offerbook.accounts.SignInOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 17: the sign-in page's other ways in, below the password form: "Sign in with a passkey", and "Sign in with
 * <provider>" for each configured OpenID Connect provider. Kept apart from {@link LoginView} so that the password form
 * stays as it is.
 */
final class SignInAlternatives {

    private static final Logger log = LoggerFactory.getLogger(SignInAlternatives.class);

    private SignInAlternatives() {}

    static final String PASSKEY_FAILED =
            "Sign-in with a passkey failed. Use a passkey of this Offerbook, or sign in with your password.";

    /** {@code notice} is where a failed passkey sign-in is told. */
    static void addTo(Div card, SignInOptions options, Paragraph notice) {
        var alternatives = new Div();
        alternatives.addClassName("sign-in-alternatives");
        alternatives.add(passkeyButton(notice));
        ssoLinks(options).forEach(alternatives::add);
        card.add(alternatives);
    }

    /** "Sign in with <provider>" for each configured OpenID Connect provider. */
    static List<Anchor> ssoLinks(SignInOptions options) {
        return options.ssoProviders().stream()
                .map(provider -> {
                    var link = new Anchor(provider.startPath(), "Sign in with " + provider.name());
                    // A full page load: the flow starts in Spring Security, not in Vaadin's router.
                    link.setRouterIgnore(true);
                    link.setId("sso-" + provider.registrationId());
                    link.addClassName("sso-link");
                    return link;
                })
                .toList();
    }

    /** Signs in with a passkey alone (its device checks the person); a failure is told in {@code notice}. */
    static Button passkeyButton(Paragraph notice) {
        var passkey = new Button("Sign in with a passkey");
        passkey.setId("passkey-sign-in");
        passkey.setWidthFull();
        passkey.addClickListener(event -> event.getSource()
                .getUI()
                .ifPresent(ui -> PasskeyScripts.signIn(ui).then(String.class, answer -> {
                    if (!answer.equals("ok")) {
                        log.info("passkey sign-in did not complete, the browser answered {}", answer);
                        notice.setText(PasskeyScripts.problem(answer, PASSKEY_FAILED));
                        notice.setVisible(true);
                    }
                })));
        return passkey;
    }
}
