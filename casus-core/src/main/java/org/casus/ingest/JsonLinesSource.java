package org.casus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Document;
import org.casus.model.Format;
import org.casus.model.ProblemReport;

/**
 * JSON Lines, one article per line: {@code url, title, text} or {@code html}, {@code published,
 * outlet, byline, language}. When a line has both, the clean {@code text} wins. Each document's
 * origin is {@code file.jsonl:LINE}; a bad line is one problem and the lines after it still count.
 */
final class JsonLinesSource extends LazySource {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String origin;
    private final LineReader lines;
    private final SizeLimit limit;

    JsonLinesSource(String origin, InputStream in, SizeLimit limit, ProblemReport report) {
        super(origin, report);
        this.origin = origin;
        this.lines = new LineReader(in, limit.maxBytes());
        this.limit = limit;
    }

    @Override
    Document read() throws IOException {
        for (LineReader.Line line; (line = lines.next()) != null; ) {
            String where = origin + ":" + line.number();
            if (line.tooLong()) {
                report.report(where, limit.tooLargeWhileReading());
                continue;
            }
            // JSONL is UTF-8 by definition; a stray bad byte becomes U+FFFD, not a lost article
            String json = new String(line.bytes(), StandardCharsets.UTF_8);
            if (json.isBlank())
                continue;
            try {
                return toDocument(where, JSON.readTree(json));
            } catch (JsonProcessingException e) {
                report.report(where, "not valid JSON" + column(e) + ": " + jsonReason(e));
            } catch (BadLineException e) {
                report.report(where, e.getMessage());
            }
        }
        return null;
    }

    private static Document toDocument(String where, JsonNode article) throws BadLineException {
        if (!article.isObject())
            throw new BadLineException("not a JSON object");
        Optional<String> title = HintValues.text(string(article, "title"));
        String text = string(article, "text");
        String html = string(article, "html");
        Map<Document.Hint, String> hints = new EnumMap<>(Document.Hint.class);
        title.ifPresent(t -> hints.put(Document.Hint.TITLE, t));
        HintValues.date(string(article, "published")).ifPresent(d -> hints.put(Document.Hint.PUBLISHED, d));
        HintValues.text(string(article, "outlet")).ifPresent(o -> hints.put(Document.Hint.OUTLET, o));
        HintValues.text(string(article, "byline")).ifPresent(b -> hints.put(Document.Hint.BYLINE, b));
        HintValues.language(string(article, "language")).ifPresent(l -> hints.put(Document.Hint.LANGUAGE, l));
        Optional<String> url = HintValues.text(string(article, "url"));
        if (text != null && !text.isBlank()) {
            byte[] content = PlainText.withHeadline(title, text).getBytes(StandardCharsets.UTF_8);
            return new Document(where, url, Format.TEXT, content, Optional.of("UTF-8"), hints);
        }
        if (html != null && !html.isBlank())
            return new Document(where, url, Format.HTML, html.getBytes(StandardCharsets.UTF_8),
                    Optional.of("UTF-8"), hints);
        throw new BadLineException("no \"text\" or \"html\" field");
    }

    /** Limits such as nesting depth are broken with no location to give. */
    private static String column(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    }

    /** Jackson's first clause ("Unexpected character ('<' (code 60))"), without its advice. */
    private static String jsonReason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int advice = message.indexOf(": ");
        return Reason.shorten(advice < 0 ? message : message.substring(0, advice));
    }

    /** A field's value as text; numbers and booleans in their JSON spelling, absent or null as null. */
    private static String string(JsonNode article, String field) {
        JsonNode value = article.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    @Override
    void release() throws IOException {
        lines.close();
    }

    /** One line that is valid JSON but not an article. */
    private static final class BadLineException extends Exception {
        BadLineException(String reason) {
            super(reason, null, false, false);
        }
    }
}
