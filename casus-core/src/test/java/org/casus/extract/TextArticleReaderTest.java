package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static Article fixture(String name) throws IOException {
        try (InputStream in = TextArticleReaderTest.class.getResourceAsStream("/extract/" + name)) {
            return EXTRACTOR.extract(Document.of(name, Format.TEXT, in.readAllBytes()));
        }
    }

    @Test
    void dropsShareButtonsPromotionsAndTrailingSectionsButKeepsBody() throws IOException {
        Article article = fixture("lighthouse-original.txt");
        assertThat(article.title()).isEqualTo("Storm Damages Old Lighthouse on the North Cape");
        assertThat(article.text()).startsWith("A winter storm tore the copper roof")
                .endsWith("it draws thousands of visitors each summer.")
                .doesNotContain("Share\n", "DON'T MISS", "Ferry Timetable", "Leave a Comment");
        assertThat(article.text().split("\n\n")).hasSize(4);
    }

    @Test
    void readsOutletAndDateFromTheLinesUnderTheHeadline() throws IOException {
        Article article = fixture("lighthouse-original.txt");
        assertThat(article.outlet()).contains("Coastline Gazette");
        assertThat(article.published()).contains(LocalDate.of(2024, 3, 3));
        assertThat(article.language()).contains("en");
        assertThat(article.text()).doesNotContain("Published March 3");
    }

    @Test
    void aDateInTheBodyIsNotThePublicationDate() throws IOException {
        Article article = fixture("lighthouse-retold.txt");
        assertThat(article.published()).isEmpty();
    }

    @Test
    void decodesLegacyEncodedText() throws IOException {
        byte[] latin1 = "Café owners in Málaga protest\n\nThe owners of several cafés in Málaga closed their doors on Monday to protest against a new tax on terraces, which they say will cost each of them thousands of euros a year."
                .getBytes(Charset.forName("ISO-8859-1"));
        Article article = EXTRACTOR.extract(Document.of("latin1.txt", Format.TEXT, latin1));
        assertThat(article.title()).isEqualTo("Café owners in Málaga protest");
    }

    @Test
    void rejectsBinaryData() {
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 7);
        assertThatThrownBy(() -> EXTRACTOR.extract(Document.of("blob.bin", Format.TEXT, binary)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("binary");
    }

    @Test
    void tellsLanguagesApart() {
        LanguageGuesser guesser = new LanguageGuesser();
        assertThat(guesser.guess("Die Regierung hat am Montag beschlossen, dass die neue Brücke über den Fluss nicht vor dem Jahr gebaut wird, weil das Geld fehlt."))
                .contains("de");
        assertThat(guesser.guess("Le gouvernement a annoncé lundi que le nouveau pont sur la rivière ne sera pas construit avant la fin de l'année, faute de moyens."))
                .contains("fr");
        assertThat(guesser.guess("Короче говоря, правительство объявило в понедельник о новом мосте.")).contains("ru");
        assertThat(guesser.guess("Too short.")).isEmpty();
    }
}
