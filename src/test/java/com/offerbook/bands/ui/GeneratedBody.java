package com.offerbook.bands.ui;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An upload body of any size that is never held in memory: a head, then a line repeated until {@code size} bytes,
 * made as they are read. {@link #served()} says how much a reader took.
 */
public final class GeneratedBody extends InputStream {

    private final byte[] head;
    private final byte[] line;
    private final long size;
    private long served;

    public GeneratedBody(String head, String line, long size) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.line = line.getBytes(StandardCharsets.UTF_8);
        this.size = size;
    }

    @Override
    public int read() {
        if (served >= size) {
            return -1;
        }
        long at = served++;
        return at < head.length ? head[(int) at] : line[(int) ((at - head.length) % line.length)];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (served >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - served);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) read();
        }
        return n;
    }

    public long served() {
        return served;
    }
}
