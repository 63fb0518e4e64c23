package org.casus.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the headline: the Open Graph title, a headline meta tag, the JSON-LD headline, the page's
 * {@code h1}, then the {@code <title>}. Sites append their name to titles ("Storm hits coast | The
 * Daily"); that tail is cut when it names the outlet, or, in a {@code <title>}, when it is short
 * beside the headline.
 */
final class HtmlTitle {
    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "};

    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

    private HtmlTitle() {
    }

    static String pick(Document page, HtmlMetaTags metas, Optional<JsonLdArticle> ld, Optional<String> outlet) {
        Optional<String> stated = metas.get("og:title")
                .or(() -> metas.get("headline"))
                .or(() -> metas.get("twitter:title"))
                .or(() -> ld.flatMap(JsonLdArticle::headline));
        // some pages give the site's name as og:title; that is no headline
        stated = stated.map(HtmlTitle::unescape).filter(t -> outlet.map(o -> !key(o).equals(key(t))).orElse(true));
        if (stated.isPresent())
            return withoutSiteName(stated.get(), outlet, false);
        Element h1 = page.body() == null ? null : page.body().getElementsByTag("h1").first();
        if (h1 != null && !h1.text().isBlank())
            return h1.text().strip();
        return withoutSiteName(page.title().strip(), outlet, true);
    }

    static String withoutSiteName(String title, Optional<String> outlet, boolean cutShortTail) {
        for (String sep : SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at <= 0)
                continue;
            String head = title.substring(0, at).strip();
            String tail = title.substring(at + sep.length()).strip();
            boolean namesOutlet = outlet.map(o -> sameName(o, tail)).orElse(false);
            boolean shortTail = cutShortTail && words(tail) <= 4 && head.length() >= 2 * tail.length();
            if (!head.isEmpty() && (namesOutlet || shortTail))
                return head;
        }
        return title;
    }

    /** "CNN.com" and "CNN", "The Daily" and "the daily": the same outlet named two ways. */
    private static boolean sameName(String outlet, String tail) {
        String a = outletKey(outlet);
        String b = outletKey(tail);
        return !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
    }

    /** The name without a leading article or a domain ending: "The Daily" and "Daily.com" both give "daily". */
    private static String outletKey(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "")
                .replaceFirst("\\.(com|net|org|co\\.uk|com\\.au|co|info|news|in|ca|de|fr|it|es)$", "");
        return key(s);
    }

    private static String key(String name) {
        return NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** JSON-LD and some meta tags carry entities twice escaped ("&amp;amp;"). */
    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}
