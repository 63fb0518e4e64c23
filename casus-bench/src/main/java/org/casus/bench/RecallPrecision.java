package org.casus.bench;

/**
 * One coreference metric's figures as fractions, so that sums over documents stay exact. A zero
 * denominator gives 0, as the reference scorer does (MUC over singletons only, for example).
 */
record RecallPrecision(double recallNumerator, double recallDenominator, double precisionNumerator,
                       double precisionDenominator) {

    double recall() {
        return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    }

    double precision() {
        return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    }

    double f1() {
        double r = recall();
        double p = precision();
        return r + p == 0 ? 0 : 2 * r * p / (r + p);
    }
}
