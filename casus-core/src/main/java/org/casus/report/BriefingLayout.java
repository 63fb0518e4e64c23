package org.casus.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.casus.model.ActorMention;
import org.casus.model.Article;
import org.casus.model.Contradiction;
import org.casus.model.Entity;
import org.casus.model.EscalationCell;
import org.casus.model.EventMention;
import org.casus.model.Event;
import org.casus.model.SourceLineage;
import org.casus.model.Story;
import org.casus.model.TimelineEntry;

/**
 * Lays a briefing out as blocks, the same for every format: a summary, then per story its timeline
 * with the support of each event, its background, its contradictions, where its sources come from
 * and its escalation by week; then the actors, the articles with the spellings each used, and the
 * events each article tells, sentence by sentence.
 */
final class BriefingLayout {
    /** Actors shown, most articles first; the export has them all. */
    private static final int ACTORS_SHOWN = 40;
    /** Actor pairs per story in the escalation table, most conflictual weeks first. */
    private static final int ESCALATION_ROWS = 15;

    private final Briefing briefing;
    private final EventWords words;
    private final List<Block> blocks = new ArrayList<>();

    private BriefingLayout(Briefing briefing) {
        this.briefing = briefing;
        this.words = new EventWords(briefing);
    }

    static List<Block> of(Briefing briefing) {
        BriefingLayout layout = new BriefingLayout(briefing);
        layout.summary();
        for (StoryAccount story : briefing.stories())
            layout.story(story);
        layout.actors();
        layout.articles();
        layout.eventsByArticle();
        return List.copyOf(layout.blocks);
    }

    private void summary() {
        blocks.add(new Block.Heading(1, "Casus briefing"));
        int events = briefing.stories().stream().mapToInt(s -> s.events().size()).sum();
        long contradicted = briefing.stories().stream().mapToLong(s -> s.contradicted().size()).sum();
        String span = briefing.first().map(f -> ", " + f + (briefing.last().get().equals(f) ? "" : " to " + briefing.last().get()))
                .orElse("");
        blocks.add(new Block.Paragraph(briefing.articles().size() + " articles (" + briefing.copies() + " copies) from "
                + briefing.outlets().size() + " outlets" + span + "; " + briefing.stories().size() + " stories, "
                + events + " events, " + contradicted + " with contradictions, " + briefing.actors().size()
                + " actors."));
    }

    private void story(StoryAccount account) {
        Story story = account.story();
        blocks.add(new Block.Heading(2, "Story: " + (story.label().isBlank() ? story.id() : story.label())));
        List<String> outlets = story.articles().stream().flatMap(id -> briefing.article(id).outlet().stream())
                .distinct().sorted().toList();
        String dates = story.first().map(f -> f.equals(story.last().get()) ? ", " + f : ", " + f + " to " + story.last().get())
                .orElse("");
        String actors = story.actors().stream().map(briefing::nameOf).collect(Collectors.joining(", "));
        blocks.add(new Block.Paragraph(story.articles().size() + " articles" + dates
                + (outlets.isEmpty() ? "" : "; outlets: " + String.join(", ", outlets))
                + (actors.isEmpty() ? "" : "; actors: " + actors) + "."));
        if (account.events().isEmpty())
            return;
        blocks.add(new Block.Chart(account, briefing));
        List<String> own = shown(account, account.timeline().entries().stream().map(TimelineEntry::event).toList());
        List<String> background = shown(account,
                account.timeline().background().stream().map(TimelineEntry::event).toList());
        List<String> undated = shown(account, account.timeline().undated());
        blocks.add(new Block.Heading(3, "Timeline"));
        blocks.add(eventTable(account, own));
        if (!background.isEmpty()) {
            blocks.add(new Block.Heading(3, "Background"));
            blocks.add(eventTable(account, background));
        }
        if (!undated.isEmpty()) {
            blocks.add(new Block.Heading(3, "Undated"));
            blocks.add(eventTable(account, undated));
        }
        long left = account.events().size() - own.size() - background.size() - undated.size();
        if (left > 0)
            blocks.add(new Block.Paragraph(left + " more events, told once with neither actor known, are left out"
                    + " here; the event export has them all."));
        contradictions(account);
        lineage(account);
        escalation(account);
    }

    /**
     * The events worth a line: those with an actor known, told more than once, counted, or disputed.
     * An event told once with no actor ("rockets were fired") says little on its own.
     */
    private static List<String> shown(StoryAccount account, List<String> ids) {
        return ids.stream().map(account.events()::get)
                .filter(e -> e.source().isPresent() || e.target().isPresent() || e.corroboration().articles() > 1
                        || !e.quantities().isEmpty() || !e.contradictions().isEmpty())
                .map(Event::id).toList();
    }

    private Block.Table eventTable(StoryAccount account, List<String> ids) {
        List<List<String>> rows = new ArrayList<>();
        for (String id : ids) {
            Event e = account.events().get(id);
            rows.add(List.of(EventWords.when(e), EventWords.what(e), words.who(e), EventWords.where(e),
                    EventWords.counts(e), EventWords.status(e), EventWords.support(e),
                    e.contradictions().stream().map(Contradiction::field).collect(Collectors.joining(", "))));
        }
        return new Block.Table(List.of("date", "event", "who → whom", "where", "counts", "status", "support",
                "disputed"), rows);
    }

    private void contradictions(StoryAccount account) {
        List<Event> disputed = account.contradicted();
        if (disputed.isEmpty())
            return;
        blocks.add(new Block.Heading(3, "Contradictions"));
        List<List<String>> rows = new ArrayList<>();
        for (Event e : disputed)
            for (Contradiction c : e.contradictions())
                rows.add(List.of(words.headline(e), c.field(),
                        c.values().stream().map(words::value).collect(Collectors.joining(" vs "))));
        blocks.add(new Block.Table(List.of("event", "field", "values (outlets)"), rows));
    }

    /** Where the sources of events told more than once come from: copies and credited reports. */
    private void lineage(StoryAccount account) {
        List<List<String>> rows = new ArrayList<>();
        for (Event e : account.inOrder()) {
            if (e.corroboration().articles() < 2)
                continue;
            for (SourceLineage l : e.lineage())
                if (l.kind() != SourceLineage.Kind.OWN) {
                    Article a = briefing.article(l.article());
                    rows.add(List.of(words.headline(e), EventWords.source(a), l.source(), l.reason()));
                }
        }
        if (rows.isEmpty())
            return;
        blocks.add(new Block.Heading(3, "Sources"));
        blocks.add(new Block.Paragraph("Articles that copy or credit another report count as that report's source."));
        blocks.add(new Block.Table(List.of("event", "article", "counts as", "why"), rows));
    }

    private void escalation(StoryAccount account) {
        List<EscalationCell> weeks = account.escalation().weeks().stream()
                .filter(c -> c.source().isPresent() || c.target().isPresent())
                .sorted((a, b) -> Double.compare(a.goldstein(), b.goldstein())).limit(ESCALATION_ROWS).toList();
        if (weeks.isEmpty())
            return;
        blocks.add(new Block.Heading(3, "Escalation by week"));
        blocks.add(new Block.Paragraph("Goldstein scores weighted by articles, summed per actor pair and ISO week;"
                + " below zero is conflict. The full index per day and week is in the event export."));
        List<List<String>> rows = new ArrayList<>();
        for (EscalationCell c : weeks)
            rows.add(List.of(c.period(), c.source().map(briefing::nameOf).orElse("unknown") + " → "
                    + c.target().map(briefing::nameOf).orElse("unknown"), String.valueOf(c.events()),
                    String.format(java.util.Locale.ROOT, "%.1f", c.goldstein()), EventWords.plover(c.plover())));
        blocks.add(new Block.Table(List.of("week", "who → whom", "events", "Goldstein", "PLOVER"), rows));
    }

    private void actors() {
        if (briefing.actors().isEmpty())
            return;
        blocks.add(new Block.Heading(2, "Actors"));
        List<List<String>> rows = new ArrayList<>();
        for (Entity e : briefing.actors().stream().limit(ACTORS_SHOWN).toList())
            rows.add(List.of(e.name(), e.type(), e.actorCode().orElse(""), String.join(", ", e.aliases()),
                    e.affiliations().stream().map(this::tie).collect(Collectors.joining(", ")),
                    String.valueOf(e.articles().size())));
        blocks.add(new Block.Table(List.of("actor", "type", "code", "also written", "ties", "articles"), rows));
    }

    /** "backed_by:irn" as "backed by Iran". */
    private String tie(String affiliation) {
        int colon = affiliation.indexOf(':');
        if (colon < 0)
            return affiliation;
        return affiliation.substring(0, colon).replace('_', ' ') + " " + briefing.nameOf(affiliation.substring(colon + 1));
    }

    private void articles() {
        blocks.add(new Block.Heading(2, "Articles"));
        List<List<String>> rows = new ArrayList<>();
        for (Article a : briefing.articles()) {
            Map<String, Set<String>> spellings = new LinkedHashMap<>();
            for (ActorMention m : briefing.actorsOf(a.id()))
                spellings.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(m.text().trim());
            String actors = spellings.entrySet().stream().map(s -> actor(s.getKey(), s.getValue()))
                    .collect(Collectors.joining("; "));
            rows.add(List.of(a.title().isBlank() ? "(no headline)" : a.title(),
                    a.outlet().orElse("outlet unknown") + ", " + a.published().map(Object::toString).orElse("date unknown")
                            + a.duplicateOf().map(d -> ", copy of " + d).orElse(""),
                    actors, a.id()));
        }
        blocks.add(new Block.Table(List.of("headline", "outlet, date", "actors (as written)", "id"), rows));
    }

    /** Each article's own event mentions, sentence by sentence, with who the article says said so. */
    private void eventsByArticle() {
        List<Article> told = briefing.articles().stream().filter(a -> !briefing.eventsOf(a.id()).isEmpty()).toList();
        if (told.isEmpty())
            return;
        blocks.add(new Block.Heading(2, "Events by article"));
        for (Article a : told) {
            blocks.add(new Block.Heading(3, (a.title().isBlank() ? a.id() : a.title()) + " ("
                    + a.outlet().orElse("outlet unknown") + ")"));
            List<List<String>> rows = new ArrayList<>();
            for (EventMention m : briefing.eventsOf(a.id()))
                rows.add(List.of(String.valueOf(m.sentence() + 1), m.date().orElse("undated"),
                        m.type().label() + " (" + m.code() + ")",
                        m.source().map(briefing::nameOf).orElse("unknown") + " → "
                                + m.target().map(briefing::nameOf).orElse("unknown"),
                        m.modality().name().toLowerCase(java.util.Locale.ROOT),
                        m.attributedTo().map(briefing::nameOf).orElse("")));
            blocks.add(new Block.Table(List.of("sentence", "date", "event", "who → whom", "status", "according to"),
                    rows));
        }
    }

    /** "Esmail Qaani [IRNMIL] as Ghaani, Qani". */
    private String actor(String entityId, Set<String> written) {
        String name = briefing.nameOf(entityId);
        String code = briefing.actor(entityId).flatMap(Entity::actorCode).map(c -> " [" + c + "]").orElse("");
        Set<String> others = new TreeSet<>(written);
        others.remove(name);
        return name + code + (others.isEmpty() ? "" : " as " + String.join(", ", others));
    }
}
