package com.offerbook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.offerbook.bench.LoadBenchmark;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "several instances, really": two Offerbook instances on one PostgreSQL database behind HAProxy (cookie-
 * sticky sessions, on the loopback interface). Protocol-level tabs (the load harness) browse through the proxy and
 * people in real browsers record offers, one instance is killed with SIGKILL half-way, and then: no offer whose
 * save was shown to its user is lost, the killed instance's people are asked to sign in again on the other and
 * find all their offers, and the other instance's people and tabs never notice (no failure, no sign-in page).
 *
 * <p>Needs HAProxy on the PATH and a PostgreSQL database in OFFERBOOK_TEST_POSTGRES_URL (as .ci/run provides);
 * without them it is skipped. Small by default (about a minute); scripts/bench/two-instances.sh runs it bigger and
 * the results go to target/bench/two-instances.md and docs/performance.md.
 */
class TwoInstancesIT extends BrowserTest {

    private static final int TABS = Integer.getInteger("failover.tabs", 10);
    private static final int SECONDS = Integer.getInteger("failover.seconds", 40);
    private static final String STICKY = "OFFERBOOK_SERVER";

    /** A person in a real browser, pinned to one instance by the proxy's cookie. */
    private record Writer(String username, String server, BrowserContext context, Page page, List<String> saved) {}

    @Test
    void killing_one_instance_loses_no_saved_offer_and_its_people_sign_in_again_on_the_other() throws Exception {
        var database = System.getenv("OFFERBOOK_TEST_POSTGRES_URL");
        assumeTrue(database != null && !database.isBlank(), "no PostgreSQL database (OFFERBOOK_TEST_POSTGRES_URL)");
        assumeTrue(onPath("haproxy"), "no haproxy on the PATH");
        var onDatabase = "--spring.datasource.url=" + database;
        // Only the first instance adds the demo account (two adding it at once would race).
        var first =
                RunningApp.start(List.of("-Xmx512m"), List.of("--spring.profiles.active=postgres,demo", onDatabase));
        var second = RunningApp.start(List.of("-Xmx512m"), List.of("--spring.profiles.active=postgres", onDatabase));
        int port = freePort();
        var proxy = startHaproxy(port, first.url(""), second.url(""));
        var base = "http://127.0.0.1:" + port;
        try {
            run(base, first, second, database);
        } finally {
            proxy.destroy();
            first.kill();
            second.stop();
        }
    }

    private void run(String base, RunningApp a, RunningApp b, String database) throws Exception {
        // People in browsers: two on each instance, each with an account of their own.
        var writers = new ArrayList<Writer>();
        for (var server : List.of("a", "b", "a", "b")) {
            var person = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1280, 860)
                    .setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100." + (200 + writers.size()))));
            person.addCookies(List.of(new Cookie(STICKY, server).setUrl(base)));
            var personPage = person.newPage();
            personPage.setDefaultTimeout(20_000);
            var writer = new Writer(uniqueName("failover"), server, person, personPage, new ArrayList<>());
            signUp(writer, base);
            writers.add(writer);
        }

        // Tabs at the protocol level, signed in as the demo user, spread over both instances by the proxy.
        var tabs = new ArrayList<LoadBenchmark.Session>();
        for (int i = 0; i < TABS; i++) {
            tabs.add(LoadBenchmark.Session.signIn(base, "demo", "offerbook-demo"));
        }
        var killed = new AtomicBoolean();
        var roundTrips = new ConcurrentLinkedQueue<String>(); // "<server> <before|after> <ok|failed>"
        var stopAt = new AtomicLong(Long.MAX_VALUE); // set at the kill: the tabs go on for half the time after it
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var tab : tabs) {
                var server = tab.cookie(STICKY);
                pool.submit(() -> {
                    while (System.nanoTime() < stopAt.get()) {
                        var route = ThreadLocalRandom.current().nextBoolean() ? "" : "offers";
                        boolean ok = tab.navigate(route, "");
                        // After the kill when it had happened by the time the answer came (or did not).
                        roundTrips.add(server + (killed.get() ? " after " : " before ") + (ok ? "ok" : "failed"));
                        Thread.sleep(500);
                    }
                    return null;
                });
            }
            // Meanwhile the people record offers in turn. Once half the time has passed and everyone has saved one,
            // instance a is killed a moment into the next round of saves, so that a save may be cut off.
            long halfWay = System.nanoTime() + Duration.ofSeconds(SECONDS / 2).toNanos();
            boolean killScheduled = false;
            int round = 0;
            while (!killed.get()) {
                if (!killScheduled
                        && System.nanoTime() > halfWay
                        && writers.stream().allMatch(w -> !w.saved().isEmpty())) {
                    killScheduled = true;
                    long delay = ThreadLocalRandom.current().nextLong(200, 1_500);
                    pool.submit(() -> {
                        Thread.sleep(delay);
                        a.kill();
                        stopAt.set(System.nanoTime()
                                + Duration.ofSeconds(SECONDS / 2).toNanos());
                        killed.set(true);
                        return null;
                    });
                }
                for (var writer : writers) {
                    if (!killed.get()) {
                        recordOffer(writer, base, writer.username() + " #" + round);
                    }
                }
                round++;
            }
            // After the kill: a's people meet the sign-in page at their next step, b's people go on as before.
            for (var writer : writers) {
                writer.page().navigate(base + "/offers");
                boolean askedToSignIn = writer.page().url().contains("/login");
                assertThat(askedToSignIn)
                        .as("%s on instance %s asked to sign in again", writer.username(), writer.server())
                        .isEqualTo(writer.server().equals("a"));
                if (askedToSignIn) {
                    signIn(writer.page(), writer.username());
                    writer.page().navigate(base + "/offers");
                }
                for (var company : writer.saved()) {
                    assertThat(writer.page().getByText(company, new Page.GetByTextOptions().setExact(true)))
                            .isVisible();
                }
                recordOffer(writer, base, writer.username() + " after");
            }
        }

        // Every saved offer is in the database, under its owner.
        int lost = 0;
        int saved = 0;
        try (var connection = DriverManager.getConnection(
                database,
                Objects.requireNonNullElse(System.getenv("OFFERBOOK_DB_USER"), "offerbook"),
                Objects.requireNonNullElse(System.getenv("OFFERBOOK_DB_PASSWORD"), ""))) {
            for (var writer : writers) {
                var stored = storedCompanies(connection, writer.username());
                saved += writer.saved().size();
                lost += (int)
                        writer.saved().stream().filter(c -> !stored.contains(c)).count();
            }
        }
        var report = report(roundTrips, writers, saved, lost);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "two-instances.md"), report);

        assertThat(lost).as("saved offers lost").isZero();
        assertThat(saved).as("offers saved before and after the kill").isGreaterThanOrEqualTo(writers.size() * 2);
        assertThat(roundTrips)
                .as("the other instance's tabs never fail")
                .noneMatch(r -> r.equals("b before failed") || r.equals("b after failed"));
        assertThat(roundTrips).as("tabs on both instances before the kill").anyMatch(r -> r.startsWith("a before ok"));
        assertThat(roundTrips).anyMatch(r -> r.startsWith("b after ok"));
    }

    private void signUp(Writer writer, String base) {
        var p = writer.page();
        p.navigate(base + "/signup");
        p.locator("#username input").fill(writer.username());
        p.locator("#password input").fill(PASSWORD);
        p.locator("#password-confirmation input").fill(PASSWORD);
        p.locator("#create-account").click();
        p.locator("#user-menu").waitFor();
    }

    private void signIn(Page p, String username) {
        p.locator("#vaadinLoginUsername input").fill(username);
        p.locator("#vaadinLoginPassword input").fill(PASSWORD);
        p.locator("vaadin-login-form vaadin-button").first().click();
        p.locator("#user-menu").waitFor();
    }

    /** Records an offer through the form; it counts as saved once the offer's own page shows it. */
    private static void recordOffer(Writer writer, String base, String company) {
        var p = writer.page();
        try {
            p.navigate(base + "/offers/new");
            p.locator("#company input").fill(company);
            p.locator("#roleTitle input").fill("ML/AI Engineer");
            p.locator("#baseSalary input").fill("300,000");
            p.locator("#save").click();
            assertThat(p.locator("#offer-company")).hasText(company);
            writer.saved().add(company);
        } catch (RuntimeException | AssertionError interrupted) {
            // The instance went away during this save: it was never shown as saved, so it may be lost.
        }
    }

    private static Set<String> storedCompanies(Connection connection, String username) throws SQLException {
        var companies = new LinkedHashSet<String>();
        try (var query = connection.prepareStatement(
                "select o.company from offer o join user_account u on u.id = o.owner_id where u.username = ?")) {
            query.setString(1, username);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    companies.add(rows.getString(1));
                }
            }
        }
        return companies;
    }

    private static String report(ConcurrentLinkedQueue<String> roundTrips, List<Writer> writers, int saved, int lost) {
        var counts = new StringBuilder();
        for (var server : List.of("a (killed)", "b")) {
            var name = server.substring(0, 1);
            for (var phase : List.of("before", "after")) {
                long ok = roundTrips.stream()
                        .filter(r -> r.equals(name + " " + phase + " ok"))
                        .count();
                long failed = roundTrips.stream()
                        .filter(r -> r.equals(name + " " + phase + " failed"))
                        .count();
                counts.append("| %s | %s the kill | %d | %d |%n".formatted(server, phase, ok, failed));
            }
        }
        return """
                ## Two instances behind HAProxy, one killed (TwoInstancesIT, %d tabs, %d s)

                | instance | when | round trips ok | failed |
                |---|---|---:|---:|
                %s
                People in browsers: %d (two per instance); offers shown as saved: %d; lost: **%d**. The killed
                instance's people were asked to sign in again and found all their offers; the other's were not.
                """.formatted(TABS, SECONDS, counts.toString().strip(), writers.size(), saved, lost);
    }

    private static Process startHaproxy(int port, String first, String second) throws IOException {
        var config = Files.createTempFile("offerbook-haproxy", ".cfg");
        Files.writeString(config, """
                global
                    maxconn 2000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    option redispatch
                    retries 2
                frontend offerbook
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend instances
                backend instances
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /actuator/health
                    server a %s check inter 500 fall 2 rise 1 cookie a
                    server b %s check inter 500 fall 2 rise 1 cookie b
                """.formatted(port, STICKY, hostPort(first), hostPort(second)));
        var process = new ProcessBuilder("haproxy", "-f", config.toString(), "-db")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "haproxy.log").toFile())
                .start();
        for (int i = 0; i < 100; i++) {
            try (var socket = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("HAProxy did not start; see target/haproxy.log");
    }

    private static String hostPort(String url) {
        return url.replace("http://localhost:", "127.0.0.1:").replaceAll("/$", "");
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
