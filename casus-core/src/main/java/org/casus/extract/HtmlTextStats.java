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
 * Text statistics for every block element of a tree, gathered in one walk: how much text it holds,
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

    /** The counts of a block element; zero counts for an inline or unknown element. */
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

    private static final class Own {
        final Element block;
        final Counts total = new Counts();
        int chars;
        int linkChars;
        int commas;
        boolean sentenceEnd;

        Own(Element block) {
            this.block = block;
        }
    }

    private final class Walk implements NodeFilter {
        private final Deque<Own> open = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                Own own = open.peek();
                if (own != null)
                    count(own, text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e))
                return FilterResult.CONTINUE;
            if (HtmlTags.holdsNoText(e))
                return FilterResult.SKIP_ENTIRELY;
            if (e.nameIs("a"))
                linkDepth++;
            if (HtmlTags.isBlock(e) || open.isEmpty())
                open.push(new Own(e));
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e))
                return FilterResult.CONTINUE;
            if (e.nameIs("a"))
                linkDepth--;
            Own own = open.peek();
            if (own == null || own.block != e)
                return FilterResult.CONTINUE;
            open.pop();
            Counts c = own.total;
            c.chars += own.chars;
            c.linkChars += own.linkChars;
            c.commas += own.commas;
            if (isProse(own.chars, own.linkChars, own.commas, own.sentenceEnd)) {
                c.proseChars += own.chars - own.linkChars;
                c.proseBlocks++;
                prose.add(new Prose(e, own.chars - own.linkChars, own.commas));
            }
            counts.put(e, c);
            Own parent = open.peek();
            if (parent != null) {
                Counts p = parent.total;
                p.chars += c.chars;
                p.linkChars += c.linkChars;
                p.commas += c.commas;
                p.proseChars += c.proseChars;
                p.proseBlocks += c.proseBlocks;
            }
            return FilterResult.CONTINUE;
        }

        private void count(Own own, String text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isWhitespace(ch) || ch == '\u00a0')
                    continue;
                n++;
                if (ch == ',' || ch == '，' || ch == '、' || ch == '،')
                    own.commas++;
                else if (ch == '.' || ch == '!' || ch == '?' || ch == '。' || ch == '！' || ch == '？')
                    own.sentenceEnd = true;
            }
            own.chars += n;
            if (linkDepth > 0)
                own.linkChars += n;
        }
    }
}
