package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article out of an HTML page: the main body without navigation, link lists and other
 * clutter, and the title, outlet, byline and date the page states.
 *
 * <p>The body comes from one pass that strips the page's chrome, scores what is left for prose and
 * cleans the winning container. When that leaves almost nothing, a second pass that ignores chrome
 * class names is tried (a page that names its article box like a widget), and last the JSON-LD
 * {@code articleBody}, when the page's own text confirms it.
 */
final class HtmlArticleReader {
    /** Below this many characters a body is suspect, and the fallbacks are tried. */
    private static final int SHORT_BODY = 400;

    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>");

    PageContent read(String html, Optional<String> url) {
        Document page = Jsoup.parse(html, url.orElse(""));
        HtmlMetadataReader.Metadata meta = HtmlMetadataReader.read(page, url);
        List<String> paragraphs = body(page.body(), meta.title(), true);
        if (length(paragraphs) < SHORT_BODY) {
            Document again = Jsoup.parse(html, url.orElse(""));
            List<String> relaxed = body(again.body(), meta.title(), false);
            if (length(relaxed) > 2 * length(paragraphs) && extendsText(relaxed, paragraphs))
                paragraphs = relaxed;
            if (meta.body().isPresent() && length(paragraphs) < SHORT_BODY)
                paragraphs = jsonLdBody(meta.body().get(), again, paragraphs);
        }
        return new PageContent(meta.title(), String.join("\n\n", paragraphs), meta.outlet(), meta.byline(),
                meta.published());
    }

    private static List<String> body(Element body, String title, boolean chromeByName) {
        HtmlBoilerplate.stripInvisible(body);
        HtmlBoilerplate.stripChrome(body, chromeByName);
        Element content = HtmlContentScorer.pick(body, HtmlTextStats.measure(body));
        HtmlContentCleaner.clean(content, title);
        return BoilerplateLines.drop(HtmlTextRenderer.render(content));
    }

    /**
     * The JSON-LD body replaces a short extraction only when it is longer and the page shows its
     * opening words too: some sites fill articleBody with a teaser or another story's text.
     */
    private static List<String> jsonLdBody(String stated, Document page, List<String> found) {
        // most sites give plain text with newlines between paragraphs, a few give markup
        List<String> blocks = MARKUP.matcher(stated).find()
                ? HtmlTextRenderer.render(Jsoup.parseBodyFragment(stated).body()) : List.of(stated);
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            for (String line : block.split("\n"))
                if (!line.isBlank())
                    paragraphs.add(squeeze(line));
        }
        if (length(paragraphs) <= 2 * length(found) || paragraphs.isEmpty())
            return found;
        String opening = squeeze(paragraphs.get(0));
        opening = opening.substring(0, Math.min(60, opening.length()));
        return squeeze(page.body().text()).contains(opening) ? paragraphs : found;
    }

    /** Whether every paragraph found first is also in the longer result. */
    private static boolean extendsText(List<String> longer, List<String> shorter) {
        return longer.containsAll(shorter);
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs)
            n += p.length();
        return n;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
