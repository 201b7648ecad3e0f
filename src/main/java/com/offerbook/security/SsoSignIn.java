package com.offerbook.security;

import com.offerbook.accounts.SignedInUser;
import com.offerbook.accounts.SsoAccounts;
import com.offerbook.accounts.Usernames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Issue 17: sign-in through an OpenID Connect provider, with Spring Security's own OAuth 2.0 login: the
 * authorization-code flow with PKCE (Spring Security 7 sends a code challenge for every authorization-code client),
 * state and nonce checked, the ID token's signature, issuer and audience verified. Turned on only when Spring Boot's
 * {@code spring.security.oauth2.client.registration.*} properties configure a provider; otherwise nothing changes.
 *
 * <p>The provider's person becomes a local account ({@link SsoAccounts}, linked by issuer and subject), and the session
 * carries the same principal a password sign-in does ({@link SignedInUser}), so {@link CurrentUser}, the session check
 * ({@link AccountSessionFilter}) and sign-out treat both alike. Signing out ends the Offerbook session only; the
 * provider's own session stays as the provider keeps it.
 */
@Component
class SsoSignIn {

    private static final Logger log = LoggerFactory.getLogger("com.offerbook.security.signin");

    private final SsoRegistrations.Configured registrations;
    private final SsoAccounts accounts;
    private final SsoProperties properties;

    SsoSignIn(SsoRegistrations.Configured registrations, SsoAccounts accounts, SsoProperties properties) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.properties = properties;
    }

    /** Adds OpenID Connect sign-in to {@code http} when a provider is configured; {@code afterSignIn} as for passwords. */
    void configure(HttpSecurity http, AuthenticationSuccessHandler afterSignIn) throws Exception {
        if (registrations.isEmpty()) {
            return;
        }
        var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failed.setRedirectStrategy(new SameSiteRedirects());
        http.oauth2Login(login -> login.withObjectPostProcessor(new OwnAuthenticationManager())
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new LinkingUserService()))
                .successHandler(new AsLocalAccount(afterSignIn))
                .failureHandler((request, response, exception) -> {
                    log.info(
                            "single sign-on refused ({}) address={}",
                            Usernames.forLog(exception.getMessage() == null ? "" : exception.getMessage()),
                            Usernames.forLog(request.getRemoteAddr()));
                    failed.onAuthenticationFailure(request, response, exception);
                }));
    }

    /**
     * SecurityConfig gives the whole chain one authentication manager (passwords, throttled), and Spring's OAuth 2.0
     * login filter would ask that one, which knows no OIDC. The login filter gets a manager of its own with Spring's
     * OIDC provider (the one it built: token request, ID token checks, user service). Only OpenID Connect providers
     * sign in; plain OAuth 2.0 ones (no ID token) are not supported.
     */
    private static final class OwnAuthenticationManager implements ObjectPostProcessor<Object> {

        private @Nullable OidcAuthorizationCodeAuthenticationProvider oidc;

        @Override
        public <O> O postProcess(O object) {
            if (object instanceof OidcAuthorizationCodeAuthenticationProvider provider) {
                oidc = provider;
            } else if (object instanceof OAuth2LoginAuthenticationFilter filter && oidc != null) {
                filter.setAuthenticationManager(new ProviderManager(oidc));
            }
            return object;
        }
    }

    /** Spring's OIDC user service (user info, claims), then the local account linked to the provider's subject. */
    private final class LinkingUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

        private final OidcUserService delegate = new OidcUserService();

        @Override
        public OidcUser loadUser(OidcUserRequest request) {
            var user = delegate.loadUser(request);
            var issuer = String.valueOf(user.getIssuer());
            var account = accounts.signIn(
                    issuer,
                    user.getSubject(),
                    user.getPreferredUsername(),
                    properties.grantsAdministrator(user.getClaims()));
            if (!account.isAccountNonLocked()) {
                log.info("single sign-on refused (locked) user={}", Usernames.forLog(account.getUsername()));
                throw new OAuth2AuthenticationException(new OAuth2Error("account_locked"), "Account locked");
            }
            log.info("single sign-on succeeded user={}", Usernames.forLog(account.getUsername()));
            return new LinkedOidcUser(user, account);
        }
    }

    /** The provider's user, named by the local account's user name, carrying the local principal. */
    static final class LinkedOidcUser extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final SignedInUser account;

        LinkedOidcUser(OidcUser user, SignedInUser account) {
            super(account.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }

        @Override
        public String getName() {
            return account.getUsername();
        }

        SignedInUser account() {
            return account;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /**
     * After the provider's sign-in: the session's authentication becomes the local account's, as after a password
     * sign-in, and the browser goes where a password sign-in would send it.
     */
    private record AsLocalAccount(AuthenticationSuccessHandler afterSignIn) implements AuthenticationSuccessHandler {

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            var signedIn = authentication;
            if (authentication.getPrincipal() instanceof LinkedOidcUser linked) {
                var local = UsernamePasswordAuthenticationToken.authenticated(
                        linked.account(), null, linked.account().getAuthorities());
                local.setDetails(authentication.getDetails());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(local);
                SecurityContextHolder.setContext(context);
                new HttpSessionSecurityContextRepository().saveContext(context, request, response);
                signedIn = local;
            }
            afterSignIn.onAuthenticationSuccess(request, response, signedIn);
        }
    }
}
