package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.junit.jupiter.api.Test;

/** Text no article should hold, but scraped pages do: the backend annotates it and keeps its offsets exact. */
class OddTextIT {

    private static Article article(String text) {
        return new Article("odd", "odd", Optional.empty(), Optional.empty(), "", Optional.empty(),
                Optional.empty(), Optional.empty(), text, Optional.empty());
    }

    @Test
    void keepsOffsetsExactAroundEmojiNonBreakingSpacesAndControlCharacters() {
        String text = "Rockets \uD83D\uDE80 hit\u00A0the base\u200B on Tuesday.\u0007 Officials\tsaid\r\n\r\n"
                + "\uFEFFThe \u201Cred line\u201D \u2014 an American death \u2014 was not crossed, they said.";
        Annotated annotated = SharedBackend.get().annotate(article(text));
        AnnotatedContract.check(annotated);
        assertThat(annotated.timexes()).anySatisfy(t -> assertThat(t.text()).isEqualTo("Tuesday"));
    }

    @Test
    void annotatesEmptyTextAndRandomCharactersWithoutFailing() {
        assertThat(SharedBackend.get().annotate(article("")).sentences()).isEmpty();
        Random random = new Random(20201120); // fixed seed: a failure can be replayed
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 3000; i++)
            noise.append(random.nextInt(8) == 0 ? ' ' : (char) (0x21 + random.nextInt(0x2FF)));
        Annotated annotated = SharedBackend.get().annotate(article(noise.toString()));
        AnnotatedContract.check(annotated);
        assertThat(annotated.sentences()).isNotEmpty();
    }
}
