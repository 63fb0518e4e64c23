package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Format;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The five seed articles: real text with page clutter copied into it (issue 3). */
class SeedArticlesTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    /** Clutter found in the seeds; none of it may survive as a line of the body. */
    private static final List<String> CLUTTER = List.of("share", "spread the love", "don't miss", "up next",
            "related topics:", "related posts", "you may also like", "leave a comment", "search",
            "send this to a friend", "gvw_ap_news", "13 hours ago", "islam news");

    private static Article read(String prefix) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(SharedData.folder("seeds"))) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        return EXTRACTOR.extract(Document.of(file.toString(), Format.TEXT, Files.readAllBytes(file)));
    }

    private static List<String> rawLines(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.folder("seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    @Test
    void keepsEveryProseParagraphAndNoClutterLine() throws IOException {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            Article article = read(seed);
            List<String> body = List.of(article.text().split("\n\n"));
            for (String line : body)
                assertThat(CLUTTER).as(seed + " keeps clutter line").doesNotContain(line.toLowerCase(Locale.ROOT));
            assertThat(article.text()).doesNotContain("escort", "Javascript", "Wikimedia Commons");
            List<String> raw = rawLines(seed);
            for (String line : raw) {
                boolean prose = line.split("\\s+").length >= 15 && line.matches(".*[.?!\"”]$") && !line.endsWith("...");
                // a caption shown twice (once with its credit) is not a body sentence
                boolean repeated = raw.stream().filter(l -> l.startsWith(line)).count() > 1;
                if (prose && !repeated)
                    assertThat(body).as(seed + " lost a body paragraph").contains(line);
            }
        }
    }

    @Test
    void readsHeadlineFromFirstContentLine() throws IOException {
        assertThat(read("001").title()).isEqualTo(rawLines("001").get(1));
        assertThat(read("002").title()).isEqualTo(rawLines("002").get(0));
        assertThat(read("002").text()).doesNotStartWith(rawLines("002").get(0));
    }

    @Test
    void readsOutletAndDateThatTheTextStates() throws IOException {
        Article ap = read("001");
        assertThat(ap.outlet()).contains("Associated Press");
        assertThat(ap.published()).contains(LocalDate.of(2020, 11, 20));
        assertThat(read("004").outlet()).contains("The Washington Post");
        assertThat(read("002").outlet()).contains("Islam News");
        assertThat(read("003").byline()).contains("christineanderso");
    }

    @Test
    void leavesUnstatedDatesUnknownRatherThanGuessing() throws IOException {
        for (String seed : List.of("000", "002", "003", "004"))
            assertThat(read(seed).published()).as(seed).isEmpty();
    }

    @Test
    void dropsRepeatedAndCreditedPhotoCaptions() throws IOException {
        assertThat(read("000").text()).doesNotContain("Friday prayers in Tehran September 14, 2007");
        assertThat(read("003").text()).doesNotContain("The funeral for");
    }
}
