package org.casus.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.casus.entity.AliasMatcher;
import org.casus.entity.Gazetteer;
import org.casus.reconcile.ArticleEmbedder;
import org.casus.reconcile.StoryGrouper;
import org.casus.reconcile.StorySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Groups the ECB+ documents into stories with Casus's own {@link StoryGrouper} and scores the
 * groups against ECB+'s gold subtopics (one real-world event each, 86) and topics (43), with
 * BCubed and pairwise precision, recall and F1. The documents have no dates; actors are left out
 * unless {@code --actors} asks for a gazetteer match of capitalised names. Documents come in a
 * fixed shuffled order, as news would, not topic by topic. {@code --tune} picks the join threshold
 * (and with actors the actor weight) on the training and development topics only.
 */
@Command(name = "eval-stories", mixinStandardHelpOptions = true,
        description = "Score story grouping against the ECB+ gold subtopics and topics.")
public final class StoryEvaluation implements Callable<Integer> {
    private static final Predicate<EcbStoryDocument> ALL = d -> true;
    private static final Predicate<EcbStoryDocument> TEST = d -> d.split().equals("test");
    private static final Predicate<EcbStoryDocument> TRAIN_DEV = d -> !d.split().equals("test");

    @Option(names = "--shared", description = "the shared data folder (default: ${DEFAULT-VALUE})")
    Path shared = Path.of(System.getProperty("casus.shared", "../shared"));

    @Option(names = "--actors", description = "add actors found by matching capitalised names against the shipped gazetteer")
    boolean actors;

    @Option(names = "--tune", description = "search the settings on the train and dev topics and print the best")
    boolean tune;

    @Option(names = "--seed", description = "seed of the document order (default: ${DEFAULT-VALUE})")
    long seed = 2014;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<EcbStoryDocument> documents;
        try {
            documents = new ArrayList<>(EcbStoryDocument.readAll(shared.resolve("benchmarks/ecbplus")));
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot read ECB+: " + e.getMessage());
            return 1;
        }
        Collections.shuffle(documents, new Random(seed));
        long start = System.nanoTime();
        ArticleEmbedder embedder = new ArticleEmbedder();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Map<String, float[]> embeddings = new HashMap<>();
        List<float[]> vectors = embedder.embedAll(documents.stream().map(EcbStoryDocument::article).toList());
        for (int i = 0; i < documents.size(); i++) embeddings.put(documents.get(i).id(), vectors.get(i));
        double embedSeconds = (System.nanoTime() - start) / 1e9;
        out.printf("ECB+: %d documents, %d topics, %d subtopics; order shuffled with seed %d%n", documents.size(),
                documents.stream().map(EcbStoryDocument::topic).distinct().count(),
                documents.stream().map(EcbStoryDocument::subtopic).distinct().count(), seed);
        out.printf("model loaded in %.1f s; %d documents embedded in %.1f s (%.1f ms each, %d threads)%n",
                loadSeconds, documents.size(), embedSeconds, embedSeconds * 1000 / documents.size(),
                Runtime.getRuntime().availableProcessors());
        Map<String, Set<String>> actorIds = actors ? gazetteerActors(documents) : Map.of();
        out.println("actors: " + (actors ? "gazetteer match of capitalised names" : "none"));
        StorySettings settings = tune ? tuned(documents, embeddings, actorIds, out) : StorySettings.DEFAULTS;
        out.printf("settings: join threshold %.3f, actor weight %.2f%n", settings.joinThreshold(), settings.actorWeight());
        out.printf("%-22s %-9s %7s %7s %7s  %7s %7s %7s  %s%n", "documents", "gold", "B3 P", "B3 R", "B3 F1",
                "pair P", "pair R", "pair F1", "stories");
        report(out, "all (982)", documents, ALL, embeddings, actorIds, settings);
        report(out, "test topics 36-45", documents, TEST, embeddings, actorIds, settings);
        report(out, "train+dev topics", documents, TRAIN_DEV, embeddings, actorIds, settings);
        out.flush();
        return 0;
    }

    private static void report(PrintWriter out, String name, List<EcbStoryDocument> documents, Predicate<EcbStoryDocument> which,
                               Map<String, float[]> embeddings, Map<String, Set<String>> actorIds, StorySettings settings) {
        List<EcbStoryDocument> chosen = documents.stream().filter(which).toList();
        Map<String, String> predicted = group(chosen, embeddings, actorIds, settings);
        long stories = predicted.values().stream().distinct().count();
        for (boolean bySubtopic : new boolean[] {true, false}) {
            Map<String, String> gold = gold(chosen, bySubtopic);
            ClusterScore b3 = ClusterScore.bcubed(predicted, gold);
            ClusterScore pairs = ClusterScore.pairwise(predicted, gold);
            out.printf("%-22s %-9s %7.3f %7.3f %7.3f  %7.3f %7.3f %7.3f  %d of %d%n", name,
                    bySubtopic ? "subtopic" : "topic", b3.precision(), b3.recall(), b3.f1(), pairs.precision(),
                    pairs.recall(), pairs.f1(), stories, gold.values().stream().distinct().count());
        }
    }

    /** Searches the settings on the train and dev topics, best BCubed F1 against subtopics. */
    private static StorySettings tuned(List<EcbStoryDocument> documents, Map<String, float[]> embeddings,
                                       Map<String, Set<String>> actorIds, PrintWriter out) {
        List<EcbStoryDocument> trainDev = documents.stream().filter(TRAIN_DEV).toList();
        Map<String, String> gold = gold(trainDev, true);
        StorySettings best = StorySettings.DEFAULTS;
        double bestF1 = -1;
        double[] weights = actorIds.isEmpty() ? new double[] {StorySettings.DEFAULTS.actorWeight()}
                : new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.3};
        for (double weight : weights) {
            for (int step = 0; step <= 30; step++) {
                StorySettings candidate = StorySettings.DEFAULTS.withActorWeight(weight).withJoinThreshold(0.3 + step * 0.02);
                double f1 = ClusterScore.bcubed(group(trainDev, embeddings, actorIds, candidate), gold).f1();
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = candidate;
                }
            }
        }
        out.printf("tuned on %d train+dev documents: BCubed F1 %.3f against subtopics%n", trainDev.size(), bestF1);
        return best;
    }

    private static Map<String, String> group(List<EcbStoryDocument> documents, Map<String, float[]> embeddings,
                                             Map<String, Set<String>> actorIds, StorySettings settings) {
        StoryGrouper grouper = new StoryGrouper(settings);
        Map<String, String> predicted = new HashMap<>();
        for (EcbStoryDocument d : documents)
            predicted.put(d.id(), grouper.add(d.article(), embeddings.get(d.id()), actorIds.getOrDefault(d.id(), Set.of()))
                    .story().id());
        return predicted;
    }

    private static Map<String, String> gold(List<EcbStoryDocument> documents, boolean bySubtopic) {
        Map<String, String> gold = new HashMap<>();
        for (EcbStoryDocument d : documents) gold.put(d.id(), bySubtopic ? d.subtopic() : String.valueOf(d.topic()));
        return gold;
    }

    /** Actors named in each document: runs of up to four capitalised tokens the shipped gazetteer knows. */
    private static Map<String, Set<String>> gazetteerActors(List<EcbStoryDocument> documents) {
        AliasMatcher matcher = new AliasMatcher(Gazetteer.shipped());
        Map<String, Set<String>> found = new HashMap<>();
        for (EcbStoryDocument d : documents) {
            Set<String> ids = new LinkedHashSet<>();
            for (String sentence : d.text().split("\n\n")) {
                String[] tokens = sentence.split(" ");
                for (int i = 0; i < tokens.length; i++) {
                    // the longest known run wins; a sentence's first word is capitalised anyway
                    for (int end = Math.min(tokens.length, i + 4); end > i; end--) {
                        if (!capitalised(tokens, i, end)) continue;
                        var match = matcher.find(String.join(" ", List.of(tokens).subList(i, end)));
                        if (match.isPresent()) {
                            ids.add(match.get().actor().id());
                            i = end - 1;
                            break;
                        }
                    }
                }
            }
            found.put(d.id(), ids);
        }
        return found;
    }

    private static boolean capitalised(String[] tokens, int from, int to) {
        for (int i = from; i < to; i++)
            if (tokens[i].isEmpty() || !Character.isUpperCase(tokens[i].charAt(0))) return false;
        return true;
    }
}
