package org.casus.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Article;
import org.casus.model.StoryProfile;

/**
 * Groups articles into stories, one article at a time: an article joins the story it fits best, or
 * starts a new one (see {@link StorySettings} for the score). Each story is kept as a centroid (the
 * sum and count of its articles' embeddings) and a count of the actors its articles name, so adding
 * an article compares it with each story once, never with every earlier article. Started from the
 * stories an earlier run saved, a grouper goes on where that run stopped.
 *
 * <p>The result depends on the order articles come in; the same articles in the same order give
 * the same stories and story ids. Calls are serialized, so one grouper may be shared by threads.
 */
public final class StoryGrouper {
    private final StorySettings settings;
    private final List<GroupedStory> stories = new ArrayList<>();
    private final Map<String, GroupedStory> byArticle = new HashMap<>();

    /** A grouper with no stories yet. */
    public StoryGrouper(StorySettings settings) {
        this(settings, List.of());
    }

    /**
     * A grouper that goes on from stories saved earlier, in the order given (the store's, by id).
     *
     * @throws IllegalArgumentException when two of them claim the same article
     */
    public StoryGrouper(StorySettings settings, Collection<StoryProfile> saved) {
        this.settings = settings;
        for (StoryProfile profile : saved) {
            GroupedStory story = GroupedStory.resumed(profile);
            stories.add(story);
            for (String articleId : story.articles()) {
                if (byArticle.putIfAbsent(articleId, story) != null)
                    throw new IllegalArgumentException("article " + articleId + " is in two saved stories");
            }
        }
    }

    /**
     * Puts {@code article} into the story it fits best, or into a new story.
     *
     * @param embedding the article's unit-length embedding ({@link ArticleEmbedder})
     * @param actorIds  the entity ids of the actors it names (ActorMention.entityId); may be empty
     * @return the story it is now in, as the store should keep it; when the article was already
     *         grouped, its story unchanged
     */
    public synchronized StoryProfile add(Article article, float[] embedding, Set<String> actorIds) {
        GroupedStory known = byArticle.get(article.id());
        if (known != null) return known.profile();
        if (article.duplicateOf().isPresent()) {
            Optional<StoryProfile> joined = addCopy(article);
            if (joined.isPresent()) return joined.get();
        }
        GroupedStory best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GroupedStory story : stories) {
            double score = score(story, article, embedding, actorIds);
            // strictly greater: of equal scores the older story wins, whatever the threads
            if (score > bestScore) {
                bestScore = score;
                best = story;
            }
        }
        if (best != null && bestScore >= settings.joinThreshold()) {
            best.add(article, embedding, actorIds);
        } else {
            best = GroupedStory.startedBy(article, embedding, actorIds);
            stories.add(best);
        }
        byArticle.put(article.id(), best);
        return best.profile();
    }

    /**
     * Puts a copy into the story of the article it copies ({@link Article#duplicateOf()}): a copy
     * of one report is the same story, whatever its wording.
     *
     * @return the story it is now in, or empty when the original is in no story yet
     */
    public synchronized Optional<StoryProfile> addCopy(Article copy) {
        GroupedStory known = byArticle.get(copy.id());
        if (known != null) return Optional.of(known.profile());
        Optional<GroupedStory> original = copy.duplicateOf().map(byArticle::get);
        original.ifPresent(story -> {
            story.addCopy(copy);
            byArticle.put(copy.id(), story);
        });
        return original.map(GroupedStory::profile);
    }

    /** The id of the story holding this article, or empty when it is in none. */
    public synchronized Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(byArticle.get(articleId)).map(GroupedStory::id);
    }

    /** Every story, in the order they were started. */
    public synchronized List<StoryProfile> stories() {
        return stories.stream().map(GroupedStory::profile).toList();
    }

    private double score(GroupedStory story, Article article, float[] embedding, Set<String> actorIds) {
        double days = story.daysOutside(article.published());
        return story.cosine(embedding)
                + settings.actorWeight() * story.actorCosine(actorIds)
                - settings.timePenalty() * (1 - Math.exp(-days / settings.timeScaleDays()));
    }
}
