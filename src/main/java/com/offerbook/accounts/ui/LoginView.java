package com.offerbook.accounts.ui;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.SessionStanding;
import com.offerbook.accounts.SignInOptions;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.Optional;

/**
 * Sign-in. Public because the security configuration names it as the login view.
 * A failed attempt always shows the same message, whether or not the account exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Offerbook")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS_TITLE = "Sign-in failed";
    static final String BAD_CREDENTIALS_MESSAGE = "The username or password is not right. Check both and try again.";

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;

    LoginView(AccountService accounts, SignInOptions options, AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("centered-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        notice.addClassName("notice");
        notice.setVisible(false);

        var card = new Div(brand(), notice, login);
        card.addClassName("auth-card");
        // Issue 17: the other ways in: a passkey, and single sign-on (plain links the browser follows to Spring).
        SignInAlternatives.addTo(card, options, notice);
        if (accounts.isSignupEnabled()) {
            var signup = new Anchor("signup", "Create an account");
            signup.setId("create-account-link");
            card.add(new Paragraph(new Div("New to Offerbook?"), signup));
        }
        add(card);
    }

    static Div brand() {
        // The SVG file directly: accounts.ui must not depend on base.ui, whose shell depends on accounts.
        var logo = new SvgIcon("icons/scale.svg");
        logo.addClassName("brand-logo");
        var brand = new Div(logo, new Div("Offerbook"));
        brand.addClassName("brand");
        brand.addClassName("brand-large");
        var tagline = new Paragraph("Keep every job offer, see it against the market, plan your counter.");
        tagline.addClassName("tagline");
        return new Div(brand, tagline);
    }

    private static LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(BAD_CREDENTIALS_TITLE);
        i18n.getErrorMessage().setMessage(BAD_CREDENTIALS_MESSAGE);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        var ended = endedSession();
        if (ended.isPresent()) {
            showNotice(ended.get().message());
        } else if (parameters.containsKey("signedout")) {
            showNotice("You are signed out.");
        }
    }

    /** Why the previous session of this browser ended, once (see {@link SessionStanding#ENDED_ATTRIBUTE}). */
    private static Optional<SessionStanding> endedSession() {
        var session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        if (session == null || !(session.getAttribute(SessionStanding.ENDED_ATTRIBUTE) instanceof String reason)) {
            return Optional.empty();
        }
        session.removeAttribute(SessionStanding.ENDED_ATTRIBUTE);
        return Arrays.stream(SessionStanding.values())
                .filter(standing ->
                        standing != SessionStanding.VALID && standing.name().equals(reason))
                .findFirst();
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
