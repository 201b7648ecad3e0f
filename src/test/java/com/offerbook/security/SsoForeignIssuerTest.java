package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17: an ID token from an issuer other than the configured one is refused, even when its signature is good.
 * The provider (a real one, NAV's mock-oauth2-server) is configured with issuer "default", but its token and key
 * endpoints are those of issuer "another-issuer" on the same server: the ID token the app receives is then well
 * signed (by another-issuer's published key) and names another-issuer as its issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SsoForeignIssuerTest {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void providerProperties(DynamicPropertyRegistry registry) {
        var registration = "spring.security.oauth2.client.registration.mock.";
        registry.add(registration + "client-id", () -> SsoSignInTest.CLIENT_ID);
        registry.add(registration + "client-secret", () -> "a secret of the test client");
        registry.add(registration + "scope", () -> "openid");
        var client = "spring.security.oauth2.client.provider.mock.";
        registry.add(client + "issuer-uri", () -> provider.issuerUrl("default").toString());
        registry.add(
                client + "token-uri",
                () -> provider.tokenEndpointUrl("another-issuer").toString());
        registry.add(
                client + "jwk-set-uri", () -> provider.jwksUrl("another-issuer").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Test
    void a_well_signed_token_from_another_issuer_is_refused() throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var authorize = location(browser, "http://localhost:" + port + "/oauth2/authorization/mock");
        assertThat(authorize)
                .startsWith(provider.authorizationEndpointUrl("default").toString());
        var callback = location(browser, authorize);

        var answer = location(browser, callback);

        assertThat(answer).contains("/login?error");
        var start = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(start.statusCode()).isEqualTo(302);
    }

    private static String location(HttpClient browser, String url) throws Exception {
        var answer =
                browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("location").orElseThrow();
    }
}
