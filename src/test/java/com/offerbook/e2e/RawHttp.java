package com.offerbook.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand on a socket, for requests a browser or Java's HTTP client will not send: a malformed
 * request line, TRACE, a foreign Host header.
 */
final class RawHttp {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    /** A response: status, headers (names in lower case, each with all of its values) and body. */
    record Response(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
                    .map(List::getFirst);
        }

        Optional<String> sessionId() {
            return header("set-cookie")
                    .map(SESSION_COOKIE::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1));
        }

        /** The Spring Security CSRF token the page carries for its sign-in form. */
        String csrfToken() {
            var matcher = CSRF_META.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no CSRF token in the page");
            }
            return matcher.group(1);
        }
    }

    private RawHttp() {}

    /** Sends {@code request} (lines separated by CRLF, ending with an empty line) exactly as written. */
    static Response send(RunningApp app, String request) {
        var uri = URI.create(app.url("/"));
        try (var socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            return parse(bytes.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response get(RunningApp app, String path, String host, String cookie) {
        return send(
                app,
                "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                        + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n")
                        + "Connection: close\r\n\r\n");
    }

    /** POST /login with these form fields and extra header lines (each ending with CRLF). */
    static Response postLogin(RunningApp app, String host, String cookie, Map<String, String> form, String extra) {
        var body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        var bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return send(
                app,
                "POST /login HTTP/1.1\r\nHost: " + host + "\r\n"
                        + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n")
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + bytes.length + "\r\n"
                        + extra
                        + "Connection: close\r\n\r\n"
                        + body);
    }

    static Map<String, String> form(String... namesAndValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static Response parse(String raw) {
        var end = raw.indexOf("\r\n\r\n");
        var head = end < 0 ? raw : raw.substring(0, end);
        var body = end < 0 ? "" : raw.substring(end + 4);
        var lines = head.split("\r\n");
        var status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, List<String>>();
        for (int i = 1; i < lines.length; i++) {
            var colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
        }
        return new Response(status, headers, body);
    }
}
