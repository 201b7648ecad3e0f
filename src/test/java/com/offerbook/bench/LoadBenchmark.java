package com.offerbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Load and memory per session, against the production jar started here with the {@code bench} profile (1,000
 * offers of 10 revisions, 100,000 bands). Each simulated user signs in, then speaks Vaadin's own protocol: the
 * init request (which hands out the CSRF token), then UIDL navigation events carrying that token, the sync id the
 * server last sent and the client id counter, exactly as the browser's client does. Not part of the test run:
 *
 * <pre>./mvnw -q package -DskipTests && ./mvnw test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Writes target/bench/load.md. Settings: -Dload.users=25,50,100 -Dload.seconds=60 -Dload.think=1000 (ms between
 * a user's actions) -Dload.warmup=30 (seconds with 10 users first, not reported) -Dmemory.sessions=50, and
 * -Dmemory.histogram=true / -Dmemory.heapdump=true for the class histograms before and after the sessions and a heap
 * dump after them (target/bench/; {@code scripts/bench/hprof-strings.py} sums a dump's byte arrays by content).
 */
public class LoadBenchmark {

    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern SIGN_IN_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern APP_LAYOUT = Pattern.compile(
            "\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-app-layout\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    @Test
    void load_and_memory() throws Exception {
        var users = List.of(System.getProperty("load.users", "25,50,100").split(",")).stream()
                .filter(level -> !level.isBlank()) // -Dload.users= measures memory only
                .map(Integer::parseInt)
                .toList();
        int seconds = Integer.getInteger("load.seconds", 60);
        int think = Integer.getInteger("load.think", 1000);
        int memorySessions = Integer.getInteger("memory.sessions", 50);
        try (var app = BenchApp.start()) {
            var report = new StringBuilder(
                    ("## Load (%d s per level after a warm-up, %d ms think time between a user's actions; "
                                    + "each action: the dashboard, an offer page or the comparison of 4 offers)%n%n")
                            .formatted(seconds, think));
            report.append(
                            "| concurrent sessions | round trips | failures | p50 ms | p95 ms | p99 ms | max ms | round trips/s "
                                    + "| server CPU ms per round trip |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            if (!users.isEmpty()) {
                loadLevel(app, 10, Integer.getInteger("load.warmup", 30), think); // JIT warm-up, not reported
            }
            for (int n : users) {
                report.append(loadLevel(app, n, seconds, think)).append('\n');
            }
            report.append("\n## Memory\n\n")
                    .append(memory(app, memorySessions, "bench", "offerbook-bench", "heavy user (1,000 offers)"))
                    .append(memory(
                            app, memorySessions, "demo", "offerbook-demo", "ordinary user (the demo's 3 offers)"));
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/load.md"), report);
        }
    }

    private String loadLevel(BenchApp app, int users, int seconds, int think) throws Exception {
        var sessions = signIn(app, users);
        long cpuBefore = app.cpuNanos();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var session : sessions) {
                pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        for (var target : new String[][] {
                            {"", ""},
                            {"offers/" + random.nextInt(1, 1001), ""},
                            {"compare", "offers=" + String.join(",", fourOffers(random))}
                        }) {
                            long start = System.nanoTime();
                            if (session.navigate(target[0], target[1])) {
                                latencies.add((System.nanoTime() - start) / 1_000_000);
                            } else {
                                failures.incrementAndGet();
                            }
                            sleep(think);
                        }
                    }
                    return null;
                });
            }
        }
        double cpuMillis = (app.cpuNanos() - cpuBefore) / 1e6;
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return "| %d | %d | %d | %d | %d | %d | %d | %.1f | %.1f |"
                .formatted(
                        users,
                        sorted.size(),
                        failures.get(),
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        percentile(sorted, 99),
                        sorted.isEmpty() ? 0 : sorted.getLast(),
                        sorted.size() / (double) seconds,
                        sorted.isEmpty() ? 0 : cpuMillis / sorted.size());
    }

    /**
     * Retained heap per signed-in session on the dashboard (sessions measured before stay open, in both counts): once
     * while each tab's connection is still open, as right after a page load, and once after the tabs have closed their
     * connections, as a browser's idle connections are closed after Tomcat's keep-alive time (60 s): Tomcat keeps
     * buffers of about 16 KB for each open connection, which belong to the connection, not to the session.
     */
    private String memory(BenchApp app, int sessions, String username, String password, String who) throws Exception {
        // One session first, so that what is made once (caches, plans, the user's cached figures) is not counted.
        var first = signIn(app, 1, username, password).getFirst();
        assertThat(first.navigate("", "")).isTrue();
        first.closeConnection();
        long before = app.heapUsedAfterFullGc();
        var histogramBefore = app.histogram();
        var open = signIn(app, sessions, username, password);
        for (var session : open) {
            assertThat(session.navigate("", "")).isTrue();
        }
        long connected = app.heapUsedAfterFullGc();
        open.forEach(Session::closeConnection);
        Thread.sleep(1_000); // Tomcat notices the closed connections and releases their buffers
        long after = app.heapUsedAfterFullGc();
        if (Boolean.getBoolean("memory.histogram")) {
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/histogram-" + username + "-before.txt"), histogramBefore);
            Files.writeString(Path.of("target/bench/histogram-" + username + "-after.txt"), app.histogram());
        }
        if (Boolean.getBoolean("memory.heapdump")) {
            var dump = Path.of("target/bench/heap-" + username + ".hprof");
            Files.deleteIfExists(dump);
            app.heapDump(dump);
        }
        return ("- %s: heap used after a full GC %d KB before, %d KB with %d signed-in sessions on the dashboard: "
                        + "**%d KB per session**; %d KB per session while each tab's connection was still open.%n")
                .formatted(
                        who,
                        before / 1024,
                        after / 1024,
                        open.size(),
                        (after - before) / 1024 / open.size(),
                        (connected - before) / 1024 / open.size());
    }

    private static List<String> fourOffers(ThreadLocalRandom random) {
        return random.ints(1, 1001)
                .distinct()
                .limit(4)
                .mapToObj(String::valueOf)
                .toList();
    }

    private static List<Session> signIn(BenchApp app, int count) throws Exception {
        return signIn(app, count, "bench", "offerbook-bench");
    }

    private static List<Session> signIn(BenchApp app, int count, String username, String password) throws Exception {
        var sessions = new ConcurrentLinkedQueue<Session>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < count; i++) {
                pool.submit(() -> {
                    sessions.add(Session.signIn(app.url(), username, password));
                    return null;
                });
            }
        }
        assertThat(sessions).hasSize(count);
        return List.copyOf(sessions);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One signed-in browser tab, as Vaadin's client drives it. */
    public static final class Session {
        private final HttpClient http;
        private final CookieManager cookies;
        private final String base;
        private final String csrfToken;
        private int syncId;
        private int clientId;

        private Session(HttpClient http, CookieManager cookies, String base, String csrfToken) {
            this.http = http;
            this.cookies = cookies;
            this.base = base;
            this.csrfToken = csrfToken;
        }

        public static Session signIn(String base, String username, String password)
                throws IOException, InterruptedException {
            var cookies = new CookieManager();
            var http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            var loginPage = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            // The sign-in form carries Spring Security's CSRF token, which the page holds in a meta tag (issue 19).
            var csrf = SIGN_IN_CSRF.matcher(loginPage.body());
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on the sign-in page");
            }
            var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var signedIn = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (signedIn.statusCode() != 302
                    || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " "
                        + signedIn.headers().map());
            }
            var init = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query="))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var key = SECURITY_KEY.matcher(init.body());
            if (!key.find()) {
                throw new IllegalStateException("No CSRF token in the init response");
            }
            return new Session(http, cookies, base, key.group(1));
        }

        /**
         * Closes the tab's connections to the server, as a browser closes idle ones; the server's session stays. The
         * tab sends nothing after this.
         */
        public void closeConnection() {
            http.close();
        }

        /** The value of one of the tab's cookies (a load balancer's stickiness cookie, say), or "" without it. */
        public String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals(name))
                    .map(cookie -> cookie.getValue())
                    .findFirst()
                    .orElse("");
        }

        /**
         * Navigates the tab to a route; true when the server answered with the next sync id and no error. When the
         * answer draws the app shell, the tab then sends what Chromium's Vaadin client sends next (measured with
         * Playwright: the app layout's drawer state, a moment after the first paint). Without it, the server would keep
         * the navigation's whole answer for a re-send that a real browser makes obsolete at once, and the memory
         * measured per session would be a protocol client's, not a browser's.
         */
        public boolean navigate(String route, String query) {
            var body = send("""
                    [{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s",\
                    "appShellTitle":"","historyState":{"idx":%d},"trigger":""}}]""".formatted(route, query, clientId));
            if (body == null) {
                return false;
            }
            var layout = APP_LAYOUT.matcher(body);
            return !layout.find() || send("""
                            [{"type":"event","node":%1$s,"event":"drawer-opened-changed","data":{}},\
                            {"type":"mSync","node":%1$s,"feature":1,"property":"drawerOpened","value":true}]""".formatted(layout.group(1))) != null;
        }

        /** One round trip with these RPC calls; the answer's body, or null when it failed or carried an error. */
        private @Nullable String send(String rpc) {
            var body = """
                    {"csrfToken":"%s","rpc":%s,"syncId":%d,"clientId":%d}""".formatted(csrfToken, rpc, syncId, clientId);
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                var sync = SYNC_ID.matcher(response.body());
                if (response.statusCode() != 200
                        || !sync.find()
                        || response.body().contains("\"appError\"")
                        || response.body().contains("sessionExpired")) {
                    return null;
                }
                syncId = Integer.parseInt(sync.group(1));
                clientId++;
                return response.body();
            } catch (IOException | InterruptedException e) {
                return null;
            }
        }
    }
}
