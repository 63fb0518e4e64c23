package org.casus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casus.extract.ArticleExtractor;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Entity;
import org.casus.model.Format;
import org.casus.nlp.CoreNlpBackend;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every spelling of an actor in the five seed articles lands on one entity, and no two actors merge (issue 4). */
class ActorResolverIT {
    static final Map<String, String> entityOf = new HashMap<>();
    static List<Entity> entities;
    /** A report that names its subject by surname before it names him in full. */
    static List<ActorMention> surnameFirst;
    /** A report that names countries and their bodies by adjectives, the tagger's classes aside. */
    static Map<String, String> nationalities = new HashMap<>();

    @BeforeAll
    static void resolveTheSeeds() throws IOException {
        Gazetteer gazetteer = Gazetteer.shipped();
        ActorResolver resolver = new ActorResolver(gazetteer);
        EntityIndex index = new EntityIndex(gazetteer);
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedData.folder("seeds"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (CoreNlpBackend nlp = new CoreNlpBackend()) {
            for (Path file : files) {
                Article article = extractor.extract(Document.of(file.toString(), Format.TEXT, Files.readAllBytes(file)));
                List<ActorMention> mentions = resolver.resolve(nlp.annotate(article));
                for (ActorMention m : mentions) {
                    assertThat(m.span().cut(article.text())).isEqualTo(m.text());
                    entityOf.put(m.text().trim(), m.entityId());
                }
                index.add(article.id(), article.text(), mentions);
            }
            byte[] heading = resource("/entity/surname-first.txt");
            Article article = extractor.extract(Document.of("surname-first.txt", Format.TEXT, heading));
            surnameFirst = resolver.resolve(nlp.annotate(article));
            Article adjectives = extractor.extract(Document.of("nationalities.txt", Format.TEXT, resource("/entity/nationalities.txt")));
            resolver.resolve(nlp.annotate(adjectives)).forEach(m -> nationalities.put(m.text().trim(), m.entityId()));
        }
        entities = index.entities();
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = ActorResolverIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static void sameEntity(String expected, String... spellings) {
        for (String s : spellings)
            assertThat(entityOf.get(s)).as(s).isEqualTo(expected);
    }

    @Test
    void mergesEverySpellingOfOnePerson() {
        sameEntity("esmail-qaani", "Ismail Qaani", "Qaani", "Qani", "Ghaani", "Brig. Gen. Ismail Qaani");
        sameEntity("qassem-soleimani", "Qasem Soleimani", "Qassim Soleimani", "Soleimani");
        assertThat(entityOf).containsEntry("Iran Quds Force Commander Kasım Süleymani", "qassem-soleimani");
        sameEntity("mohsen-fakhrizadeh", "Mohsen Fakhrizadeh", "Muhsin Fahrizade");
        sameEntity("saeed-khatibzadeh", "Said Hatipzade", "Hatipzade");
        sameEntity("abu-mahdi-al-muhandis", "Abu Mahdi Al-Engineer");
    }

    @Test
    void keepsDifferentActorsApart() {
        assertThat(entityOf.get("Hezbollah")).isEqualTo("hezbollah");
        assertThat(entityOf.get("Kataib Hezbollah")).isEqualTo("kataib-hezbollah");
        assertThat(entityOf.get("Trump")).isEqualTo("donald-trump");
        assertThat(entityOf.get("Trump administration")).isEqualTo("usa-gov");
        assertThat(entityOf.get("Iran")).isEqualTo("irn");
        assertThat(entityOf.get("Iraq")).isEqualTo("irq");
    }

    @Test
    void aFaithWordTheTaggerCallsAnOrganisationIsNoActorWhenItDescribesPeople() {
        // the AP report's "Shiite politicians": a kind of people, not a body that meets or is met
        assertThat(entityOf).doesNotContainKey("Shiite");
    }

    @Test
    void givesActorsCameoCodesAndTheTiesTheTextStates() {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        assertThat(byId.get("esmail-qaani").actorCode()).contains("IRNMIL");
        assertThat(byId.get("kataib-hezbollah").actorCode()).contains("IRQREB");
        assertThat(byId.get("usa-mfa").aliases()).contains("U.S. Embassy");
        assertThat(byId.get("esmail-qaani").affiliations()).contains("leader_of:irn-quds-force");
        List<String> iraqiMilitia = new ArrayList<>(byId.get("irq-reb").affiliations());
        assertThat(iraqiMilitia).contains("backed_by:irn");
    }

    @Test
    void aSurnameToldBeforeTheFullNameIsThePersonTheReportLaterNamesInFull() {
        Map<String, String> ids = new HashMap<>();
        surnameFirst.forEach(m -> ids.put(m.text().trim(), m.entityId()));
        assertThat(ids).containsKeys("Miller", "John Miller");
        assertThat(ids.get("Miller")).isEqualTo(ids.get("John Miller"));
    }

    @Test
    void nationalitiesNameTheirCountryAndWithABodyWordItsBody() {
        assertThat(nationalities).containsEntry("Iraqi officials", "irq-gov")
                .containsEntry("South Korean officials", "kor-gov")
                .containsEntry("Iranian", "irn")
                .containsEntry("Iranian delegation", "irn-gov")
                .containsEntry("Iranian Foreign Ministry", "irn-mfa")
                .containsEntry("Free Syrian Army", "sna");
    }

    @Test
    void aNationalityWithinALongerNameIsThatName() {
        // "American" alone is the United States; "North American" is the continent
        assertThat(nationalities).containsEntry("North American", "north-america");
        assertThat(nationalities).doesNotContainValue("usa");
    }

    @Test
    void aTitleTheTaggerLeftUntaggedIsNoPersonItSoundsLike() {
        // "Hot Time" sounds like the Iranian minister Amir Hatami
        assertThat(nationalities).doesNotContainValue("amir-hatami");
    }
}
