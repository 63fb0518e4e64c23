package org.casus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Article;
import org.casus.model.Contradiction;
import org.casus.model.ContradictionValue;
import org.casus.model.Corroboration;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.EventType;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.SourceLineage;
import org.casus.model.Span;
import org.casus.model.Story;
import org.casus.reconcile.EscalationIndex;
import org.casus.reconcile.Timeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The briefing's two formats on a small story of a flooded valley, told by three outlets. */
final class BriefingWriterTest {
    private static final EventType SHELLING = new EventType("194", "Fight with artillery and tanks", -10,
            Optional.of("ASSAULT"), Optional.empty());
    private static final EventType VISIT = new EventType("042", "Make a visit", 1.9, Optional.of("CONSULT"),
            Optional.of("visit"));

    private static Article article(String id, String outlet, String title, LocalDate published) {
        return new Article(id, "pages/" + id + ".html", Optional.empty(), Optional.ofNullable(outlet), title,
                Optional.ofNullable(published), Optional.empty(), Optional.of("en"), "Body of " + id + ".",
                Optional.empty());
    }

    private static Event event(String id, EventType type, String date, Precision precision, Modality modality,
                               List<String> articles, int sources, List<Contradiction> contradictions,
                               List<SourceLineage> lineage) {
        return new Event(id, type, Optional.of("river-brigade"), Optional.of("<script>alert(1)</script>"),
                Optional.of("Lower Ashe"), Optional.ofNullable(date), date == null ? Precision.UNKNOWN : precision,
                Map.of("shells", 12L), modality, List.of("m-" + id), articles, List.of("Valley Post"),
                new Corroboration(articles.size(), sources), contradictions, lineage);
    }

    private static SourceLineage own(String article, String outlet) {
        return new SourceLineage(article, outlet, SourceLineage.Kind.OWN, "own report");
    }

    static Briefing briefing() {
        Article post = article("a1", "Valley Post", "Shells fall on the lower valley", LocalDate.of(2031, 4, 9));
        Article herald = article("a2", "Hill Herald", "Brigade shells villages", LocalDate.of(2031, 4, 10));
        Article echo = article("a3", null, "Echo of the shelling", null);
        List<Article> articles = List.of(post, herald, echo);
        Event shelling = event("e1", SHELLING, "2031-04-08", Precision.DAY, Modality.ASSERTED, List.of("a1", "a2", "a3"),
                2, List.of(new Contradiction("date", List.of(new ContradictionValue("2031-04-08", List.of("a1")),
                                new ContradictionValue("2031-04-07", List.of("a2", "a3")))),
                        new Contradiction("responsibility", List.of(
                                new ContradictionValue("claimed by river-brigade", List.of("a1")),
                                new ContradictionValue("denied by river-brigade", List.of("a3"))))),
                List.of(own("a1", "Valley Post"), own("a2", "Hill Herald"),
                        new SourceLineage("a3", "Hill Herald", SourceLineage.Kind.CREDIT, "credits Hill Herald")));
        Event visit = event("e2", VISIT, "2031-04", Precision.MONTH, Modality.PLANNED, List.of("a2"), 1, List.of(),
                List.of(own("a2", "Hill Herald")));
        Event old = event("e3", SHELLING, "2029-06-01TNI", Precision.DAY, Modality.ASSERTED, List.of("a1"), 1, List.of(),
                List.of(own("a1", "Valley Post")));
        Event undated = event("e4", VISIT, null, Precision.UNKNOWN, Modality.THREATENED, List.of("a3"), 1, List.of(),
                List.of(own("a3", "a3")));
        Event unnamed = new Event("e5", SHELLING, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2031-04-09"), Precision.DAY, Map.of(), Modality.ASSERTED, List.of("m-e5"), List.of("a2"),
                List.of("Hill Herald"), new Corroboration(1, 1), List.of(), List.of(own("a2", "Hill Herald")));
        List<Event> events = List.of(shelling, visit, old, undated, unnamed);
        Map<String, Event> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        Story story = new Story("story-a1", "Shelling in the valley", List.of("a1", "a2", "a3"),
                Optional.of(LocalDate.of(2031, 4, 9)), Optional.of(LocalDate.of(2031, 4, 10)), List.of("river-brigade"));
        StoryAccount account = new StoryAccount(story, byId, Timeline.of(events, articles), EscalationIndex.of(events));
        Entity brigade = new Entity("river-brigade", "River Brigade", "ARMED_GROUP", Optional.of("VLYREB"),
                List.of("the Brigade"), List.of("backed_by:hill-council"), List.of("a1", "a2"));
        Span sentence = new Span(0, post.text().length());
        EventMention told = new EventMention(EventMention.idOf("a1", sentence, new Span(0, 4), "194",
                Optional.of("river-brigade"), Optional.empty()), "a1", 0, post.text(), sentence, new Span(0, 4),
                SHELLING, Optional.of("river-brigade"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("2031-04-08"), Precision.DAY, "on Tuesday", Modality.REPORTED,
                Optional.of("valley officials"), Map.of(), Optional.of("e1"));
        return new Briefing(articles, List.of(account), List.of(brigade), Map.of(), Map.of("a1", List.of(told)));
    }

    private static String write(BriefingWriter.Format format) throws IOException {
        StringBuilder out = new StringBuilder();
        BriefingWriter.write(briefing(), format, out);
        return out.toString();
    }

    @Test
    void markdownPutsTheStoryTimelineInDateOrderWithHistoryAndUndatedApart() throws IOException {
        String md = write(BriefingWriter.Format.MD);
        assertThat(md).startsWith("# Casus briefing\n");
        assertThat(md).contains("3 articles (0 copies) from 2 outlets, 2031-04-09 to 2031-04-10; 1 stories, 5 events");
        assertThat(md).contains("## Story: Shelling in the valley");
        int timeline = md.indexOf("### Timeline");
        int background = md.indexOf("### Background");
        int undated = md.indexOf("### Undated");
        assertThat(timeline).isPositive().isLessThan(background);
        assertThat(background).isLessThan(undated);
        String own = md.substring(timeline, background);
        // a month starts on its first day: the visit planned for April comes before the shelling of the 8th
        assertThat(own.indexOf("| 2031-04 (month) | Make a visit (042)")).isPositive()
                .isLessThan(own.indexOf("| 2031-04-08 | Fight with artillery and tanks (194) | River Brigade →"));
        assertThat(own).contains("| 12 shells | asserted | 3 articles, 2 sources | date, responsibility |");
        assertThat(md.substring(background, undated)).contains("| 2029-06-01 (night) |");
        // told once, with no actor, no count and no dispute: counted, not listed
        assertThat(md).doesNotContain("| 2031-04-09 |").contains("1 more events, told once with neither actor known");
    }

    @Test
    void markdownListsContradictionsWithTheOutletsBehindEachValueAndTheCreditedSources() throws IOException {
        String md = write(BriefingWriter.Format.MD);
        // an article with no outlet goes by its headline
        assertThat(md).contains("| date | 2031-04-08 (Valley Post) vs 2031-04-07 (Hill Herald, “Echo of the shelling”) |");
        assertThat(md).contains("| responsibility | claimed by River Brigade (Valley Post) vs denied by River Brigade (“Echo of the shelling”) |");
        assertThat(md).contains("| “Echo of the shelling” | Hill Herald | credits Hill Herald |");
        assertThat(md).contains("| River Brigade | ARMED_GROUP | VLYREB | the Brigade | backed by hill-council | 2 |");
        // a table cell cannot break the table, nor can a name open raw HTML
        assertThat(md.substring(md.indexOf("## Events by article"))).contains(
                "### Shells fall on the lower valley (Valley Post)",
                "| 1 | 2031-04-08 | Fight with artillery and tanks (194) | River Brigade → unknown | reported | valley officials |");
        assertThat(md).containsPattern("\\\\<script>").doesNotContainPattern("[^\\\\]<");
    }

    @Test
    void htmlIsOneSelfContainedPageWithADotPerDatedEventOfTheStorysOwnTime() throws IOException {
        String html = write(BriefingWriter.Format.HTML);
        Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("Casus briefing");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[src], link[href]")).isEmpty();
        assertThat(page.select("svg circle")).hasSize(3);
        assertThat(page.select("svg circle title").eachText()).anySatisfy(title -> assertThat(title)
                .contains("Fight with artillery and tanks (194)").contains("3 articles, 2 sources"));
        assertThat(page.select("svg circle.conflict")).hasSize(2);
        // the planned visit is drawn outlined: it has not happened
        assertThat(page.select("svg circle.unreal")).hasSize(1);
        assertThat(page.select("svg circle.unreal title").text()).contains("Make a visit");
        assertThat(page.select("h3").eachText()).containsExactly("Timeline", "Background", "Undated",
                "Contradictions", "Sources", "Escalation by week", "Shells fall on the lower valley (Valley Post)");
        assertThat(page.select("td").eachText()).contains("River Brigade → <script>alert(1)</script>");
    }
}
