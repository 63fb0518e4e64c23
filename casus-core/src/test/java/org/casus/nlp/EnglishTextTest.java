package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.casus.model.Article;
import org.junit.jupiter.api.Test;

class EnglishTextTest {
    private static final String ENGLISH = "The council said on Monday that the bridge would stay closed for repairs, "
            + "and that buses were to carry commuters across the river until it opened again.";
    private static final String PORTUGUESE = "A prefeitura disse na segunda-feira que a ponte continuará fechada "
            + "para reparos e que os ônibus vão levar os passageiros até a reabertura.";

    private static Article article(String text, String language) {
        return new Article("a", "a.html", Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty(),
                Optional.ofNullable(language), text, Optional.empty());
    }

    @Test
    void readsEnglishDeclaredOrNot() {
        assertThat(EnglishText.reads(article(ENGLISH, "en-GB"))).isTrue();
        assertThat(EnglishText.reads(article(ENGLISH, null))).isTrue();
    }

    @Test
    void leavesOutAPageDeclaredInAnotherLanguageThatReadsAsIt() {
        assertThat(EnglishText.reads(article(PORTUGUESE, "pt-BR"))).isFalse();
    }

    @Test
    void readsAnEnglishPageDeclaredInAnotherLanguage() {
        // sites that publish in several languages often keep one lang attribute for all of them
        assertThat(EnglishText.reads(article(ENGLISH, "pt"))).isTrue();
    }

    @Test
    void leavesOutTextInAnotherScriptWhateverItDeclares() {
        String russian = "Городской совет заявил в понедельник, что мост останется закрытым на ремонт.";
        assertThat(EnglishText.reads(article(russian, null))).isFalse();
        assertThat(EnglishText.reads(article(russian, "en"))).isFalse();
        // a few Latin names in Korean text do not make it English
        assertThat(EnglishText.reads(article("서울시는 월요일 NATO 회의가 열린다고 밝혔다.", null))).isFalse();
    }

    @Test
    void readsUndeclaredLatinTextThatIsNoProse() {
        // a box score has few of English's common words, but nothing says it is not English
        assertThat(EnglishText.reads(article("Harbor City 14 11 6 15 — 46\nNorth Bay 18 22 13 17 — 70", null))).isTrue();
    }
}
