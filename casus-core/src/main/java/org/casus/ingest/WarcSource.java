package org.casus.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import org.casus.model.Document;
import org.casus.model.Format;
import org.casus.model.ProblemReport;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages in a WARC or WARC.gz archive, read record by record so that an archive of any
 * size streams. Each HTTP 200 response with an HTML content type becomes a document: url is the
 * record's target URI, charset the one the HTTP header declared, origin
 * {@code file.warc.gz#<record id>} (or {@code #<offset>} for a record without an id), and a
 * gzip or deflate Content-Encoding is undone. Requests, metadata, redirects, errors and non-HTML payloads
 * are skipped without a word, since a crawl is mostly those.
 */
final class WarcSource extends LazySource {
    private final String origin;
    private final ReadableByteChannel channel;
    private final SizeLimit limit;
    private WarcReader reader;
    private long recordStart;

    WarcSource(String origin, ReadableByteChannel channel, SizeLimit limit, ProblemReport report) {
        super(origin, report);
        this.origin = origin;
        this.channel = channel;
        this.limit = limit;
    }

    @Override
    Document read() throws IOException {
        if (reader == null)
            reader = new WarcReader(channel); // detects gzip itself, member by member
        while (true) {
            Optional<WarcRecord> record = nextRecord();
            if (record.isEmpty()) {
                if (skippedPastEnd())
                    throw new BadInputException(origin, "truncated data at offset " + recordStart);
                return null;
            }
            recordStart = reader.position();
            if (record.get() instanceof WarcResponse response) {
                Optional<Document> page = toDocument(response);
                if (page.isPresent())
                    return page.get();
            }
        }
    }

    private Optional<WarcRecord> nextRecord() throws IOException {
        try {
            return reader.next();
        } catch (ParsingException e) {
            // jwarc's message quotes the bytes around the fault; the offset is enough to find them
            throw new BadInputException(origin, "invalid WARC record at offset " + reader.position());
        } catch (EOFException e) {
            throw new BadInputException(origin, "truncated data at offset " + reader.position());
        } catch (ZipException e) {
            throw new BadInputException(origin, "corrupt gzip data at offset " + reader.position()
                    + ": " + Reason.shorten(String.valueOf(e.getMessage())));
        }
    }

    private Optional<Document> toDocument(WarcResponse response) throws IOException {
        MediaType recordType = response.contentType();
        if (!recordType.type().equalsIgnoreCase("application") || !recordType.subtype().equalsIgnoreCase("http"))
            return Optional.empty();
        String where = origin + "#" + recordName(response);
        try {
            HttpResponse http = response.http();
            MediaType pageType = http.contentType();
            if (http.status() != 200 || !isHtml(pageType))
                return Optional.empty();
            MessageBody decoded;
            try {
                decoded = http.bodyDecoded();
            } catch (IOException e) {
                report.report(where, "unsupported Content-Encoding: "
                        + http.headers().first("Content-Encoding").orElse("unknown"));
                return Optional.empty();
            }
            byte[] body = limit.readAll(decoded.stream(), where);
            Optional<String> charset = Optional.ofNullable(caseless(pageType.parameters(), "charset"))
                    .map(String::strip).filter(s -> !s.isEmpty());
            return Optional.of(new Document(where, Optional.of(response.target()), Format.HTML, body,
                    charset, Map.of()));
        } catch (BadInputException e) {
            report.report(e.input(), e.reason());
        } catch (IOException | IllegalArgumentException e) {
            if (endsInside(response))
                throw new BadInputException(origin, "truncated data at offset " + reader.position());
            // one broken record (bad HTTP header, unknown Content-Encoding) costs only that record
            report.report(where, Reason.of(e));
        }
        return Optional.empty();
    }

    /** Whether the archive stops before the record's declared end: the file is cut, not the record. */
    private boolean endsInside(WarcRecord record) {
        try {
            record.body().consume();
            return skippedPastEnd();
        } catch (IOException e) {
            return true;
        }
    }

    /** On a plain file jwarc skips a record by seeking, which never fails, even past the end. */
    private boolean skippedPastEnd() throws IOException {
        return reader.compression() == WarcCompression.NONE && channel instanceof SeekableByteChannel file
                && file.position() > file.size();
    }

    private String recordName(WarcRecord record) {
        try {
            return record.id().toString();
        } catch (RuntimeException e) {
            return String.valueOf(reader.position());
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String caseless(Map<String, String> parameters, String name) {
        for (Map.Entry<String, String> p : parameters.entrySet())
            if (p.getKey().equalsIgnoreCase(name))
                return p.getValue();
        return null;
    }

    @Override
    void release() throws IOException {
        if (reader != null)
            reader.close();
        else
            channel.close();
    }
}
