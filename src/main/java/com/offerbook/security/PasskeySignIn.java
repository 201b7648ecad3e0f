package com.offerbook.security;

import com.offerbook.accounts.Passkeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Issue 17: passkeys with Spring Security's own WebAuthn support ({@code http.webAuthn}): its endpoints
 * {@code POST /webauthn/register/options} and {@code /webauthn/register} (signed in, with the CSRF token) register a
 * passkey, {@code POST /webauthn/authenticate/options} and {@code /login/webauthn} sign in with one. The pages are
 * Offerbook's own (the Passkeys page and the sign-in page call these endpoints from their scripts), not Spring's
 * generated ones, whose scripts our Content-Security-Policy would not run.
 *
 * <p>The sign-in filter gets its own authentication manager ({@link PasskeyAuthenticationProvider}: throttled, the
 * account's principal, success and failure events so the session is registered in "Your sessions" and the sign-in time
 * recorded) and the same session handling as the password sign-in (a new session id and CSRF token, the sign-in kept in
 * the session), which Spring's configurer does not give it.
 */
@Component
class PasskeySignIn {

    private final PasskeyRelyingParty relyingParty;
    private final UserDetailsService users;
    private final Passkeys passkeys;
    private final LoginAttempts attempts;
    private final PasskeyProperties properties;
    private final ApplicationEventPublisher events;

    PasskeySignIn(
            PasskeyRelyingParty relyingParty,
            UserDetailsService users,
            Passkeys passkeys,
            LoginAttempts attempts,
            PasskeyProperties properties,
            ApplicationEventPublisher events) {
        this.relyingParty = relyingParty;
        this.users = users;
        this.passkeys = passkeys;
        this.attempts = attempts;
        this.properties = properties;
        this.events = events;
    }

    void configure(HttpSecurity http) throws Exception {
        http.webAuthn(webAuthn -> webAuthn.rpName(properties.relyingPartyName())
                .rpId(properties.relyingPartyId())
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        var manager = new ProviderManager(
                                new PasskeyAuthenticationProvider(relyingParty, users, passkeys, attempts));
                        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
                        filter.setAuthenticationManager(manager);
                        var sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
                        if (sessions != null) {
                            filter.setSessionAuthenticationStrategy(sessions);
                        }
                        var contexts = http.getSharedObject(SecurityContextRepository.class);
                        if (contexts != null) {
                            filter.setSecurityContextRepository(contexts);
                        }
                        return filter;
                    }
                }));
        http.addFilterBefore(new PasskeyCreationOptions(relyingParty), AuthorizationFilter.class);
    }
}
