package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casus.ingest.Fixtures.path;
import static org.casus.ingest.Fixtures.readAll;
import static org.casus.ingest.Fixtures.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casus.model.Document;
import org.casus.model.Document.Hint;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
    private final CollectedProblems problems = new CollectedProblems();

    @TempDir
    Path temp;

    @Test
    void readsRssItemsWithTheirHintsAndSkipsTheOneWithoutABody() throws Exception {
        String file = path("feeds/rss2.xml").toString();

        List<Document> documents = readAll(file, problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).extracting(Document::origin).containsExactly(file + "#1", file + "#2");
        Document first = documents.get(0);
        assertThat(first.format()).isEqualTo(Format.HTML);
        assertThat(first.url()).contains("https://northshore.example/ferry-timetable");
        assertThat(text(first)).startsWith("<p>The island ferry will run every forty minutes");
        assertThat(first.hints()).isEqualTo(Map.of(
                Hint.TITLE, "Ferry Timetable Changes for Summer",
                Hint.PUBLISHED, "2025-06-02",
                Hint.OUTLET, "Northshore Daily",
                Hint.BYLINE, "Tomas Lind",
                Hint.LANGUAGE, "en"));
    }

    @Test
    void fallsBackToTheDescriptionWhenThereIsNoEncodedContent() throws Exception {
        Document second = readAll(path("feeds/rss2.xml").toString(), problems).get(1);

        assertThat(text(second)).isEqualTo("<p>Builders finished the new roof at Bay Primary a week ahead of schedule.</p>");
        assertThat(second.hint(Hint.PUBLISHED)).contains("2025-06-03");
    }

    @Test
    void readsAtomEntriesWithHtmlAndPlainTextBodies() throws Exception {
        String file = path("feeds/atom.xml").toString();

        List<Document> documents = readAll(file, problems);

        assertThat(problems.all()).isEmpty();
        assertThat(documents).hasSize(2);
        Document html = documents.get(0);
        assertThat(html.format()).isEqualTo(Format.HTML);
        assertThat(text(html)).isEqualTo("<p>Ab Juli f\u00e4hrt ein Bus st\u00fcndlich ins obere Tal.</p>");
        assertThat(html.url()).contains("https://bergtal.example/buslinie");
        assertThat(html.hint(Hint.PUBLISHED)).contains("2025-05-19");
        assertThat(html.hint(Hint.OUTLET)).contains("Bergtal Nachrichten");
        assertThat(html.hint(Hint.BYLINE)).contains("Greta Hofer");
        Document plain = documents.get(1);
        assertThat(plain.format()).isEqualTo(Format.TEXT);
        assertThat(text(plain)).isEqualTo("Wetterstation erneuert\n\nDie Wetterstation am Pass misst jetzt auch Schneeh\u00f6he.");
        assertThat(plain.hint(Hint.PUBLISHED)).as("updated stands in for a missing published date").contains("2025-05-18");
    }

    @Test
    void neverResolvesAnExternalEntityToALocalFile() throws Exception {
        Path secret = Files.copy(path("feeds/secret.txt"), temp.resolve("secret.txt"));
        String canary = Files.readString(secret).strip();
        Path feed = temp.resolve("xxe.xml");
        Files.writeString(feed, Files.readString(path("feeds/xxe.xml"))
                .replace("SECRET_FILE_URI", secret.toUri().toString()));
        // control: a parser with the JDK's defaults does pull the file in, so the feed is a real attack
        var unsafe = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(feed)));
        assertThat(unsafe.getDocumentElement().getTextContent()).contains(canary);

        List<Document> documents = readAll(feed.toString(), problems);

        assertThat(documents).allSatisfy(d -> assertThat(text(d)).doesNotContain("canary"));
        assertThat(documents).isEmpty();
        assertThat(problems.lines()).singleElement().satisfies(line -> {
            assertThat(line).isEqualTo(feed + ":2:10: DOCTYPE not allowed (feeds are read without DTDs or external entities)");
            assertThat(line).doesNotContain(canary);
        });
    }

    @Test
    void reportsBrokenXmlWithLineAndColumn() throws Exception {
        String file = path("feeds/broken.xml").toString();

        assertThat(readAll(file, problems)).isEmpty();
        assertThat(problems.lines()).singleElement().asString()
                .startsWith(file + ":12:7: ")
                .contains("description");
    }

    @Test
    void refusesNestingDeepEnoughToOverflowTheStack() throws Exception {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>"
                + "<b>".repeat(100_000) + "</b>".repeat(100_000) + "</description></item></channel></rss>";

        assertThat(readAll(new FeedSource("deep.xml", xml.getBytes(StandardCharsets.UTF_8),
                java.util.Optional.empty(), problems))).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.input()).startsWith("deep.xml:1:");
            assertThat(p.reason()).containsIgnoringCase("depth");
        });
    }

    @Test
    void reportsXmlThatIsNotAFeed() throws Exception {
        String file = path("feeds/sitemap.xml").toString();

        assertThat(readAll(file, problems)).isEmpty();
        assertThat(problems.lines()).containsExactly(file + ": not an RSS or Atom feed (root element <urlset>)");
    }

    @Test
    void reportsOnceWhenNoEntryHasABody() throws Exception {
        String file = path("feeds/titles-only.xml").toString();

        assertThat(readAll(file, problems)).isEmpty();
        assertThat(problems.lines()).containsExactly(file + ": no entry has a body: the feed gives only titles and links");
    }

    @Test
    void readsAFeedInTheCharsetItsDeclarationNames() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Le Journal</title>"
                + "<item><title>\u00c9t\u00e9</title><description>Le caf\u00e9 rouvre.</description></item></channel></rss>";

        List<Document> documents = readAll(new FeedSource("latin.xml", xml.getBytes(StandardCharsets.ISO_8859_1),
                java.util.Optional.empty(), problems));

        assertThat(problems.all()).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(text(d)).isEqualTo("Le caf\u00e9 rouvre.");
            assertThat(d.charset()).contains("UTF-8");
            assertThat(d.hint(Hint.TITLE)).contains("\u00c9t\u00e9");
        });
    }
}
