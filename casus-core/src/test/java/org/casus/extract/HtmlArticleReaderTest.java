package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Test
    void dropsNavigationShareRelatedNewsletterAndCommentsButKeepsEveryParagraph() throws IOException {
        PageContent page = reader.read(fixture("news-page.html"), Optional.empty());

        assertThat(paragraphs(page)).containsExactly(
                "The little blue ferry that links the old quay with the island village made its first crossing "
                        + "of the year on Saturday, three weeks later than planned, after its engine was rebuilt "
                        + "over the winter.",
                "About forty passengers, most of them islanders carrying shopping bags, waited on the pier "
                        + "before seven in the morning, and the crew handed out hot tea while the boat was checked "
                        + "one last time.",
                "What changed on board",
                "The harbour board said the refit replaced the engine, the steering gear and the heating in the "
                        + "cabin, and that the boat now burns about a fifth less fuel on each trip.",
                "Departures every forty minutes from seven until eight in the evening.",
                "Bicycles travel free of charge until the end of April.",
                "\"We missed it more than we expected,\" said Ines Varga, who runs the bakery next to the island "
                        + "landing. \"For three weeks we had to plan every trip to the mainland around the tide.\"",
                "The board expects to publish a summer timetable in May.");
    }

    @Test
    void leavesOutCaptionsCookieAndJavaScriptNoticesAndTagLists() throws IOException {
        String text = reader.read(fixture("news-page.html"), Optional.empty()).text();

        assertThat(text).doesNotContain("berth", "cookies", "JavaScript", "Copyright", "Facebook", "Island life",
                "Related stories", "bus detour", "Most read");
    }

    @Test
    void readsMetadataFromMetaTags() throws IOException {
        PageContent page = reader.read(fixture("news-page.html"), Optional.empty());

        assertThat(page.title()).isEqualTo("Harbour ferry returns after winter repairs");
        assertThat(page.outlet()).contains("The Tidewater Gazette");
        assertThat(page.byline()).contains("Mara Okonkwo");
        // the date as the publisher wrote it, not shifted to UTC
        assertThat(page.published()).contains(LocalDate.of(2021, 3, 14));
    }

    @Test
    void readsMetadataFromJsonLdGraph() throws IOException {
        PageContent page = reader.read(fixture("jsonld-page.html"), Optional.empty());

        assertThat(page.title()).isEqualTo("Orchard growers count frost damage");
        assertThat(page.outlet()).contains("Valley Courier");
        assertThat(page.byline()).contains("Tomasz Lindqvist, Aiko Brandt");
        assertThat(page.published()).contains(LocalDate.of(2022, 4, 9));
        assertThat(paragraphs(page)).hasSize(3).first().asString().startsWith("Two nights of hard frost");
    }

    @Test
    void readsDateFromTheArticlesTimeElementNotTheSiteHeaderAndBylineFromMarkup() throws IOException {
        PageContent page = reader.read(fixture("time-element.html"), Optional.empty());

        assertThat(page.published()).contains(LocalDate.of(2019, 6, 2));
        assertThat(page.byline()).contains("Sunniva Hart");
        assertThat(paragraphs(page)).hasSize(2);
    }

    @Test
    void readsDateFromUrlPathWhenThePageStatesNone() throws IOException {
        PageContent page = reader.read(fixture("no-date.html"),
                Optional.of("https://garden.example/2020/11/20/basil-on-the-windowsill/"));

        assertThat(page.published()).contains(LocalDate.of(2020, 11, 20));
    }

    @Test
    void leavesDateEmptyWhenNeitherPageNorUrlStatesOne() throws IOException {
        PageContent page = reader.read(fixture("no-date.html"), Optional.of("https://garden.example/basil"));

        assertThat(page.published()).isEmpty();
        assertThat(page.byline()).isEmpty();
        assertThat(page.outlet()).isEmpty();
        assertThat(page.title()).isEqualTo("How to keep basil alive on a windowsill");
        assertThat(paragraphs(page)).hasSize(3);
    }

    @Test
    void extractsBodyFromMalformedHtml() throws IOException {
        PageContent page = reader.read(fixture("malformed.html"), Optional.empty());

        assertThat(paragraphs(page)).hasSize(3);
        assertThat(paragraphs(page).get(2)).isEqualTo("The first market at the new site opens on the eleventh, "
                + "with forty stalls selling street food, crafts and secondhand books.");
        assertThat(page.text()).doesNotContain("Home", "Advertise");
        assertThat(page.title()).isEqualTo("Night market moves to the river bank");
    }

    @Test
    void splitsTextSeparatedByDoubleLineBreaksIntoParagraphs() throws IOException {
        PageContent page = reader.read(fixture("break-separated.html"), Optional.empty());

        assertThat(paragraphs(page)).hasSize(3).allSatisfy(p -> assertThat(p).doesNotContain("Members"));
    }

    @Test
    void keepsTheArticleAndLeavesTeasersOfOtherArticlesOut() throws IOException {
        PageContent page = reader.read(fixture("teasers.html"), Optional.empty());

        assertThat(paragraphs(page)).hasSize(1).first().asString().startsWith("Volunteers finished fitting");
    }

    @Test
    void aSidebarIsNoArticleEvenWhenItHoldsMoreProse() throws IOException {
        PageContent page = reader.read(fixture("long-sidebar.html"), Optional.empty());

        assertThat(paragraphs(page)).hasSize(1).first().asString().startsWith("The corner bakery");
    }

    @Test
    void usesTheJsonLdBodyWhenThePageShowsOnlyItsOpening() throws IOException {
        PageContent page = reader.read(fixture("paywall.html"), Optional.empty());

        assertThat(paragraphs(page)).hasSize(3);
        assertThat(paragraphs(page).get(2)).startsWith("Opponents had argued");
        assertThat(page.published()).contains(LocalDate.of(2023, 2, 1));
    }

    @Test
    void ignoresAJsonLdBodyThePageDoesNotShow() throws IOException {
        PageContent page = reader.read(fixture("mismatched-jsonld.html"), Optional.empty());

        assertThat(page.text()).startsWith("The city council voted").doesNotContain("bakery", "Opponents");
    }

    @Test
    void throughTheExtractorTheArticleCarriesUrlAndMetadata() throws IOException {
        byte[] html = fixture("news-page.html").getBytes(StandardCharsets.UTF_8);
        Document doc = new Document("pages/ferry.html", Optional.of("https://gazette.example/ferry"), Format.HTML,
                html, Optional.empty(), Map.of());

        Article article = new ArticleExtractor().extract(doc);

        assertThat(article.url()).contains("https://gazette.example/ferry");
        assertThat(article.title()).isEqualTo("Harbour ferry returns after winter repairs");
        assertThat(article.text()).startsWith("The little blue ferry").endsWith("summer timetable in May.");
    }

    @Test
    void handlesDeeplyNestedMarkup() {
        String html = "<div>".repeat(5_000) + "<p>Deep inside many boxes, the one paragraph of this page still "
                + "reaches the reader, whole and in order.</p>" + "</div>".repeat(5_000);

        PageContent page = reader.read(html, Optional.empty());

        assertThat(page.text()).startsWith("Deep inside many boxes");
    }

    @Test
    void randomBytesGiveAnExtractionErrorOrTextButNeverACrash() {
        long seed = 20240601L;
        java.util.Random random = new java.util.Random(seed);
        ArticleExtractor extractor = new ArticleExtractor();
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[random.nextInt(5000)];
            random.nextBytes(garbage);
            Document doc = Document.of("garbage-" + seed + "-" + i, Format.HTML, garbage);
            try {
                assertThat(extractor.extract(doc).text()).isNotBlank();
            } catch (ExtractionException e) {
                // random bytes are mostly told apart as binary; what passes that holds no article
                assertThat(e.getMessage()).isIn("no article text found", "binary data, not text");
            }
        }
    }

    private static List<String> paragraphs(PageContent page) {
        return List.of(page.text().split("\n\n"));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/extract/" + name)) {
            if (in == null)
                throw new IOException("missing test fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
