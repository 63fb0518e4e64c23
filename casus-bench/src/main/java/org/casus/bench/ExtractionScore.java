package org.casus.bench;

/** A system's score over the whole benchmark, as the benchmark's README defines each figure. */
record ExtractionScore(double f1, double precision, double recall, double accuracy) {
}
