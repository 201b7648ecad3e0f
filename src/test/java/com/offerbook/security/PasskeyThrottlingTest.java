package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.DatabaseTest;
import com.offerbook.TestClock;
import com.offerbook.TestUsers;
import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.PasskeyFixtures;
import com.offerbook.accounts.Passkeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 17: passkey sign-in attempts count toward the same throttling as passwords. The real relying party (webauthn4j
 * behind Offerbook's checks) judges each assertion; a wrapper only counts how many reach it, and the password provider
 * shares the attempts, so a lock-out earned with passkeys holds for the password too.
 */
@DatabaseTest
class PasskeyThrottlingTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SecondFactorStep secondFactorStep;

    @Autowired
    Passkeys passkeys;

    @Autowired
    WebAuthnRelyingPartyOperations relyingParty;

    @Autowired
    PublicKeyCredentialUserEntityRepository webAuthnUsers;

    @Autowired
    UserCredentialRepository credentials;

    final TestClock clock = new TestClock(Instant.parse("2026-11-26T12:00:00Z"));
    final LoginAttempts attempts = new LoginAttempts(clock);
    final AtomicInteger assertionsChecked = new AtomicInteger();

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void five_failed_passkey_attempts_lock_the_account_for_passkeys_and_its_password_alike() {
        TestUsers.register(accounts, "pk-victim");
        var passkey = PasskeyFixtures.register(webAuthnUsers, credentials, "pk-victim", "Laptop");
        var provider = passkeyProvider();
        from("198.51.100.20");

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(assertion(passkey, null)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(assertionsChecked.get()).isEqualTo(5);

        from("203.0.113.20");
        assertThatThrownBy(() -> provider.authenticate(assertion(passkey, null)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(assertionsChecked.get())
                .as("refused before the relying party looks at it")
                .isEqualTo(5);
        assertThatThrownBy(() -> passwordProvider().authenticate(password("pk-victim", TestUsers.PASSWORD)))
                .as("the right password is refused while the account is locked out")
                .isInstanceOf(BadCredentialsException.class);

        clock.advanceMinutes(16);
        assertThat(passwordProvider()
                        .authenticate(password("pk-victim", TestUsers.PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void a_passkey_presented_for_another_account_is_refused_and_counts_against_the_passkeys_own_account() {
        TestUsers.register(accounts, "pk-owner", "pk-other");
        var ownersPasskey = PasskeyFixtures.register(webAuthnUsers, credentials, "pk-owner", "Phone");
        PasskeyFixtures.register(webAuthnUsers, credentials, "pk-other", "Phone");
        var otherHandle =
                Objects.requireNonNull(webAuthnUsers.findByUsername("pk-other")).getId();
        var provider = passkeyProvider();
        from("198.51.100.21");

        assertThatThrownBy(() -> provider.authenticate(assertion(ownersPasskey, otherHandle)))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(passkeys.usernameOf(ownersPasskey)).contains("pk-owner");
        for (int i = 0; i < 4; i++) {
            attempts.failed("pk-owner", "198.51.100.22");
        }
        assertThat(attempts.isBlocked("pk-owner", "203.0.113.21"))
                .as("the refused attempt was the owner's fifth failure")
                .isTrue();
        assertThat(attempts.isBlocked("pk-other", "203.0.113.21")).isFalse();
    }

    @Test
    void passkeys_no_account_has_are_counted_against_the_address_that_sends_them() {
        var provider = passkeyProvider();
        from("198.51.100.23");

        for (int i = 0; i < LoginAttempts.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThatThrownBy(() -> provider.authenticate(assertion(Bytes.random(), null)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(attempts.isBlocked("", "198.51.100.23")).isTrue();
        assertThat(attempts.isBlocked("", "198.51.100.24")).isFalse();
        var checked = assertionsChecked.get();
        assertThatThrownBy(() -> provider.authenticate(assertion(Bytes.random(), null)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(assertionsChecked.get()).isEqualTo(checked);
    }

    private PasskeyAuthenticationProvider passkeyProvider() {
        var counting = new WebAuthnRelyingPartyOperations() {
            @Override
            public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
                    PublicKeyCredentialCreationOptionsRequest request) {
                return relyingParty.createPublicKeyCredentialCreationOptions(request);
            }

            @Override
            public org.springframework.security.web.webauthn.api.CredentialRecord registerCredential(
                    RelyingPartyRegistrationRequest request) {
                return relyingParty.registerCredential(request);
            }

            @Override
            public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
                    PublicKeyCredentialRequestOptionsRequest request) {
                return relyingParty.createCredentialRequestOptions(request);
            }

            @Override
            public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
                assertionsChecked.incrementAndGet();
                return relyingParty.authenticate(request);
            }
        };
        return new PasskeyAuthenticationProvider(counting, users, passkeys, attempts);
    }

    private ThrottlingAuthenticationProvider passwordProvider() {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        return new ThrottlingAuthenticationProvider(dao, attempts, secondFactorStep);
    }

    private static UsernamePasswordAuthenticationToken password(String user, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails("203.0.113.20", null));
        return token;
    }

    /** The request the sign-in filter would be handling, from {@code address}. */
    private static void from(String address) {
        var request = new MockHttpServletRequest("POST", "/login/webauthn");
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    /** An assertion for {@code passkey} whose signature no authenticator made. */
    private static WebAuthnAuthenticationRequestToken assertion(Bytes passkey, @Nullable Bytes userHandle) {
        var builder = AuthenticatorAssertionResponse.builder()
                .authenticatorData(Bytes.random())
                .clientDataJSON(new Bytes("{\"type\":\"webauthn.get\"}".getBytes(StandardCharsets.UTF_8)))
                .signature(Bytes.random());
        var response = (userHandle == null ? builder : builder.userHandle(userHandle)).build();
        var credential = PublicKeyCredential.<AuthenticatorAssertionResponse>builder()
                .id(passkey.toBase64UrlString())
                .rawId(passkey)
                .type(PublicKeyCredentialType.PUBLIC_KEY)
                .response(response)
                .build();
        var options = PublicKeyCredentialRequestOptions.builder()
                .challenge(Bytes.random())
                .rpId("localhost")
                .build();
        return new WebAuthnAuthenticationRequestToken(new RelyingPartyAuthenticationRequest(options, credential));
    }
}
