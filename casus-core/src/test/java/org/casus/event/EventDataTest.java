package org.casus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.casus.model.EventType;
import org.junit.jupiter.api.Test;

/** The shipped data files: they load, agree with each other and cover CAMEO. */
class EventDataTest {
    private static final CameoCatalog CATALOG = new CameoCatalog();

    @Test
    void catalogHoldsEveryCameoCodeWithGoldsteinAndPlover() {
        EventType kill = CATALOG.type("1823").orElseThrow();
        assertThat(kill.label()).isEqualTo("Kill by physical assault");
        assertThat(kill.goldstein()).isEqualTo(-10.0);
        assertThat(kill.plover()).contains("ASSAULT");
        assertThat(CATALOG.type("0871").orElseThrow().ploverMode()).contains("ceasefire");
        assertThat(CATALOG.type("042").orElseThrow().ploverMode()).contains("visit");
        // PLOVER drops CAMEO's statements and appeals
        assertThat(CATALOG.type("015").orElseThrow().plover()).isEmpty();
        assertThat(CATALOG.type("0256").orElseThrow().plover()).isEmpty();
        assertThat(CATALOG.type("2042").orElseThrow().goldstein()).isEqualTo(-10.0);
        assertThat(CATALOG.type("106")).isEmpty();
    }

    @Test
    void lexiconNamesEventsInAllTwentyCameoRoots() {
        Set<String> roots = new TreeSet<>(new Lexicon(CATALOG, Set.of()).codes().stream().map(c -> c.substring(0, 2)).toList());
        assertThat(roots).hasSize(20);
    }

    @Test
    void framedActsGetTheParallelSubCodes() {
        ActFrames frames = new ActFrames(CATALOG);
        assertThat(frames.code("020", "0871")).contains("0256"); // appeal for a ceasefire
        assertThat(frames.code("100", "087")).contains("1056"); // demand de-escalation
        assertThat(frames.code("130", "190")).contains("1384"); // threaten a conventional attack
        assertThat(frames.code("130", "161")).contains("1313"); // threaten to break relations
        assertThat(frames.code("030", "045")).contains("039"); // offer to mediate
        assertThat(frames.code("030", "195")).contains("1384"); // vowing an attack is a threat
        assertThat(frames.code("120", "046")).contains("125"); // reject talks
        assertThat(frames.code("130", "040")).isEmpty();
        assertThat(frames.code("190", "087")).isEmpty();
    }

    @Test
    void everyCueClassTheCoderAsksForIsInItsFile() {
        // constructing the coder reads every file and asks for every class it uses
        assertThat(new EventCoder()).isNotNull();
        assertThat(new WordLists("modality-cues.tsv").classNames()).contains("NEGATION", "DENY", "PLAN", "CONDITION");
    }
}
