package org.casus.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Document;
import org.casus.model.Format;
import org.casus.model.ProblemReport;

/**
 * One file, in whichever format its first bytes show, gzip-compressed or not. The size is
 * checked before anything but the head is read: a single document over the limit is refused
 * at once, while WARC, JSONL and gzip files stream and may be any size.
 */
final class FileSource extends DeferredSource {
    private final Path path;
    private final String origin;
    private final SizeLimit limit;

    FileSource(Path path, SizeLimit limit, ProblemReport report) {
        super(path.toString(), report);
        this.path = path;
        this.origin = path.toString();
        this.limit = limit;
    }

    @Override
    Source open() throws IOException {
        BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
        if (file.isDirectory())
            throw new BadInputException(origin, "is a directory");
        if (!file.isRegularFile())
            throw new BadInputException(origin, "not a regular file");
        if (file.size() == 0)
            throw new BadInputException(origin, "empty file");
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        }
        InputKind kind = FormatSniffer.sniff(head, fileName());
        if (limit.exceededBy(file.size()) && !kind.streams())
            throw new BadInputException(origin, limit.tooLarge(file.size()));
        return switch (kind) {
            case GZIP -> openGzip();
            case WARC -> new WarcSource(origin, FileChannel.open(path), limit, report);
            case JSONL -> new JsonLinesSource(origin, Files.newInputStream(path), limit, report);
            default -> {
                byte[] content = head.length == file.size() ? head : readAll(Files.newInputStream(path));
                yield whole(kind, content, "");
            }
        };
    }

    private Source openGzip() throws IOException {
        byte[] head = gzipHead();
        InputKind kind = FormatSniffer.sniff(head, fileName().replaceFirst("\\.(gz|gzip)$", ""));
        switch (kind) {
            case WARC:
                // jwarc reads the gzip members itself, and so knows each record's offset
                return new WarcSource(origin, FileChannel.open(path), limit, report);
            case JSONL:
                return new JsonLinesSource(origin, GzipInput.open(path, origin), limit, report);
            case GZIP:
                throw new BadInputException(origin, "gzip inside gzip is not supported");
            default:
                return whole(kind, readAll(GzipInput.open(path, origin)), " in gzip");
        }
    }

    /**
     * The first decompressed bytes, from a stream of their own. A damaged file still shows what
     * it holds, so that a cut archive yields the records before the cut; the damage is reported
     * by whichever reader then reaches it.
     */
    private byte[] gzipHead() throws IOException {
        byte[] head = new byte[FormatSniffer.HEAD_BYTES];
        int n = 0;
        try (InputStream in = GzipInput.open(path, origin)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) >= 0; )
                n += r;
        } catch (BadInputException e) {
            if (n == 0)
                throw e;
        }
        if (n == 0)
            throw new BadInputException(origin, "empty file (gzip of nothing)");
        return Arrays.copyOf(head, n);
    }

    private Source whole(InputKind kind, byte[] content, String where) throws BadInputException {
        Optional<String> bom = FormatSniffer.bomCharset(content).map(Charset::name);
        return switch (kind) {
            case TEXT, BLANK -> single(Format.TEXT, content, bom, kind == InputKind.BLANK, where);
            case HTML -> single(Format.HTML, content, bom, false, where);
            case FEED -> new FeedSource(origin, content, Optional.empty(), report);
            case BINARY -> throw new BadInputException(origin, binaryReason(where));
            default -> throw new IllegalStateException("not a whole-document kind: " + kind);
        };
    }

    private Source single(Format format, byte[] content, Optional<String> charset, boolean blank,
                          String where) throws BadInputException {
        if (blank && new String(content, charset.map(Charset::forName).orElse(ISO_8859_1)).isBlank())
            throw new BadInputException(origin, "empty file (only whitespace" + where + ")");
        return new OneDocumentSource(new Document(origin, Optional.empty(), format, content, charset,
                Map.of()), report);
    }

    private static String binaryReason(String where) {
        return where.isEmpty() ? InputKind.BINARY_REASON
                : InputKind.BINARY_REASON.replace("(binary data)", "(binary data" + where + ")");
    }

    private byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return limit.readAll(in, origin);
        }
    }

    private String fileName() {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
