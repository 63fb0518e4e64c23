package org.casus.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Article;
import org.casus.model.EventMention;
import org.casus.model.SourceLineage;
import org.casus.model.SourceLineage.Kind;

/**
 * Decides which independent source an article counts as for one event. A copy counts as its
 * original (a copy of one report is not a second source); an article whose sentences about the event
 * credit an outlet ("Middle East Eye reported", "told the AP"), or whose opening credits one, counts
 * as that outlet; "the report said" counts as the outlet the article credits last before it; anything
 * else is the article's own report, counted as its outlet, or as itself when the outlet is unknown.
 */
final class LineageReader {
    /** How much of the body's opening is read for a credit that covers the whole article. */
    private static final int OPENING = 300;
    /** Attributions that point back at a report the article named before. */
    private static final Set<String> REPORT_WORDS = Set.of("report", "reports", "the report", "the reports",
            "story", "the story", "article", "the article", "dispatch", "exclusive", "the exclusive");

    private final SourceCredits credits;
    private final Map<String, Article> articles;
    private final Map<String, Optional<String>> openings = new HashMap<>();

    LineageReader(SourceCredits credits, Map<String, Article> articles) {
        this.credits = credits;
        this.articles = articles;
    }

    /** The lineage of {@code article} for an event it tells of in {@code mentions}, in text order. */
    SourceLineage of(Article article, List<EventMention> mentions) {
        Article original = original(article);
        if (original != article)
            return new SourceLineage(article.id(), wholeSource(original), Kind.COPY, "copy of " + original.id());
        Optional<String> own = article.outlet();
        for (EventMention m : mentions) {
            Optional<String> credit = m.attributedTo().flatMap(credits::inAttribution)
                    .or(() -> credits.first(m.quote()));
            if (credit.isPresent() && !credit.equals(own))
                return credit(article, credit.get());
        }
        for (EventMention m : mentions) {
            if (m.attributedTo().map(LineageReader::pointsBack).orElse(false)) {
                // the outlet credited nearest before the sentence is the report it speaks of
                Optional<String> before = credits.last(article.text().substring(0, m.span().start()));
                if (before.isPresent() && !before.equals(own))
                    return credit(article, before.get());
            }
        }
        Optional<String> opening = opening(article);
        if (opening.isPresent() && !opening.equals(own))
            return credit(article, opening.get());
        return new SourceLineage(article.id(), own.orElse(article.id()), Kind.OWN, "own report");
    }

    /** Whether an attribution points back at a report the article named before ("the report said"). */
    static boolean pointsBack(String attribution) {
        return REPORT_WORDS.contains(attribution.toLowerCase(Locale.ROOT));
    }

    private static SourceLineage credit(Article article, String outlet) {
        return new SourceLineage(article.id(), outlet, Kind.CREDIT, "credits " + outlet);
    }

    /** The source a whole article counts as: what its opening credits, else its outlet, else itself. */
    private String wholeSource(Article article) {
        return opening(article).or(article::outlet).orElse(article.id());
    }

    /** The earliest article in a chain of copies; the article itself when it copies none we have. */
    private Article original(Article article) {
        Article at = article;
        Set<String> seen = new HashSet<>();
        while (at.duplicateOf().isPresent() && seen.add(at.id())) {
            Article next = articles.get(at.duplicateOf().get());
            if (next == null)
                break;
            at = next;
        }
        return at;
    }

    private Optional<String> opening(Article article) {
        return openings.computeIfAbsent(article.id(),
                id -> credits.first(article.text().substring(0, Math.min(OPENING, article.text().length()))));
    }
}
