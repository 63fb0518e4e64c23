package org.casus.reconcile;

/**
 * How readily an article joins a story. An article joins the story that scores highest, when that
 * score reaches {@code joinThreshold}; otherwise it starts a story of its own. The score is
 *
 * <pre>cosine(article, story centroid) + actorWeight * actorCosine
 *      - timePenalty * (1 - exp(-daysApart / timeScaleDays))</pre>
 *
 * where actorCosine compares the article's actors with how often the story's articles name each
 * actor, and daysApart is how far the article's date lies outside the story's dates (0 inside
 * them, or when either date is unknown).
 *
 * @param joinThreshold the least score at which an article joins a story
 * @param actorWeight   how much shared actors add, at most, to the score
 * @param timePenalty   how much, at most, dates far apart take from it
 * @param timeScaleDays how many days apart take about two thirds of {@code timePenalty}
 */
public record StorySettings(double joinThreshold, double actorWeight, double timePenalty, double timeScaleDays) {
    /**
     * Tuned on the ECB+ training and development topics, with gazetteer actors (./bench eval-stories
     * --tune --actors): best BCubed F1 against the gold subtopics. ECB+ has no
     * dates, so the time terms are set by judgement: a week apart costs about 0.25.
     */
    public static final StorySettings DEFAULTS = new StorySettings(0.62, 0.20, 0.40, 7);

    public StorySettings {
        if (!(actorWeight >= 0) || !(timePenalty >= 0) || !(timeScaleDays > 0) || Double.isNaN(joinThreshold))
            throw new IllegalArgumentException("invalid story settings: " + joinThreshold + ", " + actorWeight
                    + ", " + timePenalty + ", " + timeScaleDays);
    }

    /** These settings with another join threshold. */
    public StorySettings withJoinThreshold(double threshold) {
        return new StorySettings(threshold, actorWeight, timePenalty, timeScaleDays);
    }

    /** These settings with another actor weight. */
    public StorySettings withActorWeight(double weight) {
        return new StorySettings(joinThreshold, weight, timePenalty, timeScaleDays);
    }
}
