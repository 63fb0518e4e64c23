package org.casus.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches one URL with the JDK client: bounded time, bounded size, and redirects followed by
 * hand so that every hop is counted and checked to stay on http or https (a redirect to
 * {@code file:} or {@code ftp:} is refused, not followed).
 */
final class UrlFetcher {
    private static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, "
            + "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

    /** A 2xx response: where it finally came from, its Content-Type header and its body. */
    record Fetched(URI uri, Optional<String> contentType, byte[] body) {
    }

    private final IngestSettings settings;
    private final SizeLimit limit;
    private HttpClient client;

    UrlFetcher(IngestSettings settings) {
        this.settings = settings;
        this.limit = new SizeLimit(settings.maxDocumentBytes());
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && uri.getHost() != null;
    }

    /** @param input the URL as the user gave it, which every problem names */
    Fetched fetch(String input, URI start) throws IOException {
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            String hop = current.equals(start) ? "" : "after redirect to " + current + ": ";
            HttpResponse<byte[]> response = exchange(input, current, hop);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects == settings.maxRedirects())
                    throw new BadInputException(input, "too many redirects (more than " + settings.maxRedirects() + ")");
                current = redirectTarget(input, hop, current, response);
                continue;
            }
            if (status < 200 || status > 299)
                throw new BadInputException(input, hop + "HTTP " + status);
            return new Fetched(current, response.headers().firstValue("Content-Type"), response.body());
        }
    }

    private static URI redirectTarget(String input, String hop, URI current, HttpResponse<byte[]> response)
            throws BadInputException {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new BadInputException(input, hop + "HTTP " + response.statusCode()
                        + " redirect without a Location"));
        URI next;
        try {
            next = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(input, hop + "redirect to an invalid URL: " + Reason.shorten(location));
        }
        if (!isHttp(next))
            throw new BadInputException(input, hop + "redirect to a non-http URL refused: " + Reason.shorten(location));
        return next;
    }

    private HttpResponse<byte[]> exchange(String input, URI uri, String hop) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).GET()
                    .timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(input, hop + "not a valid URL: " + Reason.shorten(String.valueOf(e.getMessage())));
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request, info ->
                new BoundedBody(limit, input, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        // the request timeout covers the wait for headers only; this deadline also covers the body
        Duration deadline = settings.connectTimeout().plus(settings.readTimeout());
        try {
            return pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new BadInputException(input, hop + "timed out after " + seconds(deadline));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            throw failure(input, hop, uri, e.getCause());
        }
    }

    private IOException failure(String input, String hop, URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad)
                return bad;
            if (t instanceof HttpConnectTimeoutException)
                return new BadInputException(input, hop + "connect timed out after " + seconds(settings.connectTimeout()));
            if (t instanceof HttpTimeoutException)
                return new BadInputException(input, hop + "timed out after " + seconds(settings.readTimeout()));
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException)
                return new BadInputException(input, hop + "unknown host " + uri.getHost());
            if (t instanceof SSLException)
                return new BadInputException(input, hop + "TLS failure: " + Reason.of(t));
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof ConnectException && (t.getMessage() == null || message.contains("refused")))
                return new BadInputException(input, hop + "connection refused");
        }
        return new BadInputException(input, hop + Reason.of(cause));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private synchronized HttpClient client() {
        // built on first use: a run over local files never starts the client's threads
        if (client == null)
            client = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        return client;
    }
}
