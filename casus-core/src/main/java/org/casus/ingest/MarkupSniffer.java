package org.casus.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a feed from an HTML page by the first element past the prolog: XML declaration,
 * comments, processing instructions and the DOCTYPE are stepped over.
 */
final class MarkupSniffer {
    private static final Pattern TAG = Pattern.compile("<(?:[A-Za-z][A-Za-z0-9:-]*[\\s>/]|!--|/[A-Za-z])");

    private MarkupSniffer() {
    }

    /** @param text starts with '<'; {@code name} is lower case */
    static InputKind sniff(String text, String name) {
        boolean xmlDeclared = false;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i)))
                i++;
            if (i >= text.length())
                break;
            if (text.charAt(i) != '<')
                return i == 0 ? InputKind.TEXT : byName(name, xmlDeclared);
            if (text.startsWith("<?", i)) {
                xmlDeclared |= text.regionMatches(true, i, "<?xml", 0, 5);
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                String root = nameAt(text, skipSpace(text, i + 9));
                if (!root.isEmpty())
                    return byRoot(root, xmlDeclared, name);
                i = after(text, ">", i + 9);
            } else if (text.startsWith("<!", i)) {
                i = after(text, ">", i + 2);
            } else {
                String root = nameAt(text, i + 1);
                if (root.isEmpty())
                    return i == 0 ? InputKind.TEXT : byName(name, xmlDeclared);
                return byRoot(root, xmlDeclared, name);
            }
        }
        // the prolog runs past the head: let the name decide
        return byName(name, xmlDeclared);
    }

    /** Whether the text holds anything that looks like an HTML tag. */
    static boolean hasTag(String text) {
        return TAG.matcher(text).find();
    }

    private static InputKind byRoot(String root, boolean xmlDeclared, String name) {
        String element = root.toLowerCase(Locale.ROOT);
        String local = element.substring(element.indexOf(':') + 1);
        if (element.equals("rss") || local.equals("feed") || element.equals("rdf:rdf"))
            return InputKind.FEED;
        if (local.equals("html"))
            return InputKind.HTML;
        // any other XML root goes to the feed parser, which names the root it cannot read
        return xmlDeclared ? byName(name, true) : InputKind.HTML;
    }

    private static InputKind byName(String name, boolean xmlDeclared) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"))
            return InputKind.HTML;
        if (xmlDeclared || name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")
                || name.endsWith(".rdf"))
            return InputKind.FEED;
        return InputKind.HTML;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i)))
            i++;
        return i;
    }

    private static String nameAt(String text, int start) {
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end), end == start))
            end++;
        return text.substring(start, end);
    }

    private static boolean isNameChar(char c, boolean first) {
        if (first)
            return Character.isLetter(c) || c == '_';
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
    }
}
