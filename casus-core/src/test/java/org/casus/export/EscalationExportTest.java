package org.casus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.casus.reconcile.EscalationIndex;
import org.junit.jupiter.api.Test;

/** Guards the public escalation format: its bytes may only change with a new format version. */
final class EscalationExportTest {
    private static String export(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EscalationExport.write(format, EscalationIndex.of(ExportedEvents.all()), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesGiveTheDayRowsThenTheWeekRowsOfEachActorPair() throws IOException {
        // the bridge event happened on 7 May 2024, told by two articles; the undated threat has no period
        assertThat(export(ExportFormat.JSONL)).isEqualTo(
                "{\"unit\":\"day\",\"period\":\"2024-05-07\",\"source\":\"ashe-bridge-board\",\"target\":\"org:quill\","
                        + "\"events\":1,\"articles\":2,\"goldstein\":5.6,\"plover\":{\"CONSULT\":1},\"format_version\":1}\n"
                        + "{\"unit\":\"week\",\"period\":\"2024-W19\",\"source\":\"ashe-bridge-board\",\"target\":\"org:quill\","
                        + "\"events\":1,\"articles\":2,\"goldstein\":5.6,\"plover\":{\"CONSULT\":1},\"format_version\":1}\n");
    }

    @Test
    void csvHoldsThePloverCountsAsTheirJson() throws IOException {
        assertThat(export(ExportFormat.CSV).lines().toList()).containsExactly(
                String.join(",", EscalationExport.FIELDS),
                "day,2024-05-07,ashe-bridge-board,org:quill,1,2,5.6,\"{\"\"CONSULT\"\":1}\",1",
                "week,2024-W19,ashe-bridge-board,org:quill,1,2,5.6,\"{\"\"CONSULT\"\":1}\",1");
    }
}
