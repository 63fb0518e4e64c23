package org.casus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards the public reconciled event format: its bytes may only change with a new format version. */
final class EventExportTest {
    @Test
    void jsonLinesMatchTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.JSONL, ExportedEvents.all())).isEqualTo(golden("events.jsonl"));
    }

    @Test
    void csvMatchesTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.CSV, ExportedEvents.all())).isEqualTo(golden("events.csv"));
    }

    @Test
    void everyJsonLineHoldsTheDesignFieldsWithNestedCorroborationAndContradictions() throws IOException {
        String jsonl = new String(export(ExportFormat.JSONL, ExportedEvents.all()), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode event = mapper.readTree(line);
            List<String> names = new ArrayList<>();
            event.fieldNames().forEachRemaining(names::add);
            assertThat(names).isEqualTo(EventExport.FIELDS);
            assertThat(names.subList(0, 16)).containsExactly("id", "type", "label", "goldstein", "source", "target",
                    "location", "date", "date_precision", "quantities", "modality", "mentions", "articles",
                    "outlets", "corroboration", "contradictions");
            assertThat(event.get("contradictions").isArray()).isTrue();
            assertThat(event.get("lineage").isArray()).isTrue();
        }
        JsonNode bridge = mapper.readTree(lines.get(0));
        assertThat(bridge.get("corroboration").toString()).isEqualTo("{\"articles\":2,\"independent_sources\":1}");
        JsonNode date = bridge.get("contradictions").get(0);
        assertThat(date.get("field").asText()).isEqualTo("date");
        assertThat(date.get("values").get(1).get("articles").get(0).asText()).isEqualTo("8e2f6a0d4b19c753");
        assertThat(bridge.get("lineage").get(1).get("kind").asText()).isEqualTo("COPY");
    }

    @Test
    void anEmptyListOfContradictionsIsAnEmptyJsonArrayInBothFormats() throws IOException {
        Event bare = ExportedEvents.all().get(1);
        assertThat(new String(export(ExportFormat.JSONL, List.of(bare)), StandardCharsets.UTF_8))
                .contains("\"contradictions\":[],");
        assertThat(new String(export(ExportFormat.CSV, List.of(bare)), StandardCharsets.UTF_8).lines().toList().get(1))
                .contains(",[],");
    }

    @Test
    void eventsReadBackFromAStoreExportToTheSameBytes(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = Store.open(folder.resolve("casus.db").toString())) {
            store.addAll(ExportedArticles.all());
            List<EventMention> mentions = ExportedMentions.all();
            store.saveAnalysis(mentions.get(0).article(), List.of(), mentions.subList(0, 2));
            store.saveAnalysis(mentions.get(2).article(), List.of(), List.of(mentions.get(2)));
            store.saveEvents(List.of(ExportedEvents.all().get(1), ExportedEvents.all().get(0)));
            try (Stream<Event> stored = store.events()) {
                assertThat(EventExport.write(ExportFormat.JSONL, stored::iterator, out)).isEqualTo(2);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(golden("events.jsonl"));
    }

    private static byte[] export(ExportFormat format, Iterable<Event> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventExport.write(format, events, out);
        return out.toByteArray();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = EventExportTest.class.getResourceAsStream("/export/" + name)) {
            assertThat(in).as("golden file export/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
