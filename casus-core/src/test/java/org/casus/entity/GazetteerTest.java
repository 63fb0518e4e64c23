package org.casus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(GazetteerTest.class.getResource("/entity/" + name)).toURI());
    }

    private static List<GazetteerRows.Row> shippedRows() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Gazetteer.class.getResourceAsStream(Gazetteer.SHIPPED)), StandardCharsets.UTF_8))) {
            return GazetteerRows.read(Gazetteer.SHIPPED, reader);
        }
    }

    @Test
    void everyShippedRowParsesWithAUniqueId() throws IOException {
        List<GazetteerRows.Row> rows = shippedRows();
        Set<String> ids = new HashSet<>();
        for (GazetteerRows.Row row : rows)
            assertThat(ids.add(row.actor().id())).as("id at %s is unique", row.where()).isTrue();
        assertThat(Gazetteer.shipped().size()).isEqualTo(rows.size());
    }

    @Test
    void everyAffiliationPointsToAnExistingActor() {
        Gazetteer g = Gazetteer.shipped();
        for (Actor actor : g.actors())
            for (Affiliation a : actor.affiliations())
                assertThat(g.actor(a.target())).as("%s -> %s", actor.id(), a).isPresent();
    }

    @Test
    void coversTheWorldNotOneStory() {
        Map<ActorType, Integer> counts = Gazetteer.shipped().countByType();
        assertThat(counts.get(ActorType.COUNTRY)).isGreaterThanOrEqualTo(230);
        assertThat(counts.get(ActorType.PERSON)).isGreaterThanOrEqualTo(400);
        assertThat(counts.get(ActorType.ARMED_GROUP)).isGreaterThanOrEqualTo(80);
        assertThat(counts.get(ActorType.IGO)).isGreaterThanOrEqualTo(80);
        for (ActorType type : ActorType.values())
            assertThat(counts.get(type)).as("rows of type %s", type).isPositive();
    }

    @Test
    void keepsACountryApartFromItsGovernmentAndArmy() {
        Gazetteer g = Gazetteer.shipped();
        assertThat(g.actor("irn").orElseThrow().code()).isEqualTo("IRN");
        assertThat(g.actor("irn-gov").orElseThrow().code()).isEqualTo("IRNGOV");
        assertThat(g.actor("irn-mil").orElseThrow().code()).isEqualTo("IRNMIL");
        assertThat(g.actor("irn-gov").orElseThrow().targets(Relation.PART_OF)).containsExactly("irn");
        assertThat(g.actor("kataib-hezbollah").orElseThrow().codeRoot()).isEqualTo("IRQ");
        assertThat(g.actor("hezbollah").orElseThrow().codeRoot()).isEqualTo("LBN");
        assertThat(g.actor("kataib-hezbollah").orElseThrow().targets(Relation.BACKED_BY)).contains("irn");
    }

    @Test
    void userFileAddsActorsAndReplacesShippedRows() throws Exception {
        Gazetteer g = Gazetteer.withUserFiles(List.of(fixture("user-extra.tsv")));
        assertThat(g.size()).isEqualTo(Gazetteer.shipped().size() + 1);
        Actor brigade = g.actor("local-brigade").orElseThrow();
        assertThat(brigade.targets(Relation.BACKED_BY)).containsExactly("irn");
        assertThat(brigade.active().orElseThrow().covers(2024)).isTrue();
        assertThat(g.actor("irq-police").orElseThrow().name()).isEqualTo("Iraqi Police Service");
        assertThat(new AliasMatcher(g).find("Liwa al-Nahr")).map(m -> m.actor().id()).contains("local-brigade");
    }

    @Test
    void badUserRowsNameTheFileLineAndProblem() {
        assertBad("bad-type.tsv", ":3: unknown actor type 'CLUB'");
        assertBad("bad-affiliation.tsv", ":1: affiliation backed_by:no-such-actor names no known actor");
        assertBad("duplicate-id.tsv", ":2: duplicate id 'twice'");
        assertBad("too-few-columns.tsv", ":1: want 4 to 7 tab-separated columns, found 3");
        assertBad("bad-code.tsv", ":1: bad CAMEO code 'ngo'");
        assertBad("bad-years.tsv", ":1: years end before they start");
        assertBad("bad-relation.tsv", ":1: unknown relation 'friend_of'");
    }

    private static void assertBad(String name, String message) {
        assertThatThrownBy(() -> Gazetteer.withUserFiles(List.of(fixture(name))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name + message);
    }
}
