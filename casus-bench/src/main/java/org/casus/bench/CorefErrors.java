package org.casus.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casus.model.Article;
import org.casus.model.EventMention;

/**
 * Where a clustering of Casus's mentions parts from the gold events, on the mentions matched to gold
 * ones: each gold event the clustering split, with the mentions of each part, and each cluster that
 * joins mentions of several gold events. For reading, not for scoring.
 */
final class CorefErrors {
    private CorefErrors() {
    }

    static void write(Path file, List<Set<String>> clusters, List<EventMention> mentions, Map<String, Article> articles,
                      Map<String, String> keyOfMention, Map<String, String> chainOfKey) throws IOException {
        Map<String, EventMention> byId = new TreeMap<>();
        mentions.forEach(m -> byId.put(m.id(), m));
        Map<String, Integer> clusterOf = new TreeMap<>();
        for (int i = 0; i < clusters.size(); i++)
            for (String id : clusters.get(i))
                clusterOf.put(id, i);
        // gold event -> response cluster -> mentions
        Map<String, Map<String, List<String>>> parts = new TreeMap<>();
        Map<String, Map<String, List<String>>> joined = new TreeMap<>();
        for (Map.Entry<String, String> e : keyOfMention.entrySet()) {
            String chain = chainOfKey.get(e.getValue());
            if (chain == null || !byId.containsKey(e.getKey()))
                continue;
            String cluster = clusterOf.containsKey(e.getKey()) ? "c" + clusterOf.get(e.getKey()) : "alone:" + e.getKey();
            parts.computeIfAbsent(chain, k -> new TreeMap<>()).computeIfAbsent(cluster, k -> new ArrayList<>()).add(e.getKey());
            joined.computeIfAbsent(cluster, k -> new TreeMap<>()).computeIfAbsent(chain, k -> new ArrayList<>()).add(e.getKey());
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Map.Entry<String, Map<String, List<String>>> chain : parts.entrySet()) {
                if (chain.getValue().size() < 2)
                    continue;
                out.println("SPLIT gold " + chain.getKey());
                for (Map.Entry<String, List<String>> part : chain.getValue().entrySet())
                    for (String id : part.getValue())
                        out.println("  " + part.getKey() + "  " + line(byId.get(id), articles));
            }
            for (Map.Entry<String, Map<String, List<String>>> cluster : joined.entrySet()) {
                if (cluster.getValue().size() < 2)
                    continue;
                out.println("JOINED " + cluster.getKey());
                for (Map.Entry<String, List<String>> chain : cluster.getValue().entrySet())
                    for (String id : chain.getValue())
                        out.println("  gold " + chain.getKey() + "  " + line(byId.get(id), articles));
            }
        }
    }

    private static String line(EventMention m, Map<String, Article> articles) {
        String text = articles.get(m.article()).text();
        return m.article() + " s" + m.sentence() + " " + m.code() + " '" + m.trigger().cut(text) + "' "
                + m.source().orElse("-") + " -> " + m.target().orElse("-") + " @" + m.location().orElse("-") + " "
                + m.date().orElse("-") + (m.dateText().isEmpty() ? "" : " (" + m.dateText() + ")") + " " + m.modality()
                + " | " + m.quote().replace('\n', ' ');
    }
}
