package org.casus.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads what a page says about its article: title, outlet, byline and publication date, from the
 * places publishers put them (Open Graph and other meta tags, JSON-LD, microdata, the markup, the
 * URL), most deliberate first. A value the page does not state stays empty; nothing is guessed.
 */
final class HtmlMetadataReader {

    /** What the page states about its article; {@code body} is the JSON-LD articleBody, if any. */
    record Metadata(String title, Optional<String> outlet, Optional<String> byline,
                    Optional<LocalDate> published, Optional<String> body) {
    }

    /** Where the markup names authors, most specific first; selectors are compiled once. */
    private static final List<Evaluator> AUTHOR_PLACES = List.of(
            QueryParser.parse("[itemprop=author] [itemprop=name]"), QueryParser.parse("a[rel=author]"),
            QueryParser.parse("[itemprop=author]"),
            QueryParser.parse(".byline, .by-line, .author-name, .article-byline"));

    /**
     * Where the markup dates the article, most specific first: a time element inside the article
     * before any other, which may date a teaser or show today's date in the site header.
     */
    private static final List<Evaluator> DATE_PLACES = List.of(
            QueryParser.parse("[itemprop=datePublished]"), QueryParser.parse("time[pubdate]"),
            QueryParser.parse("article time[datetime], main time[datetime]"), QueryParser.parse("time[datetime]"));

    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time",
            "article:published", "datePublished", "pubdate", "publishdate", "publish-date", "pub_date", "date",
            "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
            "article.published");

    private HtmlMetadataReader() {
    }

    /** Reads the metadata; call before the body is cleaned, since JSON-LD and meta tags go then. */
    static Metadata read(Document page, Optional<String> url) {
        Optional<JsonLdArticle> ld = JsonLdArticle.find(page);
        HtmlMetaTags metas = HtmlMetaTags.of(page);
        Optional<String> outlet = metas.get("og:site_name").filter(HtmlMetadataReader::isName)
                .or(() -> ld.flatMap(JsonLdArticle::publisher).filter(HtmlMetadataReader::isName))
                .or(() -> metas.get("application-name").filter(HtmlMetadataReader::isName));
        String title = HtmlTitle.pick(page, metas, ld, outlet);
        return new Metadata(title, outlet, byline(page, metas, ld), published(page, metas, ld, url),
                ld.flatMap(JsonLdArticle::body));
    }

    /** People named in JSON-LD first: a meta author is sometimes the publishing company. */
    private static Optional<String> byline(Document page, HtmlMetaTags metas, Optional<JsonLdArticle> ld) {
        List<String> names = ld.map(JsonLdArticle::people).orElse(List.of());
        if (names.isEmpty()) {
            Optional<String> meta = metas.get("author").or(() -> metas.get("article:author"))
                    .or(() -> metas.get("sailthru.author")).filter(a -> !a.contains("://") && !a.startsWith("@"));
            if (meta.isPresent())
                names = List.of(meta.get());
        }
        if (names.isEmpty())
            names = ld.map(JsonLdArticle::authors).orElse(List.of());
        for (Evaluator selector : AUTHOR_PLACES) {
            if (!names.isEmpty())
                break;
            names = page.select(selector).stream()
                    .map(e -> e.hasAttr("content") ? e.attr("content") : e.text())
                    .filter(n -> !n.isBlank() && n.length() < 120)
                    .toList();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String n : names) {
            String c = Bylines.clean(n);
            if (!c.isEmpty())
                clean.add(c);
        }
        return clean.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", clean));
    }

    /** Tries the page's stated time stamps in order of how deliberately they are set. */
    private static Optional<LocalDate> published(Document page, HtmlMetaTags metas, Optional<JsonLdArticle> ld,
                                                 Optional<String> url) {
        for (String name : DATE_KEYS) {
            Optional<LocalDate> d = metas.get(name).flatMap(PublishedDates::parse);
            if (d.isPresent())
                return d;
        }
        Optional<LocalDate> d = ld.flatMap(JsonLdArticle::datePublished).flatMap(PublishedDates::parse);
        if (d.isPresent())
            return d;
        for (Evaluator place : DATE_PLACES) {
            for (Element e : page.select(place)) {
                String value = e.hasAttr("content") ? e.attr("content")
                        : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
                d = PublishedDates.parse(value);
                if (d.isPresent())
                    return d;
            }
        }
        return url.flatMap(PublishedDates::fromUrl);
    }

    /** An address or a social handle is where a name should be, not a name. */
    private static boolean isName(String value) {
        return !value.contains("://") && !value.startsWith("www.") && !value.startsWith("@");
    }
}
