package com.offerbook.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The production jar with the {@code bench} profile on an H2 file database under target/bench-app (generated on the
 * first start, reused after), for the load and memory benchmarks; its heap is read with the JDK's jcmd.
 */
final class BenchApp implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final String url;

    private BenchApp(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static BenchApp start() throws IOException, InterruptedException {
        var jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("offerbook-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Run ./mvnw package first"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-Xmx" + System.getProperty("bench.heap", "1g"), "-jar", jar.toString(),
                "--server.port=" + port, "--spring.profiles.active=bench",
                "--spring.datasource.url=jdbc:h2:file:./target/bench-app/offerbook;WRITE_DELAY=0"))
                .redirectErrorStream(true).redirectOutput(Path.of("target", "bench-app.log").toFile()).start();
        var app = new BenchApp(process, "http://localhost:" + port);
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(app.url + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("The bench app did not start; see target/bench-app.log");
    }

    String url() {
        return url;
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

    private String jcmd(String command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var run = new ProcessBuilder(jcmd, String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        var output = new String(run.getInputStream().readAllBytes());
        run.waitFor();
        return output;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
