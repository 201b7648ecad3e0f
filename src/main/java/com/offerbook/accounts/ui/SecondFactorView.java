package com.offerbook.accounts.ui;

import com.offerbook.accounts.PendingSignIn;
import com.offerbook.accounts.SecondFactorCode;
import com.offerbook.accounts.SecondFactors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second step of password sign-in, reached only with a {@link PendingSignIn} in the session (a right password):
 * a code of the authenticator app or a recovery code; or, where administrators require a second factor and the
 * account has none, setting up an app first. The code goes to the authentication manager (throttled like passwords);
 * only then is the session signed in, under a new session id.
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Sign-in code · Offerbook")
@AnonymousAllowed
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CODE = "This code is not right, or too many tries failed. Try the newest code.";

    final TextField code = new TextField("Code");
    final Button verify = new Button("Sign in");
    final Div content = new Div();

    private final AuthenticationContext authentication;
    private final AuthenticationManager authenticationManager;
    private final SecondFactors secondFactors;
    private final Clock clock;

    SecondFactorView(
            AuthenticationContext authentication,
            AuthenticationManager authenticationManager,
            SecondFactors secondFactors,
            Clock clock) {
        this.authentication = authentication;
        this.authenticationManager = authenticationManager;
        this.secondFactors = secondFactors;
        this.clock = clock;
        addClassName("centered-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        content.addClassName("auth-card");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var pending = pending();
        if (pending == null) {
            event.forwardTo("login");
            return;
        }
        content.removeAll();
        content.add(LoginView.brand());
        if (pending.step() == PendingSignIn.Step.ENROL) {
            askToSetUp(pending);
        } else if (pending.step() == PendingSignIn.Step.PASSKEY) {
            askForPasskey();
        } else {
            askForCode(pending);
        }
    }

    private void askForCode(PendingSignIn pending) {
        code.setId("sign-in-code");
        code.setAutocomplete(Autocomplete.OFF);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(24);
        code.setHelperText("The 6 digits your authenticator app shows, or one of your recovery codes");
        code.setAutofocus(true);
        code.setWidthFull();
        verify.setId("sign-in-code-submit");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> {
            if (signIn(pending, code.getValue())) {
                goOn();
            } else {
                code.clear();
                code.setErrorMessage(WRONG_CODE);
                code.setInvalid(true);
            }
        });
        content.add(new H2("Your sign-in code"), code, verify, startOver());
    }

    /** Issue 17: the account's second factor is a passkey, which signs in on its own. */
    private void askForPasskey() {
        var notice = new Paragraph();
        notice.addClassName("notice");
        content.add(
                new H2("Use your passkey"),
                new Paragraph("The administrators of this Offerbook require a second factor, and yours is a passkey: "
                        + "sign in with it instead of your password."),
                notice,
                SignInAlternatives.passkeyButton(notice),
                startOver());
    }

    private void askToSetUp(PendingSignIn pending) {
        var form = new TotpSetupForm(
                secondFactors.newSetup(pending.username()),
                (secret, typed) -> secondFactors.enableDuringSignIn(pending, secret, typed),
                codes -> {
                    var enrolled = pending.enrolled();
                    store(enrolled);
                    if (signIn(enrolled, "")) {
                        var next = new Button("Continue to Offerbook", e -> goOn());
                        next.setId("continue-signed-in");
                        next.addThemeVariants(ButtonVariant.PRIMARY);
                        content.add(next);
                    } else {
                        content.add(
                                new Paragraph("The app is set up, but this sign-in has lapsed. Sign in again."),
                                startOver());
                    }
                });
        content.add(
                new H2("Set up a second factor"),
                new Paragraph("The administrators of this Offerbook require a second factor for every account. Set up "
                        + "an authenticator app to finish signing in."),
                form,
                startOver());
    }

    /** Completes the sign-in when the manager accepts the code; nothing changes when it refuses. */
    private boolean signIn(PendingSignIn pending, String typed) {
        var request = VaadinServletRequest.getCurrent();
        var address = request == null ? "unknown" : String.valueOf(request.getRemoteAddr());
        try {
            var signedIn = authenticationManager.authenticate(
                    new SecondFactorCode(pending, typed, new WebAuthenticationDetails(address, null)));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            if (request != null) {
                // As Spring Security does at a sign-in: a new session id, then the sign-in kept in the session.
                var http = request.getHttpServletRequest();
                http.changeSessionId();
                http.getSession()
                        .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
            store(null);
            return true;
        } catch (AuthenticationException refused) {
            if (pending.expired(clock.instant())) {
                store(null);
                UI.getCurrent().navigate(LoginView.class);
            }
            return false;
        }
    }

    /** A full page load, so that the whole page starts afresh as signed in. */
    private static void goOn() {
        var request = VaadinServletRequest.getCurrent();
        UI.getCurrent().getPage().setLocation(request == null ? "/" : request.getContextPath() + "/");
    }

    private static Anchor startOver() {
        var back = new Anchor("login", "Start over");
        back.setId("start-over");
        return back;
    }

    private static @Nullable PendingSignIn pending() {
        var session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        return session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending
                ? pending
                : null;
    }

    private static void store(@Nullable PendingSignIn pending) {
        var session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return;
        }
        if (pending == null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        } else {
            session.setAttribute(PendingSignIn.ATTRIBUTE, pending);
        }
    }
}
