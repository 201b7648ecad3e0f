package com.offerbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.base.Limits;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 19: a Vaadin message is capped in size and in the length of each of its texts, while it is read. */
class RequestSizeFilterTest {

    private final RequestSizeFilter filter = new RequestSizeFilter();

    @Test
    void a_message_announced_larger_than_the_limit_is_refused_before_any_of_it_is_read() throws Exception {
        var body = new Endless();
        var request = uidl(body, 10 * 1024 * 1024);

        var response = new MockHttpServletResponse();
        var passed = run(request, response);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(passed.get()).isNull();
        assertThat(body.served).isZero();
    }

    @Test
    void a_chunked_message_is_read_only_up_to_the_limit_then_refused() throws Exception {
        var body = new Endless(); // a gigabyte and more, made as it is read
        var request = uidl(body, -1);
        request.addHeader("Transfer-Encoding", "chunked");

        var response = new MockHttpServletResponse();
        var passed = run(request, response);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(passed.get()).isNull();
        assertThat(body.served).isLessThanOrEqualTo(Limits.REQUEST_MAX_BYTES + 1);
    }

    @Test
    void a_text_longer_than_any_field_takes_is_refused_and_a_normal_message_passes_unchanged() throws Exception {
        var tooLong = "{\"rpc\":[{\"type\":\"mSync\",\"property\":\"value\",\"value\":\""
                + "x".repeat(Limits.MESSAGE_TEXT_MAX + 1) + "\"}]}";
        var normal =
                "{\"rpc\":[{\"type\":\"mSync\",\"property\":\"value\",\"value\":\"" + "Notes é".repeat(500) + "\"}]}";

        var refused = new MockHttpServletResponse();
        assertThat(run(json(tooLong), refused).get()).isNull();
        assertThat(refused.getStatus()).isEqualTo(413);

        var passed = run(json(normal));
        assertThat(passed.get()).isNotNull();
        assertThat(new String(passed.get().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(normal);
        assertThat(passed.get().getContentLengthLong()).isEqualTo(normal.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void uploads_are_left_to_their_own_limits() throws Exception {
        var request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/abc/upload");
        request.addHeader("Content-Length", String.valueOf(30 * 1024 * 1024));
        request.setContentType("text/csv");

        var passed = run(request);

        assertThat(passed.get()).isSameAs(request);
    }

    private static MockHttpServletRequest json(String body) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setContentType("application/json; charset=UTF-8");
        request.setCharacterEncoding("UTF-8");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A UIDL request whose body is {@code body}, announcing {@code declared} bytes (-1: no length). */
    private static MockHttpServletRequest uidl(InputStream body, long declared) {
        var request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return declared;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return body.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return body.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {}
                };
            }
        };
        request.setContentType("application/json; charset=UTF-8");
        return request;
    }

    private AtomicReference<HttpServletRequest> run(MockHttpServletRequest request) throws Exception {
        return run(request, new MockHttpServletResponse());
    }

    private AtomicReference<HttpServletRequest> run(MockHttpServletRequest request, MockHttpServletResponse response)
            throws Exception {
        var passed = new AtomicReference<HttpServletRequest>();
        filter.doFilter(request, response, (req, res) -> passed.set((HttpServletRequest) req));
        return passed;
    }

    /** A body that never ends, counting what was read of it. */
    private static final class Endless extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return '[';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) '[');
            served += length;
            return length;
        }
    }
}
