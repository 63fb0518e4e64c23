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
import org.casus.model.EventMention;
import org.casus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards the public mention format: its bytes may only change with a new format version. */
final class MentionExportTest {
    @Test
    void jsonLinesMatchTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.JSONL, ExportedMentions.all())).isEqualTo(golden("mentions.jsonl"));
    }

    @Test
    void csvMatchesTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.CSV, ExportedMentions.all())).isEqualTo(golden("mentions.csv"));
    }

    @Test
    void everyJsonLineHoldsTheDesignFieldsFirstAndQuantitiesAsAnObject() throws IOException {
        String jsonl = new String(export(ExportFormat.JSONL, ExportedMentions.all()), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            JsonNode mention = mapper.readTree(line);
            List<String> names = new ArrayList<>();
            mention.fieldNames().forEachRemaining(names::add);
            assertThat(names.subList(0, 16)).containsExactly("id", "article", "sentence", "quote", "start", "end",
                    "type", "source", "target", "location", "date", "date_text", "modality", "attributed_to",
                    "quantities", "event");
            assertThat(names).isEqualTo(MentionExport.FIELDS);
            assertThat(mention.get("quantities").isObject()).isTrue();
        }
        JsonNode said = mapper.readTree(lines.get(1));
        // keys in sorted order, counts as numbers
        assertThat(said.get("quantities").toString()).isEqualTo("{\"cars\":120,\"drivers\":1}");
        assertThat(said.get("date").isNull()).isTrue();
        assertThat(said.get("goldstein").doubleValue()).isEqualTo(3.4);
        JsonNode opened = mapper.readTree(lines.get(0));
        String text = ExportedArticles.all().get(0).text();
        // start and end cut the quote out of the article text, the trigger too
        assertThat(text.substring(opened.get("start").intValue(), opened.get("end").intValue()))
                .isEqualTo(opened.get("quote").textValue());
        assertThat(text.substring(opened.get("trigger_start").intValue(), opened.get("trigger_end").intValue()))
                .isEqualTo(opened.get("trigger").textValue()).isEqualTo("opened");
    }

    @Test
    void csvHoldsQuantitiesAsTheirJson() throws IOException {
        String csv = new String(export(ExportFormat.CSV, ExportedMentions.all()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", MentionExport.FIELDS) + "\n");
        assertThat(csv).contains(",\"{\"\"cars\"\":120,\"\"drivers\"\":1}\",");
    }

    @Test
    void mentionsReadBackFromAStoreExportToTheSameBytes(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = Store.open(folder.resolve("casus.db").toString())) {
            store.addAll(ExportedArticles.all());
            List<EventMention> mentions = ExportedMentions.all();
            // the scripts article first: the store gives mentions back by article id
            store.saveAnalysis(mentions.get(2).article(), List.of(), List.of(mentions.get(2)));
            store.saveAnalysis(mentions.get(0).article(), List.of(), mentions.subList(0, 2));
            try (Stream<EventMention> stored = store.eventMentions()) {
                assertThat(MentionExport.write(ExportFormat.JSONL, stored::iterator, out)).isEqualTo(3);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(golden("mentions.jsonl"));
    }

    private static byte[] export(ExportFormat format, Iterable<EventMention> mentions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MentionExport.write(format, mentions, out);
        return out.toByteArray();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = MentionExportTest.class.getResourceAsStream("/export/" + name)) {
            assertThat(in).as("golden file export/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
