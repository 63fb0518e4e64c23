package org.casus.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Scores a clustering of items against gold clusters, each given as item -> cluster label over the
 * same items. BCubed (Bagga and Baldwin 1998) averages, over the items, how much of an item's
 * predicted cluster shares its gold cluster (precision) and how much of its gold cluster it was put
 * with (recall). Pairwise counts the pairs of items put together: precision is the share of those
 * pairs that gold puts together too, recall the share of gold's pairs that were put together.
 *
 * @param precision from 0 to 1
 * @param recall    from 0 to 1
 */
record ClusterScore(double precision, double recall) {
    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** BCubed precision and recall; both are 1 for no items. */
    static ClusterScore bcubed(Map<String, String> predicted, Map<String, String> gold) {
        checkSameItems(predicted, gold);
        Map<String, Integer> predictedSize = sizes(predicted);
        Map<String, Integer> goldSize = sizes(gold);
        Map<String, Integer> overlap = overlaps(predicted, gold);
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> item : predicted.entrySet()) {
            String p = item.getValue();
            String g = gold.get(item.getKey());
            double shared = overlap.get(p + '\0' + g);
            precision += shared / predictedSize.get(p);
            recall += shared / goldSize.get(g);
        }
        int n = predicted.size();
        return n == 0 ? new ClusterScore(1, 1) : new ClusterScore(precision / n, recall / n);
    }

    /**
     * Pairwise precision and recall. With no pair put together precision is 1 (no pair is wrong);
     * with no pair in gold recall is 1 (none was missed).
     */
    static ClusterScore pairwise(Map<String, String> predicted, Map<String, String> gold) {
        checkSameItems(predicted, gold);
        long together = pairs(overlaps(predicted, gold));
        long predictedPairs = pairs(sizes(predicted));
        long goldPairs = pairs(sizes(gold));
        return new ClusterScore(predictedPairs == 0 ? 1 : (double) together / predictedPairs,
                goldPairs == 0 ? 1 : (double) together / goldPairs);
    }

    private static void checkSameItems(Map<String, String> predicted, Map<String, String> gold) {
        if (!predicted.keySet().equals(gold.keySet()))
            throw new IllegalArgumentException("the clusterings cover different items: "
                    + predicted.size() + " predicted, " + gold.size() + " in gold");
    }

    private static Map<String, Integer> sizes(Map<String, String> clusters) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String label : clusters.values()) sizes.merge(label, 1, Integer::sum);
        return sizes;
    }

    /** How many items each (predicted, gold) pair of clusters shares. */
    private static Map<String, Integer> overlaps(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> overlap = new HashMap<>();
        for (Map.Entry<String, String> item : predicted.entrySet())
            overlap.merge(item.getValue() + '\0' + gold.get(item.getKey()), 1, Integer::sum);
        return overlap;
    }

    private static long pairs(Map<String, Integer> sizes) {
        long pairs = 0;
        for (int size : sizes.values()) pairs += (long) size * (size - 1) / 2;
        return pairs;
    }
}
