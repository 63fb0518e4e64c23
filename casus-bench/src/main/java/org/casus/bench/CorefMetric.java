package org.casus.bench;

/**
 * A coreference metric, with the semantics of the reference scorer (Pradhan et al. 2014,
 * "Scoring coreference partitions of predicted mentions"): key and response may hold different
 * mentions, and none is added to or dropped from either side before scoring.
 */
interface CorefMetric {
    RecallPrecision score(CorefPartition key, CorefPartition response);
}
