package org.casus.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sub-codes CAMEO gives an act that is appealed for (02), promised (03), demanded (10), rejected
 * (12) or threatened (13) instead of done ({@code act-frames.tsv}).
 */
final class ActFrames {
    /** The CAMEO roots whose words frame an act, in the order of the file's columns. */
    private static final String[] FRAMES = {"02", "03", "10", "12", "13"};
    /** What a negated act in a frame counts as: "urged them not to attack" asks for de-escalation. */
    static final String DE_ESCALATION = "087";

    private final Map<String, String[]> byAct = new HashMap<>();

    ActFrames(CameoCatalog catalog) {
        for (DataRows.Row row : DataRows.read("act-frames.tsv", 6)) {
            String[] codes = new String[FRAMES.length];
            for (int f = 0; f < FRAMES.length; f++) {
                String code = row.cell(f + 1);
                if (!code.equals("-")) {
                    catalog.require(code, row.where());
                    // a hostile act promised is a threat, so the intent column may hold 13x codes
                    if (!code.startsWith(FRAMES[f]) && !(FRAMES[f].equals("03") && code.startsWith("13")))
                        throw row.error("code " + code + " is not in CAMEO root " + FRAMES[f]);
                    codes[f] = code;
                }
            }
            if (byAct.put(row.cell(0), codes) != null)
                throw row.error("act " + row.cell(0) + " given twice");
        }
    }

    /** Whether a word coded {@code code} frames an act. */
    static boolean frames(String code) {
        return column(code) >= 0;
    }

    /**
     * The code for {@code act} framed by a word coded {@code frame}; empty when the table gives none,
     * and the framing word keeps its own code.
     */
    Optional<String> code(String frame, String act) {
        int column = column(frame);
        if (column < 0)
            return Optional.empty();
        for (int length = act.length(); length >= 2; length--) {
            String[] codes = byAct.get(act.substring(0, length));
            if (codes != null && codes[column] != null)
                return Optional.of(codes[column]);
            if (codes != null)
                return Optional.empty();
        }
        return Optional.empty();
    }

    private static int column(String code) {
        for (int f = 0; f < FRAMES.length; f++)
            if (code.startsWith(FRAMES[f]))
                return f;
        return -1;
    }
}
