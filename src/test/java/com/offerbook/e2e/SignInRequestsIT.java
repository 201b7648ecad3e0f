package com.offerbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sign-in as an attacker's hand-made requests see it (issue 19): login CSRF, a spoofed Host header, session ids in
 * URLs and forwarded client addresses, against the production jar.
 */
class SignInRequestsIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    /** The session cookie and the CSRF token of a freshly loaded sign-in page. */
    record SignInPage(String cookie, String token) {}

    static SignInPage signInPage(RunningApp app) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("/login"))).build(),
                        HttpResponse.BodyHandlers.ofString());
        var cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var matcher = CSRF_META.matcher(response.body());
        assertThat(matcher.find()).as("the sign-in page carries a CSRF token").isTrue();
        return new SignInPage(cookie, matcher.group(1));
    }

    @Test
    void a_sign_in_post_without_the_csrf_token_is_refused() throws Exception {
        var app = RunningApp.get();
        var page = signInPage(app);

        var withoutToken = RawHttp.postLogin(
                app, "localhost", page.cookie(), RawHttp.form("username", "demo", "password", "offerbook-demo"), "");

        assertThat(withoutToken.status()).isEqualTo(403);
    }

    @Test
    void a_cross_site_sign_in_post_is_refused() throws Exception {
        var app = RunningApp.get();

        // What a page on another site can send: no session of ours (SameSite=Lax keeps the cookie home), no token.
        var crossSite = RawHttp.postLogin(
                app,
                "localhost",
                "",
                RawHttp.form("username", "demo", "password", "offerbook-demo"),
                "Origin: https://attacker.example\r\n");

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.header("location")).isEmpty();
    }

    @Test
    void the_sign_in_form_with_its_token_signs_in() throws Exception {
        var app = RunningApp.get();
        var page = signInPage(app);

        var signedIn = RawHttp.postLogin(
                app,
                "localhost",
                page.cookie(),
                RawHttp.form("username", "demo", "password", "offerbook-demo", "_csrf", page.token()),
                "");

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void a_spoofed_host_header_never_reaches_a_redirect() throws Exception {
        var app = RunningApp.get();

        var toSignIn = RawHttp.get(app, "/offers", "evil.example", "");
        assertThat(toSignIn.status()).isEqualTo(302);
        assertThat(toSignIn.header("location"))
                .hasValueSatisfying(
                        l -> assertThat(l).doesNotContain("evil.example").contains("/login"));

        // After sign-in the browser is sent back to the page it asked for: still not to the spoofed host.
        var cookie = "JSESSIONID=" + toSignIn.sessionId().orElseThrow();
        var page = RawHttp.get(app, "/login", "evil.example", cookie);
        var matcher = CSRF_META.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        var signedIn = RawHttp.postLogin(
                app,
                "evil.example",
                cookie,
                RawHttp.form("username", "demo", "password", "offerbook-demo", "_csrf", matcher.group(1)),
                "");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("location"))
                .hasValueSatisfying(l -> assertThat(l)
                        .doesNotContain("evil.example")
                        .doesNotContain("error")
                        .contains("/offers"));
    }

    @Test
    void a_session_id_in_the_url_is_ignored_and_never_written_into_a_redirect() {
        var app = RunningApp.get();
        var id = RawHttp.get(app, "/offers", "localhost", "").sessionId().orElseThrow();

        var withIdInUrl = RawHttp.get(app, "/offers;jsessionid=" + id, "localhost", "");

        // Refused as a malformed URL (400) or sent to sign in; either way the id is neither used nor repeated.
        assertThat(withIdInUrl.status()).as(withIdInUrl.toString()).isIn(302, 400);
        assertThat(withIdInUrl.header("location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        assertThat(withIdInUrl.sessionId())
                .as("a new session, not the one named in the URL")
                .isNotEqualTo(Optional.of(id));
    }

    @Test
    void a_forwarded_client_address_counts_only_when_it_comes_from_a_trusted_proxy() throws Exception {
        var shared = RunningApp.get();
        assertThat(failedSignInLogLine(shared, "203.0.113.41"))
                .as("the shared app trusts the loopback proxy (the default)")
                .containsPattern("address=\"?203\\.0\\.113\\.41");

        var distrusting = RunningApp.startWith("--server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1");
        try {
            assertThat(failedSignInLogLine(distrusting, "203.0.113.42"))
                    .as("a client that is not a configured proxy cannot choose its address")
                    .doesNotContain("203.0.113.42")
                    .containsPattern("address=\"?(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)");
        } finally {
            distrusting.stop();
        }
    }

    /** Fails a sign-in for a new name as if forwarded for {@code forwardedFor}; the app's log line about it. */
    private static String failedSignInLogLine(RunningApp app, String forwardedFor) throws Exception {
        var username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        var page = signInPage(app);
        var response = RawHttp.postLogin(
                app,
                "localhost",
                page.cookie(),
                RawHttp.form("username", username, "password", "not a password at all", "_csrf", page.token()),
                "X-Forwarded-For: " + forwardedFor + "\r\n");
        assertThat(response.status()).isEqualTo(302);
        var port = URI.create(app.url("/")).getPort();
        var log = Files.readAllLines(Path.of("target", "app-" + port + ".log"));
        return log.stream()
                .filter(line -> line.contains(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log line about " + username));
    }
}
