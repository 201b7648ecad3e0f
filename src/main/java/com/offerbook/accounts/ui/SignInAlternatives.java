package com.offerbook.accounts.ui;

import com.offerbook.accounts.SignInOptions;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * Issue 17: the sign-in page's other ways in, below the password form: "Sign in with <provider>" for each configured
 * OpenID Connect provider. Kept apart from {@link LoginView} so that the password form stays as it is.
 */
final class SignInAlternatives {

    private SignInAlternatives() {}

    static void addTo(Div card, SignInOptions options) {
        if (options.ssoProviders().isEmpty()) {
            return;
        }
        var alternatives = new Div();
        alternatives.addClassName("sign-in-alternatives");
        for (var provider : options.ssoProviders()) {
            var link = new Anchor(provider.startPath(), "Sign in with " + provider.name());
            // A full page load: the flow starts in Spring Security, not in Vaadin's router.
            link.setRouterIgnore(true);
            link.setId("sso-" + provider.registrationId());
            link.addClassName("sso-link");
            alternatives.add(link);
        }
        card.add(alternatives);
    }
}
