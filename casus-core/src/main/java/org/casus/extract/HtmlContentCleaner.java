package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Clears what is left of the page's clutter inside the chosen body container: link lists ("related",
 * "read more"), share and newsletter boxes, captions, the repeated headline. What goes is judged by
 * its own text statistics and names, relative to the body around it.
 */
final class HtmlContentCleaner {
    /** Containers that hold pictures and their captions, not body text. */
    private static final Set<String> MEDIA_TAGS = Set.of("figure", "figcaption");

    private HtmlContentCleaner() {
    }

    static void clean(Element content) {
        HtmlTextStats stats = HtmlTextStats.measure(content);
        int bodyProse = stats.of(content).proseChars;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != content && isClutter(e, stats, bodyProse)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, content);
        doomed.forEach(Node::remove);
    }

    private static boolean isClutter(Element e, HtmlTextStats stats, int bodyProse) {
        if (MEDIA_TAGS.contains(e.normalName()) || e.nameIs("h1"))
            return true;
        if (!HtmlTags.isBlock(e))
            return false;
        HtmlTextStats.Counts c = stats.of(e);
        if (HtmlBoilerplate.isChrome(e) && c.proseChars < 0.25 * bodyProse)
            return true;
        // a block of links with little prose of its own: a list of other stories, tags or sections
        return c.chars > 0 && c.linkDensity() > 0.5 && c.proseChars < 0.1 * bodyProse;
    }
}
