package org.casus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One gold event mention of ECB+, a row of {@code derived/mentions.tsv} whose category is EVENT.
 *
 * @param tokens    the anchored token ids, possibly not next to each other
 * @param chain     the gold instance it refers to: a cross-document id, an {@code INTRA_} chain
 *                  within one document, or a {@code SINGLETON_} of its own
 * @param validated whether it lies in a sentence the annotators checked for coreference
 */
record GoldEventMention(String document, String subtopic, String markable, int sentence, List<Integer> tokens,
                        String text, String chain, boolean validated) {

    private static final String HEADER = "doc_id\ttopic\tsubtopic\tm_id\ttag\tcategory\tsentence\ttoken_ids\ttext"
            + "\tchain_id\tchain_type\tin_validated_sentence";

    GoldEventMention {
        tokens = List.copyOf(tokens);
    }

    /** The mention's id for scoring, unique across the corpus. */
    String key() {
        return document + "/" + markable;
    }

    /** The EVENT rows of a mentions file, in file order. */
    static List<GoldEventMention> readAll(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER))
            throw new IOException(tsv + ":1: not the ECB+ mentions header");
        List<GoldEventMention> events = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split("\t", -1);
            if (cells.length != 12)
                throw new IOException(tsv + ":" + (n + 1) + ": want 12 columns, found " + cells.length);
            if (!cells[5].equals("EVENT"))
                continue;
            try {
                List<Integer> tokens = Arrays.stream(cells[7].split(" ")).map(Integer::valueOf).toList();
                events.add(new GoldEventMention(cells[0], cells[2], cells[3], Integer.parseInt(cells[6]), tokens,
                        cells[8], cells[9], cells[11].equals("yes")));
            } catch (NumberFormatException e) {
                throw new IOException(tsv + ":" + (n + 1) + ": a sentence or token id is not a number", e);
            }
        }
        return events;
    }
}
