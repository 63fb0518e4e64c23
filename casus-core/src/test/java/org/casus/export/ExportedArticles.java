package org.casus.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.Article;

/**
 * The articles behind the golden export files, in id order. Each exercises a rule of the format:
 * every field present, every optional absent, an empty title, quotes, commas, line breaks,
 * non-ASCII script, characters beyond the BMP, control characters, a copy of another article.
 */
final class ExportedArticles {
    private ExportedArticles() {
    }

    static List<Article> all() {
        Article full = new Article("0a41c9e2d7b35f18", "feeds/valley-post.xml",
                Optional.of("https://valley-post.example/2024/05/07/bridge-reopens?ref=rss&lang=en"),
                Optional.of("The Valley Post"), "Old bridge reopens, two years late",
                Optional.of(LocalDate.of(2024, 5, 7)), Optional.of("By Marta Quill, \"Post\" staff"),
                Optional.of("en"),
                "The stone bridge over the Ashe opened to cars on Tuesday.\n\n"
                        + "\"We waited long enough,\" said one driver, who gave only her first name.",
                Optional.empty());
        Article bare = new Article("3c07e5b1a9d2f460", "inbox/untitled.txt", Optional.empty(),
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(),
                "A note with no title, date, outlet or author.", Optional.empty());
        Article copy = new Article("8e2f6a0d4b19c753", "pages/coast-times.html",
                Optional.of("https://coast-times.example/bridge"), Optional.of("Coast Times"),
                "Old bridge reopens, two years late", Optional.of(LocalDate.of(2024, 5, 8)),
                Optional.empty(), Optional.of("en"),
                "The stone bridge over the Ashe opened to cars on Tuesday.\n\n"
                        + "\"We waited long enough,\" said one driver, who gave only her first name.",
                Optional.of("0a41c9e2d7b35f18"));
        Article scripts = new Article("c5d8b3f1e0a27946", "warc/crawl-07.warc.gz#rec-12",
                Optional.of("https://nouvelles.example/météo"), Optional.of("Nouvelles du Léman"),
                "Grêle sur Genève; القمح 小麦 🌾", Optional.of(LocalDate.of(2023, 11, 30)),
                Optional.of("Équipe météo"), Optional.of("fr"),
                "Ligne\tavec tabulation\r\nfin Windows, séparateur\u2028Unicode et \u0001 contrôle.",
                Optional.empty());
        return List.of(full, bare, copy, scripts);
    }
}
