package org.casus.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.casus.model.Document;
import org.casus.model.ProblemReport;

/**
 * The ingest stage's door: turns what a user names on the command line into {@link Document}s.
 *
 * <p>An input is a file, a directory (walked recursively in name order, hidden files skipped) or
 * an http/https URL. Formats are told from the content, the file name only breaking ties: plain
 * text, HTML, JSON Lines, RSS/Atom feeds, WARC archives, and gzip of any of them; a URL's
 * Content-Type decides between page, feed and text.
 *
 * <p>Bad input never throws: each bad file, URL, line or record becomes one
 * {@link org.casus.model.Problem} in the report, naming the input and the reason
 * ({@code feeds/x.xml:12:5: DOCTYPE not allowed}, {@code http://127.0.0.1:9/: connection
 * refused}), and everything else is still read. Thread-safe; build one per process.
 */
public final class DocumentSources {
    // a scheme of two or more letters, so that a Windows path such as C:\news is not a URL
    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private final SizeLimit limit;
    private final UrlFetcher fetcher;

    /** @param settings timeouts, redirect and size limits, user agent; see {@link IngestSettings#defaults()} */
    public DocumentSources(IngestSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.limit = new SizeLimit(settings.maxDocumentBytes());
        this.fetcher = new UrlFetcher(settings);
    }

    /**
     * Opens one input for reading. Nothing is read until the source is iterated; problems go to
     * {@code report} as they are met, in order among the documents.
     *
     * @param input  a file or directory path, or an http/https URL
     * @param report where problems go; never thrown
     * @return the input's documents; empty (after one problem) for an input that cannot be read
     */
    public Source open(String input, ProblemReport report) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(report, "report");
        try {
            return route(input, report);
        } catch (IOException | RuntimeException e) {
            return new FailedSource(input, Reason.of(e), report);
        }
    }

    private Source route(String input, ProblemReport report) throws IOException {
        if (input.isBlank())
            throw new BadInputException(input, "empty input name");
        if (URL_SCHEME.matcher(input).matches() && !existsAsFile(input))
            return openUrl(input, report);
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            throw new BadInputException(input, "not a valid path: " + Reason.shorten(e.getReason()));
        }
        if (Files.isDirectory(path))
            return new DirectorySource(path, limit, report);
        return new FileSource(path, limit, report);
    }

    private Source openUrl(String input, ProblemReport report) throws BadInputException {
        URI uri;
        try {
            uri = new URI(input.strip());
        } catch (URISyntaxException e) {
            throw new BadInputException(input, "not a valid URL: " + Reason.shorten(e.getReason()));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new BadInputException(input, "unsupported URL scheme " + scheme + ": (only http and https)");
        if (!UrlFetcher.isHttp(uri))
            throw new BadInputException(input, "not a valid URL: no host");
        return new UrlSource(input, uri, fetcher, report);
    }

    private static boolean existsAsFile(String input) {
        try {
            return Files.exists(Path.of(input));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** An input refused before reading: one problem when iterated, no documents. */
    private static final class FailedSource extends LazySource {
        private final String input;
        private final String reason;

        FailedSource(String input, String reason, ProblemReport report) {
            super(input, report);
            this.input = input;
            this.reason = reason;
        }

        @Override
        Document read() throws IOException {
            throw new BadInputException(input, reason);
        }
    }
}
