package org.casus.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text statistics for every element of a tree, gathered in one walk: how much text it holds,
 * how much of it is link text, and how much sits in prose paragraphs. Characters are counted without
 * whitespace, so that indentation in the markup weighs nothing.
 */
final class HtmlTextStats {

    /** The counts for one block element and everything below it. */
    static final class Counts {
        int chars;
        int linkChars;
        int proseChars;
        int proseBlocks;
        int commas;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        int nonLinkChars() {
            return chars - linkChars;
        }
    }

    /** A block whose own inline text reads as prose, and how many prose characters it holds. */
    record Prose(Element block, int chars, int commas) {
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final List<Prose> prose = new ArrayList<>();

    private HtmlTextStats() {
    }

    static HtmlTextStats measure(Element root) {
        HtmlTextStats stats = new HtmlTextStats();
        NodeTraversor.filter(stats.new Walk(), root);
        return stats;
    }

    /** The counts of an element of the measured tree; zero counts for one outside it. */
    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? new Counts() : c;
    }

    /** Every prose block, inner blocks before the blocks that hold them. */
    List<Prose> prose() {
        return prose;
    }

    /**
     * A block's own text reads as prose when it is long enough to be a sentence and is mostly not
     * link text: menus, tag lists and teaser headlines fail one or the other.
     */
    static boolean isProse(int chars, int linkChars, int commas, boolean sentenceEnd) {
        int plain = chars - linkChars;
        if (plain < 2 * linkChars)
            return false;
        return plain >= 80 || (plain >= 30 && (sentenceEnd || commas > 0));
    }

    /** The inline text of one block, gathered until the block closes. */
    private static final class Own {
        int chars;
        int linkChars;
        int commas;
        boolean sentenceEnd;
    }

    /** An open element: its running totals, and its own inline text when it is a block. */
    private record Frame(Element element, Counts total, Own own) {
    }

    private final class Walk implements NodeFilter {
        private final Deque<Frame> open = new ArrayDeque<>();
        private final Deque<Own> blocks = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (!open.isEmpty())
                    count(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e))
                return FilterResult.CONTINUE;
            if (HtmlTags.holdsNoText(e))
                return FilterResult.SKIP_ENTIRELY;
            if (e.nameIs("a"))
                linkDepth++;
            Own own = null;
            if (HtmlTags.isBlock(e) || blocks.isEmpty()) {
                own = new Own();
                blocks.push(own);
            }
            open.push(new Frame(e, new Counts(), own));
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e) || open.isEmpty() || open.peek().element() != e)
                return FilterResult.CONTINUE;
            if (e.nameIs("a"))
                linkDepth--;
            Frame frame = open.pop();
            Counts c = frame.total();
            Own own = frame.own();
            if (own != null) {
                blocks.pop();
                if (isProse(own.chars, own.linkChars, own.commas, own.sentenceEnd)) {
                    c.proseChars += own.chars - own.linkChars;
                    c.proseBlocks++;
                    prose.add(new Prose(e, own.chars - own.linkChars, own.commas));
                }
            }
            counts.put(e, c);
            Frame parent = open.peek();
            if (parent != null) {
                Counts p = parent.total();
                p.chars += c.chars;
                p.linkChars += c.linkChars;
                p.commas += c.commas;
                p.proseChars += c.proseChars;
                p.proseBlocks += c.proseBlocks;
            }
            return FilterResult.CONTINUE;
        }

        private void count(String text) {
            Own own = blocks.peek();
            Counts total = open.peek().total();
            int n = 0;
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isWhitespace(ch) || ch == '\u00a0')
                    continue;
                n++;
                if (ch == ',' || ch == '，' || ch == '、' || ch == '،')
                    commas++;
                else if (ch == '.' || ch == '!' || ch == '?' || ch == '。' || ch == '！' || ch == '？')
                    own.sentenceEnd = true;
            }
            own.chars += n;
            own.commas += commas;
            total.chars += n;
            total.commas += commas;
            if (linkDepth > 0) {
                own.linkChars += n;
                total.linkChars += n;
            }
        }
    }
}
