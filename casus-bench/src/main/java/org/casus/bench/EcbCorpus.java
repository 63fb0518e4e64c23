package org.casus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents of one ECB+ split with their gold event mentions, read from the corpus folder
 * ({@code derived/documents.tsv}, {@code derived/mentions.tsv}, {@code ECB+/<topic>/<doc>.xml}).
 *
 * @param documents the split's documents, in the order {@code documents.tsv} lists them
 * @param events    the gold event mentions of those documents, validated sentences or not
 * @param validated the sentences the annotators checked for coreference
 *                  ({@code ECBplus_coreference_sentences.csv}), as {@code <doc>#<sentence>}
 */
record EcbCorpus(List<EcbDocument> documents, List<GoldEventMention> events, Set<String> validated) {

    EcbCorpus {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        validated = Set.copyOf(validated);
    }

    boolean isValidated(String document, int sentence) {
        return validated.contains(document + "#" + sentence);
    }

    /** The documents whose {@code split_barhom2019} is {@code split} (train, dev or test). */
    static EcbCorpus read(Path folder, String split) throws IOException {
        Path index = folder.resolve("derived/documents.tsv");
        if (!Files.isRegularFile(index))
            throw new IOException(index + ": no such file (is --shared right?)");
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("doc_id\ttopic\tsubtopic\tsplit_barhom2019"))
            throw new IOException(index + ":1: not the ECB+ documents header");
        List<EcbDocument> documents = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split("\t", -1);
            if (cells.length < 4)
                throw new IOException(index + ":" + (n + 1) + ": want 6 columns, found " + cells.length);
            if (!cells[3].equals(split))
                continue;
            documents.add(EcbDocument.read(folder.resolve("ECB+").resolve(cells[1]).resolve(cells[0] + ".xml"),
                    Integer.parseInt(cells[1]), cells[2]));
        }
        Set<String> ids = new HashSet<>();
        documents.forEach(d -> ids.add(d.id()));
        List<GoldEventMention> events = GoldEventMention.readAll(folder.resolve("derived/mentions.tsv")).stream()
                .filter(m -> ids.contains(m.document())).toList();
        return new EcbCorpus(documents, events, validatedSentences(folder.resolve("ECBplus_coreference_sentences.csv")));
    }

    private static Set<String> validatedSentences(Path csv) throws IOException {
        if (!Files.isRegularFile(csv))
            throw new IOException(csv + ": no such file");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("Topic,File,Sentence Number"))
            throw new IOException(csv + ":1: not the validated sentences header");
        Set<String> sentences = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank())
                continue;
            String[] cells = lines.get(n).strip().split(",");
            if (cells.length != 3)
                throw new IOException(csv + ":" + (n + 1) + ": want 3 columns, found " + cells.length);
            sentences.add(cells[0] + "_" + cells[1] + "#" + cells[2]);
        }
        return sentences;
    }
}
