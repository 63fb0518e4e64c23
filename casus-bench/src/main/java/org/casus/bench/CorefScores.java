package org.casus.bench;

/**
 * MUC, B³ and CEAF-e for one response against one key, and their CoNLL F1 (the mean of the three
 * F1 scores, as the CoNLL-2011/2012 shared tasks and the ECB+ literature report it).
 */
record CorefScores(RecallPrecision muc, RecallPrecision bcubed, RecallPrecision ceafe) {

    static CorefScores of(CorefPartition key, CorefPartition response) {
        return new CorefScores(new MucMetric().score(key, response), new BCubedMetric().score(key, response),
                new CeafEntityMetric().score(key, response));
    }

    double conllF1() {
        return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
    }
}
