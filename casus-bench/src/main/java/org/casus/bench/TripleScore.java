package org.casus.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PETRARCH's scoring of coded sentences: a record is right when the coder gives exactly the gold set
 * of (source, target, code) triples; triples are also counted one by one (micro precision, recall
 * and F1), at the CAMEO root, the level most event-data work counts at, and as (source, target) pairs.
 */
final class TripleScore {
    private int records;
    private int exact;
    private int truePositives;
    private int systemTriples;
    private int goldTriples;
    private int rootTruePositives;
    private int systemAtRoot;
    private int goldAtRoot;
    private int goldRootsFound;
    private int pairTruePositives;
    private int systemPairs;
    private int goldPairs;

    void add(Set<GoldCoding.Triple> gold, Set<GoldCoding.Triple> system) {
        records++;
        if (gold.equals(system))
            exact++;
        systemTriples += system.size();
        goldTriples += gold.size();
        Set<GoldCoding.Triple> both = new HashSet<>(gold);
        both.retainAll(system);
        truePositives += both.size();
        Set<String> goldRooted = atRoot(gold);
        Set<String> systemRooted = atRoot(system);
        goldAtRoot += goldRooted.size();
        systemAtRoot += systemRooted.size();
        for (String t : systemRooted)
            if (goldRooted.contains(t))
                rootTruePositives++;
        Set<String> goldPairSet = pairs(gold);
        Set<String> systemPairSet = pairs(system);
        goldPairs += goldPairSet.size();
        systemPairs += systemPairSet.size();
        for (String pair : systemPairSet)
            if (goldPairSet.contains(pair))
                pairTruePositives++;
        Set<String> systemRoots = system.stream().map(GoldCoding.Triple::root).collect(Collectors.toSet());
        for (GoldCoding.Triple t : gold)
            if (systemRoots.contains(t.root()))
                goldRootsFound++;
    }

    private static Set<String> pairs(Set<GoldCoding.Triple> triples) {
        return triples.stream().map(t -> t.source() + "|" + t.target()).collect(Collectors.toSet());
    }

    private static Set<String> atRoot(Set<GoldCoding.Triple> triples) {
        return triples.stream().map(t -> t.source() + "|" + t.target() + "|" + t.root()).collect(Collectors.toSet());
    }

    int records() {
        return records;
    }

    int exact() {
        return exact;
    }

    double exactShare() {
        return ratio(exact, records);
    }

    double precision() {
        return ratio(truePositives, systemTriples);
    }

    double recall() {
        return ratio(truePositives, goldTriples);
    }

    double f1() {
        return f1(precision(), recall());
    }

    /** Triples that agree on both actors and the two-digit root. */
    double rootF1() {
        return f1(ratio(rootTruePositives, systemAtRoot), ratio(rootTruePositives, goldAtRoot));
    }

    /** (source, target) pairs, codes aside: how well the actors are found, whatever the verb tables say. */
    double pairF1() {
        return f1(ratio(pairTruePositives, systemPairs), ratio(pairTruePositives, goldPairs));
    }

    /** Of the gold triples, the share whose root the coder gave for the same sentence, actors aside. */
    double rootAccuracy() {
        return ratio(goldRootsFound, goldTriples);
    }

    int goldTriples() {
        return goldTriples;
    }

    int systemTriples() {
        return systemTriples;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
