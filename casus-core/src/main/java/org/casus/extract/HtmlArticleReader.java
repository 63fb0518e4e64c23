package org.casus.extract;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article out of an HTML page: the main body without navigation, link lists and other
 * clutter, and the title, outlet, byline and date the page states.
 */
final class HtmlArticleReader {

    PageContent read(String html, Optional<String> url) {
        Document page = Jsoup.parse(html, url.orElse(""));
        HtmlMetadataReader.Metadata meta = HtmlMetadataReader.read(page, url);
        Element body = page.body();
        HtmlBoilerplate.stripInvisible(body);
        HtmlBoilerplate.stripChrome(body);
        Element content = HtmlContentScorer.pick(body, HtmlTextStats.measure(body));
        HtmlContentCleaner.clean(content);
        List<String> paragraphs = BoilerplateLines.drop(HtmlTextRenderer.render(content));
        return new PageContent(meta.title(), String.join("\n\n", paragraphs), meta.outlet(), meta.byline(),
                meta.published());
    }
}
