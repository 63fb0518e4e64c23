package org.casus.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id, role and itemprop say about it. Sites name their containers after
 * their job ("article-body", "share-buttons", "related-posts"); these words are the same across
 * publishers and CMSs, so they are a strong, cheap signal next to the text statistics.
 */
final class HtmlClassHints {
    /** Parts of a page that are never article text: site chrome, widgets, calls to action. */
    private static final Pattern CHROME = words(
            "nav|navbar|navigation|menu|menubar|breadcrumbs?|masthead|site-?header|site-?footer|footer|"
                    + "sidebar|side-?bar|rail|widget|share|sharing|sharebar|social|socials|share-?tools|"
                    + "related|recommended|recommendations?|more-?stories|read-?more|readmore|read-?next|"
                    + "up-?next|dont-?miss|also-?read|trending|most-?popular|popular|outbrain|taboola|"
                    + "newsletter|subscribe|subscription|signup|sign-?up|paywall|promo|promotions?|"
                    + "ad|ads|advert|adverts|advertisement|advertising|adsbygoogle|ad-?slot|ad-?container|"
                    + "ad-?wrapper|dfp|sponsor|sponsored|cookie|cookies|consent|gdpr|comments?|comment-?list|"
                    + "disqus|respond|reply|pagination|pager|tags|tag-?list|tag-?cloud|keywords|topics|"
                    + "skip|skip-?link|sr-only|screen-?reader-?text|visually-?hidden|print-?only|"
                    + "modal|popup|overlay|toolbar|login|author-?bio|about-?author|byline|dateline|"
                    + "timestamp|caption|credit|jump-?link|pullquote|inline-?related|"
                    + "article-?meta|post-?meta|entry-?meta|meta|copyright|disclaimer|lightbox|gallery|"
                    + "slider|carousel|slideshow|tooltip|popover|hover-?card");

    /** Names that only a body container gets. */
    private static final Pattern BODY = words(
            "article-?body|articlebody|article-?content|article-?text|articletext|story-?body|"
                    + "storybody|story-?content|story-?text|post-?body|post-?content|post-?text|"
                    + "entry-?content|entry-?body|body-?text|bodytext|body-?copy|article__body|"
                    + "article__content|content-?body|text-?body|blog-?post|single-?post|rich-?text");

    /** Names a body container often has, but so do many other boxes of a page. */
    private static final Pattern MAYBE_BODY = words("article|story|content|main|entry|post|text|body");

    /** Reader comment threads: long prose, but not the article's. */
    private static final Pattern COMMENTS = words(
            "comments?|comment-?list|commentlist|comment-?section|comments-?area|disqus|disqus-?thread|"
                    + "respond|reader-?comments|user-?comments|discussion");

    private HtmlClassHints() {
    }

    /** True when the element's names mark it as page chrome (navigation, sharing, ads, comments...). */
    static boolean isChrome(Element e) {
        String names = names(e);
        return !names.isEmpty() && CHROME.matcher(names).find();
    }

    /** True when the element is marked as the article body: itemprop or a body-only class name. */
    static boolean isBody(Element e) {
        if ("articleBody".equals(e.attr("itemprop")))
            return true;
        String names = names(e);
        return !names.isEmpty() && BODY.matcher(names).find();
    }

    /** True when the element's names are ones a body container often has. */
    static boolean isMaybeBody(Element e) {
        String names = names(e);
        return !names.isEmpty() && MAYBE_BODY.matcher(names).find();
    }

    /** True when the element's names mark it as a reader comment thread. */
    static boolean isComments(Element e) {
        String names = names(e);
        return !names.isEmpty() && COMMENTS.matcher(names).find();
    }

    /**
     * The class, id and role words, lower-cased, with camelCase split so that "relatedLinks" reads
     * like "related-links".
     */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        String role = e.attr("role");
        if (cls.isEmpty() && id.isEmpty() && role.isEmpty())
            return "";
        String joined = cls + " " + id + " " + role;
        StringBuilder out = new StringBuilder(joined.length() + 8);
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(joined.charAt(i - 1)))
                out.append('-');
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whole words or hyphen/underscore parts of a class name, so "ad" matches "ad-slot" but not "head". */
    private static Pattern words(String alternatives) {
        return Pattern.compile("(?:^|[\\s_-])(?:" + alternatives + ")(?:$|[\\s_-])");
    }
}
