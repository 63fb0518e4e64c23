package org.casus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** The largest document ingest accepts, and the messages for breaking it. */
record SizeLimit(long maxBytes) {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    SizeLimit {
        if (maxBytes <= 0)
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
    }

    boolean exceededBy(long size) {
        return size > maxBytes;
    }

    /** {@code too large: 200 MB, limit 20 MB}. */
    String tooLarge(long size) {
        return "too large: " + describe(size) + ", limit " + describe(maxBytes);
    }

    /** For a stream whose length shows only by reading past the limit. */
    String tooLargeWhileReading() {
        return "too large: more than the " + describe(maxBytes) + " limit";
    }

    /** Reads the stream to its end, giving up as soon as it passes the limit. */
    byte[] readAll(InputStream in, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (exceededBy(total))
                throw new BadInputException(input, tooLargeWhileReading());
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String describe(long bytes) {
        if (bytes >= MB)
            return scaled(bytes, MB, "MB");
        if (bytes >= KB)
            return scaled(bytes, KB, "KB");
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String scaled(long bytes, long unit, String name) {
        if (bytes % unit == 0 || bytes >= 10 * unit)
            return Math.round((double) bytes / unit) + " " + name;
        return String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
    }
}
