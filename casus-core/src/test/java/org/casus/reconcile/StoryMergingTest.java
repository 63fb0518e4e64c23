package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Mentions of one story that name the act alike and disagree on nothing are one event, even when
 * they give no actors or dates to match on; what they do state (a place, a day, a person) keeps
 * distinct events of one kind apart.
 */
class StoryMergingTest {
    private static final EventReconciler RECONCILER = new EventReconciler();
    private static final LocalDate JUNE_9 = LocalDate.of(2023, 6, 9);
    private static final List<Entity> ENTITIES = List.of(
            person("lena-brandt", "Lena Brandt"),
            person("person:brandt", "Brandt"),
            person("karl-veld", "Karl Veld"),
            person("person:hollis", "Mara Hollis III"),
            person("person:hollis-short", "Hollis"),
            new Entity("org:harwick-mills", "Harwick Mills", "ORGANIZATION", Optional.empty(), List.of(), List.of(), List.of()),
            new Entity("harbour-police", "Harbour Police", "ORGANIZATION", Optional.empty(), List.of(), List.of(), List.of()),
            new Entity("northern-brigades", "Northern Brigades", "ARMED_GROUP", Optional.empty(), List.of(), List.of(), List.of()),
            new Entity("velmar-consulate", "Velmar consulate", "GOVERNMENT", Optional.empty(), List.of(), List.of(), List.of()));

    private static Entity person(String id, String name) {
        return new Entity(id, name, "PERSON", Optional.empty(), List.of(), List.of(), List.of());
    }

    /** Every article of {@code r} in one story. */
    private static List<Event> inOneStory(Reports r) {
        Map<String, String> story = new HashMap<>();
        r.articles.keySet().forEach(a -> story.put(a, "story-1"));
        return RECONCILER.reconcile(r.mentions, r.articles(), ENTITIES, story);
    }

    private static Reports twoShootings(String placeOne, String placeTwo) {
        Reports r = new Reports()
                .article("s1", "Harbour Herald", JUNE_9, "A gunman shot three clerks at a tax office on Monday morning.")
                .article("s2", "Coast Daily", JUNE_9, "Witnesses describe panic during the shooting, which left one dead.");
        Reports.Mention one = r.mention("s1", 0, "shot", "193");
        Reports.Mention two = r.mention("s2", 0, "shooting", "193");
        if (placeOne != null)
            one.in(placeOne);
        if (placeTwo != null)
            two.in(placeTwo);
        one.add();
        two.add();
        return r;
    }

    @Test
    void oneStoryNamingAShootingWithOneWordIsOneEvent() {
        Reports r = new Reports()
                .article("s1", "Harbour Herald", JUNE_9, "A gunman shot three clerks at a tax office in Troyville.")
                .mention("s1", 0, "shot", "193").in("Troyville").add()
                .article("s2", "Coast Daily", JUNE_9, "Witnesses describe panic during the shooting on Monday.")
                .mention("s2", 0, "shooting", "193").on("2023-06-05", "on Monday").add();
        assertThat(inOneStory(r)).hasSize(1);
    }

    @Test
    void aBareWordInAnotherArticleMayBeAnyOfTheStorysEvents() {
        assertThat(inOneStory(twoShootings("Troyville", null))).hasSize(2);
    }

    @Test
    void withoutAStoryTheWordAloneDoesNotJoinTwoReports() {
        Reports r = twoShootings(null, null);
        assertThat(RECONCILER.reconcile(r.mentions, r.articles(), ENTITIES, Map.of())).hasSize(2);
    }

    @Test
    void shootingsInDifferentPlacesOfOneStoryStayApart() {
        assertThat(inOneStory(twoShootings("Troyville", "Marden"))).hasSize(2);
    }

    @Test
    void shootingsOnDifferentStatedDaysOfOneStoryStayApart() {
        Reports r = new Reports()
                .article("s1", "Harbour Herald", JUNE_9, "A gunman shot three clerks at a tax office on 2 June.")
                .mention("s1", 0, "shot", "193").on("2023-06-02", "on 2 June").add()
                .article("s2", "Coast Daily", JUNE_9, "A second shooting, at a bank on Thursday, left one dead.")
                .mention("s2", 0, "shooting", "193").on("2023-06-08", "on Thursday").add();
        assertThat(inOneStory(r)).hasSize(2);
    }

    @Test
    void aPassiveHeadingWhoseOneActorIsTheOtherReportsArrestedPersonIsOneArrest() {
        Reports r = new Reports()
                .article("h1", "Harbour Herald", JUNE_9, "Lena Brandt arrested after harbour crash")
                .mention("h1", 0, "arrested", "173").by("lena-brandt").add()
                .article("h2", "Coast Daily", JUNE_9, "Harbour police arrested Lena Brandt late on Tuesday night.")
                .mention("h2", 0, "arrested", "173").by("harbour-police").against("lena-brandt").add();
        List<Event> events = inOneStory(r);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).target()).contains("lena-brandt");
    }

    @Test
    void aPassiveHeadingNamingSomeoneTheOtherReportDoesNotNameStaysApart() {
        Reports r = new Reports()
                .article("h1", "Harbour Herald", JUNE_9, "Lena Brandt arrested after harbour crash")
                .mention("h1", 0, "arrested", "173").by("lena-brandt").add()
                .article("h2", "Coast Daily", JUNE_9, "Harbour police arrested Karl Veld late on Tuesday night.")
                .mention("h2", 0, "arrested", "173").by("harbour-police").against("karl-veld").add();
        assertThat(inOneStory(r)).hasSize(2);
    }

    @Test
    void aPlannedVisitAndTheVisitAreOneEncounterThatHappened() {
        Reports r = new Reports()
                .article("v1", "Harbour Herald", JUNE_9, "Lena Brandt will visit the northern ports next month.")
                .mention("v1", 0, "visit", "042").by("lena-brandt").told(Modality.PLANNED).add()
                .article("v2", "Coast Daily", JUNE_9, "Brandt's tour of the northern ports drew large crowds.")
                .mention("v2", 0, "tour", "042").by("lena-brandt").add();
        List<Event> events = inOneStory(r);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).modality().happened()).isTrue();
    }

    @Test
    void aPlannedShellingStaysApartFromTheShelling() {
        Reports r = new Reports()
                .article("p1", "Harbour Herald", JUNE_9, "The Northern Brigades plan to shell the Velmar consulate again.")
                .mention("p1", 0, "shell", "194").by("northern-brigades").against("velmar-consulate")
                .told(Modality.PLANNED).add()
                .article("p2", "Coast Daily", JUNE_9, "The Northern Brigades shelled the Velmar consulate.")
                .mention("p2", 0, "shelled", "194").by("northern-brigades").against("velmar-consulate").add();
        assertThat(inOneStory(r)).hasSize(2);
    }

    @Test
    void aPersonNamedBySurnameInOneReportIsTheOneNamedInFullInAnother() {
        Reports r = new Reports()
                .article("n1", "Harbour Herald", JUNE_9, "Police detained Brandt outside the courthouse.")
                .mention("n1", 0, "detained", "173").against("person:brandt").add()
                .article("n2", "Coast Daily", JUNE_9, "Officers detained Lena Brandt on a charge of fraud.")
                .mention("n2", 0, "detained", "173").against("lena-brandt").add()
                .article("n3", "Bay Wire", JUNE_9, "Hollis was detained at the airport.")
                .mention("n3", 0, "detained", "173").against("person:hollis-short").add()
                .article("n4", "Bay Wire", JUNE_9, "Officers detained Mara Hollis III at the border.")
                .mention("n4", 0, "detained", "173").against("person:hollis").add();
        List<Event> events = inOneStory(r);
        assertThat(events).hasSize(2);
        assertThat(events).anySatisfy(e -> assertThat(e.mentions())
                .containsExactlyInAnyOrder(r.find("n1", "detained").id(), r.find("n2", "detained").id()));
    }

    @Test
    void aSurnameThatIsNotTheOtherPersonsStaysApart() {
        Reports r = new Reports()
                .article("n1", "Harbour Herald", JUNE_9, "Police detained Brandt outside the courthouse.")
                .mention("n1", 0, "detained", "173").against("person:brandt").add()
                .article("n2", "Coast Daily", JUNE_9, "Officers detained Karl Veld on a charge of fraud.")
                .mention("n2", 0, "detained", "173").against("karl-veld").add();
        assertThat(inOneStory(r)).hasSize(2);
    }

    private static Reports shootingAt(String firstTarget) {
        return new Reports()
                .article("w1", "Harbour Herald", JUNE_9, "A sacked worker shot at the offices of his former employer.")
                .mention("w1", 0, "shot", "193").against(firstTarget).add()
                .article("w2", "Coast Daily", JUNE_9, "The gunman shot Lena Brandt, a clerk, in the lobby.")
                .mention("w2", 0, "shot", "193").against("lena-brandt").add();
    }

    @Test
    void aShootingAtAnUnlistedFirmAndAtAPersonThereAreOneShooting() {
        assertThat(inOneStory(shootingAt("org:harwick-mills"))).hasSize(1);
    }

    @Test
    void aShootingAtAListedBodyAndAtAPersonStayApart() {
        assertThat(inOneStory(shootingAt("velmar-consulate"))).hasSize(2);
    }

    @Test
    void anotherMeetingIsNoneOfTheMeetingsToldBeforeItNorAnyOfTheStorys() {
        Reports r = new Reports()
                .article("s1", "Harbour Herald", JUNE_9, "The envoys met at the Velmar consulate on Monday.")
                .mention("s1", 0, "met", "040").in("the Velmar consulate").on("2023-06-05", "on Monday").add()
                .article("s2", "Coast Daily", JUNE_9,
                        "The envoy held a meeting in the old port.",
                        "Another meeting was held with Lena Brandt.")
                .mention("s2", 0, "meeting", "040").in("the old port").add()
                .mention("s2", 1, "meeting", "040").against("lena-brandt").add();
        List<Event> events = inOneStory(r);
        EventMention another = r.mentions.get(2);
        assertThat(events).filteredOn(e -> e.mentions().contains(another.id())).singleElement()
                .satisfies(e -> assertThat(e.mentions()).containsExactly(another.id()));
    }
}
