package org.casus.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.casus.entity.ActorResolver;
import org.casus.entity.EntityIndex;
import org.casus.entity.Gazetteer;
import org.casus.event.EventCoder;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.EventMention;
import org.casus.model.Article;
import org.casus.model.Layer;
import org.casus.model.ProblemReport;
import org.casus.nlp.CoreNlpBackend;
import org.casus.nlp.EnglishText;
import org.casus.nlp.NlpBackend;
import org.casus.reconcile.ArticleEmbedder;
import org.casus.reconcile.StorySettings;
import org.casus.store.Store;

/**
 * The language stages, assembled: every stored article not yet analysed is annotated, its actors
 * resolved, its events coded, and all of it saved; then the entities are rebuilt from all stored mentions,
 * and every analysed article (and copy) in no story yet joins or starts one. Articles are
 * annotated on several threads and saved one by one, so a run killed halfway resumes where it
 * stopped. Copies of another article are skipped: a copy of one report says nothing new. Articles
 * in another language than English are recorded as analysed with nothing found ({@link EnglishText}):
 * the language models would only find noise in them.
 */
public final class AnalysisPipeline {
    private final NlpBackend nlp;
    private final Gazetteer gazetteer;
    private final ActorResolver actors;
    private final EventCoder events = new EventCoder();
    private final StoryAssignment stories = new StoryAssignment(new ArticleEmbedder(), StorySettings.DEFAULTS);
    private final int threads;

    public AnalysisPipeline(NlpBackend nlp, Gazetteer gazetteer, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.actors = new ActorResolver(gazetteer);
        this.threads = threads;
    }

    /**
     * The language backend this analysis needs: every layer, with a dependency parse only for the
     * sentences that hold an event word, the only ones the event stage reads a parse of. Loading
     * takes several seconds; make one per process.
     */
    public static NlpBackend languageBackend() {
        return new CoreNlpBackend(EnumSet.allOf(Layer.class), new EventCoder()::mayHoldEvent);
    }

    /** What a run did: articles analysed, and how many of them were left unread as not English. */
    public record Summary(int analysed, int otherLanguage) {
    }

    /**
     * Analyses what is stored and not analysed yet; {@code progress} hears the count analysed so far.
     *
     * @throws IOException when the store fails
     */
    public Summary run(Store store, ProblemReport report, IntConsumer progress) throws IOException {
        // ids only: a large store's texts would not fit in memory at once
        List<String> pending;
        try (Stream<Article> stored = store.articles()) {
            pending = stored.filter(a -> a.duplicateOf().isEmpty()).map(Article::id).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "casus-nlp");
            t.setDaemon(true);
            return t;
        });
        int done = 0;
        int otherLanguage = 0;
        try {
            Deque<Future<Analysis>> window = new ArrayDeque<>();
            Deque<Article> inWindow = new ArrayDeque<>();
            for (String id : pending) {
                if (store.isAnalyzed(id)) continue;
                Article article = store.article(id).orElseThrow();
                window.add(pool.submit(() -> analyse(article)));
                inWindow.add(article);
                if (window.size() >= threads * 2) {
                    otherLanguage += save(window.poll(), inWindow.poll(), store, report);
                    progress.accept(++done);
                }
            }
            while (!window.isEmpty()) {
                otherLanguage += save(window.poll(), inWindow.poll(), store, report);
                progress.accept(++done);
            }
        } finally {
            pool.shutdownNow();
        }
        rebuildEntities(store);
        stories.run(store);
        return new Summary(done, otherLanguage);
    }

    /** What the language stages found in one article; nothing, when it is not in English. */
    private record Analysis(List<ActorMention> actors, List<EventMention> events, boolean english) {
    }

    private Analysis analyse(Article article) {
        if (!EnglishText.reads(article))
            return new Analysis(List.of(), List.of(), false);
        Annotated annotated = nlp.annotate(article);
        List<ActorMention> found = actors.resolve(annotated);
        return new Analysis(found, events.code(annotated, found), true);
    }

    /** Saves one article's analysis; 1 when the article was left unread as not English, else 0. */
    private static int save(Future<Analysis> analysis, Article article, Store store,
                            ProblemReport report) throws IOException {
        try {
            Analysis done = analysis.get();
            store.saveAnalysis(article.id(), done.actors(), done.events());
            return done.english() ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while analysing " + article.source(), e);
        } catch (ExecutionException e) {
            report.report(article.source(), "cannot analyse the text: " + e.getCause());
            return 0;
        }
    }

    /** Entities come from all stored mentions, so every article's spellings meet. */
    private void rebuildEntities(Store store) throws IOException {
        EntityIndex index = new EntityIndex(gazetteer);
        try (Stream<Article> stored = store.articles()) {
            for (Article article : (Iterable<Article>) stored.filter(a -> a.duplicateOf().isEmpty())::iterator)
                index.add(article.id(), article.text(), store.actorMentions(article.id()));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        store.saveEntities(index.entities());
    }
}
