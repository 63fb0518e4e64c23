package org.casus.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.casus.model.Article;
import org.casus.model.Document;

/**
 * Turns a raw {@link Document} into a clean {@link Article}: body text without page clutter, and
 * the metadata the source or the content states. Thread-safe; build one per process.
 */
public final class ArticleExtractor {
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final TextArticleReader text = new TextArticleReader(new OutletDirectory());

    /**
     * @throws ExtractionException when the document holds no article (binary data, no body text)
     */
    public Article extract(Document document) throws ExtractionException {
        String content = new String(document.content(), StandardCharsets.UTF_8);
        PageContent page = switch (document.format()) {
            case HTML -> html.read(content, document.url());
            case TEXT -> text.read(content);
        };
        if (page.text().isBlank())
            throw new ExtractionException("no article text found");
        return new Article(idOf(page), document.origin(), document.url(), page.outlet(), page.title(),
                page.published(), page.byline(), java.util.Optional.empty(), page.text(),
                java.util.Optional.empty());
    }

    /** Derived from headline and body only, so the same article read twice gets the same id. */
    private static String idOf(PageContent page) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(page.title().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(page.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
