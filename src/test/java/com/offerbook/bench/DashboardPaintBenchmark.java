package com.offerbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.offerbook.e2e.Chromium;
import com.offerbook.e2e.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How long a signed-in user with an empty browser cache waits for the dashboard's four charts, in headless Chromium
 * against the production jar with the demo data. Not part of the test run; the command is in docs/performance.md:
 *
 * <pre>./mvnw -o -B -q -DskipTests package &amp;&amp; ./mvnw -o -B test -Dtest=DashboardPaintBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.runs=10]</pre>
 *
 * <p>Each run opens a new browser context (empty HTTP cache) carrying the session cookie of a sign-in made once
 * before, navigates to the dashboard and reads, relative to navigation start:
 *
 * <ul>
 *   <li><b>first paint</b>: the latest of the marks {@code chart-painted:<id>} that each chart sets when ECharts has
 *       drawn its first frame (builds before issue 15 set no mark: then this column is empty);
 *   <li><b>drawn</b>: the latest moment a chart got its {@code data-rendered} attribute, plus the next animation
 *       frame, seen by an observer installed before the page's scripts: the same measure for every build, so before
 *       and after compare;
 *   <li><b>long tasks</b>: every main-thread task over 50 ms (PerformanceObserver 'longtask'), the longest and how
 *       many exceeded 200 ms.
 * </ul>
 *
 * One run before the measured ones warms the server up and is not counted. Prints the median and every run and
 * writes them to target/bench/dashboard-paint.md. With {@code -Dbench.cpuprofile=<file>} one more run, not counted,
 * records Chromium's JavaScript CPU profile (DevTools protocol, 100 µs sampling) into that file, for
 * {@code scripts/bench/cpuprofile-summary.py}.
 */
class DashboardPaintBenchmark {

    private static final int CHARTS = 4;

    /** Installed before any script of the page: long tasks, and when each chart element first says it has drawn. */
    private static final String OBSERVERS = """
            window.__bench = { longTasks: [], drawn: {} };
            try {
              new PerformanceObserver(list => {
                for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
              }).observe({ type: 'longtask', buffered: true });
            } catch (e) { window.__bench.longTasks = null; }
            new MutationObserver(records => {
              for (const r of records) {
                const el = r.target;
                if (el.localName === 'offerbook-chart' && el.hasAttribute('data-rendered') && !(el.id in window.__bench.drawn)) {
                  window.__bench.drawn[el.id] = -1;
                  requestAnimationFrame(() => setTimeout(() => { window.__bench.drawn[el.id] = performance.now(); }, 0));
                }
              }
            }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
            """;

    private static final String READ = """
            () => {
              const painted = performance.getEntriesByType('mark').filter(m => m.name.startsWith('chart-painted:'));
              const drawn = Object.values(window.__bench.drawn).filter(t => t >= 0);
              const nav = performance.getEntriesByType('navigation')[0];
              const resources = performance.getEntriesByType('resource');
              const end = (test, pick) => {
                const found = resources.filter(test).map(r => r.responseEnd);
                return found.length ? pick(...found) : -1;
              };
              return {
                phases: {
                  'document received': nav.responseEnd,
                  'DOM content loaded': nav.domContentLoadedEventEnd,
                  'init answer received (v-r=init)': end(r => r.name.includes('v-r=init'), Math.min),
                  'first UIDL answer received': end(r => r.name.includes('v-r=uidl'), Math.min),
                  'last script received (without the chart engine)':
                      end(r => r.name.endsWith('.js') && !r.name.includes('offerbook-echarts'), Math.max),
                  'chart engine received': end(r => r.name.includes('offerbook-echarts'), Math.max),
                  'last UIDL answer received': end(r => r.name.includes('v-r=uidl'), Math.max)
                },
                painted: painted.length, paintedAt: painted.length ? Math.max(...painted.map(m => m.startTime)) : -1,
                drawn: drawn.length, drawnAt: drawn.length ? Math.max(...drawn) : -1,
                longTasks: window.__bench.longTasks,
                waterfall: [
                  ...resources.map(r => [r.startTime, r.responseEnd,
                      r.name.replace(location.origin, '') + ' (' + Math.round(r.transferSize / 1024) + ' KB; sent at '
                          + Math.round(r.requestStart) + ', first byte at ' + Math.round(r.responseStart) + ')']),
                  ...(window.__bench.longTasks || []).map(([start, length]) => [start, start + length, 'long task']),
                  ...painted.map(m => [m.startTime, m.startTime, m.name])
                ].sort((a, b) => a[0] - b[0])
              };
            }""";

    record Run(
            double paintedMs, double drawnMs, List<Double> longTasks, Map<String, Double> phases, String waterfall) {}

    @Test
    void dashboard_charts_with_an_empty_browser_cache() throws IOException {
        int runs = Integer.getInteger("bench.runs", 10);
        var app = RunningApp.start(
                List.of(),
                List.of(
                        "--spring.datasource.url=jdbc:h2:mem:paint-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--spring.profiles.active=demo"));
        try (var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = Chromium.launch(playwright);
            var signedIn = signIn(browser, app);
            var results = new ArrayList<Run>();
            for (int i = 0; i <= runs; i++) {
                var run = measure(browser, app, signedIn, null);
                if (i > 0) {
                    results.add(run);
                }
            }
            var cpuProfile = System.getProperty("bench.cpuprofile");
            if (cpuProfile != null) {
                measure(browser, app, signedIn, Path.of(cpuProfile)); // not counted: the profiler slows the page
            }
            var report = report(results, browser.version());
            System.out.print(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/dashboard-paint.md"), report);
        } finally {
            app.stop();
        }
    }

    /** Signs the demo user in once; what the browser then holds (the session cookie) starts every run. */
    private static String signIn(Browser browser, RunningApp app) {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(app.url("/login"));
            page.locator("#vaadinLoginUsername input").fill("demo");
            page.locator("#vaadinLoginPassword input").fill("offerbook-demo");
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.locator("#user-menu").waitFor();
            return context.storageState();
        }
    }

    /** Chromium's JavaScript CPU profiler (DevTools protocol), recording from its start until written out. */
    private record CpuProfiler(CDPSession devTools, Path file) {

        static CpuProfiler start(BrowserContext context, Page page, Path file) {
            var devTools = context.newCDPSession(page);
            devTools.send("Profiler.enable");
            var interval = new JsonObject();
            interval.addProperty("interval", 100); // microseconds
            devTools.send("Profiler.setSamplingInterval", interval);
            devTools.send("Profiler.start");
            return new CpuProfiler(devTools, file);
        }

        void write() throws IOException {
            Files.writeString(
                    file, devTools.send("Profiler.stop").get("profile").toString());
        }
    }

    private static Run measure(Browser browser, RunningApp app, String signedIn, @Nullable Path cpuProfile)
            throws IOException {
        try (var context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 860).setStorageState(signedIn))) {
            context.addInitScript(OBSERVERS);
            var page = context.newPage();
            var profiler = cpuProfile == null ? null : CpuProfiler.start(context, page, cpuProfile);
            page.navigate(app.url("/"));
            page.waitForFunction(
                    "n => Object.values(window.__bench.drawn).filter(t => t >= 0).length >= n",
                    CHARTS,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            page.waitForTimeout(1500); // animations end; late long tasks are caught
            if (profiler != null) {
                profiler.write();
            }
            @SuppressWarnings("unchecked")
            var read = (Map<String, Object>) page.evaluate(READ);
            assertThat(((Number) read.get("drawn")).intValue())
                    .as("charts drawn")
                    .isEqualTo(CHARTS);
            @SuppressWarnings("unchecked")
            var longTasks = read.get("longTasks") == null
                    ? List.<Double>of()
                    : ((List<List<Number>>) read.get("longTasks"))
                            .stream().map(task -> task.get(1).doubleValue()).toList();
            @SuppressWarnings("unchecked")
            var rows = (List<List<Object>>) read.get("waterfall");
            var waterfall = new StringBuilder();
            for (var row : rows) {
                waterfall.append(String.format(
                        Locale.ROOT,
                        "| %.0f | %.0f | %s |%n",
                        ((Number) row.get(0)).doubleValue(),
                        ((Number) row.get(1)).doubleValue(),
                        row.get(2)));
            }
            int painted = ((Number) read.get("painted")).intValue();
            @SuppressWarnings("unchecked")
            var phases = new LinkedHashMap<String, Double>();
            ((Map<String, Number>) read.get("phases")).forEach((name, at) -> phases.put(name, at.doubleValue()));
            return new Run(
                    painted >= CHARTS ? ((Number) read.get("paintedAt")).doubleValue() : Double.NaN,
                    ((Number) read.get("drawnAt")).doubleValue(),
                    longTasks,
                    phases,
                    waterfall.toString());
        }
    }

    private static String report(List<Run> runs, String browserVersion) {
        var painted = runs.stream().mapToDouble(Run::paintedMs).toArray();
        var drawn = runs.stream().mapToDouble(Run::drawnMs).toArray();
        var out = new StringBuilder();
        out.append("Machine: %d cores, %s, Java %s, Chromium %s%n"
                .formatted(Runtime.getRuntime().availableProcessors(), cpu(), Runtime.version(), browserVersion));
        out.append("| measure (ms from navigation start) | median | runs |\n|---|---:|---|\n");
        out.append("| last chart's first paint (chart-painted marks) | %s | %s |%n"
                .formatted(median(painted), all(painted)));
        out.append(
                "| last chart drawn (data-rendered + next frame) | %s | %s |%n".formatted(median(drawn), all(drawn)));
        var longest = runs.stream()
                .mapToDouble(
                        r -> r.longTasks().stream().mapToDouble(d -> d).max().orElse(0))
                .toArray();
        var over200 = runs.stream()
                .mapToDouble(r -> r.longTasks().stream().filter(d -> d > 200).count())
                .toArray();
        out.append("| longest main-thread task | %s | %s |%n".formatted(median(longest), all(longest)));
        out.append("| tasks over 200 ms | %s | %s |%n".formatted(median(over200), all(over200)));
        out.append("%nWhere the time goes (ms from navigation start; resource timing, -1: not seen):%n%n".formatted());
        out.append("| phase | median | runs |\n|---|---:|---|\n");
        for (var phase : runs.getFirst().phases().keySet()) {
            var at = runs.stream()
                    .mapToDouble(r -> r.phases().getOrDefault(phase, Double.NaN))
                    .toArray();
            out.append("| %s | %s | %s |%n".formatted(phase, median(at), all(at)));
        }
        out.append("%nThe last run, request by request (ms from navigation start):%n%n".formatted());
        out.append("| start | end | what |\n|---:|---:|---|\n")
                .append(runs.getLast().waterfall());
        return out.toString();
    }

    private static String median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || Double.isNaN(sorted[0])) {
            return "–";
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return String.format(Locale.ROOT, "%.0f", median);
    }

    private static String all(double[] values) {
        var parts = new ArrayList<String>();
        for (double value : values) {
            parts.add(Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value));
        }
        return String.join(" ", parts);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
