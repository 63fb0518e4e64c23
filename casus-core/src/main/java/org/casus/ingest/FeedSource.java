package org.casus.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Document;
import org.casus.model.Format;
import org.casus.model.ProblemReport;

/**
 * The entries of an RSS 2.0, RSS 1.0 or Atom feed, each a document with origin
 * {@code feed.xml#N}: the body is content:encoded, Atom content or else the description, as the
 * feed gives it (links are not fetched); the entry's title, link, date and author and the
 * feed's title (OUTLET) and language become hints. Entries without any body are skipped; a feed
 * with no body in any entry is reported once, so that an empty result is never silent.
 */
final class FeedSource extends LazySource {
    private final String origin;
    private final byte[] xml;
    private final Optional<String> contentType;
    private SyndFeed feed;
    private Iterator<SyndEntry> entries;
    private int index;
    private int produced;

    /** @param contentType the HTTP Content-Type, for a feed fetched from a URL */
    FeedSource(String origin, byte[] xml, Optional<String> contentType, ProblemReport report) {
        super(origin, report);
        this.origin = origin;
        this.xml = xml;
        this.contentType = contentType;
    }

    @Override
    Document read() throws IOException {
        if (entries == null) {
            feed = FeedParser.parse(origin, xml, contentType);
            entries = feed.getEntries().iterator();
        }
        while (entries.hasNext()) {
            SyndEntry entry = entries.next();
            index++;
            Optional<Document> document = toDocument(entry);
            if (document.isPresent()) {
                produced++;
                return document.get();
            }
        }
        if (produced == 0 && index > 0)
            report.report(origin, "no entry has a body: the feed gives only titles and links");
        return null;
    }

    private Optional<Document> toDocument(SyndEntry entry) {
        Optional<SyndContent> body = body(entry);
        if (body.isEmpty())
            return Optional.empty();
        Map<Document.Hint, String> hints = new EnumMap<>(Document.Hint.class);
        Optional<String> title = HintValues.text(entry.getTitle());
        title.ifPresent(t -> hints.put(Document.Hint.TITLE, t));
        HintValues.date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())
                .ifPresent(d -> hints.put(Document.Hint.PUBLISHED, d));
        HintValues.text(feed.getTitle()).ifPresent(o -> hints.put(Document.Hint.OUTLET, o));
        HintValues.text(entry.getAuthor()).ifPresent(a -> hints.put(Document.Hint.BYLINE, a));
        HintValues.language(feed.getLanguage()).ifPresent(l -> hints.put(Document.Hint.LANGUAGE, l));
        Optional<String> link = HintValues.text(entry.getLink());
        String value = body.get().getValue();
        String where = origin + "#" + index;
        if (isPlainText(body.get().getType())) {
            byte[] text = PlainText.withHeadline(title, value).getBytes(StandardCharsets.UTF_8);
            return Optional.of(new Document(where, link, Format.TEXT, text, Optional.of("UTF-8"), hints));
        }
        return Optional.of(new Document(where, link, Format.HTML, value.getBytes(StandardCharsets.UTF_8),
                Optional.of("UTF-8"), hints));
    }

    /** content:encoded or Atom content first: descriptions are often only a teaser. */
    private static Optional<SyndContent> body(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        for (SyndContent content : contents)
            if (content.getValue() != null && !content.getValue().isBlank())
                return Optional.of(content);
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank())
            return Optional.of(description);
        return Optional.empty();
    }

    private static boolean isPlainText(String type) {
        if (type == null)
            return false;
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("text/plain");
    }
}
