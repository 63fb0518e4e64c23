package org.casus.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Layer;
import org.casus.model.NamedEntity;
import org.casus.model.Precision;
import org.casus.model.Timex;
import org.junit.jupiter.api.Test;

/** The CoreNLP backend on a small article of our own, published on Friday 12 March 2021. */
class CoreNlpBackendIT {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 12);

    static Article fixture(Optional<LocalDate> published) throws IOException {
        try (InputStream in = CoreNlpBackendIT.class.getResourceAsStream("/nlp/ferry-council.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Article("ferry", "nlp/ferry-council.txt", Optional.empty(), Optional.empty(),
                    "Harbour council approves ferry route", published, Optional.empty(), Optional.of("en"),
                    text, Optional.empty());
        }
    }

    private static Timex timex(Annotated annotated, String text) {
        return annotated.timexes().stream().filter(t -> t.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + text + "' in " + annotated.timexes()));
    }

    private static Annotated dated() throws IOException {
        return SharedBackend.get().annotate(fixture(Optional.of(PUBLISHED)));
    }

    @Test
    void providesEveryLayer() {
        assertThat(SharedBackend.get().provides()).containsExactlyInAnyOrder(Layer.values());
    }

    @Test
    void resolvesOnTuesdayToTheTuesdayBeforePublication() throws IOException {
        Timex tuesday = timex(dated(), "Tuesday");
        assertThat(tuesday.value()).contains("2021-03-09");
        assertThat(tuesday.precision()).isEqualTo(Precision.DAY);
        assertThat(tuesday.resolved()).isTrue();
    }

    @Test
    void resolvesWeeksAgoAndLastWeekAgainstPublicationDate() throws IOException {
        Annotated annotated = dated();
        // two weeks before 12 March 2021 is Friday 26 February, in ISO week 8
        assertThat(timex(annotated, "two weeks ago").value()).contains("2021-W08");
        assertThat(timex(annotated, "Last week").value()).contains("2021-W09");
        assertThat(timex(annotated, "Last week").precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void resolvesAMonthAndDayToTheYearThePublicationDatePointsTo() throws IOException {
        Annotated annotated = dated();
        // "first debated the plan on December 20": the December before a March article
        assertThat(timex(annotated, "December 20").value()).contains("2020-12-20");
        // "the first boats will sail in May": the May ahead
        assertThat(timex(annotated, "May").value()).contains("2021-05");
        assertThat(timex(annotated, "Today").value()).contains("2021-03-12");
    }

    @Test
    void keepsDurationsAsDurations() throws IOException {
        Timex days = timex(dated(), "three days");
        assertThat(days.type()).isEqualTo(Timex.Type.DURATION);
        assertThat(days.value()).contains("P3D");
        assertThat(days.precision()).isEqualTo(Precision.UNKNOWN);
    }

    @Test
    void leavesRelativeExpressionsUnresolvedWithoutPublicationDate() throws IOException {
        Annotated annotated = SharedBackend.get().annotate(fixture(Optional.empty()));
        for (String relative : List.of("Tuesday", "two weeks ago", "Last week", "December 20", "Today")) {
            Timex t = timex(annotated, relative);
            assertThat(t.resolved()).as(relative).isFalse();
            assertThat(t.value().filter(v -> !v.contains("X"))).as(relative + " value").isEmpty();
        }
        // a duration needs no date to count from
        assertThat(timex(annotated, "three days").resolved()).isTrue();
    }

    @Test
    void neverTakesTodayForTheMissingDate() throws IOException {
        LocalDate today = LocalDate.now();
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Annotated annotated = SharedBackend.get().annotate(fixture(Optional.empty()));
        for (Timex t : annotated.timexes())
            assertThat(t.value().orElse("")).as(t.text())
                    .doesNotStartWith(Integer.toString(today.getYear())).doesNotStartWith(week);
    }

    @Test
    void everySpanCutsExactlyItsTextAndEverySentenceIsParsed() throws IOException {
        Annotated annotated = dated();
        AnnotatedContract.check(annotated);
        assertThat(annotated.sentences()).hasSize(5);
        assertThat(annotated.sentences().get(0).tokens().get(1).lemma()).isEqualTo("harbour");
    }

    @Test
    void findsThePersonAndKeepsQuantitiesApartFromTimes() throws IOException {
        Annotated annotated = dated();
        assertThat(annotated.entities()).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Ines Calder");
            assertThat(e.type()).isEqualTo("PERSON");
        });
        assertThat(annotated.entities()).noneMatch(e -> e.type().equals("DATE") || e.type().equals("DURATION"));
    }

    @Test
    void parsesOnlyTheSentencesTheFilterAccepts() throws IOException {
        try (CoreNlpBackend backend = new CoreNlpBackend(EnumSet.of(Layer.DEPENDENCIES),
                lemmas -> lemmas.contains("mayor"))) {
            Annotated annotated = backend.annotate(fixture(Optional.of(PUBLISHED)));
            assertThat(annotated.layers()).contains(Layer.DEPENDENCIES);
            List<Integer> parsed = annotated.sentences().stream().filter(s -> !s.dependencies().isEmpty())
                    .map(s -> s.index()).toList();
            assertThat(parsed).containsExactly(2, 4);
        }
    }

    @Test
    void tagsEntitiesInSentencesWithoutTimeWordsAndTimesInTheOthers() {
        String text = "Envoys of Westmere met Ines Calder in Brackenford.\n\nThey met again on Friday.";
        Annotated annotated = SharedBackend.get().annotate(new Article("envoys", "envoys", Optional.empty(),
                Optional.empty(), "Envoys", Optional.of(PUBLISHED), Optional.empty(), Optional.of("en"), text,
                Optional.empty()));
        assertThat(annotated.entities()).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Ines Calder");
            assertThat(e.type()).isEqualTo("PERSON");
        });
        assertThat(annotated.timexes()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Friday");
            assertThat(t.type()).isEqualTo(Timex.Type.DATE);
        });
    }

    @Test
    void findsTimesAndAmountsFarApartInOneLongSentenceWhole() {
        String text = "At the end of this week, after long and difficult talks in the old harbour town of"
                + " Brackenford, the envoys of Westmere agreed to pay $300 million to the 2,000 fishermen"
                + " whose boats the storm sank on 3 March 2019.";
        Annotated annotated = SharedBackend.get().annotate(new Article("harbour", "harbour", Optional.empty(),
                Optional.empty(), "Harbour", Optional.of(PUBLISHED), Optional.empty(), Optional.of("en"), text,
                Optional.empty()));
        assertThat(annotated.timexes()).extracting(Timex::text, t -> t.value().orElse(""))
                .containsExactly(tuple("the end of this week", "2021-W10"), tuple("3 March 2019", "2019-03-03"));
        assertThat(annotated.entities()).extracting(NamedEntity::text, NamedEntity::type)
                .contains(tuple("$300 million", "MONEY"), tuple("2,000", "NUMBER"));
    }

    @Test
    void givesTheSameResultWhenArticlesAreAnnotatedInParallel() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++)
            articles.add(fixture(i % 2 == 0 ? Optional.of(PUBLISHED.plusDays(i)) : Optional.empty()));
        List<Annotated> alone = new ArrayList<>();
        for (Article a : articles)
            alone.add(SharedBackend.get().annotate(a));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Annotated>> together = new ArrayList<>();
            for (Article a : articles)
                together.add(pool.submit(() -> SharedBackend.get().annotate(a)));
            for (int i = 0; i < articles.size(); i++)
                assertThat(together.get(i).get()).as("article %d", i).isEqualTo(alone.get(i));
        } finally {
            pool.shutdownNow();
        }
    }
}
