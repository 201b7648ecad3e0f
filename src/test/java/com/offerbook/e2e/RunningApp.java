package com.offerbook.e2e;

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
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged production jar, started once for all browser tests on a free port with its own in-memory
 * database, and stopped when the test JVM exits.
 */
final class RunningApp {

    private static RunningApp instance;

    private final Process process;
    private final String baseUrl;

    private RunningApp(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static synchronized RunningApp get() {
        if (instance == null) {
            instance = start(List.of());
            Runtime.getRuntime().addShutdownHook(new Thread(instance.process::destroy));
        }
        return instance;
    }

    /** A second app of its own, with extra arguments (settings the shared app must not have); stop it when done. */
    static RunningApp startWith(String... arguments) {
        return start(List.of(arguments));
    }

    void stop() {
        process.destroy();
    }

    String url(String path) {
        return baseUrl + path;
    }

    private static RunningApp start(List<String> arguments) {
        var jar = Path.of(System.getProperty("app.jar", "target/offerbook.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Browser tests need the packaged jar " + jar + ": run them with ./mvnw verify");
        }
        try {
            int port = freePort();
            var java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--spring.datasource.url=jdbc:h2:mem:e2e-" + port + ";DB_CLOSE_DELAY=-1",
                    "--spring.profiles.active=demo"));
            command.addAll(arguments);
            var log = Path.of("target", arguments.isEmpty() ? "e2e-app.log" : "e2e-app-" + port + ".log");
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var app = new RunningApp(process, "http://localhost:" + port);
            app.awaitHealthy(Duration.ofSeconds(90), log);
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + jar, e);
        }
    }

    private void awaitHealthy(Duration timeout, Path log) {
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited early; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("The app did not become healthy within " + timeout + "; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
