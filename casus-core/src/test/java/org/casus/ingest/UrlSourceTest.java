package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.ingest.Fixtures.path;
import static org.casus.ingest.Fixtures.readAll;
import static org.casus.ingest.Fixtures.text;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.casus.model.Document;
import org.casus.model.Document.Hint;
import org.casus.model.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UrlSourceTest {
    private static final IngestSettings SETTINGS = new IngestSettings(Duration.ofSeconds(2),
            Duration.ofMillis(700), 3, 4096, "Casus/test");
    private static final byte[] PAGE = "<html><head><title>Tide Tables</title></head><body><p>Spring tides arrive on Friday. Caf\u00e9s open late.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final CollectedProblems problems = new CollectedProblems();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService handlers;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        userAgents.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        try (exchange) {
            switch (path) {
                case "/page" -> send(exchange, 200, "text/html; charset=ISO-8859-1", PAGE);
                case "/hop1" -> redirect(exchange, 302, base + "/hop2");
                case "/hop2" -> redirect(exchange, 301, "/page");
                case "/loop" -> redirect(exchange, 302, "/loop");
                case "/to-file" -> redirect(exchange, 302, "file:///etc/passwd");
                case "/big" -> send(exchange, 200, "text/html", new byte[5000]);
                case "/stream" -> stream(exchange, 20);
                case "/feed" -> send(exchange, 200, "application/rss+xml", Files.readAllBytes(path("feeds/rss2.xml")));
                case "/plain" -> send(exchange, 200, "text/plain; charset=utf-8", "Headline\n\nBody.".getBytes(StandardCharsets.UTF_8));
                case "/untyped" -> send(exchange, 200, null, PAGE);
                case "/text-xml" -> send(exchange, 200, "text/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<rss version=\"2.0\"><channel><title>Z\u00fcrich Post</title><item><title>Caf\u00e9</title>"
                        + "<description>Cr\u00e8me br\u00fbl\u00e9e</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
                case "/octets" -> send(exchange, 200, "application/octet-stream", Files.readAllBytes(path("feeds/atom.xml")));
                case "/image" -> send(exchange, 200, "image/png", Files.readAllBytes(path("binary.png")));
                case "/empty" -> send(exchange, 200, "text/html", new byte[0]);
                case "/slow" -> {
                    awaitRelease();
                    send(exchange, 200, "text/html", PAGE);
                }
                default -> send(exchange, 404, "text/html", "<p>no such page</p>".getBytes());
            }
        }
    }

    @Test
    void fetchesAPageAndRecordsTheCharsetTheServerDeclares() throws Exception {
        List<Document> documents = read(base + "/page");

        assertThat(problems.all()).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo(base + "/page");
            assertThat(d.url()).contains(base + "/page");
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(d.content()).isEqualTo(PAGE);
            assertThat(d.charset()).contains("ISO-8859-1");
        });
        assertThat(userAgents).containsEntry("/page", "Casus/test");
    }

    @Test
    void followsRedirectsAndKeepsTheAddressItEndedAt() throws Exception {
        List<Document> documents = read(base + "/hop1");

        assertThat(problems.all()).isEmpty();
        assertThat(requests).containsExactly("/hop1", "/hop2", "/page");
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo(base + "/hop1");
            assertThat(d.url()).contains(base + "/page");
        });
    }

    @Test
    void givesUpAfterTheRedirectLimit() throws Exception {
        assertThat(read(base + "/loop")).isEmpty();

        assertThat(problems.lines()).containsExactly(base + "/loop: too many redirects (more than 3)");
        assertThat(requests).hasSize(4);
    }

    @Test
    void refusesARedirectToAFileUrl() throws Exception {
        assertThat(read(base + "/to-file")).isEmpty();

        assertThat(problems.lines()).containsExactly(
                base + "/to-file: redirect to a non-http URL refused: file:///etc/passwd");
    }

    @Test
    void refusesABodyWhoseLengthIsOverTheLimit() throws Exception {
        assertThat(read(base + "/big")).isEmpty();

        assertThat(problems.lines()).containsExactly(base + "/big: too large: 4.9 KB, limit 4 KB");
    }

    @Test
    void stopsReadingABodyThatGrowsPastTheLimit() throws Exception {
        assertThat(read(base + "/stream")).isEmpty();

        assertThat(problems.lines()).containsExactly(base + "/stream: too large: more than the 4 KB limit");
    }

    @Test
    void readsAFeedUrlEntriesWithoutFetchingTheirLinks() throws Exception {
        List<Document> documents = read(base + "/feed");

        assertThat(problems.all()).isEmpty();
        assertThat(documents).extracting(Document::origin).containsExactly(base + "/feed#1", base + "/feed#2");
        assertThat(documents.get(0).hint(Hint.OUTLET)).contains("Northshore Daily");
        assertThat(requests).containsExactly("/feed");
    }

    @Test
    void readsPlainTextAsText() throws Exception {
        assertThat(read(base + "/plain")).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(Format.TEXT);
            assertThat(text(d)).isEqualTo("Headline\n\nBody.");
            assertThat(d.charset()).contains("utf-8");
        });
    }

    @Test
    void sniffsTheBodyOnlyWhenThereIsNoContentType() throws Exception {
        assertThat(read(base + "/untyped")).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(d.charset()).isEmpty();
        });
    }

    @Test
    void readsAFeedServedAsTextXmlInTheCharsetItsDeclarationNames() throws Exception {
        assertThat(read(base + "/text-xml")).singleElement().satisfies(d -> {
            assertThat(text(d)).isEqualTo("Cr\u00e8me br\u00fbl\u00e9e");
            assertThat(d.hint(Hint.OUTLET)).contains("Z\u00fcrich Post");
        });
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void sniffsABodyServedAsOctetStream() throws Exception {
        assertThat(read(base + "/octets")).hasSize(2).allSatisfy(d -> assertThat(d.origin()).startsWith(base + "/octets#"));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void reportsAContentTypeItDoesNotRead() throws Exception {
        assertThat(read(base + "/image")).isEmpty();

        assertThat(problems.lines()).containsExactly(base + "/image: unsupported content type image/png");
    }

    @Test
    void reportsAnErrorStatus() throws Exception {
        assertThat(read(base + "/missing")).isEmpty();

        assertThat(problems.lines()).containsExactly(base + "/missing: HTTP 404");
    }

    @Test
    void reportsAnEmptyResponse() throws Exception {
        assertThat(read(base + "/empty")).isEmpty();

        assertThat(problems.lines()).containsExactly(base + "/empty: empty response");
    }

    @Test
    void reportsAClosedPortAsConnectionRefused() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/";

        assertThat(read(url)).isEmpty();

        assertThat(problems.lines()).containsExactly(url + ": connection refused");
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() throws Exception {
        assertThat(read(base + "/slow")).isEmpty();

        assertThat(problems.lines()).singleElement().asString().startsWith(base + "/slow: timed out after ");
    }

    private List<Document> read(String url) throws Exception {
        return readAll(new DocumentSources(SETTINGS).open(url, problems));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null)
            exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    /** A chunked body with no Content-Length, so that only reading shows its size. */
    private static void stream(HttpExchange exchange, int kilobytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < kilobytes; i++)
                out.write(new byte[1024]);
        } catch (IOException e) {
            // the client hangs up once it has seen enough; that is the behaviour under test
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
