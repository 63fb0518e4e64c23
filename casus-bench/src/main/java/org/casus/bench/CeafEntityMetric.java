package org.casus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CEAF-e (Luo 2005): key and response entities are paired one to one so that the summed
 * similarity φ4(K, R) = 2|K ∩ R| / (|K| + |R|) is largest (Kuhn–Munkres); recall is that sum over
 * the number of key entities, precision over the number of response entities.
 *
 * <p>Entities that share no mention have similarity 0, so the best pairing splits into the
 * connected groups of entities that share mentions; each group is solved on its own, which keeps a
 * corpus of thousands of entities to many small matrices and gives the same sum.
 */
final class CeafEntityMetric implements CorefMetric {

    @Override
    public RecallPrecision score(CorefPartition key, CorefPartition response) {
        double similarity = 0;
        for (Component c : components(key, response)) {
            double[][] phi = new double[c.keys.size()][c.responses.size()];
            for (int k = 0; k < phi.length; k++)
                for (int r = 0; r < phi[k].length; r++)
                    phi[k][r] = phi4(key.entities().get(c.keys.get(k)), response.entities().get(c.responses.get(r)));
            int[] pairs = KuhnMunkres.maximise(phi);
            for (int k = 0; k < pairs.length; k++)
                if (pairs[k] >= 0)
                    similarity += phi[k][pairs[k]];
        }
        return new RecallPrecision(similarity, key.entities().size(), similarity, response.entities().size());
    }

    static double phi4(Set<String> key, Set<String> response) {
        int shared = 0;
        for (String mention : key)
            if (response.contains(mention))
                shared++;
        return 2.0 * shared / (key.size() + response.size());
    }

    /** Key and response entity indexes that are joined, directly or not, by shared mentions. */
    private record Component(List<Integer> keys, List<Integer> responses) {
    }

    private static List<Component> components(CorefPartition key, CorefPartition response) {
        // union-find over key entities 0..k-1 and response entities k..k+r-1
        int keys = key.entities().size();
        int[] parent = new int[keys + response.entities().size()];
        for (int i = 0; i < parent.length; i++)
            parent[i] = i;
        for (int k = 0; k < keys; k++)
            for (String mention : key.entities().get(k)) {
                int k0 = k;
                response.entityOf(mention).ifPresent(r -> parent[root(parent, k0)] = root(parent, keys + r));
            }
        Map<Integer, Component> byRoot = new HashMap<>();
        List<Component> all = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            Component c = byRoot.computeIfAbsent(root(parent, i), x -> {
                Component made = new Component(new ArrayList<>(), new ArrayList<>());
                all.add(made);
                return made;
            });
            if (i < keys)
                c.keys.add(i);
            else
                c.responses.add(i - keys);
        }
        return all.stream().filter(c -> !c.keys.isEmpty() && !c.responses.isEmpty()).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
