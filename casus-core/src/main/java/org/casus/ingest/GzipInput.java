package org.casus.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The decompressed bytes of a gzip file. A truncated or corrupt file fails with a
 * {@link BadInputException} naming the offset in the compressed file where reading stopped,
 * instead of the JDK's bare "Unexpected end of ZLIB input stream".
 */
final class GzipInput extends FilterInputStream {
    private final String origin;
    private final Counted compressed;

    private GzipInput(InputStream decompressed, Counted compressed, String origin) {
        super(decompressed);
        this.origin = origin;
        this.compressed = compressed;
    }

    static InputStream open(Path path, String origin) throws IOException {
        Counted compressed = new Counted(new BufferedInputStream(Files.newInputStream(path), 65536));
        try {
            return new GzipInput(new GZIPInputStream(compressed, 65536), compressed, origin);
        } catch (IOException e) {
            compressed.close();
            throw translate(e, compressed.count, origin);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw translate(e, compressed.count, origin);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            throw translate(e, compressed.count, origin);
        }
    }

    private static IOException translate(IOException e, long offset, String origin) {
        if (e instanceof EOFException)
            return new BadInputException(origin, "truncated gzip data at offset " + offset);
        if (e instanceof ZipException)
            return new BadInputException(origin, "corrupt gzip data at offset " + offset + ": "
                    + Reason.shorten(String.valueOf(e.getMessage())));
        return e;
    }

    /** Counts the compressed bytes the inflater has taken, for the offset in messages. */
    private static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0)
                count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
