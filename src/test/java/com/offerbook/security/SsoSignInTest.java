package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.accounts.AccountService;
import com.offerbook.accounts.Role;
import com.offerbook.accounts.SignupException;
import com.offerbook.accounts.SignupRequest;
import com.offerbook.accounts.SsoAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17: single sign-on against a real OpenID Connect provider started by the test (NAV's mock-oauth2-server), over
 * HTTP, with nothing of Spring's mocked. The browser's part is played by Java's HTTP client with a cookie jar,
 * following each redirect by hand so every step can be looked at.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"offerbook.sso.admin-claim=groups", "offerbook.sso.admin-value=offerbook-admins"})
class SsoSignInTest {

    static final String CLIENT_ID = "offerbook-test";
    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void providerProperties(DynamicPropertyRegistry registry) {
        var registration = "spring.security.oauth2.client.registration.mock.";
        registry.add(registration + "client-id", () -> CLIENT_ID);
        registry.add(registration + "client-secret", () -> "a secret of the test client");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add(registration + "client-name", () -> "Test Provider");
        registry.add(
                "spring.security.oauth2.client.provider.mock.issuer-uri",
                () -> provider.issuerUrl("default").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SsoAccounts ssoAccounts;

    private HttpClient browser;

    @BeforeEach
    void newBrowser() throws InterruptedException {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // Requests recorded by earlier tests are not this test's.
        while (recorded(10).isPresent()) {
            // drained
        }
    }

    @Test
    void the_whole_code_flow_with_pkce_signs_in_and_creates_a_linked_account() throws Exception {
        var subject = "subject-" + UUID.randomUUID();
        provider.enqueueCallback(callback(subject, Map.of("preferred_username", "grace")));

        var authorize = startSignIn();
        assertThat(authorize)
                .startsWith(provider.authorizationEndpointUrl("default").toString());
        var parameters = query(authorize);
        assertThat(parameters).containsKeys("state", "nonce", "code_challenge");
        assertThat(parameters.get("code_challenge_method")).isEqualTo("S256");

        var callback = follow(authorize);
        var landed = get(callback);

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("location").orElseThrow()).doesNotContain("error");
        assertThat(isSignedIn()).isTrue();
        assertThat(tokenRequestBody()).contains("code_verifier=");
        var account = accounts.findByUsername(nameOf(subject)).orElseThrow();
        assertThat(ssoAccounts.isSsoAccount(account.id())).isTrue();
    }

    @Test
    void a_second_sign_in_finds_the_same_account() throws Exception {
        var subject = "subject-" + UUID.randomUUID();
        provider.enqueueCallback(callback(subject, Map.of("preferred_username", "hopper")));
        signInThroughProvider();
        var first = accounts.findByUsername(nameOf(subject)).orElseThrow();

        newBrowser();
        provider.enqueueCallback(callback(subject, Map.of("preferred_username", "someone-else")));
        signInThroughProvider();

        assertThat(isSignedIn()).isTrue();
        assertThat(nameOf(subject)).isEqualTo(first.username());
        assertThat(accounts.findByUsername("someone-else")).isEmpty();
    }

    @Test
    void a_taken_preferred_name_gets_a_numbered_one_and_never_the_existing_account() throws Exception {
        var taken = "taken" + UUID.randomUUID().toString().substring(0, 8);
        com.offerbook.TestUsers.register(accounts, taken);
        var existing = accounts.findByUsername(taken).orElseThrow();
        var subject = "subject-" + UUID.randomUUID();
        provider.enqueueCallback(callback(subject, Map.of("preferred_username", taken)));

        signInThroughProvider();

        assertThat(isSignedIn()).isTrue();
        var made = accounts.findByUsername(nameOf(subject)).orElseThrow();
        assertThat(made.id()).isNotEqualTo(existing.id());
        assertThat(made.username()).isEqualTo(taken + "-2");
        assertThat(ssoAccounts.isSsoAccount(existing.id())).isFalse();
    }

    @Test
    void signing_up_with_an_sso_accounts_name_is_refused_as_taken() throws Exception {
        var subject = "subject-" + UUID.randomUUID();
        var name = "sso" + UUID.randomUUID().toString().substring(0, 8);
        provider.enqueueCallback(callback(subject, Map.of("preferred_username", name)));
        signInThroughProvider();
        assertThat(nameOf(subject)).isEqualTo(name);

        var password = com.offerbook.TestUsers.PASSWORD;
        assertThatThrownBy(() -> accounts.register(
                        new SignupRequest(name.toUpperCase(java.util.Locale.ROOT), password, password)))
                .isInstanceOf(SignupException.class)
                .hasMessageContaining("taken");
        assertThat(ssoAccounts.usernameOf(provider.issuerUrl("default").toString(), subject))
                .contains(name);
    }

    @Test
    void the_configured_group_makes_an_administrator() throws Exception {
        var subject = "subject-" + UUID.randomUUID();
        provider.enqueueCallback(callback(
                subject,
                Map.of("preferred_username", "admin-by-group", "groups", List.of("staff", "offerbook-admins"))));

        signInThroughProvider();

        assertThat(accounts.findByUsername(nameOf(subject)).orElseThrow().role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void a_forged_state_is_refused() throws Exception {
        startSignIn();

        var answer = get("/login/oauth2/code/mock?code=anything&state=" + UUID.randomUUID());

        assertThat(answer.headers().firstValue("location").orElseThrow()).contains("/login?error");
        assertThat(isSignedIn()).isFalse();
    }

    /** The provider puts into the ID token the nonce it was given; here it was given none. */
    @Test
    void a_token_without_the_nonce_is_refused() throws Exception {
        var authorize = startSignIn();
        var withoutNonce = authorize.replaceAll("([?&])nonce=[^&]*&?", "$1");
        assertThat(query(withoutNonce)).doesNotContainKey("nonce").containsKey("state");

        var answer = get(follow(withoutNonce));

        assertThat(answer.headers().firstValue("location").orElseThrow()).contains("/login?error");
        assertThat(isSignedIn()).isFalse();
    }

    @Test
    void a_token_with_another_sign_ins_nonce_is_refused() throws Exception {
        var authorize = startSignIn();
        var otherNonce = authorize.replaceAll("([?&])nonce=[^&]*", "$1nonce=a-nonce-of-another-sign-in");
        assertThat(query(otherNonce).get("nonce")).isEqualTo("a-nonce-of-another-sign-in");

        var answer = get(follow(otherNonce));

        assertThat(answer.headers().firstValue("location").orElseThrow()).contains("/login?error");
        assertThat(isSignedIn()).isFalse();
    }

    /** A well-signed ID token from the right issuer, but made for another client: its audience is not ours. */
    @Test
    void a_token_made_for_another_client_is_refused() throws Exception {
        var subject = "subject-" + UUID.randomUUID();
        // The provider makes the ID token's audience the requesting client; a claim of the callback overrides it.
        provider.enqueueCallback(
                callback(subject, Map.of("preferred_username", "elsewhere", "aud", List.of("another-client"))));

        var answer = get(follow(startSignIn()));

        assertThat(answer.headers().firstValue("location").orElseThrow()).contains("/login?error");
        assertThat(isSignedIn()).isFalse();
        assertThat(accounts.findByUsername("elsewhere")).isEmpty();
    }

    @Test
    void signing_out_ends_the_local_session() throws Exception {
        provider.enqueueCallback(callback("subject-" + UUID.randomUUID(), Map.of()));
        signInThroughProvider();
        assertThat(isSignedIn()).isTrue();

        var page = get("/").body();
        var csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">").matcher(page);
        assertThat(csrf.find()).isTrue();
        var out = browser.send(
                HttpRequest.newBuilder(URI.create(url("/logout")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(isSignedIn()).isFalse();
    }

    @Test
    void an_sso_account_has_no_password_that_signs_in() throws Exception {
        var subject = "subject-" + UUID.randomUUID();
        provider.enqueueCallback(callback(subject, Map.of("preferred_username", "nopass")));
        signInThroughProvider();
        var name = nameOf(subject);
        newBrowser();

        var page = get("/login").body();
        var csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">").matcher(page);
        assertThat(csrf.find()).isTrue();
        var answer = browser.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username="
                                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.headers().firstValue("location").orElseThrow()).contains("error");
        assertThat(isSignedIn()).isFalse();
    }

    // --- the steps of a sign-in

    /** The app's start of the flow: the redirect to the provider's authorization endpoint. */
    private String startSignIn() throws IOException, InterruptedException {
        var answer = get("/oauth2/authorization/mock");
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("location").orElseThrow();
    }

    /** The provider's answer to the authorization request: the redirect back to the app with a code. */
    private String follow(String authorize) throws IOException, InterruptedException {
        var answer = browser.send(
                HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("location").orElseThrow();
    }

    private void signInThroughProvider() throws IOException, InterruptedException {
        var landed = get(follow(startSignIn()));
        assertThat(landed.headers().firstValue("location").orElseThrow()).doesNotContain("error");
    }

    private static DefaultOAuth2TokenCallback callback(String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback("default", subject, "JWT", null, claims, 3600);
    }

    /** Signed in: the start page answers instead of sending to the sign-in page. */
    private boolean isSignedIn() throws IOException, InterruptedException {
        var answer = get("/");
        return answer.statusCode() == 200;
    }

    private String tokenRequestBody() throws InterruptedException {
        for (var next = recorded(1000); next.isPresent(); next = recorded(1000)) {
            var request = next.get();
            if (request.getPath() != null && request.getPath().contains("/token")) {
                return request.getBody().readUtf8();
            }
        }
        throw new AssertionError("no token request reached the provider");
    }

    /** The provider's next recorded request; it throws rather than answer null when none comes in time. */
    private static java.util.Optional<okhttp3.mockwebserver.RecordedRequest> recorded(long millis) {
        try {
            return java.util.Optional.of(provider.takeRequest(millis, TimeUnit.MILLISECONDS));
        } catch (RuntimeException none) {
            return java.util.Optional.empty();
        }
    }

    private String nameOf(String subject) {
        return ssoAccounts
                .usernameOf(provider.issuerUrl("default").toString(), subject)
                .orElseThrow();
    }

    private HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        var target = pathOrUrl.startsWith("http") ? pathOrUrl : url(pathOrUrl);
        return browser.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Map<String, String> query(String url) {
        var parameters = new HashMap<String, String>();
        var query = URI.create(url).getRawQuery();
        for (var pair : query.split("&")) {
            var split = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, split), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(split + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
