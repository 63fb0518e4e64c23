package org.casus.bench;

/**
 * One page's shingle counts, normalized so that tp + fp + fn = 1 (all zero when both texts are empty).
 *
 * @param exact whether the predicted token sequence equals the gold one
 */
record PageScore(String id, double tp, double fp, double fn, boolean exact) {

    static PageScore of(String id, long tp, long fp, long fn, boolean exact) {
        double sum = tp + fp + fn;
        if (sum == 0)
            return new PageScore(id, 0, 0, 0, exact);
        return new PageScore(id, tp / sum, fp / sum, fn / sum, exact);
    }

    double precision() {
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
