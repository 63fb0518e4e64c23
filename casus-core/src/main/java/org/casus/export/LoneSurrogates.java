package org.casus.export;

/**
 * Half of a UTF-16 surrogate pair is no character, and has no UTF-8 encoding; it can reach an
 * article from a numeric entity such as {@code &#55356;}. Exports write U+FFFD in its place, so that
 * both formats stay valid UTF-8 and agree with each other.
 */
final class LoneSurrogates {
    private static final char REPLACEMENT = '\uFFFD';

    private LoneSurrogates() {
    }

    /** {@code text} with each unpaired surrogate replaced by U+FFFD; {@code text} itself when it has none. */
    static String replaced(String text) {
        StringBuilder fixed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c))
                continue;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (fixed == null)
                fixed = new StringBuilder(text);
            fixed.setCharAt(i, REPLACEMENT);
        }
        return fixed == null ? text : fixed.toString();
    }
}
