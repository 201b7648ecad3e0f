package com.offerbook.accounts.ui;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SignInOptions;
import com.offerbook.accounts.SignupException;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.accounts.UserAccount;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Create an account: a username and a long password, checked here and again by the service. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Create account · Offerbook")
@AnonymousAllowed
class SignupView extends VerticalLayout {

    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Repeat the password");
    final Button create = new Button("Create account");

    private final AccountService accounts;
    private final AuthenticationManager authenticationManager;
    private final Binder<Form> binder = new Binder<>();

    SignupView(AccountService accounts, SignInOptions options, AuthenticationManager authenticationManager) {
        this.accounts = accounts;
        this.authenticationManager = authenticationManager;
        addClassName("centered-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var card = new Div(LoginView.brand(), new H2("Create an account"));
        card.addClassName("auth-card");
        if (accounts.isSignupEnabled()) {
            card.add(createForm());
        } else if (options.ssoProviders().isEmpty()) {
            var closed = new Paragraph("Sign-up is closed on this Offerbook. Ask its administrator for an account.");
            closed.setId("signup-closed");
            card.add(closed);
        } else {
            var closed = new Paragraph("Sign-up with a password is closed on this Offerbook. Sign in with your "
                    + "organisation's account instead: the first sign-in makes your Offerbook account.");
            closed.setId("signup-closed");
            var links = new Div();
            links.addClassName("sign-in-alternatives");
            SignInAlternatives.ssoLinks(options).forEach(links::add);
            card.add(closed, links);
        }
        card.add(new Paragraph(new Div("Already have an account?"), new Anchor("login", "Sign in")));
        add(card);
    }

    private VerticalLayout createForm() {
        username.setId("username");
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setMaxLength(UserAccount.USERNAME_MAX_LENGTH);
        username.setHelperText("Letters, digits and . _ - @");
        password.setId("password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(UserAccount.PASSWORD_MAX_LENGTH);
        password.setHelperText("%d to %d characters; a phrase of a few words is easy to remember"
                .formatted(UserAccount.PASSWORD_MIN_LENGTH, UserAccount.PASSWORD_MAX_LENGTH));
        confirmation.setId("password-confirmation");
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setWidthFull();
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(event -> submit());

        binder.forField(username)
                .asRequired("Choose a username")
                .withValidator((value, context) -> AccountService.usernameProblem(value)
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind(Form::getUsername, Form::setUsername);
        binder.forField(password)
                .asRequired("Choose a password")
                .withValidator((value, context) -> AccountService.passwordProblem(username.getValue(), value)
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind(Form::getPassword, Form::setPassword);
        binder.forField(confirmation)
                .asRequired("Repeat the password")
                .withValidator(value -> value.equals(password.getValue()), "The two passwords differ")
                .bind(Form::getConfirmation, Form::setConfirmation);
        binder.setBean(new Form());

        var form = new VerticalLayout(username, password, confirmation, create);
        form.setPadding(false);
        form.setSpacing(false);
        form.getChildren().forEach(child -> ((HasSize) child).setWidthFull());
        return form;
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        var form = binder.getBean();
        var request = VaadinServletRequest.getCurrent();
        try {
            var account = accounts.register(
                    new SignupRequest(form.getUsername(), form.getPassword(), form.getConfirmation()),
                    request == null ? "unknown" : request.getRemoteAddr());
            signIn(account.username(), form.getPassword(), request);
            UI.getCurrent().navigate("");
        } catch (SignupException refused) {
            switch (refused.field()) {
                case USERNAME -> showError(username, refused.getMessage());
                case PASSWORD -> showError(password, refused.getMessage());
                case PASSWORD_CONFIRMATION -> showError(confirmation, refused.getMessage());
                case NONE, CURRENT_PASSWORD -> showError(username, refused.getMessage());
            }
        }
    }

    /**
     * Signs the new account in, as the sign-in form would: through the same authentication manager (password check,
     * throttle, sign-in log and last-sign-in time), a new session id, and the sign-in kept in the HTTP session.
     */
    private void signIn(String username, String password, @Nullable VaadinServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        if (request != null) {
            attempt.setDetails(new WebAuthenticationDetails(request.getHttpServletRequest()));
        }
        var signedIn = authenticationManager.authenticate(attempt);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        if (request != null) {
            // A new session id for the signed-in session (against session fixation), kept with its Vaadin state.
            VaadinService.reinitializeSession(request);
            // The old session's end forgot its row in "Your sessions" (copied here with the other attributes); the
            // next request of this session registers a row of its own (AccountSessionFilter).
            request.getWrappedSession().removeAttribute(AccountSessions.ATTRIBUTE);
            request.getWrappedSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    private static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** The form's values while they are typed. */
    static final class Form {
        private String username = "";
        private String password = "";
        private String confirmation = "";

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        String getConfirmation() {
            return confirmation;
        }

        void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }
}
