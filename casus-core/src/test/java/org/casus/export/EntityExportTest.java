package org.casus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.model.Entity;
import org.casus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Guards the public entity format: its bytes may only change with a new format version. */
final class EntityExportTest {
    @Test
    void jsonLinesMatchTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.JSONL, ExportedEntities.all())).isEqualTo(golden("entities.jsonl"));
    }

    @Test
    void csvMatchesTheGoldenFileByteForByte() throws IOException {
        assertThat(export(ExportFormat.CSV, ExportedEntities.all())).isEqualTo(golden("entities.csv"));
    }

    @Test
    void everyJsonLineHoldsEveryFieldInTheDocumentedOrderWithListsAsArrays() throws IOException {
        String jsonl = new String(export(ExportFormat.JSONL, ExportedEntities.all()), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            JsonNode entity = mapper.readTree(line);
            List<String> names = new ArrayList<>();
            entity.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactly("id", "name", "type", "actor_code", "aliases", "affiliations",
                    "articles", "format_version");
            assertThat(entity.get("aliases").isArray()).isTrue();
            assertThat(entity.get("affiliations").isArray()).isTrue();
            assertThat(entity.get("articles").isArray()).isTrue();
            assertThat(entity.get("format_version").intValue()).isEqualTo(EntityExport.FORMAT_VERSION);
        }
        JsonNode empty = mapper.readTree(lines.get(1));
        assertThat(empty.get("actor_code").isNull()).isTrue();
        assertThat(empty.get("aliases")).isEmpty();
        JsonNode awkward = mapper.readTree(lines.get(2));
        assertThat(mapper.convertValue(awkward.get("aliases"), List.class))
                .containsExactly("Road|Rail", "R\\R", "\"the Union\", locally");
    }

    @Test
    void csvListItemsHoldingTheSeparatorOrABackslashSplitBackIntoThemselves() throws IOException {
        List<String> aliases = List.of("Road|Rail", "R\\R", "ends in \\", "|", "plain");
        Entity entity = new Entity("org:x", "X", "ORGANIZATION", Optional.empty(), aliases, List.of(), List.of());
        String csv = new String(export(ExportFormat.CSV, List.of(entity)), StandardCharsets.UTF_8);
        // no comma, quote or line break in this row, so RFC 4180 quoting leaves every field bare
        String row = csv.lines().toList().get(1);
        assertThat(splitList(row.split(",", -1)[4])).isEqualTo(aliases);
    }

    @Test
    void anEmptyListIsAnEmptyArrayInJsonAndAQuotedEmptyFieldInCsv() throws IOException {
        Entity bare = new Entity("org:x", "X", "ORGANIZATION", Optional.empty(), List.of(), List.of(), List.of());
        assertThat(new String(export(ExportFormat.JSONL, List.of(bare)), StandardCharsets.UTF_8)).isEqualTo(
                "{\"id\":\"org:x\",\"name\":\"X\",\"type\":\"ORGANIZATION\",\"actor_code\":null,\"aliases\":[],"
                        + "\"affiliations\":[],\"articles\":[],\"format_version\":1}\n");
        assertThat(new String(export(ExportFormat.CSV, List.of(bare)), StandardCharsets.UTF_8).lines().toList().get(1))
                .isEqualTo("org:x,X,ORGANIZATION,,\"\",\"\",\"\",1");
    }

    @Test
    void noEntitiesGiveAnEmptyJsonLinesFileAndACsvHeader() throws IOException {
        assertThat(export(ExportFormat.JSONL, List.of())).isEmpty();
        assertThat(new String(export(ExportFormat.CSV, List.of()), StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", EntityExport.FIELDS) + "\n");
    }

    @Test
    void entitiesReadBackFromAStoreExportToTheSameBytes(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = Store.open(folder.resolve("casus.db").toString())) {
            store.addAll(ExportedArticles.all());
            // saved out of order: the store gives them back by id, the golden file's order
            List<Entity> reversed = new ArrayList<>(ExportedEntities.all());
            Collections.reverse(reversed);
            store.saveEntities(reversed);
            try (Stream<Entity> entities = store.entities()) {
                assertThat(EntityExport.write(ExportFormat.JSONL, entities::iterator, out)).isEqualTo(4);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(golden("entities.jsonl"));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFailureReadingTheEntitiesSurfacesAsTheIOExceptionItWraps(ExportFormat format) {
        IOException failure = new IOException("casus.db: read entities failed: disk I/O error");
        Iterable<Entity> failing = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Entity next() {
                throw new UncheckedIOException(failure);
            }
        };
        assertThatThrownBy(() -> export(format, failing)).isSameAs(failure);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void halfASurrogatePairInAListItemIsWrittenAsTheReplacementCharacter(ExportFormat format) throws IOException {
        Entity broken = new Entity("org:x", "X", "ORGANIZATION", Optional.empty(),
                List.of("half \uD83C here", "whole \uD83C\uDF0E there"), List.of(), List.of());
        String written = new String(export(format, List.of(broken)), StandardCharsets.UTF_8);
        assertThat(written).contains("half \uFFFD here").contains("whole \uD83C\uDF0E there");
    }

    /** Splits a CSV list field as docs/formats/entities.md tells readers to. */
    private static List<String> splitList(String field) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                item.append(field.charAt(++i));
            } else if (c == '|') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    private static byte[] export(ExportFormat format, Iterable<Entity> entities) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EntityExport.write(format, entities, out);
        return out.toByteArray();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = EntityExportTest.class.getResourceAsStream("/export/" + name)) {
            assertThat(in).as("golden file export/" + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
