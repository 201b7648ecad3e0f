package com.offerbook.security;

import com.offerbook.base.Limits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Caps the body of every request except uploads (issue 19: a single 10 MB Vaadin message was accepted and its
 * value kept in the session). A body announced larger than {@link Limits#REQUEST_MAX_BYTES} is refused with 413
 * before any of it is read; a body without a length (chunked) is read up to the limit and refused as soon as it
 * goes past it. A JSON body (Vaadin's UIDL messages) is also refused when one of its texts is longer than
 * {@link Limits#MESSAGE_TEXT_MAX}: no field accepts that much, so no field's value kept in the session can be
 * longer, whatever the browser's maxlength said.
 *
 * <p>Uploads ({@code /VAADIN/dynamic/resource/…}) have their own limits, read while streaming by their handlers
 * ({@code LimitedUpload}) and capped by {@code spring.servlet.multipart.*}. Form posts (sign-in) are checked by
 * their announced length here and by Tomcat's {@code max-http-form-post-size} for chunked ones, because Tomcat
 * reads their parameters from the original stream. Registered as a servlet filter by {@code @Component}, after
 * {@link SecurityHeadersFilter}, so refusals carry the security headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter extends OncePerRequestFilter {

    static final String UPLOADS = "/VAADIN/dynamic/resource/";

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Limits.MESSAGE_TEXT_MAX)
                    .maxNameLength(Limits.MESSAGE_TEXT_MAX)
                    .build())
            .build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request) || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > Limits.REQUEST_MAX_BYTES) {
            refuse(response, "Request too large");
            return;
        }
        var type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        var body = readAtMost(request.getInputStream(), Limits.REQUEST_MAX_BYTES);
        if (body == null) {
            refuse(response, "Request too large");
            return;
        }
        if (type.contains("json") && hasOverlongText(body)) {
            refuse(response, "A text in this request is too long");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith(UPLOADS);
    }

    private static boolean hasBody(HttpServletRequest request) {
        var encoding = request.getHeader("Transfer-Encoding");
        return request.getContentLengthLong() > 0 || (encoding != null && !encoding.isBlank());
    }

    /** The body when it has at most {@code max} bytes; null as soon as it has more (the rest is never read). */
    static byte @Nullable [] readAtMost(InputStream in, int max) throws IOException {
        var body = in.readNBytes(max + 1);
        return body.length > max ? null : body;
    }

    /** Whether a JSON body holds a text (or a name) longer than a message may carry. */
    static boolean hasOverlongText(byte[] body) {
        try (var parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    // Reading the text makes the parser check its length (and it is at most the body's size).
                    if (parser.getString().length() > Limits.MESSAGE_TEXT_MAX) {
                        return true;
                    }
                }
            }
            return false;
        } catch (StreamConstraintsException tooLong) {
            return true;
        } catch (JacksonException notJson) {
            return false; // not ours to judge: whoever reads it answers as it would
        }
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
        // Sent now: Tomcat closes the connection after this request without reading the rest of a body larger
        // than its swallow size, and an answer still in the buffer would be lost with it.
        response.flushBuffer();
    }

    /** The request with its body already read (and checked). */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            var encoding = getCharacterEncoding();
            var charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
