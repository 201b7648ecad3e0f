package com.offerbook.base.ui;

import com.offerbook.base.Limits;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An upload that the server reads as a stream and stops reading at a limit (issue 19: Vaadin's in-memory handler
 * read a whole 1.3 GB body before the app could look at its size). The body is first {@code read} into a parsed
 * form, from a stream that ends at the limit; only when the body was within the limit is the parsed form handed to
 * {@code apply} (which saves), so a cut file is never half-imported. One import per user runs at a time, and at
 * most {@link Limits#IMPORTS_AT_ONCE} on the server; another is refused with a message without being read.
 *
 * @param <P> what {@code read} makes of the body (parsed rows, a data file)
 * @param <R> what {@code apply} answers (a report, a message)
 */
public final class LimitedUpload<P, R> implements UploadHandler {

    /** What became of one upload: the import's answer, or why it was refused before anything was saved. */
    public sealed interface Outcome<R> {

        record Done<R>(R result) implements Outcome<R> {}

        record Refused<R>(String message) implements Outcome<R> {}
    }

    private static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Semaphore SERVER = new Semaphore(Limits.IMPORTS_AT_ONCE);

    private final long maxBytes;
    private final Function<InputStream, P> read;
    private final Function<P, R> apply;
    private final Consumer<Outcome<R>> done;

    /**
     * @param maxBytes the most the server reads of a body
     * @param read parses the body from a stream that ends at the limit (it must not save anything)
     * @param apply saves what was read; called only for a body within the limit
     * @param done told the outcome, on the upload's request thread (use {@code ui.access} to show it)
     */
    public LimitedUpload(
            long maxBytes, Function<InputStream, P> read, Function<P, R> apply, Consumer<Outcome<R>> done) {
        this.maxBytes = maxBytes;
        this.read = read;
        this.apply = apply;
        this.done = done;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var principal = event.getRequest().getUserPrincipal();
        var user = principal != null
                ? principal.getName()
                : "session " + event.getSession().getSession().getId();
        Outcome<R> outcome;
        try (var body = event.getInputStream()) {
            outcome = receive(body, event.getFileSize(), user);
        }
        if (outcome instanceof Outcome.Refused<R>(var message)) {
            event.reject(message);
        }
        done.accept(outcome);
    }

    /**
     * Reads at most {@code maxBytes} (and one more, to know there was more) of {@code body}, whatever its size, and
     * imports it if it was within the limit. {@code declaredSize} is the size the client announced (-1 when it did
     * not): a body announced too large is refused without reading any of it.
     */
    public Outcome<R> receive(InputStream body, long declaredSize, String user) {
        if (declaredSize > maxBytes) {
            return tooLarge();
        }
        if (!RUNNING.add(user)) {
            return new Outcome.Refused<>("Another import of yours is still running; try again when it has finished.");
        }
        try {
            if (!SERVER.tryAcquire()) {
                return new Outcome.Refused<>("The server is busy with other imports; try again in a minute.");
            }
            try {
                var limited = new Limited(body, maxBytes);
                P parsed = read.apply(limited);
                limited.drain();
                if (limited.exceeded()) {
                    return tooLarge();
                }
                return new Outcome.Done<>(apply.apply(parsed));
            } catch (UncheckedIOException brokenOff) {
                return new Outcome.Refused<>("The upload broke off; nothing was imported.");
            } finally {
                SERVER.release();
            }
        } finally {
            RUNNING.remove(user);
        }
    }

    private Outcome<R> tooLarge() {
        var size = maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
        return new Outcome.Refused<>("The file is larger than " + size + "; nothing was imported.");
    }

    /** A stream that ends after {@code max} bytes and remembers whether the body went on. */
    static final class Limited extends InputStream {

        private final InputStream body;
        private final long max;
        private long read;
        private boolean exceeded;

        Limited(InputStream body, long max) {
            this.body = body;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            var one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (exceeded) {
                return -1;
            }
            if (read >= max) {
                // One byte past the limit says whether the body goes on; it is not handed to the reader.
                exceeded = body.read() != -1;
                return -1;
            }
            int n = body.read(buffer, offset, (int) Math.min(length, max - read));
            if (n > 0) {
                read += n;
            }
            return n;
        }

        /** Reads what the parser left, up to the limit, so that a body over the limit is known as such. */
        void drain() {
            var buffer = new byte[16 * 1024];
            try {
                while (read(buffer, 0, buffer.length) != -1) {
                    // nothing to keep
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean exceeded() {
            return exceeded;
        }

        long bytesRead() {
            return read;
        }

        @Override
        public void close() {
            // The request's stream is closed by the handler.
        }
    }
}
