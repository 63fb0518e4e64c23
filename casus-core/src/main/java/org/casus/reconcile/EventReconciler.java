package org.casus.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;

/**
 * The reconciliation stage: merges event mentions, one per sentence, into events told across
 * articles and outlets, and says for each event how many independent sources tell it, which source
 * each article counts as and why, and where the sources contradict each other.
 *
 * <p>Two mentions are one event when their CAMEO types are of one family (assault, fight and mass
 * violence are one; so are visits and meetings), they are told the same way (an act, a report of it
 * and a denial of who did it go together; a threat, or a plan of violence, is an event of its own), their actors
 * agree (the same, one missing, or one part of the other), the dates they state lie within a day or
 * two, and enough else matches: place, code, counts, wording. Within one story, reports that name the
 * act with one word and one code and disagree on nothing (doers, places) are one event even when
 * they give no actors or dates; a plan of an act other than violence is the act carried out; a person
 * named by surname alone is the one another article names in full. Claims and denials of
 * responsibility (CAMEO 015, 016) join the act they are about in the same article. A definite phrase with no date of its own ("the attack")
 * first joins the act its own article refers to (see {@link ArticleReferences}), so that a look-alike
 * in another article cannot take it. Mentions are compared within blocks, never all pairs
 * (see {@link CandidatePairs}), so the cost grows near-linearly with their number.
 *
 * <p>The outlet table is read once, when the reconciler is made; after that it is a function, safe to
 * share between threads: the same input gives the same events, ids included.
 */
public final class EventReconciler {
    /** How many sentences a claim or denial of responsibility may stand from the act it is about. */
    private static final int DENIAL_REACH = 2;

    private final SourceCredits credits = new SourceCredits(new OutletNames());

    /**
     * Reconciles mentions without entities or stories: actors agree only when they are the same.
     *
     * @see #reconcile(Collection, Collection, Collection, Map)
     */
    public List<Event> reconcile(Collection<EventMention> mentions, Collection<Article> articles) {
        return reconcile(mentions, articles, List.of(), Map.of());
    }

    /**
     * Merges {@code mentions} into events.
     *
     * @param mentions the event mentions to merge; their {@code event} field is ignored
     * @param articles the articles they come from (others may be present): outlet, publication date,
     *                 the article each copies, and the text, which is read for credits to other outlets
     * @param entities the canonical actors, whose affiliations tell which actors stand for one another
     *                 (part of, leader of, member of, located in); may be empty
     * @param storyOf  the story of each article; mentions of different stories never merge; articles
     *                 not in the map share one unnamed story; may be empty
     * @return the events, sorted by id; every mention is in exactly one
     * @throws IllegalArgumentException when a mention's article is not among {@code articles}, or two
     *                                  mentions share an id
     */
    public List<Event> reconcile(Collection<EventMention> mentions, Collection<Article> articles,
                                 Collection<Entity> entities, Map<String, String> storyOf) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles)
            byId.put(a.id(), a);
        ActorRelations relations = new ActorRelations(entities);
        QuoteWords words = new QuoteWords();
        // an undated article is sorted among its story's dated ones, so that blocking meets them
        Map<String, Long> storyDay = new HashMap<>();
        for (Article a : articles)
            a.published().ifPresent(d -> storyDay.merge(storyOf.getOrDefault(a.id(), ""), d.toEpochDay(), Math::min));
        TriggerLemmas lemmas = new TriggerLemmas();
        List<MentionFacts> facts = new ArrayList<>(mentions.size());
        Map<String, Integer> ids = new HashMap<>();
        for (EventMention m : mentions) {
            Article article = byId.get(m.article());
            if (article == null)
                throw new IllegalArgumentException("mention " + m.id() + " comes from article " + m.article()
                        + ", which is not among the articles given");
            if (ids.put(m.id(), facts.size()) != null)
                throw new IllegalArgumentException("two mentions share the id " + m.id());
            String story = storyOf.getOrDefault(m.article(), "");
            facts.add(MentionFacts.of(facts.size(), m, article, story, storyDay.getOrDefault(story, 0L), words,
                    lemmas));
        }
        MentionSimilarity similarity = new MentionSimilarity(relations, words);
        MentionClusters clusters = new MentionClusters(facts, similarity);
        // what an article says it refers to comes first: it rules out look-alikes elsewhere
        ArticleReferences.attach(facts, clusters, similarity);
        for (CandidatePairs.Pair p : CandidatePairs.find(facts, similarity, relations))
            clusters.join(p.a(), p.b());
        attachResponsibility(facts, clusters);

        Map<Integer, List<MentionFacts>> groups = new HashMap<>();
        for (MentionFacts f : facts)
            groups.computeIfAbsent(clusters.root(f.index()), k -> new ArrayList<>()).add(f);
        EventAssembler assembler = new EventAssembler(new LineageReader(credits, byId),
                new ContradictionFinder(relations, StateCues.shipped()));
        List<Event> events = new ArrayList<>(groups.size());
        for (List<MentionFacts> group : groups.values())
            events.add(assembler.assemble(group));
        events.sort(Comparator.comparing(Event::id));
        return List.copyOf(events);
    }

    /**
     * A claim or a denial of responsibility ("the group claimed the attack", "denied involvement")
     * joins the act it is about: the act told in the same article nearest before it, or in the same
     * sentence, within {@link #DENIAL_REACH} sentences. One with no such act stays an event of its own.
     */
    private static void attachResponsibility(List<MentionFacts> facts, MentionClusters clusters) {
        Map<String, List<MentionFacts>> acts = new HashMap<>();
        for (MentionFacts f : facts)
            if (!f.aboutResponsibility() && f.family().equals("violence") && f.telling() == ModalityClass.ACT)
                acts.computeIfAbsent(f.mention().article() + '\u0000' + f.story(), k -> new ArrayList<>()).add(f);
        for (MentionFacts denial : facts) {
            if (!denial.aboutResponsibility())
                continue;
            int sentence = denial.mention().sentence();
            MentionFacts best = null;
            for (MentionFacts act : acts.getOrDefault(denial.mention().article() + '\u0000' + denial.story(), List.of())) {
                int before = sentence - act.mention().sentence();
                if (before < 0 || before > DENIAL_REACH)
                    continue;
                if (best == null || before < sentence - best.mention().sentence())
                    best = act;
            }
            if (best != null)
                clusters.join(best.index(), denial.index());
        }
    }
}
