package com.offerbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production jar sends the security headers on every page, signed in or not. */
class SecurityHeadersIT {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/signup", "/", "/offers/1", "/no/such/page"})
    void every_page_carries_the_security_headers(String path) throws Exception {
        var app = RunningApp.get();
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url(path))).build(),
                        HttpResponse.BodyHandlers.discarding());
        var headers = response.headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "frame-ancestors 'none'",
                                "object-src 'none'",
                                "script-src 'self' 'nonce-")
                        .doesNotContain("'unsafe-inline' 'unsafe-eval'"));
        assertThat(headers.firstValue("X-XSS-Protection")).hasValue("0");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /a|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\nConnection: close\r\n\r\n",
                "TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "TRACE /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            })
    void tomcats_own_answers_to_malformed_requests_and_trace_carry_the_security_headers_too(String request) {
        var response = RawHttp.send(RunningApp.get(), request);

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.header("X-Frame-Options")).hasValue("DENY");
        assertThat(response.header("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.body()).doesNotContain("TRACE /");
    }

    @Test
    void the_pages_own_scripts_carry_this_responses_nonce_and_each_response_has_a_new_one() throws Exception {
        var app = RunningApp.get();
        var client = HttpClient.newHttpClient();
        var first = client.send(
                HttpRequest.newBuilder(URI.create(app.url("/login"))).build(), HttpResponse.BodyHandlers.ofString());
        var second = client.send(
                HttpRequest.newBuilder(URI.create(app.url("/login"))).build(), HttpResponse.BodyHandlers.ofString());

        var nonce = nonce(first.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce(second.headers().firstValue("Content-Security-Policy").orElseThrow()))
                .isNotEqualTo(nonce);
        var scripts = Pattern.compile("<script[^>]*>")
                .matcher(first.body())
                .results()
                .map(m -> m.group())
                .toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
    }

    private static String nonce(String csp) {
        var matcher = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
        assertThat(matcher.find()).as("a nonce in " + csp).isTrue();
        return matcher.group(1);
    }
}
