package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes out the parts of a page that are never article text before the body is looked for:
 * scripts and media, hidden elements, and the site chrome (navigation, sidebars, share bars, comment
 * threads, ads) that the markup or its class names give away.
 */
final class HtmlBoilerplate {
    /** HTML5 sectioning tags whose job is page chrome. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "form");

    /**
     * Of those, the ones that are chrome whatever they hold: a sidebar's long "about us" text is still
     * not the article. A header or a form may wrap a whole page (ASP.NET puts one form around all).
     */
    private static final Set<String> ALWAYS_CHROME_TAGS = Set.of("nav", "aside", "footer", "menu");

    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
            "alertdialog", "toolbar", "tablist");

    /**
     * Chrome holding more than this share of the page's prose is not removed: it is more likely a
     * wrapper that was named loosely (a body class "has-sidebar", an ASP.NET page-wide form).
     */
    private static final double MAX_PROSE_SHARE = 0.3;

    private HtmlBoilerplate() {
    }

    /** Removes markup that holds no visible text: scripts, styles, media, form controls, hidden parts. */
    static void stripInvisible(Element root) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && (HtmlTags.holdsNoText(e) || isHidden(e))) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Node::remove);
    }

    /**
     * Removes navigation, sidebars, share bars, comment threads and other chrome that holds little
     * prose.
     *
     * @param byName whether boxes named like chrome go too; without, only sidebars, menus, footers and
     *               comment threads go, for a second look at a page whose body is named like a widget
     */
    static void stripChrome(Element root, boolean byName) {
        HtmlTextStats stats = HtmlTextStats.measure(root);
        int allProse = stats.of(root).proseChars;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root)
                    return FilterResult.CONTINUE;
                int hints = HtmlClassHints.of(e);
                if (isCommentThread(e, hints) || isSidePart(e) || byName && isChrome(e, hints)
                        && stats.of(e).proseChars <= MAX_PROSE_SHARE * allProse) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Node::remove);
    }

    /**
     * A comment thread goes whatever its size, since on a busy page it outweighs the article; a
     * loosely named wrapper that holds a marked body is kept.
     */
    private static boolean isCommentThread(Element e, int hints) {
        if ((hints & HtmlClassHints.COMMENTS_HINT) == 0 || e.nameIs("body") || e.nameIs("html"))
            return false;
        for (Element d : e.getAllElements()) {
            if (HtmlClassHints.isBody(d))
                return false;
        }
        return true;
    }

    /** A sidebar, menu or footer, unless it holds a marked article body, an article or the main part. */
    private static boolean isSidePart(Element e) {
        if (!ALWAYS_CHROME_TAGS.contains(e.normalName()))
            return false;
        for (Element d : e.getAllElements()) {
            if (d != e && (d.nameIs("article") || d.nameIs("main") || HtmlClassHints.isBody(d)))
                return false;
        }
        return true;
    }

    static boolean isChrome(Element e) {
        return isChrome(e, HtmlClassHints.of(e));
    }

    private static boolean isChrome(Element e, int hints) {
        if (CHROME_TAGS.contains(e.normalName()) || CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)))
            return true;
        if (e.nameIs("body") || e.nameIs("html") || e.nameIs("main"))
            return false;
        return (hints & HtmlClassHints.CHROME_HINT) != 0 && (hints & HtmlClassHints.BODY_HINT) == 0
                && !isEmbeddedQuote(e);
    }

    /**
     * An embedded post (a tweet, an Instagram caption) comes as a blockquote inside a box named
     * "social" or "widget"; the quote is part of the story, the box name is not a verdict on it.
     */
    private static boolean isEmbeddedQuote(Element e) {
        return e.nameIs("blockquote") || !e.getElementsByTag("blockquote").isEmpty();
    }

    /** Hidden by attribute or inline style; a browser shows none of it. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden"))
            return true;
        if ("true".equals(e.attr("aria-hidden")) && !e.nameIs("body") && !e.nameIs("html"))
            return true;
        String style = e.attr("style");
        if (style.isEmpty())
            return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
