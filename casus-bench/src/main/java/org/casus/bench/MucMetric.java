package org.casus.bench;

import java.util.HashSet;
import java.util.Set;

/**
 * MUC (Vilain et al. 1995): the links a partition needs to join each entity, counted against the
 * links the other partition keeps. Recall is the sum over key entities K of |K| - |p(K)| over the
 * sum of |K| - 1, where p(K) splits K by response entity and a mention the response lacks is a part
 * of its own; precision swaps the roles. Singletons add nothing to either side.
 */
final class MucMetric implements CorefMetric {

    @Override
    public RecallPrecision score(CorefPartition key, CorefPartition response) {
        long[] recall = links(key, response);
        long[] precision = links(response, key);
        return new RecallPrecision(recall[0], recall[1], precision[0], precision[1]);
    }

    /** {kept links, needed links} of {@code of}'s entities as {@code by} splits them. */
    private static long[] links(CorefPartition of, CorefPartition by) {
        long kept = 0;
        long needed = 0;
        for (Set<String> entity : of.entities()) {
            Set<Object> parts = new HashSet<>();
            for (String mention : entity)
                parts.add(by.entityOf(mention).<Object>map(i -> i).orElse("missing " + mention));
            kept += entity.size() - parts.size();
            needed += entity.size() - 1;
        }
        return new long[] {kept, needed};
    }
}
