package org.casus.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.casus.model.Article;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.Span;

/** Hand-built articles and their event mentions, for reconciliation tests: one sentence per string. */
final class Reports {
    static final Map<String, EventType> TYPES = Map.ofEntries(
            Map.entry("015", new EventType("015", "Acknowledge or claim responsibility", 0.0, Optional.empty(), Optional.empty())),
            Map.entry("016", new EventType("016", "Deny responsibility", -2.0, Optional.empty(), Optional.empty())),
            Map.entry("040", new EventType("040", "Consult", 1.0, Optional.of("CONSULT"), Optional.empty())),
            Map.entry("042", new EventType("042", "Make a visit", 1.9, Optional.of("CONSULT"), Optional.of("visit"))),
            Map.entry("0871", new EventType("0871", "Declare truce, ceasefire", 9.0, Optional.of("AGREE"), Optional.empty())),
            Map.entry("112", new EventType("112", "Accuse", -2.0, Optional.of("ACCUSE"), Optional.empty())),
            Map.entry("130", new EventType("130", "Threaten, not specified below", -4.4, Optional.of("THREATEN"), Optional.empty())),
            Map.entry("1384", new EventType("1384", "Threaten conventional attack", -7.0, Optional.of("THREATEN"), Optional.empty())),
            Map.entry("1823", new EventType("1823", "Kill by physical assault", -10.0, Optional.of("ASSAULT"), Optional.empty())),
            Map.entry("186", new EventType("186", "Assassinate", -10.0, Optional.of("ASSAULT"), Optional.empty())),
            Map.entry("190", new EventType("190", "Use conventional military force", -10.0, Optional.of("ASSAULT"), Optional.empty())),
            Map.entry("194", new EventType("194", "Fight with artillery and tanks", -10.0, Optional.of("ASSAULT"), Optional.empty())),
            Map.entry("173", new EventType("173", "Arrest, detain", -5.0, Optional.of("COERCE"), Optional.empty())),
            Map.entry("193", new EventType("193", "Fight with small arms and light weapons", -10.0, Optional.of("ASSAULT"), Optional.empty())));

    final Map<String, Article> articles = new LinkedHashMap<>();
    final List<EventMention> mentions = new ArrayList<>();
    private final Map<String, List<Span>> spans = new HashMap<>();

    Reports article(String id, String outlet, LocalDate published, String... sentences) {
        return add(id, outlet, published, Optional.empty(), sentences);
    }

    Reports copy(String id, String original, String outlet, LocalDate published) {
        Article o = articles.get(original);
        String[] sentences = spans.get(original).stream().map(s -> s.cut(o.text())).toArray(String[]::new);
        return add(id, outlet, published, Optional.of(original), sentences);
    }

    private Reports add(String id, String outlet, LocalDate published, Optional<String> duplicateOf, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Span> at = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0)
                text.append(' ');
            at.add(new Span(text.length(), text.length() + s.length()));
            text.append(s);
        }
        articles.put(id, new Article(id, id + ".txt", Optional.empty(), Optional.ofNullable(outlet), "",
                Optional.ofNullable(published), Optional.empty(), Optional.of("en"), text.toString(), duplicateOf));
        spans.put(id, at);
        return this;
    }

    /** A mention of the sentence {@code sentence} of {@code article}, triggered by the word {@code trigger}. */
    Mention mention(String article, int sentence, String trigger, String code) {
        return new Mention(article, sentence, trigger, code);
    }

    List<Article> articles() {
        return List.copyOf(articles.values());
    }

    /** The mention triggered by {@code trigger} in {@code article}. */
    EventMention find(String article, String trigger) {
        return mentions.stream().filter(m -> m.article().equals(article)
                && m.trigger().cut(articles.get(article).text()).equals(trigger)).findFirst().orElseThrow();
    }

    /** The mention of {@code trigger} in sentence {@code sentence} of {@code article}. */
    EventMention find(String article, int sentence, String trigger) {
        return mentions.stream().filter(m -> m.article().equals(article) && m.sentence() == sentence
                && m.trigger().cut(articles.get(article).text()).equals(trigger)).findFirst().orElseThrow();
    }

    final class Mention {
        private final String article;
        private final int sentence;
        private final String trigger;
        private final String code;
        private Optional<String> source = Optional.empty();
        private Optional<String> target = Optional.empty();
        private Optional<String> place = Optional.empty();
        private Optional<String> placeId = Optional.empty();
        private Optional<String> date = Optional.empty();
        private String dateText = "";
        private Modality modality = Modality.ASSERTED;
        private Optional<String> attributedTo = Optional.empty();
        private final Map<String, Long> quantities = new TreeMap<>();

        private Mention(String article, int sentence, String trigger, String code) {
            this.article = article;
            this.sentence = sentence;
            this.trigger = trigger;
            this.code = code;
        }

        Mention by(String actor) {
            source = Optional.of(actor);
            return this;
        }

        Mention against(String actor) {
            target = Optional.of(actor);
            return this;
        }

        Mention in(String location) {
            place = Optional.of(location);
            return this;
        }

        /** A place the gazetteer knows, with its id. */
        Mention in(String location, String id) {
            place = Optional.of(location);
            placeId = Optional.of(id);
            return this;
        }

        /** A date the sentence states, in the words {@code words}. */
        Mention on(String value, String words) {
            date = Optional.of(value);
            dateText = words;
            return this;
        }

        /** The publication day, taken as the date because the sentence states none. */
        Mention onPublicationDay() {
            date = articles.get(article).published().map(LocalDate::toString);
            return this;
        }

        Mention told(Modality m) {
            modality = m;
            return this;
        }

        Mention saidBy(String who) {
            attributedTo = Optional.of(who);
            if (modality == Modality.ASSERTED)
                modality = Modality.REPORTED;
            return this;
        }

        Mention count(String thing, long n) {
            quantities.put(thing, n);
            return this;
        }

        Reports add() {
            Article a = articles.get(article);
            Span span = spans.get(article).get(sentence);
            String quote = span.cut(a.text());
            int at = quote.indexOf(trigger);
            if (at < 0)
                throw new IllegalArgumentException("'" + trigger + "' is not in: " + quote);
            Span t = new Span(span.start() + at, span.start() + at + trigger.length());
            String id = EventMention.idOf(article, span, t, code, source, target);
            mentions.add(new EventMention(id, article, sentence, quote, span, t, TYPES.get(code), source, target,
                    place, placeId, date, date.map(Precision::of).orElse(Precision.UNKNOWN), dateText,
                    modality, attributedTo, quantities, Optional.empty()));
            return Reports.this;
        }
    }
}
