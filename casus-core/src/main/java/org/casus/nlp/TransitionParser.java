package org.casus.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.casus.model.Dependency;

/**
 * CoreNLP's neural dependency parser, run with its own model, features and transition system but
 * scored here, at less than half the cost:
 * <ul>
 * <li>CoreNLP adds up each of its 85 transition scores over 1,000 products one after the other,
 *     so every addition waits for the one before. Here each hidden unit adds its share to all 85
 *     at once, a loop the JIT runs on vector registers, and each sum still adds up in CoreNLP's
 *     order.
 * <li>Which inputs have a precomputed product is an int table, not a boxed map.
 * <li>A move the transition system allows alone is taken unscored.
 * </ul>
 * The precomputed products are computed the way CoreNLP computes the ones it does not precompute
 * (each unit's sum kept as a float), and CoreNLP is loaded without precomputing, so that its own
 * {@code predict} gives the very same trees, which {@code TransitionParserIT} checks. They are
 * stored in doubles all the same: the JIT does not vectorise adding floats to doubles.
 *
 * <p>It reads the loaded parser's private fields, as CoreNLP 4.5 names them; a CoreNLP without
 * them fails at load time, not while parsing. Thread-safe: the model is only read, and the cache of
 * the products not precomputed is a table of immutable entries.
 */
final class TransitionParser {
    /** Slots of the cache of the hidden-layer products that were not precomputed. */
    private static final int CACHE_SLOTS = 8192;
    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");

    private final DependencyParser parser;
    private final MethodHandle features;
    private final ArcStandard system;
    private final List<String> transitions;
    private final float[][] w1;
    private final float[] b1;
    private final double[][] w2ByUnit;
    private final float[][] embeddings;
    private final int hiddenSize;
    private final int embeddingSize;
    private final double[][] precomputed;
    private final RowIndex precomputedRow;
    private final Slice[] cache = new Slice[CACHE_SLOTS];

    /** The hidden-layer product of one input (a feature's value at one position), cached. */
    private record Slice(int input, float[] values) {}

    private TransitionParser(DependencyParser parser, int precompute) throws ReflectiveOperationException {
        this.parser = parser;
        Method featureArray = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
        featureArray.setAccessible(true);
        this.features = MethodHandles.lookup().unreflect(featureArray).bindTo(parser);
        this.system = (ArcStandard) field(DependencyParser.class, "system").get(parser);
        @SuppressWarnings("unchecked")
        List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
        this.transitions = List.copyOf(transitions);
        Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
        Config config = (Config) field(Classifier.class, "config").get(classifier);
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.w1 = classifier.getW1();
        this.b1 = classifier.getb1();
        this.embeddings = classifier.getE();
        float[][] w2 = classifier.getW2();
        if (w2.length != this.transitions.size())
            throw new IllegalStateException("the parser model scores " + w2.length + " transitions, its system has "
                    + this.transitions.size());
        this.w2ByUnit = new double[hiddenSize][w2.length];
        for (int t = 0; t < w2.length; t++)
            for (int i = 0; i < hiddenSize; i++) w2ByUnit[i][t] = w2[t][i];
        // the model lists its inputs from the most frequent in its training data down
        @SuppressWarnings("unchecked")
        List<Integer> frequent = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
        this.precomputed = new double[Math.min(precompute, frequent.size())][];
        this.precomputedRow = new RowIndex(precomputed.length);
        for (int row = 0; row < precomputed.length; row++) {
            precomputedRow.put(frequent.get(row), row);
            float[] p = product(frequent.get(row));
            precomputed[row] = new double[p.length];
            for (int i = 0; i < p.length; i++) precomputed[row][i] = p[i];
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /**
     * Loads a CoreNLP parser model.
     *
     * @param precompute how many of the most frequent inputs have their hidden-layer product
     *                   computed at load time, 8 KB of heap each
     */
    static TransitionParser load(String model, int precompute) {
        Properties settings = new Properties();
        settings.setProperty("numPreComputed", "0");
        try {
            return new TransitionParser(DependencyParser.loadFromModelFile(model, settings), precompute);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's dependency parser has not the fields Casus reads", e);
        }
    }

    /** The parser this one scores for, whose own {@code predict} gives the same trees, slower. */
    DependencyParser coreNlp() {
        return parser;
    }

    /** The basic dependency tree of a sentence whose CoreNLP tokens carry POS tags, an edge per word in order. */
    List<Dependency> parse(CoreMap sentence) {
        Configuration state = system.initialConfiguration(sentence);
        double[] hidden = new double[hiddenSize];
        while (!system.isTerminal(state)) {
            int best = onlyMove(state);
            if (best < 0) {
                double[] scores = scores(featureArray(state), hidden);
                for (int t = 0; t < scores.length; t++)
                    if ((best < 0 || scores[t] > scores[best]) && system.canApply(state, transitions.get(t)))
                        best = t;
            }
            system.apply(state, transitions.get(best));
        }
        List<Dependency> edges = new ArrayList<>(state.getSentenceSize());
        // CoreNLP counts words from 1 and keeps 0 for the root; Casus indexes the token list from 0
        for (int word = 1; word <= state.getSentenceSize(); word++) {
            int head = state.getHead(word);
            edges.add(new Dependency(head == 0 ? Dependency.ROOT : head - 1, word - 1, state.getLabel(word)));
        }
        return passiveSubjects(edges);
    }

    /**
     * The one transition the system allows, or -1. With no more than one word on the stack above
     * the root, arcs are mostly barred: the parser must shift, or attach the last word to the root.
     * Choosing it unscored is the choice the scores would make, for a third of the transitions.
     */
    private int onlyMove(Configuration state) {
        if (state.getStackSize() > 2) return -1;
        int only = -1;
        for (int t = 0; t < transitions.size(); t++) {
            if (!system.canApply(state, transitions.get(t))) continue;
            if (only >= 0) return -1;
            only = t;
        }
        return only;
    }

    /**
     * CoreNLP's one correction of the basic tree: a subject of a word with a passive auxiliary is a
     * passive subject, whatever label the parser chose.
     */
    private static List<Dependency> passiveSubjects(List<Dependency> edges) {
        Set<Integer> passive = new HashSet<>();
        for (Dependency edge : edges)
            if (edge.relation().equals("aux:pass")) passive.add(edge.governor());
        if (passive.isEmpty()) return edges;
        List<Dependency> corrected = new ArrayList<>(edges.size());
        for (Dependency edge : edges)
            corrected.add(passive.contains(edge.governor()) && SUBJECTS.contains(edge.relation())
                    ? new Dependency(edge.governor(), edge.dependent(), edge.relation() + ":pass")
                    : edge);
        return corrected;
    }

    private int[] featureArray(Configuration state) {
        try {
            return (int[]) features.invokeExact(state);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private double[] scores(int[] feature, double[] hidden) {
        Arrays.fill(hidden, 0);
        for (int position = 0; position < feature.length; position++) {
            int input = feature[position] * Config.numTokens + position;
            int row = precomputedRow.get(input);
            if (row >= 0) {
                double[] product = precomputed[row];
                for (int i = 0; i < hiddenSize; i++) hidden[i] += product[i];
            } else {
                float[] product = cached(input);
                for (int i = 0; i < hiddenSize; i++) hidden[i] += product[i];
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        double[] scores = new double[w2ByUnit[0].length];
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i];
            double[] weights = w2ByUnit[i];
            for (int t = 0; t < scores.length; t++) scores[t] += weights[t] * h;
        }
        return scores;
    }

    private float[] cached(int input) {
        int slot = Math.floorMod(input * 0x9E3779B9, CACHE_SLOTS);
        Slice cached = cache[slot];
        if (cached != null && cached.input() == input) return cached.values();
        float[] values = product(input);
        cache[slot] = new Slice(input, values);
        return values;
    }

    /**
     * The product of W1's columns for an input's position with the embedding of its value, as
     * CoreNLP computes it: each unit's sum in double, kept as a float. Four units at a time, so
     * that their sums need not wait for each other.
     */
    private float[] product(int input) {
        float[] embedding = embeddings[input / Config.numTokens];
        int offset = input % Config.numTokens * embeddingSize;
        float[] values = new float[hiddenSize];
        int i = 0;
        for (; i + 3 < hiddenSize; i += 4) {
            float[] r0 = w1[i], r1 = w1[i + 1], r2 = w1[i + 2], r3 = w1[i + 3];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int k = 0; k < embeddingSize; k++) {
                float e = embedding[k];
                s0 += r0[offset + k] * e;
                s1 += r1[offset + k] * e;
                s2 += r2[offset + k] * e;
                s3 += r3[offset + k] * e;
            }
            values[i] = (float) s0;
            values[i + 1] = (float) s1;
            values[i + 2] = (float) s2;
            values[i + 3] = (float) s3;
        }
        for (; i < hiddenSize; i++) {
            double sum = 0;
            for (int k = 0; k < embeddingSize; k++) sum += w1[i][offset + k] * embedding[k];
            values[i] = (float) sum;
        }
        return values;
    }

    /**
     * Which row holds an input's product: an open-addressing table of ints, since a boxed map's
     * lookups, 48 per transition, cost a tenth of the parse.
     */
    private static final class RowIndex {
        private final int[] inputs;
        private final int[] rows;
        private final int mask;

        RowIndex(int size) {
            int capacity = Integer.highestOneBit(Math.max(4, size) * 2) * 2;
            this.inputs = new int[capacity];
            this.rows = new int[capacity];
            this.mask = capacity - 1;
            Arrays.fill(inputs, -1);
        }

        void put(int input, int row) {
            int slot = slot(input);
            while (inputs[slot] != -1 && inputs[slot] != input) slot = (slot + 1) & mask;
            inputs[slot] = input;
            rows[slot] = row;
        }

        /** The row, or -1. */
        int get(int input) {
            for (int slot = slot(input); inputs[slot] != -1; slot = (slot + 1) & mask)
                if (inputs[slot] == input) return rows[slot];
            return -1;
        }

        private int slot(int input) {
            return (input * 0x9E3779B9 >>> 7) & mask;
        }
    }
}
