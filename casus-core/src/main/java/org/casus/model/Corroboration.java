package org.casus.model;

/**
 * How well an event is supported.
 *
 * @param articles           how many articles tell of it
 * @param independentSources how many distinct original sources those articles come down to: a copy
 *                           counts as its original, a re-telling as the outlet it credits
 */
public record Corroboration(int articles, int independentSources) {
    public Corroboration {
        if (articles < 1 || independentSources < 1 || independentSources > articles)
            throw new IllegalArgumentException("bad corroboration: " + independentSources + " sources over "
                    + articles + " articles");
    }
}
