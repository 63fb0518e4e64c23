package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.ingest.Fixtures.path;
import static org.casus.ingest.Fixtures.readAll;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.casus.model.Document;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInputTest {
    private final CollectedProblems problems = new CollectedProblems();

    @TempDir
    Path temp;

    @Test
    void readsPlainTextFileAsOneTextDocument() throws Exception {
        Path file = path("article.txt");
        List<Document> documents = readAll(file.toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(Format.TEXT);
            assertThat(d.origin()).isEqualTo(file.toString());
            assertThat(d.content()).isEqualTo(Files.readAllBytes(file));
            assertThat(d.url()).isEmpty();
        });
    }

    @Test
    void readsHtmlPageAsOneHtmlDocument() throws Exception {
        List<Document> documents = readAll(path("page.html").toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).singleElement().extracting(Document::format).isEqualTo(Format.HTML);
    }

    @Test
    void passesMalformedHtmlThroughForTheExtractorToCopeWith() throws Exception {
        Path file = path("malformed.html");
        List<Document> documents = readAll(file.toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(d.content()).isEqualTo(Files.readAllBytes(file));
        });
    }

    @Test
    void passesLatin1BytesOnUntouchedWithoutClaimingACharset() throws Exception {
        Path file = path("latin1.txt");
        List<Document> documents = readAll(file.toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(Format.TEXT);
            assertThat(d.content()).isEqualTo(Files.readAllBytes(file));
            assertThat(d.charset()).isEmpty();
        });
    }

    @Test
    void recordsTheCharsetAByteOrderMarkDeclares() throws Exception {
        Path file = temp.resolve("bom.txt");
        Files.write(file, concat(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "Headline\n\nBody text.".getBytes(StandardCharsets.UTF_8)));

        assertThat(readAll(file.toString(), problems)).singleElement()
                .extracting(Document::charset).isEqualTo(Optional.of("UTF-8"));
    }

    @Test
    void reportsEmptyFileOnce() throws Exception {
        Path file = path("empty.txt");

        assertThat(readAll(file.toString(), problems)).isEmpty();
        assertThat(problems.lines()).containsExactly(file + ": empty file");
    }

    @Test
    void reportsFileOfOnlyWhitespaceAsEmpty() throws Exception {
        Path file = temp.resolve("blank.txt");
        Files.writeString(file, "  \n\t\n  ");

        assertThat(readAll(file.toString(), problems)).isEmpty();
        assertThat(problems.lines()).singleElement().asString().startsWith(file + ": empty file");
    }

    @Test
    void reportsBinaryFileOnce() throws Exception {
        Path file = path("binary.png");

        assertThat(readAll(file.toString(), problems)).isEmpty();
        assertThat(problems.lines()).containsExactly(
                file + ": not a text, HTML, feed, JSONL or WARC file (binary data)");
    }

    @Test
    void reportsElfExecutableAsBinary() throws Exception {
        Path file = temp.resolve("tool");
        Files.write(file, concat(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1}, "plain looking tail".getBytes()));

        assertThat(readAll(file.toString(), problems)).isEmpty();
        assertThat(problems.lines()).singleElement().asString().endsWith("(binary data)");
    }

    @Test
    void reportsTruncatedGzipWithTheOffsetWhereDataEnds() throws Exception {
        Path file = path("truncated.txt.gz");

        assertThat(readAll(file.toString(), problems)).isEmpty();
        assertThat(problems.lines()).containsExactly(
                file + ": truncated gzip data at offset " + Files.size(file));
    }

    @Test
    void decompressesGzipThenDetectsWhatIsInside() throws Exception {
        Path file = temp.resolve("page.html.gz");
        Files.write(file, gzip(Files.readAllBytes(path("page.html"))));

        List<Document> documents = readAll(file.toString(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(Format.HTML);
            assertThat(d.content()).isEqualTo(Files.readAllBytes(path("page.html")));
            assertThat(d.origin()).isEqualTo(file.toString());
        });
    }

    @Test
    void readsGzippedJsonLinesLineByLine() throws Exception {
        Path file = temp.resolve("batch.jsonl.gz");
        Files.write(file, gzip(Files.readAllBytes(path("articles.jsonl"))));

        assertThat(readAll(file.toString(), problems)).hasSize(3);
        assertThat(problems.all()).singleElement().extracting(p -> p.input()).isEqualTo(file + ":2");
    }

    @Test
    void refusesFileOverTheSizeLimitBeforeReadingIt() throws Exception {
        Path file = temp.resolve("huge.html");
        // sparse: takes no disk space, and is never committed
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }

        assertThat(readAll(file.toString(), problems)).isEmpty();
        assertThat(problems.lines()).containsExactly(file + ": too large: 200 MB, limit 20 MB");
    }

    @Test
    void appliesTheSizeLimitToWhatGzipDecompressesTo() throws Exception {
        Path file = temp.resolve("bomb.txt.gz");
        Files.write(file, gzip(("Headline\n\n" + "word ".repeat(2000)).getBytes(StandardCharsets.UTF_8)));
        IngestSettings small = new IngestSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 5, 4096, "Casus/test");

        assertThat(readAll(new DocumentSources(small).open(file.toString(), problems))).isEmpty();
        assertThat(problems.lines()).containsExactly(file + ": too large: more than the 4 KB limit");
    }

    @Test
    void reportsMissingFile() throws Exception {
        String missing = temp.resolve("nowhere.txt").toString();

        assertThat(readAll(missing, problems)).isEmpty();
        assertThat(problems.lines()).containsExactly(missing + ": no such file or directory");
    }

    @Test
    void refusesUrlsThatAreNotHttp() throws Exception {
        assertThat(readAll("ftp://files.example/news.txt", problems)).isEmpty();
        assertThat(readAll("file:///etc/passwd", problems)).isEmpty();

        assertThat(problems.lines()).containsExactly(
                "ftp://files.example/news.txt: unsupported URL scheme ftp: (only http and https)",
                "file:///etc/passwd: unsupported URL scheme file: (only http and https)");
    }

    @Test
    void readsNothingUntilIterated() throws Exception {
        Source source = new DocumentSources(IngestSettings.defaults()).open(path("empty.txt").toString(), problems);
        assertThat(problems.all()).isEmpty();

        readAll(source);
        assertThat(problems.all()).hasSize(1);
    }

    static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
