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
import java.util.UUID;

/**
 * The packaged production jar on a free port. The browser tests share one, started once with the {@code demo}
 * profile on its own in-memory database and stopped when the test JVM exits; a test or benchmark that needs other
 * settings starts its own and stops it.
 */
public final class RunningApp {

    private static RunningApp instance;

    private final Process process;
    private final String baseUrl;

    private RunningApp(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static synchronized RunningApp get() {
        if (instance == null) {
            instance = start(List.of(), demo(List.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(instance.process::destroy));
        }
        return instance;
    }

    /** A demo app of its own, with extra arguments (settings the shared app must not have); stop it when done. */
    static RunningApp startWith(String... arguments) {
        return start(List.of(), demo(List.of(arguments)));
    }

    /** The jar with these JVM options and application arguments (the port is chosen here); stop it when done. */
    public static RunningApp start(List<String> jvmOptions, List<String> arguments) {
        var jar = jar();
        try {
            int port = freePort();
            var java = ProcessHandle.current().info().command().orElse("java");
            var command = new ArrayList<String>();
            command.add(java);
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            var log = Path.of("target", "app-" + port + ".log");
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var app = new RunningApp(process, "http://localhost:" + port);
            try { // up to 3 minutes; -Dapp.start.minutes=N on a machine shared with other heavy work
                app.awaitHealthy(Duration.ofMinutes(Long.getLong("app.start.minutes", 3)), log);
            } catch (RuntimeException notHealthy) {
                process.destroy(); // a jar that did not come up in time must not live on beside the next attempt
                throw notHealthy;
            }
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + jar, e);
        }
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public long pid() {
        return process.pid();
    }

    public void stop() {
        process.destroy();
    }

    /** Ends the process at once, as a crash or an out-of-memory killer would (SIGKILL on Linux). */
    public void kill() {
        process.destroyForcibly();
    }

    private static List<String> demo(List<String> extra) {
        var arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.profiles.active=demo"));
        arguments.addAll(extra);
        return arguments;
    }

    /** The jar the build made: Failsafe names it in app.jar; otherwise the one in target/. */
    private static Path jar() {
        var named = System.getProperty("app.jar");
        try (var files = Files.list(Path.of("target"))) {
            var jar = named != null
                    ? Path.of(named)
                    : files.filter(f -> f.getFileName().toString().matches("offerbook-.*\\.jar"))
                            .findFirst()
                            .orElse(Path.of("target/offerbook.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(
                        "This needs the packaged jar " + jar + ": run ./mvnw package (or verify) first");
            }
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException(e);
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
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                                .build(),
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
