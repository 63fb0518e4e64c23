package org.casus.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casus.entity.Actor;
import org.casus.entity.ActorResolver;
import org.casus.entity.EntityIndex;
import org.casus.entity.Gazetteer;
import org.casus.event.EventCoder;
import org.casus.extract.ArticleExtractor;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Format;
import org.casus.nlp.CoreNlpBackend;
import org.casus.testing.SharedData;

/**
 * The five seed reports run through the real pipeline (extraction, CoreNLP, actor resolution, event
 * coding) once per test JVM, for the reconciliation ITs. Pages that state no date are given the day
 * after the latest day they tell of, as a reader would date them.
 */
final class SeedStory {
    private static final Map<String, LocalDate> READER_DATES = Map.of("000", LocalDate.of(2020, 11, 21),
            "002", LocalDate.of(2020, 11, 20), "003", LocalDate.of(2020, 12, 23), "004", LocalDate.of(2020, 11, 29));
    private static SeedStory loaded;

    final List<Article> articles = new ArrayList<>();
    final Map<String, Article> byPrefix = new HashMap<>();
    final List<EventMention> mentions = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();

    static synchronized SeedStory load() throws IOException {
        if (loaded == null)
            loaded = new SeedStory();
        return loaded;
    }

    private SeedStory() throws IOException {
        Gazetteer gazetteer = Gazetteer.shipped();
        ActorResolver resolver = new ActorResolver(gazetteer);
        EventCoder coder = new EventCoder();
        EntityIndex index = new EntityIndex(gazetteer);
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> files;
        try (Stream<Path> list = Files.list(SharedData.folder("seeds"))) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        }
        try (CoreNlpBackend backend = new CoreNlpBackend(EventCoder.REQUIRES)) {
            for (Path file : files) {
                String prefix = file.getFileName().toString().substring(0, 3);
                Article read = extractor.extract(Document.of(file.toString(), Format.TEXT, Files.readAllBytes(file)));
                Article article = new Article(read.id(), read.source(), read.url(), read.outlet(), read.title(),
                        read.published().or(() -> Optional.ofNullable(READER_DATES.get(prefix))), read.byline(),
                        read.language(), read.text(), read.duplicateOf());
                Annotated annotated = backend.annotate(article);
                List<ActorMention> actors = resolver.resolve(annotated);
                index.add(article.id(), article.text(), actors);
                mentions.addAll(coder.code(annotated, actors));
                articles.add(article);
                byPrefix.put(prefix, article);
            }
        }
        entities.addAll(index.entities());
        // the whole gazetteer, so that chains of affiliation pass through actors no article names
        for (Actor a : gazetteer.actors())
            if (entities.stream().noneMatch(e -> e.id().equals(a.id())))
                entities.add(new Entity(a.id(), a.name(), a.type().name(), Optional.of(a.code()), a.aliases(),
                        a.affiliations().stream().map(Object::toString).toList(), List.of()));
    }

    Article article(String prefix) {
        return byPrefix.get(prefix);
    }

    List<Event> reconcile() {
        return new EventReconciler().reconcile(mentions, articles, entities, Map.of());
    }
}
