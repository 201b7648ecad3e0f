package com.offerbook.bench;

import com.offerbook.e2e.RunningApp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The production jar with the {@code bench} profile on an H2 file database under target/bench-app (generated on the
 * first start, reused after), for the load and memory benchmarks; its heap is read with the JDK's jcmd.
 */
final class BenchApp implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final RunningApp app;

    private BenchApp(RunningApp app) {
        this.app = app;
    }

    /**
     * The production jar with the bench and demo data on its own H2 file database; {@code -Dbench.h2=";SETTING=value"}
     * appends H2 settings to its URL, for trying one against the default side by side (e.g. {@code
     * ;QUERY_CACHE_SIZE=256}, docs/performance.md, session 10).
     */
    static BenchApp start() {
        return new BenchApp(RunningApp.start(
                jvmArguments(),
                List.of(
                        "--spring.profiles.active=bench,demo",
                        "--spring.datasource.url=jdbc:h2:file:./target/bench-app/offerbook;WRITE_DELAY=0"
                                + System.getProperty("bench.h2", ""))));
    }

    /**
     * The heap ({@code -Dbench.heap}, 1g) and any further JVM options given as {@code -Dbench.jvm="-X… -X…"}, e.g. a
     * flight recording: {@code -Dbench.jvm="-XX:StartFlightRecording=delay=60s,duration=60s,filename=/tmp/load.jfr
     * -XX:FlightRecorderOptions=stackdepth=512"}.
     */
    private static List<String> jvmArguments() {
        var arguments = new ArrayList<String>();
        arguments.add("-Xmx" + System.getProperty("bench.heap", "1g"));
        var extra = System.getProperty("bench.jvm", "").strip();
        if (!extra.isEmpty()) {
            arguments.addAll(List.of(extra.split("\\s+")));
        }
        return arguments;
    }

    String url() {
        return app.url("");
    }

    /**
     * CPU time the application's process has used so far, all threads (request handling, the JIT, the collector), in
     * nanoseconds: per round trip, the work a round trip costs whatever the queueing.
     */
    long cpuNanos() {
        return ProcessHandle.of(app.pid())
                .flatMap(process -> process.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("No CPU time for the application's process"))
                .toNanos();
    }

    /** Heap in use right after a full collection (jcmd GC.run, then GC.heap_info), in bytes. */
    long heapUsedAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Thread.sleep(500);
        var matcher = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!matcher.find()) {
            throw new IllegalStateException("No heap figure from jcmd");
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    /** The heap's classes by bytes after a full collection (jcmd GC.class_histogram), for finding what a session keeps. */
    String histogram() throws IOException, InterruptedException {
        return jcmd("GC.class_histogram");
    }

    /** Writes the live objects of the app's heap to an HPROF file (for scripts/bench/hprof-strings.py). */
    void heapDump(Path file) throws IOException, InterruptedException {
        jcmd("GC.heap_dump", file.toAbsolutePath().toString());
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var arguments = new ArrayList<>(List.of(jcmd, String.valueOf(app.pid())));
        arguments.addAll(List.of(command));
        var run = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        var output = new String(run.getInputStream().readAllBytes());
        run.waitFor();
        return output;
    }

    @Override
    public void close() {
        app.stop();
    }
}
