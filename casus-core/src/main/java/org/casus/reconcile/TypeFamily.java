package org.casus.reconcile;

/**
 * Which CAMEO codes can name the same event. Most roots stand alone; a few are families whose
 * members outlets use for one act: the material-conflict roots 18 (assault), 19 (fight) and 20
 * (mass violence), since one outlet writes "killed in an attack" where another writes "air strike";
 * and within root 04 (consult) a visit, a host and a meeting are the same encounter told from
 * either side.
 */
final class TypeFamily {
    /** Claims of responsibility (CAMEO 015), which attach to the act they claim. */
    static final String CLAIM = "015";
    /** Denials of responsibility (CAMEO 016), which attach to the act they deny. */
    static final String DENIAL = "016";

    private TypeFamily() {
    }

    /** The family key of {@code code}: "violence" for roots 18-20, else the two-digit root. */
    static String of(String code) {
        String root = code.substring(0, 2);
        return switch (root) {
            case "18", "19", "20" -> "violence";
            default -> root;
        };
    }

    /** Whether the code claims or denies responsibility for some act rather than naming an act. */
    static boolean isResponsibility(String code) {
        return code.startsWith(CLAIM) || code.startsWith(DENIAL);
    }
}
