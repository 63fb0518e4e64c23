package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.ingest.Fixtures.readAll;
import static org.casus.ingest.Fixtures.text;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casus.model.Document;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourceTest {
    private static final String STORY = "<html><head><title>Dam Levels Rise</title></head>"
            + "<body><p>Reservoir levels rose after a week of rain.</p></body></html>";
    private static final byte[] LEGACY_STORY = "<html><body><p>Na\u00efve caf\u00e9 owners</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final CollectedProblems problems = new CollectedProblems();
    private final List<WarcRecord> written = new ArrayList<>();
    private final List<Long> offsets = new ArrayList<>();

    @TempDir
    Path temp;

    @Test
    void readsHtmlResponsesAndSilentlySkipsEverythingElse() throws Exception {
        Path warc = crawl("crawl.warc.gz", WarcCompression.GZIP);

        List<Document> documents = readAll(warc.toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).extracting(d -> d.url().orElseThrow()).containsExactly(
                "https://news.example/dam-levels", "https://news.example/legacy");
        Document first = documents.get(0);
        assertThat(first.format()).isEqualTo(Format.HTML);
        assertThat(first.origin()).isEqualTo(warc + "#" + written.get(1).id());
        assertThat(text(first)).isEqualTo(STORY);
        assertThat(first.charset()).contains("utf-8");
        Document legacy = documents.get(1);
        assertThat(legacy.content()).isEqualTo(LEGACY_STORY);
        assertThat(legacy.charset()).contains("windows-1252");
    }

    @Test
    void readsUncompressedWarcToo() throws Exception {
        Path warc = crawl("crawl.warc", WarcCompression.NONE);

        assertThat(readAll(warc.toString(), problems)).hasSize(2);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void keepsTheRecordsBeforeATruncationAndReportsTheFileOnce() throws Exception {
        Path warc = crawl("cut.warc.gz", WarcCompression.GZIP);
        byte[] whole = Files.readAllBytes(warc);
        Files.write(warc, Arrays.copyOf(whole, whole.length - 60));

        List<Document> documents = readAll(warc.toString(), problems);

        assertThat(documents).extracting(d -> d.url().orElseThrow()).containsExactly("https://news.example/dam-levels");
        assertThat(problems.lines()).containsExactly(warc + ": truncated data at offset " + offsets.get(5));
    }

    @Test
    void aCutInsideARecordBodyIsOneProblemForTheFile() throws Exception {
        Path warc = crawl("cut.warc", WarcCompression.NONE);
        byte[] whole = Files.readAllBytes(warc);
        Files.write(warc, Arrays.copyOf(whole, whole.length - 20));

        List<Document> documents = readAll(warc.toString(), problems);

        assertThat(documents).extracting(d -> d.url().orElseThrow()).containsExactly("https://news.example/dam-levels");
        assertThat(problems.lines()).containsExactly(warc + ": truncated data at offset " + offsets.get(5));
    }

    @Test
    void aCutInsideASkippedRecordIsStillReported() throws Exception {
        Path warc = temp.resolve("cut-image.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            write(writer, response("https://news.example/dam-levels", 200, "text/html", STORY.getBytes(StandardCharsets.UTF_8)));
            write(writer, response("https://news.example/photo.jpg", 200, "image/jpeg", new byte[400]));
        }
        byte[] whole = Files.readAllBytes(warc);
        Files.write(warc, Arrays.copyOf(whole, whole.length - 100));

        assertThat(readAll(warc.toString(), problems)).hasSize(1);
        assertThat(problems.lines()).containsExactly(warc + ": truncated data at offset " + offsets.get(1));
    }

    @Test
    void streamsAnArchiveLargerThanTheDocumentLimit() throws Exception {
        Path warc = crawl("crawl.warc", WarcCompression.NONE);
        IngestSettings small = new IngestSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 5, 500, "Casus/test");
        assertThat(Files.size(warc)).isGreaterThan(500);

        assertThat(readAll(new DocumentSources(small).open(warc.toString(), problems))).hasSize(2);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void reportsOnlyTheRecordOverTheSizeLimit() throws Exception {
        Path warc = crawl("crawl.warc.gz", WarcCompression.GZIP);
        IngestSettings small = new IngestSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 5, 100, "Casus/test");

        List<Document> documents = readAll(new DocumentSources(small).open(warc.toString(), problems));

        assertThat(documents).extracting(d -> d.url().orElseThrow()).containsExactly("https://news.example/legacy");
        assertThat(problems.lines()).containsExactly(
                warc + "#" + written.get(1).id() + ": too large: more than the 100 bytes limit");
    }

    @Test
    void undoesGzipContentEncodingAndReportsAnEncodingItCannotUndo() throws Exception {
        Path warc = temp.resolve("encoded.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            write(writer, encoded("https://news.example/zipped", "gzip",
                    FileInputTest.gzip(STORY.getBytes(StandardCharsets.UTF_8))));
            write(writer, encoded("https://news.example/squeezed", "x-squeeze", new byte[]{1, 2, 3}));
        }

        List<Document> documents = readAll(warc.toString(), problems);

        assertThat(documents).singleElement().satisfies(d -> assertThat(text(d)).isEqualTo(STORY));
        assertThat(problems.lines()).containsExactly(
                warc + "#" + written.get(1).id() + ": unsupported Content-Encoding: x-squeeze");
    }

    /** A small crawl: a request, the story, a 404, an image, a resource record, a legacy page. */
    private Path crawl(String name, WarcCompression compression) throws Exception {
        Path warc = temp.resolve(name);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), compression)) {
            write(writer, new WarcRequest.Builder(URI.create("https://news.example/dam-levels"))
                    .body(new HttpRequest.Builder("GET", "/dam-levels").build()).build());
            write(writer, response("https://news.example/dam-levels", 200, "text/html; charset=utf-8",
                    STORY.getBytes(StandardCharsets.UTF_8)));
            write(writer, response("https://news.example/gone", 404, "text/html", "<p>not here</p>".getBytes()));
            write(writer, response("https://news.example/logo.png", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
            write(writer, new WarcResource.Builder(URI.create("https://news.example/raw"))
                    .body(MediaType.HTML, "<p>a resource, not a response</p>".getBytes()).build());
            write(writer, response("https://news.example/legacy", 200, "text/html;charset=windows-1252", LEGACY_STORY));
        }
        return warc;
    }

    private void write(WarcWriter writer, WarcRecord record) throws Exception {
        written.add(record);
        offsets.add(writer.position());
        writer.write(record);
    }

    private static WarcResponse encoded(String url, String encoding, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, body)
                .addHeader("Content-Encoding", encoding).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }
}
