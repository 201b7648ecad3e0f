package com.offerbook.security;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.AccountSessions;
import com.offerbook.accounts.SecondFactors;
import com.offerbook.accounts.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.DefaultLoginPageConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/** Sign-in with Vaadin's login view, view access by annotations, and the few public endpoints. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Argon2id at the OWASP minimum: 19 MiB of memory, 2 iterations, 1 lane, 16-byte salt, 32-byte hash. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;

    static final int ARGON2_ITERATIONS = 2;

    /**
     * As strict as Vaadin Flow allows. Scripts: our own files, and inline scripts only with this response's nonce
     * (Vaadin's bootstrap page has inline scripts; {@link ScriptNonces} stamps them), so an injected script does not
     * run. 'unsafe-eval' has to stay: Vaadin's client runs the JavaScript the server sends (executeJs, property
     * bindings) through the Function constructor. Styles keep 'unsafe-inline': components set inline styles.
     * Everything else stays on our own origin, and no page may be framed. See docs/security.md.
     */
    static String contentSecurityPolicy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            AccountService accounts,
            AccountSessions sessions,
            SessionRegistrar registrar,
            RequestUtil vaadinRequests,
            SsoSignIn ssoSignIn,
            PasskeySignIn passkeySignIn)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // The sign-in page is Vaadin's LoginView. With both the form sign-in (second factor) and the OpenID Connect
        // sign-in customised, Spring Security would otherwise put its own generated page at /login in front of it.
        http.removeConfigurer(DefaultLoginPageConfigurer.class);
        // An error page keeps its status (a refused CSRF token stays 403) instead of turning into a sign-in redirect.
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/icons/*.svg", "/styles.css")
                .permitAll()
                // Issue 14: calendar feeds, opened by calendar apps; the secret token in the address is the key
                .requestMatchers(HttpMethod.GET, "/calendar/*")
                .permitAll()
                // Issue 14: a share link's PDF, by its token only (sharing.PdfDownloads; the page itself is a view)
                .requestMatchers("/s/*/pdf")
                .permitAll()
                .requestMatchers("/actuator/**")
                .denyAll()
                // Issue 17: Spring's passkey registration sits behind the authorization rules (PasskeySignIn).
                .requestMatchers(HttpMethod.POST, "/webauthn/register")
                .authenticated()
                // Issue 14: the signed-in user's own downloads by address (sharing.PdfDownloads,
                // journal.CalendarDownloads), each answering 404 for what is not the user's. Vaadin's rules, which
                // come after these, refuse every address that is not a view.
                .requestMatchers(HttpMethod.GET, "/pdf/**", "/ics/**")
                .authenticated());
        // Content-Security-Policy, nosniff, frame and referrer headers: SecurityHeadersFilter, on every response, and
        // TomcatResponseHeaders on the answers Tomcat gives by itself.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Locked, deleted or a password changed elsewhere: the session ends at its next request, on every instance.
        // Issue 17: and a single session ended from "Your sessions" (AccountSessions).
        http.addFilterBefore(
                new AccountSessionFilter(accounts, sessions, registrar), AnonymousAuthenticationFilter.class);
        // Login CSRF (issue 19): Vaadin's configurer exempts the sign-in form from Spring Security's CSRF check, so a
        // page on another site could sign a visitor in to the attacker's account. Only Vaadin's own requests, which
        // carry Vaadin's CSRF token, are exempt here; the sign-in form sends Spring's token, which Vaadin puts into
        // the page (meta _csrf) and vaadin-login-form adds to its post.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Redirects are paths on this site, never a URL built from the request's Host header (which a client
        // chooses): to the sign-in page, and back to the page asked for after signing in. Tomcat keeps them relative
        // (server.tomcat.use-relative-redirects).
        var toSignIn = new LoginUrlAuthenticationEntryPoint("/login");
        toSignIn.setFavorRelativeUris(true);
        // A tab whose sign-in has ended (idle timeout, IdleSessionEnd) gets "forbidden" for its heartbeat, as Vaadin
        // answers an expired session, rather than a redirect it cannot follow: the page then reloads to sign-in.
        http.exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.FORBIDDEN),
                        request -> "heartbeat".equals(request.getParameter("v-r")))
                .defaultAuthenticationEntryPointFor(toSignIn, AnyRequestMatcher.INSTANCE));
        var backToPage = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        backToPage.setDefaultTargetUrl("/");
        backToPage.setRedirectStrategy(new SameSiteRedirects());
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, backToPage);
        // Issue 17: single sign-on (OpenID Connect) when spring.security.oauth2.client.* configures a provider; the
        // whole set-up is in SsoSignIn. Nothing is added without a provider.
        ssoSignIn.configure(http, backToPage);
        // Issue 17: passkeys, with Spring Security's WebAuthn endpoints; the whole set-up is in PasskeySignIn.
        passkeySignIn.configure(http);
        // Issue 17, second factor: a right password whose account has a second factor ends at the code page, not
        // signed in (SecondFactorFailureHandler); other failures go to /login?error as before.
        http.formLogin(form -> form.failureHandler(new SecondFactorFailureHandler()));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/login?signedout")
                        .enableCsrfConfiguration(false)
                        .enableExceptionHandlingConfiguration(false));
        return http.build();
    }

    /** Sign-in checks the password (and then the second factor) only while the account and address are not throttled. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginAttempts attempts,
            SecondFactorStep secondFactorStep,
            SecondFactors secondFactors,
            Clock clock,
            ApplicationEventPublisher events) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        // Issue 17: the password step may hand over to the second factor, which its own provider checks.
        var manager = new ProviderManager(
                new ThrottlingAuthenticationProvider(dao, attempts, secondFactorStep),
                new SecondFactorAuthenticationProvider(secondFactors, attempts, users, clock));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id rather than bcrypt: bcrypt ignores (Spring Security 7: refuses) passwords over 72 bytes,
        // and Offerbook accepts passphrases of up to 128 characters.
        return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }
}
