package org.casus.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.casus.extract.ArticleExtractor;
import org.casus.extract.DuplicateIndex;
import org.casus.extract.ExtractionException;
import org.casus.ingest.DocumentSources;
import org.casus.ingest.Source;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.ProblemReport;
import org.casus.store.Store;

/**
 * The first stages, assembled: inputs to documents, documents to clean articles, copies marked,
 * articles stored. Extraction runs on several threads; documents are stored in input order, so the
 * same input always gives the same store, and a run killed halfway resumes where it stopped.
 */
public final class IngestPipeline {
    private final DocumentSources sources;
    private final ArticleExtractor extractor;
    private final int threads;

    public IngestPipeline(DocumentSources sources, ArticleExtractor extractor, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.sources = sources;
        this.extractor = extractor;
        this.threads = threads;
    }

    /**
     * Reads every input into {@code store}. Bad inputs and documents go to {@code report} and the
     * run goes on; {@code progress} hears the count of documents handled so far.
     *
     * @throws IOException when the store fails: the run cannot go on without it
     */
    public IngestSummary run(List<String> inputs, Store store, ProblemReport report, IntConsumer progress)
            throws IOException {
        AtomicInteger failures = new AtomicInteger();
        ProblemReport counting = problem -> {
            failures.incrementAndGet();
            report.report(problem);
        };
        DuplicateIndex duplicates = new DuplicateIndex();
        try (Stream<Article> stored = store.articles()) {
            stored.forEach(duplicates::remember);
        }
        Batch batch = new Batch(store);

        int documents = 0;
        int copies = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "casus-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        try {
            for (String input : inputs) {
                try (Source source = sources.open(input, counting)) {
                    for (Document document : source) {
                        window.add(new Pending(document, pool.submit(() -> extractor.extract(document))));
                        if (window.size() >= threads * 8) {
                            documents++;
                            copies += mark(window.poll(), duplicates, batch, counting);
                            progress.accept(documents);
                        }
                    }
                } catch (IOException e) {
                    counting.report(input, "cannot read: " + e.getMessage());
                }
            }
            while (!window.isEmpty()) {
                documents++;
                copies += mark(window.poll(), duplicates, batch, counting);
                progress.accept(documents);
            }
            batch.flush();
        } finally {
            pool.shutdownNow();
        }
        return new IngestSummary(documents, batch.added, batch.offered - batch.added, copies, failures.get());
    }

    private record Pending(Document document, Future<Article> article) {
    }

    /**
     * Articles waiting to be stored together: one transaction per batch is ten times faster than
     * one per article, and a killed run loses at most one batch, which the next run stores again.
     */
    private static final class Batch {
        private static final int SIZE = 200;
        private final Store store;
        private final List<Article> pending = new ArrayList<>();
        int offered;
        int added;

        Batch(Store store) {
            this.store = store;
        }

        void add(Article article) throws IOException {
            pending.add(article);
            if (pending.size() >= SIZE) flush();
        }

        void flush() throws IOException {
            if (pending.isEmpty()) return;
            added += store.addAll(pending);
            offered += pending.size();
            pending.clear();
        }
    }

    /** Marks the document's article if it copies another and queues it; 1 when it is a copy. */
    private static int mark(Pending pending, DuplicateIndex duplicates, Batch batch, ProblemReport report)
            throws IOException {
        Article article;
        try {
            article = pending.article().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + pending.document().origin(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof ExtractionException ? cause.getMessage()
                    : "cannot extract an article: " + cause;
            report.report(pending.document().origin(), reason);
            return 0;
        }
        DuplicateIndex.Marking marking = duplicates.mark(article);
        batch.add(marking.article());
        if (!marking.repointed().isEmpty()) {
            batch.flush(); // the copies to re-point may still be waiting in the batch
            for (Map.Entry<String, String> copy : new TreeMap<>(marking.repointed()).entrySet())
                batch.store.markDuplicate(copy.getKey(), copy.getValue());
        }
        // a re-pointing turns one more article, the former original, into a copy
        return marking.article().duplicateOf().isPresent() || !marking.repointed().isEmpty() ? 1 : 0;
    }
}
