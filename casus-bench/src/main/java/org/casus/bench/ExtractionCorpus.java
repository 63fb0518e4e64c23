package org.casus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The article-extraction benchmark folder: {@code html/<id>.html}, {@code ground-truth.json} with
 * each page's gold body and URL, and {@code reference-outputs/<system>.json}.
 */
final class ExtractionCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One benchmark page: its id, original address, raw bytes and hand-checked body. */
    record Page(String id, Optional<String> url, byte[] html, String gold) {
    }

    private final Path dir;
    private final List<Page> pages;

    private ExtractionCorpus(Path dir, List<Page> pages) {
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    /** Loads every page listed in the ground truth, in id order. */
    static ExtractionCorpus load(Path dir) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile))
            throw new NoSuchFileException(truthFile.toString(), null, "no ground-truth.json: not the benchmark folder");
        Map<String, JsonNode> truth = new TreeMap<>(fields(JSON.readTree(truthFile.toFile())));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            Path html = dir.resolve("html").resolve(e.getKey() + ".html");
            JsonNode url = e.getValue().get("url");
            pages.add(new Page(e.getKey(), url == null || url.isNull() ? Optional.empty() : Optional.of(url.asText()),
                    Files.readAllBytes(html), e.getValue().path("articleBody").asText("")));
        }
        return new ExtractionCorpus(dir, pages);
    }

    List<Page> pages() {
        return pages;
    }

    /**
     * A published system's bodies by page id. Some files wrap the map as
     * {@code {"version": ..., "output": {...}}}; a page the system skipped is absent.
     */
    Map<String, String> referenceOutput(String system) throws IOException {
        Path file = dir.resolve("reference-outputs").resolve(system + ".json");
        if (!Files.isRegularFile(file))
            throw new NoSuchFileException(file.toString(), null, "no such reference output");
        JsonNode root = JSON.readTree(file.toFile());
        if (root.has("output") && root.get("output").isObject())
            root = root.get("output");
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(root).entrySet()) {
            JsonNode body = e.getValue().get("articleBody");
            out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        }
        return out;
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties())
            out.put(e.getKey(), e.getValue());
        return out;
    }
}
