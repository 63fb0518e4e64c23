package org.casus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PetrarchActorsTest {
    private static PetrarchActors read() throws IOException, URISyntaxException {
        Path folder = Path.of(PetrarchActorsTest.class.getResource("/events/actors.txt").toURI()).getParent();
        return PetrarchActors.read(folder.resolve("actors.txt"), folder.resolve("agents.txt"));
    }

    private static PetrarchActors.Entry entry(PetrarchActors d, String word) {
        return d.entries().stream().filter(e -> e.names().stream().anyMatch(n -> n.words().contains(word)))
                .findFirst().orElseThrow();
    }

    @Test
    void readsNamesSynonymsAndSkipsComments() throws Exception {
        PetrarchActors d = read();
        PetrarchActors.Entry valdoria = entry(d, "VALDORIA");
        assertThat(valdoria.names()).extracting(PetrarchActors.Phrase::words)
                .containsExactly(List.of("VALDORIA"), List.of("VALDORIAN"));
        assertThat(valdoria.names().get(0).exact()).containsExactly(true);
        assertThat(entry(d, "KESTREL").names().get(0).exact()).containsExactly(false);
        assertThat(d.entries()).noneMatch(e -> e.names().stream().anyMatch(n -> n.words().contains("DICTIONARY")));
    }

    @Test
    void picksTheCodeThatHoldsOnTheRecordsDate() throws Exception {
        PetrarchActors.Entry marshal = entry(read(), "MARSHAL");
        assertThat(marshal.codeOn(LocalDate.of(1994, 6, 1))).contains("VALMIL");
        assertThat(marshal.codeOn(LocalDate.of(1997, 6, 1))).contains("VALGOV");
        assertThat(marshal.codeOn(LocalDate.of(2005, 6, 1))).contains("VALELI");
    }

    @Test
    void expandsAgentMacrosAndPluralsAndKeepsTheJoinMark() throws Exception {
        PetrarchActors d = read();
        PetrarchActors.Entry minister = entry(d, "MINISTER");
        assertThat(minister.agent()).isTrue();
        assertThat(minister.names()).extracting(PetrarchActors.Phrase::words)
                .contains(List.of("FOREIGN", "MINISTER"), List.of("FOREIGN", "MINISTERS"));
        assertThat(minister.codeOn(LocalDate.of(2000, 1, 1))).isEqualTo(Optional.of("~GOVFRM"));
        assertThat(entry(d, "HARBOURMEN").codeOn(LocalDate.of(2000, 1, 1))).contains("~LAB");
        PetrarchActors.Entry charity = entry(d, "CHARITY");
        assertThat(charity.names()).hasSize(1);
        assertThat(charity.codeOn(LocalDate.of(2000, 1, 1))).contains("NGO~");
    }
}
