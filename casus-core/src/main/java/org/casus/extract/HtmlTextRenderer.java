package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an element into plain paragraphs the way a browser lays it out: every block element (a
 * paragraph, heading, list item, table cell) is a paragraph of its own, runs of whitespace collapse
 * to one space, a line break stays a line break, and two in a row end the paragraph.
 */
final class HtmlTextRenderer {

    private HtmlTextRenderer() {
    }

    static List<String> render(Element root) {
        Walk walk = new Walk();
        NodeTraversor.filter(walk, root);
        walk.flush();
        return walk.paragraphs;
    }

    private static final class Walk implements NodeFilter {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e))
                return FilterResult.CONTINUE;
            if (HtmlTags.holdsNoText(e))
                return FilterResult.SKIP_ENTIRELY;
            if (e.nameIs("br")) {
                lineBreak();
                return FilterResult.CONTINUE;
            }
            if (HtmlTags.isBlock(e))
                flush();
            if (e.nameIs("pre"))
                preDepth++;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && !e.nameIs("br")) {
                if (e.nameIs("pre"))
                    preDepth--;
                if (HtmlTags.isBlock(e))
                    flush();
            }
            return FilterResult.CONTINUE;
        }

        private void append(String text) {
            if (preDepth > 0) {
                line.append(text);
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    int last = line.length() - 1;
                    if (last >= 0 && line.charAt(last) != ' ' && line.charAt(last) != '\n')
                        line.append(' ');
                } else {
                    line.append(c);
                }
            }
        }

        /** A second break in a row, with nothing between, ends the paragraph as a blank line would. */
        private void lineBreak() {
            trimTrailingSpace();
            if (line.length() == 0)
                return;
            if (line.charAt(line.length() - 1) == '\n')
                flush();
            else
                line.append('\n');
        }

        private void trimTrailingSpace() {
            while (line.length() > 0 && line.charAt(line.length() - 1) == ' ')
                line.setLength(line.length() - 1);
        }

        void flush() {
            String text = line.toString().strip();
            line.setLength(0);
            if (!text.isEmpty())
                paragraphs.add(text.replaceAll(" *\n *", "\n"));
        }
    }
}
