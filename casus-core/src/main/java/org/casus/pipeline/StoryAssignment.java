package org.casus.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.nlp.EnglishText;
import org.casus.reconcile.ArticleEmbedder;
import org.casus.reconcile.StoryGrouper;
import org.casus.reconcile.StorySettings;
import org.casus.store.Store;

/**
 * Puts every analysed article that is in no story yet into one, going on from the stories stored
 * by earlier runs, and saves each story as it grows, so a run killed halfway loses nothing and a
 * run with nothing new changes nothing. Articles come in id order; copies come last, into the
 * story of the article they copy.
 */
final class StoryAssignment {
    /** Articles embedded at once: enough to keep the cores busy, few enough to save often. */
    private static final int BATCH = 32;
    private final ArticleEmbedder embedder;
    private final StorySettings settings;

    StoryAssignment(ArticleEmbedder embedder, StorySettings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    /** @return how many articles joined or started a story */
    int run(Store store) throws IOException {
        StoryGrouper grouper = new StoryGrouper(settings, store.storyProfiles());
        List<Article> originals = new ArrayList<>();
        List<Article> copies = new ArrayList<>();
        try (Stream<Article> stored = store.articles()) {
            for (Article article : (Iterable<Article>) stored::iterator) {
                if (grouper.storyOf(article.id()).isPresent()) continue;
                if (article.duplicateOf().isPresent()) copies.add(article);
                // an article whose analysis failed waits, so that it joins with its actors; one
                // not in English was left unread, and the embedding model reads English too
                else if (store.isAnalyzed(article.id()) && EnglishText.reads(article)) originals.add(article);
            }
        }
        int grouped = 0;
        for (int from = 0; from < originals.size(); from += BATCH) {
            List<Article> batch = originals.subList(from, Math.min(from + BATCH, originals.size()));
            List<float[]> embeddings = embedder.embedAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                Article article = batch.get(i);
                store.saveStory(grouper.add(article, embeddings.get(i), actorsOf(store, article)));
                grouped++;
            }
        }
        for (Article copy : copies) {
            var joined = grouper.addCopy(copy);
            if (joined.isPresent()) {
                store.saveStory(joined.get());
                grouped++;
            }
        }
        return grouped;
    }

    private static Set<String> actorsOf(Store store, Article article) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (ActorMention mention : store.actorMentions(article.id())) ids.add(mention.entityId());
        return ids;
    }
}
