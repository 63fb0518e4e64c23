package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.casus.model.Span;
import org.junit.jupiter.api.Test;

/** Reads the small ECB+-shaped corpus under src/test/resources/ecb. */
class EcbCorpusTest {

    private static Path folder() throws URISyntaxException {
        return Path.of(EcbCorpusTest.class.getResource("/ecb/derived/documents.tsv").toURI()).getParent().getParent();
    }

    @Test
    void readsOnlyTheDocumentsOfTheAskedSplit() throws Exception {
        EcbCorpus corpus = EcbCorpus.read(folder(), "test");
        // the train document has no XML file: reading it would fail
        assertThat(corpus.documents()).extracting(EcbDocument::id).containsExactly("99_1ecb", "99_1ecbplus");
        assertThat(corpus.documents()).extracting(EcbDocument::subtopic).containsExactly("99_ecb", "99_ecbplus");
    }

    @Test
    void leavesOutTheAddressSentenceOfEcbplusDocumentsOnly() throws Exception {
        EcbCorpus corpus = EcbCorpus.read(folder(), "test");
        EcbDocument ecb = corpus.documents().get(0);
        EcbDocument plus = corpus.documents().get(1);
        assertThat(ecb.tokens()).first().isEqualTo(new EcbToken(1, 0, "A"));
        assertThat(plus.tokens()).first().isEqualTo(new EcbToken(10, 1, "Heavy"));
        assertThat(plus.tokens()).extracting(EcbToken::word).contains("&").doesNotContain("http");
    }

    @Test
    void keepsEventMentionsWithTheirChainsAndValidation() throws Exception {
        List<GoldEventMention> events = EcbCorpus.read(folder(), "test").events();
        // the HUMAN row is not an event
        assertThat(events).extracting(GoldEventMention::key)
                .containsExactly("99_1ecb/1", "99_1ecb/3", "99_1ecb/4", "99_1ecbplus/1", "99_1ecbplus/2");
        assertThat(events.get(2).chain()).isEqualTo(events.get(0).chain());
        assertThat(events.get(4).tokens()).containsExactly(19, 20);
        assertThat(events.get(4).validated()).isFalse();
        assertThat(events.get(3).validated()).isTrue();
    }

    @Test
    void knowsTheValidatedSentences() throws Exception {
        EcbCorpus corpus = EcbCorpus.read(folder(), "test");
        assertThat(corpus.isValidated("99_1ecbplus", 1)).isTrue();
        assertThat(corpus.isValidated("99_1ecbplus", 2)).isFalse();
        assertThat(corpus.isValidated("99_1ecb", 0)).isTrue();
    }

    @Test
    void joinsTokensBySpacesAndSentencesByABlankLineAndMapsSpansBack() throws Exception {
        EcbText text = EcbText.of(EcbCorpus.read(folder(), "test").documents().get(1));
        assertThat(text.article().text()).isEqualTo("Heavy rain flooded the valley .\n\nFarmers & herders lost crops .");
        Span flooded = text.span(12).orElseThrow();
        assertThat(flooded.cut(text.article().text())).isEqualTo("flooded");
        // a span from inside "rain" to inside "the" touches three tokens
        assertThat(text.tokensOverlapping(new Span(8, 20))).extracting(EcbToken::id).containsExactly(11, 12, 13);
        assertThat(text.span(1)).isEmpty();
    }

    @Test
    void aCutOffFileIsOneLineNamingIt() throws Exception {
        Path broken = folder().resolve("broken.xml");
        assertThatThrownBy(() -> EcbDocument.read(broken, 1, "1_ecb")).isInstanceOf(IOException.class)
                .hasMessageStartingWith(broken + ": not ECB+ XML");
    }

    @Test
    void aMissingCorpusSaysWhichFile() {
        Path nowhere = Path.of("no-such-folder");
        assertThatThrownBy(() -> EcbCorpus.read(nowhere, "test")).isInstanceOf(IOException.class)
                .hasMessageContaining("documents.tsv: no such file");
    }
}
