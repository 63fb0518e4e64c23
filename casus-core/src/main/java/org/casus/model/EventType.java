package org.casus.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CAMEO event type with what goes with it: its label, its Goldstein conflict-cooperation score and
 * its PLOVER category.
 *
 * @param code       the CAMEO event code: a root ("19"), a base code ("190") or a sub-code ("1823")
 * @param label      CAMEO's description of the code
 * @param goldstein  Goldstein score, from -10 (most conflictual) to +10 (most cooperative)
 * @param plover     the PLOVER category (ASSAULT, CONSULT, ...); empty for CAMEO roots 01 and 02,
 *                   which PLOVER dropped
 * @param ploverMode the PLOVER mode within the category ("visit", "ceasefire"), if the code has one
 */
public record EventType(String code, String label, double goldstein, Optional<String> plover,
                        Optional<String> ploverMode) {
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    public EventType {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(ploverMode, "ploverMode");
        if (code == null || !CODE.matcher(code).matches() || Integer.parseInt(code.substring(0, 2)) < 1
                || Integer.parseInt(code.substring(0, 2)) > 20)
            throw new IllegalArgumentException("bad CAMEO event code '" + code + "'");
        if (goldstein < -10 || goldstein > 10)
            throw new IllegalArgumentException("Goldstein score " + goldstein + " of " + code + " lies outside -10..10");
        if (ploverMode.isPresent() && plover.isEmpty())
            throw new IllegalArgumentException("PLOVER mode without a category for " + code);
    }

    /** The two-digit CAMEO root ("19" for "195"), the level most event-data analyses count at. */
    public String root() {
        return code.substring(0, 2);
    }
}
