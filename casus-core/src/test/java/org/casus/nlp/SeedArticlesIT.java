package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Timex;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The five seed reports, read in place from ../shared/seeds. */
class SeedArticlesIT {

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.folder("seeds"))) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
    }

    private static Article article(Path file, Optional<LocalDate> published) throws IOException {
        return new Article(file.getFileName().toString(), file.toString(), Optional.empty(), Optional.empty(), "",
                published, Optional.empty(), Optional.of("en"), Files.readString(file, StandardCharsets.UTF_8),
                Optional.empty());
    }

    @Test
    void resolvesOnThursdayInTheApReportToTheDayBeforePublication() throws IOException {
        Path ap = seeds().stream().filter(f -> f.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
        // the AP report is dated Friday 20 November 2020
        Annotated annotated = SharedBackend.get().annotate(article(ap, Optional.of(LocalDate.of(2020, 11, 20))));
        Timex thursday = annotated.timexes().stream().filter(t -> t.text().equals("Thursday")).findFirst().orElseThrow();
        assertThat(annotated.article().text().substring(thursday.span().start() - 3, thursday.span().start()))
                .isEqualTo("On ");
        assertThat(thursday.value()).contains("2020-11-19");
        assertThat(thursday.resolved()).isTrue();
        // "a drawdown ... to be completed by mid-January": the January ahead
        assertThat(annotated.timexes()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("mid-January");
            assertThat(t.value()).contains("2021-01");
        });
    }

    @Test
    void holdsTheSpanContractOnEverySeed() throws IOException {
        List<Path> seeds = seeds();
        assertThat(seeds).hasSize(5);
        for (Path seed : seeds) {
            Annotated annotated = SharedBackend.get().annotate(article(seed, Optional.empty()));
            AnnotatedContract.check(annotated);
            assertThat(annotated.entities()).as(seed.toString()).isNotEmpty();
            // with no publication date, what is relative stays open instead of counting from today
            String today = LocalDate.now().toString();
            assertThat(annotated.timexes()).as(seed.toString())
                    .noneMatch(t -> t.value().orElse("").startsWith(today.substring(0, 7)))
                    .filteredOn(t -> t.text().equalsIgnoreCase("this week") || t.text().equalsIgnoreCase("last week"))
                    .allMatch(t -> !t.resolved() && t.value().isEmpty());
        }
    }
}
