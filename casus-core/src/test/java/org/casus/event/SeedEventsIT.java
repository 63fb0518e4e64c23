package org.casus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.casus.extract.ArticleExtractor;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.EventMention;
import org.casus.model.Format;
import org.casus.model.Modality;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The five seed reports, read from ../shared/seeds. Four of the pages state no date; each is given
 * the day after the latest day it tells of, as a reader would date it, so that relative dates
 * resolve. Mentions are found by what they say, never by the seed's words.
 */
class SeedEventsIT {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static List<EventMention> code(String prefix, LocalDate published) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(SharedData.folder("seeds"))) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        Article read = EXTRACTOR.extract(Document.of(file.toString(), Format.TEXT, Files.readAllBytes(file)));
        Article dated = new Article(read.id(), read.source(), read.url(), read.outlet(), read.title(),
                read.published().or(() -> Optional.ofNullable(published)), read.byline(), read.language(),
                read.text(), read.duplicateOf());
        Annotated annotated = LoadedBackend.annotate(dated);
        return MentionContract.codeAndCheck(annotated, GazetteerActors.of(annotated));
    }

    private static Predicate<EventMention> root(String... roots) {
        return m -> List.of(roots).contains(m.type().root());
    }

    private static Predicate<EventMention> happened() {
        return m -> m.modality().happened();
    }

    @Test
    void rocketAttacksOnTheGreenZoneAndTheEmbassyCarryTheirCounts() throws IOException {
        assertThat(code("002", LocalDate.of(2020, 11, 20))).filteredOn(root("19")).filteredOn(happened())
                .anySatisfy(m -> {
                    assertThat(m.quantities()).containsEntry("rockets", 7L);
                    assertThat(m.location()).contains("Green Zone");
                    assertThat(m.date()).contains("2020-11-17");
                });
        assertThat(code("003", LocalDate.of(2020, 12, 23))).filteredOn(root("19")).anySatisfy(m -> {
            assertThat(m.quantities()).containsEntry("rockets", 8L);
            assertThat(m.location()).contains("Green Zone");
            assertThat(m.modality()).isEqualTo(Modality.REPORTED);
            assertThat(m.attributedTo()).contains("Iraqi army");
        });
        assertThat(code("001", null)).filteredOn(root("18", "19")).filteredOn(happened())
                .anySatisfy(m -> assertThat(m.quantities()).containsEntry("killed", 1L).containsEntry("wounded", 5L));
        assertThat(code("004", LocalDate.of(2020, 11, 29))).filteredOn(root("19")).filteredOn(happened())
                .anySatisfy(m -> {
                    assertThat(m.target()).contains("usa-mfa");
                    assertThat(m.date()).contains("2020-11-17");
                });
    }

    @Test
    void qaaniVisitsAndMeetsTheMilitiasAndNasrallah() throws IOException {
        assertThat(code("001", null)).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("040");
            assertThat(m.source()).contains("esmail-qaani");
            assertThat(m.location()).contains("Baghdad");
            assertThat(m.date()).contains("2020-W47");
            assertThat(m.modality()).isEqualTo(Modality.REPORTED);
        });
        List<EventMention> mee = code("002", LocalDate.of(2020, 11, 20));
        assertThat(mee).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("042");
            assertThat(m.source()).contains("esmail-qaani");
            assertThat(m.target()).contains("lbn");
        });
        assertThat(mee).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("040");
            assertThat(m.source()).contains("esmail-qaani");
            assertThat(m.target()).contains("hassan-nasrallah");
        });
    }

    @Test
    void soleimanisKillingIsDatedTheThirdOfJanuary2020() throws IOException {
        assertThat(code("003", LocalDate.of(2020, 12, 23))).filteredOn(root("18", "19")).filteredOn(happened())
                .filteredOn(m -> m.target().equals(Optional.of("qassem-soleimani")))
                .isNotEmpty().anySatisfy(m -> assertThat(m.date()).contains("2020-01-03"))
                .allSatisfy(m -> assertThat(m.date()).isNotEqualTo(Optional.of("2021-01-03")));
        assertThat(code("001", null)).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("195");
            assertThat(m.source()).contains("usa");
            assertThat(m.target()).contains("qassem-soleimani");
        });
    }

    @Test
    void fakhrizadehsKillingIsCodedWithPlaceAndMonth() throws IOException {
        assertThat(code("003", LocalDate.of(2020, 12, 23))).anySatisfy(m -> {
            assertThat(m.type().root()).isEqualTo("18");
            assertThat(m.target()).contains("mohsen-fakhrizadeh");
            assertThat(m.quantities()).containsEntry("killed", 1L);
            assertThat(m.location()).contains("Tehran");
            assertThat(m.date()).contains("2020-11");
            assertThat(m.modality()).isEqualTo(Modality.ASSERTED);
        });
        List<EventMention> post = code("004", LocalDate.of(2020, 11, 29));
        assertThat(post).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("186");
            assertThat(m.location()).contains("Tehran");
            assertThat(m.date()).contains("2020-11-27");
        });
        // Iran's officials implicated Israel: the killing is theirs to tell, with Israel as its doer
        assertThat(post).anySatisfy(m -> {
            assertThat(m.type().root()).isEqualTo("18");
            assertThat(m.source()).contains("isr");
            assertThat(m.modality()).isEqualTo(Modality.REPORTED);
        });
    }

    @Test
    void bomberFlightsAreAShowOfForce() throws IOException {
        assertThat(code("003", LocalDate.of(2020, 12, 23))).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("150");
            assertThat(m.quantities()).containsEntry("bombers", 2L);
            assertThat(m.modality().happened()).isTrue();
        });
        assertThat(code("000", LocalDate.of(2020, 11, 21))).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("150");
            assertThat(m.source()).contains("donald-trump");
            assertThat(m.location()).contains("Persian Gulf");
        });
    }

    @Test
    void trumpsWarningsAreThreatsAndNoAttackThatHappened() throws IOException {
        List<EventMention> mentions = code("003", LocalDate.of(2020, 12, 23));
        EventMention warning = mentions.stream().filter(m -> m.code().equals("1384")).findFirst().orElseThrow();
        assertThat(warning.source()).contains("donald-trump");
        assertThat(warning.target()).contains("irn");
        assertThat(warning.modality()).isEqualTo(Modality.THREATENED);
        // "if an American dies, I will hold Iran responsible"
        EventMention blame = mentions.stream().filter(m -> m.code().equals("112") && m.target().equals(Optional.of("irn"))
                && m.modality() == Modality.THREATENED).findFirst().orElseThrow();
        for (EventMention threat : List.of(warning, blame))
            assertThat(mentions).filteredOn(m -> m.sentence() == threat.sentence()).filteredOn(root("18", "19", "20"))
                    .noneMatch(m -> m.modality().happened());
    }

    @Test
    void kataibHezbollahsDenialIsDenied() throws IOException {
        assertThat(code("001", null)).anySatisfy(m -> {
            assertThat(m.type().root()).isEqualTo("19");
            assertThat(m.source()).contains("kataib-hezbollah");
            assertThat(m.modality()).isEqualTo(Modality.DENIED);
        });
        assertThat(code("004", LocalDate.of(2020, 11, 29))).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("016");
            assertThat(m.source()).contains("kataib-hezbollah");
            assertThat(m.modality()).isEqualTo(Modality.DENIED);
        });
    }

    @Test
    void ashabAlKahfsClaimMakesItTheReportedAttacker() throws IOException {
        for (List<EventMention> mentions : List.of(code("001", null), code("004", LocalDate.of(2020, 11, 29))))
            assertThat(mentions).filteredOn(root("19")).anySatisfy(m -> {
                assertThat(m.source()).contains("ashab-al-kahf");
                assertThat(m.modality()).isEqualTo(Modality.REPORTED);
                assertThat(m.attributedTo()).contains("ashab-al-kahf");
            });
    }

    @Test
    void droppedPlansAndConditionsAreNeverAttacksThatHappened() throws IOException {
        List<EventMention> mentions = code("000", LocalDate.of(2020, 11, 21));
        List<EventMention> notDone = mentions.stream().filter(root("19"))
                .filter(m -> m.modality() == Modality.NEGATED || m.modality() == Modality.CONDITIONAL).toList();
        assertThat(notDone).extracting(EventMention::modality).contains(Modality.NEGATED, Modality.CONDITIONAL);
        assertThat(notDone.stream().filter(m -> m.modality() == Modality.NEGATED)).hasSizeGreaterThanOrEqualTo(2);
        // a sentence that drops a plan or sets a condition tells of no violence done
        for (EventMention m : notDone)
            assertThat(mentions).filteredOn(o -> o.sentence() == m.sentence()).filteredOn(root("18", "19", "20"))
                    .noneMatch(o -> o.modality().happened());
    }

    @Test
    void rocketsAimedAtTheEmbassyHaveTheEmbassyAsTarget() throws IOException {
        // the embassy, or its country where the actor layer names only "US" in "the US embassy"
        for (List<EventMention> mentions : List.of(code("002", LocalDate.of(2020, 11, 20)), code("003", LocalDate.of(2020, 12, 23))))
            assertThat(mentions).filteredOn(root("19")).filteredOn(happened())
                    .anySatisfy(m -> assertThat(m.target()).hasValueSatisfying(t -> assertThat(t).isIn("usa", "usa-mfa")));
    }

    @Test
    void thePromiseToHoldIranResponsibleIsTrumpsThreat() throws IOException {
        assertThat(code("003", LocalDate.of(2020, 12, 23))).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("112");
            assertThat(m.source()).contains("donald-trump");
            assertThat(m.target()).contains("irn");
            assertThat(m.modality()).isEqualTo(Modality.THREATENED);
        });
    }

    @Test
    void zarifDeniesThatIranWasBehindTheAttack() throws IOException {
        assertThat(code("003", LocalDate.of(2020, 12, 23))).filteredOn(root("19")).anySatisfy(m -> {
            assertThat(m.source()).contains("irn");
            assertThat(m.modality()).isEqualTo(Modality.DENIED);
        });
    }

    @Test
    void soleimaniWasKilledByTheUnitedStates() throws IOException {
        assertThat(code("003", LocalDate.of(2020, 12, 23))).filteredOn(root("18", "19")).filteredOn(happened())
                .anySatisfy(m -> {
                    assertThat(m.source()).contains("usa");
                    assertThat(m.target()).contains("qassem-soleimani");
                    assertThat(m.date()).contains("2020-01-03");
                });
    }

    @Test
    void qaaniHoldsTheTalksTheArticleCallsHis() throws IOException {
        assertThat(code("000", LocalDate.of(2020, 11, 21))).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("040");
            assertThat(m.source()).contains("esmail-qaani");
            assertThat(m.target()).contains("hadi-al-amiri");
            assertThat(m.location()).contains("Baghdad");
        });
    }

    @Test
    void theBombersAreSentAsTrumpsWarningToIran() throws IOException {
        assertThat(code("000", LocalDate.of(2020, 11, 21))).anySatisfy(m -> {
            assertThat(m.type().root()).isEqualTo("13");
            assertThat(m.source()).contains("donald-trump");
            assertThat(m.target()).contains("irn");
            assertThat(m.modality()).isEqualTo(Modality.THREATENED);
        });
        assertThat(code("003", LocalDate.of(2020, 12, 23))).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("150");
            assertThat(m.source()).contains("usa");
            assertThat(m.quantities()).containsEntry("bombers", 2L);
        });
    }

    @Test
    void iranBackedMilitiasAreNeverIranItself() throws IOException {
        // Qaani meets the militias Iran backs, and Iraq is pressed to crack down on them: Iran is no party
        for (List<EventMention> mentions : List.of(code("001", null), code("004", LocalDate.of(2020, 11, 29))))
            assertThat(mentions).filteredOn(root("04", "17")).noneMatch(m -> m.target().equals(Optional.of("irn")));
    }

    @Test
    void aDateOfAnotherClauseDatesNeitherTheClaimNorTheDenialNorTheKillingRecalled() throws IOException {
        // the claimed barrage answers a raid the sentence dates; the raid's date is not the barrage's
        assertThat(code("004", LocalDate.of(2020, 11, 29))).filteredOn(root("19"))
                .filteredOn(m -> m.source().equals(Optional.of("ashab-al-kahf"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.dateText()).isEmpty());
        // the truce the denial mentions began in another month than the barrage denied
        assertThat(code("001", null)).filteredOn(m -> m.modality() == Modality.DENIED).isNotEmpty()
                .allSatisfy(m -> assertThat(m.date()).isNotEqualTo(Optional.of("2020-10")));
        // a killing recalled by its anniversary is not dated by the day a submarine crossed a strait
        assertThat(code("003", LocalDate.of(2020, 12, 23)))
                .filteredOn(m -> m.target().equals(Optional.of("qassem-soleimani")))
                .noneMatch(m -> m.date().equals(Optional.of("2020-12-21")));
    }

    @Test
    void qaaniSentToBaghdadMakesAVisitThatTookPlace() throws IOException {
        List<EventMention> mee = code("002", LocalDate.of(2020, 11, 20));
        assertThat(mee).filteredOn(m -> m.code().equals("042") && m.source().equals(Optional.of("esmail-qaani")))
                .anySatisfy(m -> assertThat(m.location()).contains("Baghdad"))
                .allSatisfy(m -> assertThat(m.modality().happened()).isTrue());
    }

    @Test
    void rocketsFiredByAMilitiaAlignedWithIranLandOnTheUnitedStates() throws IOException {
        assertThat(code("000", LocalDate.of(2020, 11, 21))).filteredOn(root("19")).filteredOn(happened())
                .anySatisfy(m -> {
                    assertThat(m.source()).isPresent().isNotEqualTo(Optional.of("irn"));
                    assertThat(m.target()).hasValueSatisfying(t -> assertThat(t).isIn("usa", "usa-mfa"));
                })
                .noneMatch(m -> m.target().equals(Optional.of("irn")));
    }

    @Test
    void trumpMeetsHisAdvisersThoughTheSentenceOpensWithAStretchOfTime() throws IOException {
        // "Days after <name> met ...": the parser takes the days for the subject
        assertThat(code("004", LocalDate.of(2020, 11, 29))).filteredOn(root("04"))
                .anySatisfy(m -> assertThat(m.source()).contains("donald-trump"));
    }
}
