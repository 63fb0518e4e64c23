package org.casus.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Document.Hint;

/**
 * Turns a raw {@link Document} into a clean {@link Article}: the body without page clutter, and the
 * metadata that the source (hints) or the content states. Loads its rules once; thread-safe.
 */
public final class ArticleExtractor {
    private final OutletDirectory outlets = new OutletDirectory();
    private final CharsetSniffer charsets = new CharsetSniffer();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final TextArticleReader text = new TextArticleReader(outlets);
    private final LanguageGuesser languages = new LanguageGuesser();

    /**
     * @return the article, with {@code duplicateOf} empty (duplicates are found across articles)
     * @throws ExtractionException when the document holds no article: binary data, no body text
     */
    public Article extract(Document document) throws ExtractionException {
        boolean isHtml = document.format() == org.casus.model.Format.HTML;
        String content = charsets.decode(document.content(), document.charset(), isHtml);
        PageContent page = isHtml ? html.read(content, document.url()) : text.read(content);
        if (page.text().isBlank())
            throw new ExtractionException("no article text found");
        String title = document.hint(Hint.TITLE).filter(t -> !t.isBlank()).orElse(page.title());
        Optional<String> outlet = document.hint(Hint.OUTLET).or(page::outlet)
                .or(() -> document.url().flatMap(this::outletOfUrl));
        return new Article(idOf(title, page.text()), document.origin(), document.url(), outlet, title,
                document.hint(Hint.PUBLISHED).flatMap(DateText::find).or(page::published),
                document.hint(Hint.BYLINE).or(page::byline),
                document.hint(Hint.LANGUAGE).or(() -> languages.guess(page.text())),
                page.text(), Optional.empty());
    }

    private Optional<String> outletOfUrl(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getHost()).flatMap(outlets::byHost);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed URL names no outlet; the article is still good
        }
    }

    /** Derived from headline and body only, so the same article read twice gets the same id. */
    private static String idOf(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
