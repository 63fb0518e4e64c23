package org.casus.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Article;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.Span;

/**
 * The event mentions behind the golden export files, in article and sentence order, quoting
 * {@link ExportedArticles}. Each exercises a rule of the format: every field present, every optional
 * absent, quantities, an attribution in words, a quote with a line break, tabs and control characters.
 */
final class ExportedMentions {
    private static final EventType MEET = new EventType("043", "Host a visit", 2.8, Optional.of("CONSULT"),
            Optional.of("visit"));
    private static final EventType PROTEST = new EventType("141", "Demonstrate or rally", -6.5,
            Optional.of("PROTEST"), Optional.of("demonstrate"));
    private static final EventType PRAISE = new EventType("051", "Praise or endorse", 3.4, Optional.empty(),
            Optional.empty());

    private ExportedMentions() {
    }

    static List<EventMention> all() {
        List<Article> articles = ExportedArticles.all();
        Article post = articles.get(0);
        Article scripts = articles.get(3);
        EventMention opened = mention(post, 0, "The stone bridge over the Ashe opened to cars on Tuesday.", "opened",
                MEET, Optional.of("ashe-bridge-board"), Optional.of("org:quill"), Optional.of("the Ashe"),
                Optional.of("ashe-river"), Optional.of("2024-05-07"), Precision.DAY, "on Tuesday", Modality.ASSERTED,
                Optional.empty(), Map.of(), Optional.of("3f0c2b9d1e8a7654"));
        EventMention said = mention(post, 1, "\"We waited long enough,\" said one driver, who gave only her first name.",
                "waited", PRAISE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Precision.UNKNOWN, "", Modality.REPORTED, Optional.of("one driver, \"local\""),
                Map.of("drivers", 1L, "cars", 120L), Optional.empty());
        EventMention strike = mention(scripts, 0, scripts.text(), "contrôle", PROTEST, Optional.of("person:leman"),
                Optional.empty(), Optional.of("Genève"), Optional.empty(), Optional.of("2023-W48"), Precision.WEEK,
                "tabulation\r\nfin", Modality.THREATENED, Optional.of("person:leman"), Map.of("wounded_to", 3L),
                Optional.empty());
        return List.of(opened, said, strike);
    }

    private static EventMention mention(Article article, int sentence, String quote, String trigger, EventType type,
                                        Optional<String> source, Optional<String> target, Optional<String> location,
                                        Optional<String> locationId, Optional<String> date, Precision precision,
                                        String dateText, Modality modality, Optional<String> attributedTo,
                                        Map<String, Long> quantities, Optional<String> event) {
        int start = article.text().indexOf(quote);
        if (start < 0)
            throw new IllegalArgumentException("the quote is not in article " + article.id());
        Span span = new Span(start, start + quote.length());
        int at = start + quote.indexOf(trigger);
        Span triggerSpan = new Span(at, at + trigger.length());
        String id = EventMention.idOf(article.id(), span, triggerSpan, type.code(), source, target);
        return new EventMention(id, article.id(), sentence, quote, span, triggerSpan, type, source, target, location,
                locationId, date, precision, dateText, modality, attributedTo, quantities, event);
    }
}
