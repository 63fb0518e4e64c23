package org.casus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casus.model.Article;

/**
 * One ECB+ news text with its gold story: the subtopic (one real-world event) and the topic (the
 * kind of event, two subtopics each).
 *
 * @param split train, dev or test (Barhom et al. 2019)
 * @param text  the text {@link EcbText} makes of the document's tokens
 */
record EcbStoryDocument(String id, int topic, String subtopic, String split, String text) {
    private static final List<String> SPLITS = List.of("train", "dev", "test");

    /** The text as an article with no title, date or outlet, as the ECB+ files give none. */
    Article article() {
        return new Article(id, id + ".xml", java.util.Optional.empty(), java.util.Optional.empty(), "",
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("en"), text,
                java.util.Optional.empty());
    }

    /** Every document of the ECB+ folder, in the order {@code derived/documents.tsv} lists them. */
    static List<EcbStoryDocument> readAll(Path folder) throws IOException {
        Map<String, Integer> order = new HashMap<>();
        List<String> lines = Files.readAllLines(folder.resolve("derived/documents.tsv"), StandardCharsets.UTF_8);
        for (int n = 1; n < lines.size(); n++)
            order.put(lines.get(n).split("\t", 2)[0], n);
        List<EcbStoryDocument> documents = new ArrayList<>();
        for (String split : SPLITS)
            for (EcbDocument d : EcbCorpus.read(folder, split).documents())
                documents.add(new EcbStoryDocument(d.id(), d.topic(), d.subtopic(), split,
                        EcbText.of(d).article().text()));
        documents.sort(Comparator.comparingInt(d -> order.getOrDefault(d.id(), Integer.MAX_VALUE)));
        return documents;
    }
}
