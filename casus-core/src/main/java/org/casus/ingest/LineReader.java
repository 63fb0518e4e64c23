package org.casus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into numbered lines, none longer than a limit: a huge line is skipped
 * without being held in memory, so one runaway line cannot exhaust the heap.
 */
final class LineReader implements Closeable {

    /** One line without its terminator; {@code bytes} is null when the line broke the limit. */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private long number;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (position == limit && !fill())
            return null;
        number++;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        while (true) {
            int start = position;
            while (position < limit && buffer[position] != '\n')
                position++;
            int n = position - start;
            length += n;
            if (length <= maxBytes)
                line.write(buffer, start, n);
            if (position < limit) {
                position++; // the '\n'
                break;
            }
            if (!fill())
                break;
        }
        if (length > maxBytes)
            return new Line(number, null);
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r')
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        return new Line(number, bytes);
    }

    private boolean fill() throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        position = 0;
        limit = n;
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
