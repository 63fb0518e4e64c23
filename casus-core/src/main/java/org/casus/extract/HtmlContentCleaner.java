package org.casus.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
            "p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt", "td", "th");

    private HtmlContentCleaner() {
    }

    /**
     * @param title the page's headline: a heading that repeats it is the article's title block, which
     *              the body leaves out; other headings, even an {@code h1}, are section titles and stay
     */
    static void clean(Element content, String title) {
        String titleKey = comparable(title);
        HtmlTextStats stats = HtmlTextStats.measure(content);
        int bodyProse = stats.of(content).proseChars;
        Set<Element> prose = Collections.newSetFromMap(new IdentityHashMap<>());
        stats.prose().forEach(p -> prose.add(p.block()));
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            private boolean proseSeen;

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == content)
                    return FilterResult.CONTINUE;
                // an h1 above the first paragraph is the headline block; further down it heads a section
                boolean headline = isTitle(e, titleKey) || e.nameIs("h1") && !proseSeen;
                if (headline || isClutter(e, stats, bodyProse)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isTagLink(e) && isTagList(e.parent()) && e.parent() != content && !doomed.contains(e.parent()))
                    doomed.add(e.parent());
                if (prose.contains(e))
                    proseSeen = true;
                return FilterResult.CONTINUE;
            }
        }, content);
        doomed.forEach(Node::remove);
    }

    /**
     * A list whose every item is a short line with a link in it is a list of other headlines ("More
     * stories"), even when part of each line is plain text; a list of real points has longer items.
     */
    /**
     * A run of links to topic pages (marked {@code rel="tag"} by the publisher) with little else: the
     * story's filing. A tag link inside a sentence is only a link, and stays.
     */
    private static boolean isTagList(Element e) {
        int tagChars = 0;
        for (Element child : e.children()) {
            if (isTagLink(child))
                tagChars += child.text().length();
        }
        return tagChars >= 0.6 * e.text().length();
    }

    /** A link to a topic page, marked {@code rel="tag"} by the publisher. */
    private static boolean isTagLink(Element e) {
        if (!e.nameIs("a"))
            return false;
        for (String rel : e.attr("rel").split("\\s+")) {
            if (rel.equalsIgnoreCase("tag"))
                return true;
        }
        return false;
    }

    private static boolean isHeadlineList(Element list, HtmlTextStats.Counts c) {
        if (!list.nameIs("ul") && !list.nameIs("ol") || c.linkDensity() < 0.3)
            return false;
        List<Element> items = list.children();
        if (items.size() < 3)
            return false;
        for (Element item : items) {
            if (!item.nameIs("li") || item.getElementsByTag("a").isEmpty())
                return false;
        }
        return c.chars / items.size() < 80;
    }

    private static boolean isTitle(Element e, String titleKey) {
        if (!HtmlTags.isHeading(e) || titleKey.isEmpty())
            return false;
        String heading = comparable(e.text());
        return !heading.isEmpty() && (titleKey.contains(heading) && heading.length() * 2 > titleKey.length()
                || heading.contains(titleKey));
    }

    /** Letters and digits only, lower case: headline and heading compared despite quotes and dashes. */
    private static String comparable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
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
        if (MEDIA_TAGS.contains(e.normalName()))
            return true;
        if (!HtmlTags.isBlock(e))
            return false;
        HtmlTextStats.Counts c = stats.of(e);
        if (HtmlBoilerplate.isChrome(e) && c.proseChars < 0.5 * bodyProse)
            return true;
        if (isHeadlineList(e, c))
            return true;
        if (c.chars == 0 || c.linkDensity() <= 0.5 || c.proseChars >= 0.1 * bodyProse)
            return false;
        // a box of links with little prose of its own is a list of other stories, tags or sections;
        // a paragraph that is mostly link is one only when it says little besides and links back into
        // the same site ("Read more: ..."); a link out (a shop, a source) is part of what the text says
        if (!LINK_FRIENDLY.contains(e.normalName()))
            return true;
        return c.nonLinkChars() < 50 && linksWithinSite(e);
    }
}
