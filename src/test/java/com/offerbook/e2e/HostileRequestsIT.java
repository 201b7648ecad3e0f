package com.offerbook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.offerbook.bands.ui.GeneratedBody;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 from outside, against the packaged jar in a 256 MB heap: oversized Vaadin messages and uploads sent
 * without the browser's checks are refused while they are read, and the app stays up.
 */
class HostileRequestsIT {

    private static final long MB = 1024 * 1024;

    static RunningApp app;
    static HttpClient http;

    @BeforeAll
    static void start() {
        app = RunningApp.start(
                List.of("-Xmx256m"),
                List.of(
                        "--spring.datasource.url=jdbc:h2:mem:hostile-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--spring.profiles.active=demo"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /**
     * Only the head is sent, announcing 10 MB: the answer comes before any of the body (HttpClient would lose it,
     * because the server closes the connection while the client is still sending; curl shows the same 413).
     */
    @Test
    void a_ten_megabyte_vaadin_message_is_refused_before_it_is_read() throws Exception {
        var url = URI.create(app.url("/"));
        try (var socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000); // the old server waited for the body here
            var head = "POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json; charset=UTF-8\r\nContent-Length: " + 10 * MB + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            // The answer's head; the connection stays open while Tomcat waits for the body it will not read.
            var answer = new StringBuilder();
            var buffer = new byte[2_000];
            int n;
            while (!answer.toString().contains("\r\n\r\n")
                    && (n = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }

            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("X-Content-Type-Options: nosniff");
        }
    }

    @Test
    void a_chunked_vaadin_message_over_the_limit_is_refused() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(app.url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBody("[", " ", MB + MB / 2)))
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void uploads_past_the_limit_are_refused_and_three_parallel_gigabyte_uploads_leave_the_app_up() throws Exception {
        var target = signedInUploadTarget();

        // Just over the limit, small enough that the client sends it all and reads the answer.
        var over = upload(target, new GeneratedBody("{\"format\":1,\"offers\":[", " ", 21 * MB))
                .join();
        assertThat(over).isEqualTo("422 The file is larger than 20 MB; nothing was imported.");

        // Three at once, a gigabyte each, made as they are sent: the server reads at most 20 MB of each.
        var parallel = new ArrayList<CompletableFuture<String>>();
        for (int i = 0; i < 3; i++) {
            parallel.add(upload(target, new GeneratedBody("{\"format\":1,\"offers\":[", " ", 1024 * MB)));
        }
        var answers = parallel.stream().map(CompletableFuture::join).toList();

        // Each is refused: by the size limit, by the one-import-per-user bound, by the upload component's own
        // one-file-at-a-time check (Vaadin answers 500 for that one), or the server closed the connection on it.
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer)
                        .matches(
                                "422 .*(larger than 20 MB|still running|busy).*|500 |connection closed by the server"));
        var health = http.send(
                HttpRequest.newBuilder(URI.create(app.url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("UP");
        assertThat(Files.readString(
                        Path.of("target", "app-" + URI.create(app.url("/")).getPort() + ".log")))
                .doesNotContain("OutOfMemoryError");
    }

    /** Signs in as the demo user in a real browser and answers the data page's upload address and cookies. */
    private static Map<String, String> signedInUploadTarget() {
        try (var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(BrowserTest.CHROMIUM))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
            var context = browser.newContext();
            var page = context.newPage();
            page.navigate(app.url("/login"));
            page.locator("#vaadinLoginUsername input").fill("demo");
            page.locator("#vaadinLoginPassword input").fill("offerbook-demo");
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.locator("#user-menu").waitFor();
            page.navigate(app.url("/account/data"));
            page.locator("#import-data").waitFor();
            var target = (String) page.locator("#import-data").evaluate("upload => upload.target");
            var cookies =
                    context.cookies().stream().map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
            // The page's <base> is the app's root, so the browser resolves the upload address against it.
            return Map.of("target", URI.create(app.url("/")).resolve(target).toString(), "cookies", cookies);
        }
    }

    /** Posts {@code body} as the upload component does; answers "status message" or how the connection ended. */
    private static CompletableFuture<String> upload(Map<String, String> target, GeneratedBody body) {
        var request = HttpRequest.newBuilder(URI.create(target.get("target")))
                .header("Cookie", target.get("cookies"))
                .header("Content-Type", "application/json")
                .header("X-Filename", "data.json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() + " " + reason(response.body()))
                .exceptionally(
                        e -> e.getCause() instanceof IOException ? "connection closed by the server" : "failed: " + e);
    }

    /** The refusal in Vaadin's answer, {"rejected":[{"fileName":…,"reason":"…"}]}. */
    private static String reason(String body) {
        var at = body.indexOf("\"reason\":\"");
        return at < 0 ? body : body.substring(at + 10, body.indexOf('"', at + 10));
    }
}
