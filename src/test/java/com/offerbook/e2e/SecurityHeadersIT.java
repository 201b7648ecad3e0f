package com.offerbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production jar sends the security headers on every page, signed in or not. */
class SecurityHeadersIT {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/signup", "/", "/offers/1", "/no/such/page"})
    void every_page_carries_the_security_headers(String path) throws Exception {
        var app = RunningApp.get();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path))).build(),
                HttpResponse.BodyHandlers.discarding());
        var headers = response.headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
