package com.offerbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production jar serves its bundle's files and icons through Spring's resource handling (base.BuildFiles): the
 * Brotli file the build wrote when the browser accepts it, a year's caching for names that carry a content hash, and
 * the security headers as on every response.
 */
class BuildFilesIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void the_pages_script_comes_precompressed_and_may_be_kept_for_a_year() throws Exception {
        var script = scriptOfTheSignInPage();

        var brotli = client.send(
                HttpRequest.newBuilder(URI.create(RunningApp.get().url(script)))
                        .header("Accept-Encoding", "gzip, deflate, br")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        var plain = client.send(
                HttpRequest.newBuilder(URI.create(RunningApp.get().url(script))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "immutable"));
        assertThat(brotli.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("text/javascript"));
        assertThat(brotli.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(brotli.body().length).isPositive().isLessThan(plain.body().length());

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("import");
    }

    @Test
    void icons_are_served_and_a_file_that_is_not_in_the_bundle_is_not_found() throws Exception {
        var icon = client.send(
                HttpRequest.newBuilder(URI.create(RunningApp.get().url("/icons/dashboard.svg")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var missing = client.send(
                HttpRequest.newBuilder(URI.create(RunningApp.get().url("/VAADIN/build/no-such-file.js")))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("image/svg+xml"));
        assertThat(icon.body()).contains("<svg");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    private String scriptOfTheSignInPage() throws Exception {
        var page = client.send(
                HttpRequest.newBuilder(URI.create(RunningApp.get().url("/login")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("src=\"\\.?(/VAADIN/build/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(matcher.find()).as("a bundle script in the sign-in page").isTrue();
        return matcher.group(1);
    }
}
