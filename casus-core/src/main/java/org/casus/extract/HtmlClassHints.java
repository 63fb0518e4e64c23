package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Sites name their containers after their job
 * ("article-body", "share-buttons", "relatedPosts"); these words are the same across publishers and
 * CMSs, so they are a strong, cheap signal next to the text statistics.
 *
 * <p>Names are split into words at spaces, hyphens, underscores and camelCase humps, and a hint
 * matches a word or two or three neighbouring words run together: "read-more", "readMore" and
 * "readmore" all read as "readmore", while "head" never reads as "ad".
 */
final class HtmlClassHints {
    /** Parts of a page that are never article text: site chrome, widgets, calls to action. */
    private static final Set<String> CHROME = Set.of(
            "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "masthead",
            "siteheader", "sitefooter", "footer", "sidebar", "rail", "widget", "share", "sharing", "sharebar",
            "social", "socials", "sharetools", "related", "recommended", "recommendation", "recommendations",
            "morestories", "readmore", "readnext", "upnext", "dontmiss", "alsoread", "trending", "mostpopular",
            "popular", "outbrain", "taboola", "newsletter", "subscribe", "subscription", "signup", "paywall",
            "promo", "promotion", "promotions", "ad", "ads", "advert", "adverts", "advertisement", "advertising",
            "adsbygoogle", "adslot", "adcontainer", "adwrapper", "dfp", "sponsor", "sponsored", "cookie",
            "cookies", "consent", "gdpr", "comment", "comments", "commentlist", "disqus", "respond", "reply",
            "pagination", "pager", "tags", "taglist", "tagcloud", "keywords", "topics", "skip", "skiplink",
            "sronly", "screenreadertext", "visuallyhidden", "printonly", "modal", "popup", "overlay", "toolbar",
            "login", "authorbio", "aboutauthor", "byline", "dateline", "timestamp", "caption", "credit",
            "jumplink", "pullquote", "inlinerelated", "articlemeta", "postmeta", "entrymeta", "meta",
            "copyright", "disclaimer", "lightbox", "gallery", "slider", "carousel", "slideshow", "tooltip",
            "popover", "hovercard", "prev", "previous", "next", "postnav", "postnavigation");

    /** Names that only a body container gets. */
    private static final Set<String> BODY = Set.of(
            "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "storytext", "postbody",
            "postcontent", "posttext", "entrycontent", "entrybody", "bodytext", "bodycopy", "contentbody",
            "textbody", "blogpost", "singlepost", "richtext");

    /** Names a body container often has, but so do many other boxes of a page. */
    private static final Set<String> MAYBE_BODY = Set.of("article", "story", "content", "main", "entry", "post",
            "text", "body");

    /** Reader comment threads: long prose, but not the article's. */
    private static final Set<String> COMMENTS = Set.of(
            "comment", "comments", "commentlist", "commentsection", "commentsarea", "disqus", "disqusthread",
            "respond", "readercomments", "usercomments", "discussion");

    /** How many neighbouring words may run together into one hint ("screen-reader-text"). */
    private static final int MAX_JOINED = 3;

    private HtmlClassHints() {
    }

    /** Bits of {@link #of(Element)}: what the element's names say it is. */
    static final int CHROME_HINT = 1;
    static final int BODY_HINT = 2;
    static final int MAYBE_BODY_HINT = 4;
    static final int COMMENTS_HINT = 8;

    /** Every hint the element's names give, as bits, from one pass over its names. */
    static int of(Element e) {
        int bits = "articleBody".equals(e.attr("itemprop")) ? BODY_HINT : 0;
        if (e.attributesSize() == 0)
            return bits;
        List<String> words = words(e.className() + " " + e.id() + " " + e.attr("role"));
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            joined.setLength(0);
            for (int j = i; j < Math.min(words.size(), i + MAX_JOINED) && !words.get(j).isEmpty(); j++) {
                joined.append(words.get(j));
                String w = joined.toString();
                if (CHROME.contains(w))
                    bits |= CHROME_HINT;
                if (BODY.contains(w))
                    bits |= BODY_HINT;
                if (MAYBE_BODY.contains(w))
                    bits |= MAYBE_BODY_HINT;
                if (COMMENTS.contains(w))
                    bits |= COMMENTS_HINT;
            }
        }
        return bits;
    }

    /** True when the element is marked as the article body: itemprop or a body-only class name. */
    static boolean isBody(Element e) {
        return (of(e) & BODY_HINT) != 0;
    }

    /**
     * Lower-case words of a name list. A space ends a name, so words of two different class names are
     * kept apart by an empty marker and never run together.
     */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || hump) {
                flush(word, out);
                if (Character.isWhitespace(c) && !out.isEmpty() && !out.get(out.size() - 1).isEmpty())
                    out.add("");
            }
            if (Character.isLetterOrDigit(c))
                word.append(Character.toLowerCase(c));
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
