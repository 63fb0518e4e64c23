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

    /** Blocks whose links are part of the text they carry. */
    private static final Set<String> LINK_FRIENDLY = Set.of(
            "p", "blockquote", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt", "td", "th");

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

    private static boolean linksWithinSite(Element e) {
        String site = siteOf(e.baseUri());
        for (Element a : e.getElementsByTag("a")) {
            String target = siteOf(a.absUrl("href"));
            if (!target.isEmpty() && !target.equals(site))
                return false;
        }
        return true;
    }

    /** The host without "www.", or empty for a relative link on a page with no address. */
    private static String siteOf(String url) {
        int start = url.indexOf("://");
        if (start < 0)
            return "";
        int end = start + 3;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0)
            end++;
        String host = url.substring(start + 3, end).toLowerCase(java.util.Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isClutter(Element e, HtmlTextStats stats, int bodyProse) {
        if (MEDIA_TAGS.contains(e.normalName()) || e.nameIs("h1"))
            return true;
        if (!HtmlTags.isBlock(e))
            return false;
        HtmlTextStats.Counts c = stats.of(e);
        if (HtmlBoilerplate.isChrome(e) && c.proseChars < 0.5 * bodyProse)
            return true;
        if (c.chars == 0 || c.linkDensity() <= 0.5 || c.proseChars >= 0.1 * bodyProse)
            return false;
        // a box of links with little prose of its own is a list of other stories, tags or sections;
        // a paragraph that is all link is one only when it links back into the same site ("read
        // more: ..."), while a link out (a shop, a source) is part of what the text says
        return !LINK_FRIENDLY.contains(e.normalName()) || linksWithinSite(e);
    }
}
