package org.casus.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article body. Every prose paragraph gives its length to its
 * ancestors, less the further up they are, so the winner is the closest common container of most of
 * the prose; link-heavy containers and ones named like chrome lose weight, ones named like an article
 * body gain it. The winner is then widened while its parent adds prose without adding clutter, which
 * recovers bodies split around an ad or a picture.
 */
final class HtmlContentScorer {
    /** Tags that hold one paragraph, never the whole body. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "li", "dt", "dd", "td", "th", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
            "figcaption", "caption", "tr");

    private HtmlContentScorer() {
    }

    /** The body's container, or {@code root} itself when the page has no prose at all. */
    static Element pick(Element root, HtmlTextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (HtmlTextStats.Prose p : stats.prose()) {
            double weight = p.chars() + 20.0 * Math.min(p.commas(), 10);
            int distance = 0;
            for (Element e = p.block(); e != null; e = e.parent(), distance++) {
                if (distance == 0 && PARAGRAPH_TAGS.contains(e.normalName()))
                    continue;
                scores.merge(e, weight / (1 + 0.5 * Math.max(0, distance - 1)), Double::sum);
                // an <article> is one story: its prose says nothing about the listing around it
                if (e == root || e.nameIs("article"))
                    break;
            }
        }
        Element best = root;
        double bestScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            Element e = s.getKey();
            double score = s.getValue() * (1 - stats.of(e).linkDensity()) * hintFactor(e);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return widen(best, root, stats);
    }

    private static double hintFactor(Element e) {
        if ("articleBody".equals(e.attr("itemprop")))
            return 1.5;
        int hints = HtmlClassHints.of(e);
        if ((hints & HtmlClassHints.CHROME_HINT) != 0)
            return 0.7;
        if ((hints & HtmlClassHints.BODY_HINT) != 0)
            return 1.3;
        if ((hints & HtmlClassHints.MAYBE_BODY_HINT) != 0 || e.nameIs("article"))
            return 1.1;
        return 1.0;
    }

    /** An {@code <article>} beside other ones is one story of a listing: its neighbours are other stories. */
    private static boolean isOneOfSeveral(Element e) {
        if (!e.nameIs("article"))
            return false;
        Element parent = e.parent();
        return parent != null && parent.getElementsByTag("article").size() > 1 + e.getElementsByTag("article").size();
    }

    /**
     * Moves up while the parent's extra text is mostly prose: a second half of the body after an
     * inline ad, a lead paragraph kept in its own wrapper.
     */
    private static Element widen(Element best, Element root, HtmlTextStats stats) {
        Element current = best;
        while (current != root && current.parent() != null && !isOneOfSeveral(current)) {
            Element parent = current.parent();
            HtmlTextStats.Counts inner = stats.of(current);
            HtmlTextStats.Counts outer = stats.of(parent);
            int extraProse = outer.proseChars - inner.proseChars;
            int extraOther = (outer.chars - outer.proseChars) - (inner.chars - inner.proseChars);
            if (extraProse >= 0.1 * inner.proseChars && extraOther <= 0.5 * extraProse)
                current = parent;
            else if (extraProse == 0 && extraOther == 0)
                current = parent;
            else
                break;
        }
        return current;
    }
}
