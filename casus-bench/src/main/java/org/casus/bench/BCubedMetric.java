package org.casus.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * B³ (Bagga and Baldwin 1998) in the reference scorer's form: recall is the sum over key entities K
 * and response entities R of |K ∩ R|² / |K|, over the number of key mentions; precision divides by
 * |R| and by the number of response mentions. A mention only one side has adds to that side's
 * denominator and to no numerator.
 */
final class BCubedMetric implements CorefMetric {

    @Override
    public RecallPrecision score(CorefPartition key, CorefPartition response) {
        return new RecallPrecision(overlap(key, response), key.mentionCount(),
                overlap(response, key), response.mentionCount());
    }

    /** The sum over {@code of}'s entities E and {@code by}'s entities B of |E ∩ B|² / |E|. */
    private static double overlap(CorefPartition of, CorefPartition by) {
        double sum = 0;
        for (Set<String> entity : of.entities()) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String mention : entity)
                by.entityOf(mention).ifPresent(i -> shared.merge(i, 1, Integer::sum));
            for (int n : shared.values())
                sum += (double) n * n / entity.size();
        }
        return sum;
    }
}
