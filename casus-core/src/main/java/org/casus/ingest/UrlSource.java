package org.casus.ingest;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Document;
import org.casus.model.Format;
import org.casus.model.ProblemReport;

/**
 * A page or feed on the web. The response's Content-Type decides what it is; only a response
 * without one (or with the catch-all application/octet-stream) is sniffed. A feed gives the entries' content as the feed has it: the entry links
 * are not fetched, which keeps one feed URL one request.
 */
final class UrlSource extends DeferredSource {
    private final String input;
    private final URI uri;
    private final UrlFetcher fetcher;

    UrlSource(String input, URI uri, UrlFetcher fetcher, ProblemReport report) {
        super(input, report);
        this.input = input;
        this.uri = uri;
        this.fetcher = fetcher;
    }

    @Override
    Source open() throws IOException {
        UrlFetcher.Fetched page = fetcher.fetch(input, uri);
        if (page.body().length == 0)
            throw new BadInputException(input, "empty response");
        // a generic binary type says as little as no type at all: the body is sniffed for both
        Optional<ContentType> type = page.contentType().map(ContentType::parse)
                .filter(t -> !t.mediaType().equals("application/octet-stream"));
        InputKind kind;
        if (type.isPresent())
            kind = type.get().kind().orElseThrow(() -> new BadInputException(input,
                    "unsupported content type " + type.get().mediaType()));
        else
            kind = FormatSniffer.sniff(Arrays.copyOf(page.body(), Math.min(page.body().length, FormatSniffer.HEAD_BYTES)),
                    Optional.ofNullable(page.uri().getPath()).orElse("").toLowerCase(Locale.ROOT));
        Optional<String> charset = type.flatMap(ContentType::charset);
        return switch (kind) {
            case HTML -> single(page, Format.HTML, charset);
            case TEXT -> single(page, Format.TEXT, charset);
            case FEED -> new FeedSource(input, page.body(), page.contentType(), report);
            default -> throw new BadInputException(input, "not a page or feed (content looks like "
                    + kind.name().toLowerCase(Locale.ROOT) + ")");
        };
    }

    private Source single(UrlFetcher.Fetched page, Format format, Optional<String> charset) {
        return new OneDocumentSource(new Document(input, Optional.of(page.uri().toString()), format,
                page.body(), charset, Map.of()), report);
    }
}
