package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.casus.model.Contradiction;
import org.casus.model.ContradictionValue;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.SourceLineage;
import org.junit.jupiter.api.Test;

class EventReconcilerTest {
    private static final EventReconciler RECONCILER = new EventReconciler();
    private static final LocalDate MAY_3 = LocalDate.of(2023, 5, 3);
    private static final LocalDate MAY_4 = LocalDate.of(2023, 5, 4);
    private static final List<Entity> ENTITIES = List.of(
            entity("velmar", "COUNTRY"),
            entity("velmar-gov", "GOVERNMENT", "part_of:velmar"),
            entity("velmar-consulate", "GOVERNMENT", "part_of:velmar-gov"),
            entity("velmar-navy", "MILITARY", "part_of:velmar"),
            entity("northern-brigades", "ARMED_GROUP", "backed_by:osterland"),
            entity("dawn-battalion", "ARMED_GROUP", "backed_by:osterland"),
            entity("osterland", "COUNTRY"),
            entity("port-sira", "LOCATION", "located_in:kessia"),
            entity("kessia", "COUNTRY"),
            entity("orvada", "COUNTRY"),
            entity("lena-brandt", "PERSON"),
            entity("arno-veld", "PERSON", "member_of:velmar-gov"));

    private static Entity entity(String id, String type, String... affiliations) {
        return new Entity(id, id, type, Optional.empty(), List.of(), List.of(affiliations), List.of());
    }

    private static List<Event> reconcile(Reports r) {
        return RECONCILER.reconcile(r.mentions, r.articles(), ENTITIES, Map.of());
    }

    private static Event eventOf(List<Event> events, EventMention m) {
        return events.stream().filter(e -> e.mentions().contains(m.id())).findFirst().orElseThrow();
    }

    private static Reports shelling() {
        return new Reports()
                .article("a1", "Harbour Herald", MAY_4,
                        "Mortar shells struck the Velmar consulate in Port Sira on Tuesday, wounding two guards.")
                .mention("a1", 0, "struck", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-02", "on Tuesday").count("wounded", 2).add()
                .article("a2", "Coast Daily", MAY_4,
                        "Two guards were hurt when mortar shells hit the Velmar consulate in Port Sira on Tuesday.")
                .mention("a2", 0, "hit", "190").against("velmar-consulate").in("Port Sira")
                .on("2023-05-02", "on Tuesday").count("wounded", 2).add();
    }

    @Test
    void twoOutletsTellingOneShellingMakeOneEventWithTwoSources() {
        List<Event> events = reconcile(shelling());
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.mentions()).hasSize(2);
        assertThat(e.articles()).containsExactly("a1", "a2");
        assertThat(e.outlets()).containsExactly("Coast Daily", "Harbour Herald");
        assertThat(e.corroboration().independentSources()).isEqualTo(2);
        assertThat(e.date()).contains("2023-05-02");
        assertThat(e.datePrecision()).isEqualTo(Precision.DAY);
        assertThat(e.target()).contains("velmar-consulate");
        assertThat(e.quantities()).containsEntry("wounded", 2L);
        assertThat(e.contradictions()).isEmpty();
        assertThat(e.lineage()).extracting(SourceLineage::reason).containsExactly("own report", "own report");
    }

    @Test
    void copiedReportIsNotASecondSource() {
        Reports r = shelling().copy("a3", "a1", "Bay Wire", MAY_4);
        r.mention("a3", 0, "struck", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-02", "on Tuesday").count("wounded", 2).add();
        Event e = reconcile(r).get(0);
        assertThat(e.corroboration().articles()).isEqualTo(3);
        assertThat(e.corroboration().independentSources()).isEqualTo(2);
        assertThat(e.lineage()).filteredOn(l -> l.article().equals("a3")).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(SourceLineage.Kind.COPY);
            assertThat(l.source()).isEqualTo("Harbour Herald");
            assertThat(l.reason()).isEqualTo("copy of a1");
        });
    }

    @Test
    void retellingsThatCreditOneOutletCountAsThatOutlet() {
        Reports r = new Reports()
                .article("b1", "Hill Courier", MAY_4,
                        "Velmar navy gunboats shelled the harbour of Port Sira on Tuesday, Middle East Eye reported.")
                .mention("b1", 0, "shelled", "194").by("velmar-navy").in("Port Sira").on("2023-05-02", "on Tuesday").add()
                .article("b2", "Valley Voice", MAY_4,
                        "Gunboats of the Velmar navy shelled the Port Sira harbour on Tuesday, sailors told Middle East Eye.")
                .mention("b2", 0, "shelled", "194").by("velmar-navy").in("Port Sira").on("2023-05-02", "on Tuesday")
                .saidBy("sailors").add()
                .article("b3", "Coast Daily", MAY_4,
                        "The Velmar navy shelled Port Sira harbour on Tuesday, according to the Associated Press.")
                .mention("b3", 0, "shelled", "194").by("velmar-navy").in("Port Sira").on("2023-05-02", "on Tuesday").add()
                .article("b4", "Associated Press", MAY_4,
                        "Velmar gunboats shelled Port Sira harbour on Tuesday, residents said.")
                .mention("b4", 0, "shelled", "194").by("velmar-navy").in("Port Sira").on("2023-05-02", "on Tuesday")
                .saidBy("residents").add();
        Event e = reconcile(r).get(0);
        assertThat(e.corroboration().articles()).isEqualTo(4);
        assertThat(e.corroboration().independentSources()).isEqualTo(2);
        assertThat(e.lineage()).extracting(SourceLineage::source)
                .containsExactly("Middle East Eye", "Middle East Eye", "Associated Press", "Associated Press");
        assertThat(e.lineage()).extracting(SourceLineage::reason).containsExactly("credits Middle East Eye",
                "credits Middle East Eye", "credits Associated Press", "own report");
    }

    @Test
    void aReportThatCitesAnOutletEarlierCountsAsItWhenItSaysTheReportSaid() {
        Reports r = new Reports()
                .article("c1", null, MAY_4,
                        "The Kessia Times reported that the talks had stalled.",
                        "Mortars hit the Velmar consulate on Tuesday, the report said.")
                .mention("c1", 1, "hit", "194").against("velmar-consulate").on("2023-05-02", "on Tuesday")
                .saidBy("report").add();
        Event e = reconcile(r).get(0);
        assertThat(e.lineage().get(0).source()).isEqualTo("Kessia Times");
        assertThat(e.lineage().get(0).kind()).isEqualTo(SourceLineage.Kind.CREDIT);
    }

    @Test
    void theReportSaidPointsBackAtTheOutletCreditedLastBeforeIt() {
        Reports r = new Reports()
                .article("c1", null, MAY_4,
                        "The Coast Daily reported last month that the truce was fraying.",
                        "The Kessia Times reported that envoys had left Port Sira.",
                        "Mortars hit the Velmar consulate on Tuesday, the report said.")
                .mention("c1", 2, "hit", "194").against("velmar-consulate").on("2023-05-02", "on Tuesday")
                .saidBy("report").add();
        assertThat(reconcile(r).get(0).lineage().get(0).source()).isEqualTo("Kessia Times");
    }

    @Test
    void anArticleWithoutOutletIsItsOwnSource() {
        Reports r = new Reports().article("d1", null, MAY_4, "Mortars hit the Velmar consulate on Tuesday.")
                .mention("d1", 0, "hit", "194").against("velmar-consulate").on("2023-05-02", "on Tuesday").add();
        Event e = reconcile(r).get(0);
        assertThat(e.lineage().get(0).source()).isEqualTo("d1");
        assertThat(e.corroboration().independentSources()).isEqualTo(1);
    }

    @Test
    void stateDaysOneApartAreOneEventWithADateContradiction() {
        Reports r = shelling()
                .article("a3", "Bay Wire", MAY_4,
                        "On Wednesday mortar shells landed on the Velmar consulate compound in Port Sira.")
                .mention("a3", 0, "landed", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-03", "On Wednesday").add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(1);
        Contradiction date = events.get(0).contradictions().stream().filter(c -> c.field().equals("date"))
                .findFirst().orElseThrow();
        assertThat(date.values()).extracting(ContradictionValue::value).containsExactly("2023-05-02", "2023-05-03");
        assertThat(date.values().get(0).articles()).containsExactly("a1", "a2");
        assertThat(date.values().get(1).articles()).containsExactly("a3");
        // two sources against one: the day most sources give wins
        assertThat(events.get(0).date()).contains("2023-05-02");
    }

    @Test
    void aMonthAndADayInItDoNotContradict() {
        Reports r = shelling()
                .article("a3", "Bay Wire", MAY_4, "In May mortar shells struck the Velmar consulate in Port Sira.")
                .mention("a3", 0, "struck", "194").against("velmar-consulate").in("Port Sira").on("2023-05", "In May").add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).contradictions()).isEmpty();
        assertThat(events.get(0).date()).contains("2023-05-02");
    }

    @Test
    void differentCountsOfOneThingAreListedWithTheirArticles() {
        Reports r = new Reports()
                .article("e1", "Harbour Herald", MAY_4, "Three rockets struck the Velmar consulate in Port Sira on Tuesday.")
                .mention("e1", 0, "struck", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-02", "on Tuesday").count("rockets", 3).add()
                .article("e2", "Coast Daily", MAY_4, "Eight rockets struck the Velmar consulate in Port Sira on Tuesday.")
                .mention("e2", 0, "struck", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-02", "on Tuesday").count("rockets", 8).add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).contradictions()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("quantities.rockets");
            assertThat(c.values()).extracting(ContradictionValue::value).containsExactly("3", "8");
            assertThat(c.values()).extracting(v -> v.articles().get(0)).containsExactly("e1", "e2");
        });
    }

    private static Reports truce(LocalDate holding, LocalDate ended) {
        return new Reports()
                .article("t1", "Harbour Herald", holding,
                        "The truce between Velmar and the Northern Brigades is still holding, officials said.")
                .mention("t1", 0, "truce", "0871").by("velmar").against("northern-brigades").onPublicationDay().add()
                .article("t2", "Coast Daily", ended,
                        "The Velmar truce with the Northern Brigades had ended, fighters told reporters.")
                .mention("t2", 0, "truce", "0871").by("velmar").against("northern-brigades").onPublicationDay().add();
    }

    @Test
    void sourcesSayingOnOneDayThatATruceHoldsAndThatItEndedContradictOnItsState() {
        List<Event> events = reconcile(truce(MAY_4, MAY_4));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).contradictions()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("state");
            assertThat(c.values()).extracting(ContradictionValue::value).containsExactly("ended", "in place");
            assertThat(c.values()).extracting(v -> v.articles()).containsExactly(List.of("t2"), List.of("t1"));
        });
    }

    @Test
    void aTruceReportedHoldingDaysBeforeItEndedChangedRatherThanContradicts() {
        List<Event> events = reconcile(truce(MAY_3, LocalDate.of(2023, 5, 9)));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).contradictions()).isEmpty();
    }

    @Test
    void aTruceSaidToHaveEndedBeforeAReportThatItHoldsIsStillDisputed() {
        List<Event> events = reconcile(truce(LocalDate.of(2023, 5, 9), MAY_3));
        assertThat(events.get(0).contradictions()).extracting(Contradiction::field).containsExactly("state");
    }

    @Test
    void aHeadingOnAKillingIsNotPulledIntoTheNextSentencesKillingOfAnotherVictimByNearnessAlone() {
        Reports r = new Reports()
                .article("k1", "Bay Wire", MAY_4,
                        "Next week marks a year since the shooting of Arno Veld, the envoy.",
                        "Killing of Velmar scientist adds to tensions",
                        "The scientist was found dead in Port Sira last month.")
                .mention("k1", 0, "shooting", "1823").against("arno-veld").onPublicationDay().add()
                .mention("k1", 1, "Killing", "1823").against("velmar").onPublicationDay().add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(2);
    }

    @Test
    void nearSentencesOnOneVictimStillJoin() {
        Reports r = new Reports()
                .article("k2", "Bay Wire", MAY_4,
                        "Gunmen shot Arno Veld outside his hotel.",
                        "The killing shocked the capital.")
                .mention("k2", 0, "shot", "1823").against("arno-veld").onPublicationDay().add()
                .mention("k2", 1, "killing", "1823").onPublicationDay().add();
        assertThat(reconcile(r)).hasSize(1);
    }

    @Test
    void aClaimAndADenialByAnotherGroupAreOneAttackWithDisputedResponsibility() {
        Reports r = shelling()
                .article("f1", "Bay Wire", MAY_4,
                        "The Dawn Battalion said it fired the shells at the consulate in Port Sira.",
                        "The Northern Brigades denied any part in the shelling of the consulate.")
                .mention("f1", 0, "fired", "194").by("dawn-battalion").against("velmar-consulate").in("Port Sira")
                .onPublicationDay().saidBy("dawn-battalion").add()
                .mention("f1", 1, "shelling", "194").by("northern-brigades").against("velmar-consulate")
                .onPublicationDay().told(Modality.DENIED).add()
                .mention("f1", 1, "denied", "016").by("northern-brigades").told(Modality.DENIED).add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.mentions()).hasSize(5);
        assertThat(e.source()).contains("dawn-battalion");
        assertThat(e.modality().happened()).isTrue();
        assertThat(e.code()).isEqualTo("194");
        assertThat(e.contradictions()).filteredOn(c -> c.field().equals("responsibility")).singleElement()
                .satisfies(c -> assertThat(c.values()).extracting(ContradictionValue::value)
                        .containsExactly("claimed by dawn-battalion", "denied by northern-brigades"));
    }

    @Test
    void aClaimOfResponsibilityJoinsTheAttackItClaimsAndIsDisputedByADenial() {
        Reports r = shelling()
                .article("f1", "Bay Wire", MAY_4,
                        "Mortar shells struck the consulate in Port Sira on Tuesday.",
                        "The Dawn Battalion claimed responsibility.",
                        "The Northern Brigades denied any part in it.")
                .mention("f1", 0, "struck", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-02", "on Tuesday").add()
                .mention("f1", 1, "claimed", "015").by("dawn-battalion").add()
                .mention("f1", 2, "denied", "016").by("northern-brigades").told(Modality.DENIED).add();
        List<Event> events = reconcile(r);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("194");
            assertThat(e.contradictions()).filteredOn(c -> c.field().equals("responsibility")).singleElement()
                    .satisfies(c -> assertThat(c.values()).extracting(ContradictionValue::value)
                            .containsExactly("claimed by dawn-battalion", "denied by northern-brigades"));
        });
    }

    @Test
    void aThreatIsAnEventApartFromTheAttacks() {
        Reports r = shelling()
                .article("g1", "Bay Wire", MAY_4,
                        "Velmar warned it would strike the Northern Brigades if the shelling of its consulate went on.")
                .mention("g1", 0, "strike", "1384").by("velmar").against("northern-brigades")
                .onPublicationDay().told(Modality.THREATENED).add()
                .mention("g1", 0, "shelling", "194").against("velmar-consulate").onPublicationDay()
                .told(Modality.CONDITIONAL).add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(3);
        assertThat(eventOf(events, r.find("g1", "strike")).modality()).isEqualTo(Modality.THREATENED);
        assertThat(eventOf(events, r.find("g1", "shelling")).mentions()).hasSize(1);
        assertThat(eventOf(events, r.find("a1", "struck")).mentions()).hasSize(2);
    }

    @Test
    void warningsByTwoPeopleAreTwoThreatsHoweverAlikeTheirWords() {
        Reports r = new Reports()
                .article("w1", "Harbour Herald", MAY_4, "Lena Brandt warned that the war could spread to Kessia.")
                .mention("w1", 0, "warned", "130").by("lena-brandt").onPublicationDay().told(Modality.THREATENED).add()
                .article("w2", "Coast Daily", MAY_4, "Arno Veld warned that the war could spread to Kessia.")
                .mention("w2", 0, "warned", "130").by("arno-veld").onPublicationDay().told(Modality.THREATENED).add()
                .article("w3", "Bay Wire", MAY_4, "Lena Brandt warned on Tuesday that the war could spread.")
                .mention("w3", 0, "warned", "130").by("lena-brandt").on("2023-05-02", "on Tuesday")
                .told(Modality.THREATENED).add()
                .article("w4", "Port Times", MAY_4, "A warning that the war could spread to Kessia came on Tuesday.")
                .mention("w4", 0, "warning", "130").on("2023-05-02", "on Tuesday").told(Modality.THREATENED).add();
        List<Event> events = RECONCILER.reconcile(r.mentions, r.articles(), ENTITIES,
                Map.of("w1", "war", "w2", "war", "w3", "war", "w4", "war"));
        // a warning that names nobody may be either's, but it does not make the two one threat
        assertThat(eventOf(events, r.find("w1", "warned")).mentions())
                .contains(r.find("w3", "warned").id()).doesNotContain(r.find("w2", "warned").id());
    }

    @Test
    void attacksWeeksApartAreTwoEvents() {
        Reports r = shelling()
                .article("h1", "Bay Wire", LocalDate.of(2023, 6, 1),
                        "Mortar shells struck the Velmar consulate in Port Sira on 30 May, wounding two guards.")
                .mention("h1", 0, "struck", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-30", "on 30 May").count("wounded", 2).add();
        assertThat(reconcile(r)).hasSize(2);
    }

    @Test
    void attacksOnDifferentVictimsAreTwoEvents() {
        Reports r = shelling()
                .article("i1", "Bay Wire", MAY_4, "Mortar shells struck the Osterland trade office in Port Sira on Tuesday.")
                .mention("i1", 0, "struck", "194").against("osterland").in("Port Sira").on("2023-05-02", "on Tuesday").add();
        assertThat(reconcile(r)).hasSize(2);
    }

    @Test
    void aPartOfAnActorStandsForIt() {
        Reports r = shelling()
                .article("j1", "Bay Wire", MAY_4, "Velmar came under mortar fire in Port Sira on Tuesday.")
                .mention("j1", 0, "fire", "194").against("velmar").in("Port Sira").on("2023-05-02", "on Tuesday").add();
        assertThat(reconcile(r)).hasSize(1);
        // without the entities, the embassy and its country are strangers
        assertThat(RECONCILER.reconcile(r.mentions, r.articles())).hasSize(2);
    }

    @Test
    void aVisitAndTheMeetingItWasForAreOneEncounter() {
        Reports r = new Reports()
                .article("k1", "Harbour Herald", MAY_4, "Lena Brandt flew to Port Sira this week to meet the Northern Brigades.")
                .mention("k1", 0, "flew", "042").by("lena-brandt").against("port-sira").in("Port Sira")
                .on("2023-W18", "this week").add()
                .article("k2", "Coast Daily", MAY_4, "Lena Brandt met leaders of the Northern Brigades in Port Sira this week.")
                .mention("k2", 0, "met", "040").by("lena-brandt").against("northern-brigades").in("Port Sira")
                .on("2023-W18", "this week").add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).target()).contains("northern-brigades");
    }

    @Test
    void aKillingRecalledWithoutItsDateJoinsTheOneThatStatesIt() {
        Reports r = new Reports()
                .article("l1", "Harbour Herald", LocalDate.of(2023, 1, 6),
                        "Lena Brandt was killed by a car bomb in Port Sira on 5 January.")
                .mention("l1", 0, "killed", "1823").against("lena-brandt").in("Port Sira").on("2023-01-05", "on 5 January").add()
                .article("l2", "Coast Daily", MAY_4, "Months after the killing of Lena Brandt, Port Sira is quiet.")
                .mention("l2", 0, "killing", "1823").against("lena-brandt").onPublicationDay().add();
        assertThat(reconcile(r)).hasSize(1);
    }

    @Test
    void aKillingDatedByItsYearAndByItsDayTakesTheDay() {
        Reports r = new Reports()
                .article("l3", "Harbour Herald", MAY_4, "The killing of Lena Brandt early this year changed the city.")
                .mention("l3", 0, "killing", "1823").against("lena-brandt").on("2023", "early this year").add()
                .article("l5", "Bay Wire", MAY_4, "Lena Brandt, killed this year, is remembered in Port Sira.")
                .mention("l5", 0, "killed", "1823").against("lena-brandt").on("2023", "this year").add()
                .article("l4", "Coast Daily", MAY_4, "Lena Brandt was killed in Port Sira on 5 January.")
                .mention("l4", 0, "killed", "1823").against("lena-brandt").in("Port Sira").on("2023-01-05", "on 5 January")
                .add();
        List<Event> events = reconcile(r);
        assertThat(events).hasSize(1);
        // two sources give the year, one the day: the day lies within the year, so all agree and the
        // finer date stands
        assertThat(events.get(0).date()).contains("2023-01-05");
        assertThat(events.get(0).contradictions()).isEmpty();
    }

    @Test
    void anEventOnlyDeniedStaysDenied() {
        Reports r = new Reports().article("m1", "Harbour Herald", MAY_4,
                        "The Northern Brigades denied shelling the consulate on Tuesday.")
                .mention("m1", 0, "shelling", "194").by("northern-brigades").against("velmar-consulate")
                .on("2023-05-02", "on Tuesday").told(Modality.DENIED).add();
        Event e = reconcile(r).get(0);
        assertThat(e.modality()).isEqualTo(Modality.DENIED);
        assertThat(e.source()).contains("northern-brigades");
    }

    @Test
    void reportedOnlyThroughOthersIsReported() {
        Reports r = new Reports().article("n1", "Harbour Herald", MAY_4,
                        "Mortars hit the Velmar consulate on Tuesday, police said.")
                .mention("n1", 0, "hit", "194").against("velmar-consulate").on("2023-05-02", "on Tuesday")
                .saidBy("police").add();
        assertThat(reconcile(r).get(0).modality()).isEqualTo(Modality.REPORTED);
    }

    @Test
    void everyMentionIsInExactlyOneEventAndTheOrderOfInputChangesNothing() {
        Reports r = shelling()
                .article("o1", "Bay Wire", MAY_4, "Lena Brandt met the Northern Brigades in Port Sira on Tuesday.",
                        "The Northern Brigades denied the shelling.")
                .mention("o1", 0, "met", "040").by("lena-brandt").against("northern-brigades").on("2023-05-02", "on Tuesday").add()
                .mention("o1", 1, "denied", "016").by("northern-brigades").told(Modality.DENIED).add();
        List<Event> first = reconcile(r);
        List<EventMention> shuffled = new ArrayList<>(r.mentions);
        Collections.shuffle(shuffled, new Random(7));
        List<Event> second = RECONCILER.reconcile(shuffled, r.articles(), ENTITIES, Map.of());
        assertThat(second).isEqualTo(first);
        assertThat(first.stream().flatMap(e -> e.mentions().stream()))
                .containsExactlyInAnyOrderElementsOf(r.mentions.stream().map(EventMention::id).toList());
        assertThat(first).allSatisfy(e -> assertThat(e.id()).isEqualTo("e" + e.mentions().get(0)));
    }

    @Test
    void undatedArticlesNamingDaysWithoutTheYearStillDisputeTheDayAndKeepTwoAttacksApart() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null,
                        "On March 4, the Northern Brigades shelled the Velmar consulate in Port Sira.",
                        "An earlier barrage on the consulate came on January 9.")
                .mention("u1", 0, "shelled", "194").by("northern-brigades").against("velmar-consulate")
                .in("Port Sira").on("XXXX-03-04", "On March 4").add()
                .mention("u1", 1, "barrage", "194").against("velmar-consulate").on("XXXX-01-09", "on January 9").add()
                .article("u2", "Coast Daily", null,
                        "The Northern Brigades shelled the Velmar consulate in Port Sira on March 5.")
                .mention("u2", 0, "shelled", "194").by("northern-brigades").against("velmar-consulate")
                .in("Port Sira").on("XXXX-03-05", "on March 5").add();
        List<Event> events = reconcile(r);
        Event march = eventOf(events, r.find("u1", "shelled"));
        assertThat(march.mentions()).contains(r.find("u2", "shelled").id())
                .doesNotContain(r.find("u1", "barrage").id());
        assertThat(march.contradictions()).filteredOn(c -> c.field().equals("date")).singleElement()
                .satisfies(c -> assertThat(c.values()).extracting(ContradictionValue::value)
                        .containsExactly("XXXX-03-04", "XXXX-03-05"));
    }

    @Test
    void anOpeningDefinitePhraseTellsTheAttackItsArticleDatesLaterNotALookAlikeElsewhere() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null,
                        "Following the rocket attack on the Velmar consulate in Port Sira, ministers met in haste.",
                        "The ministers spoke for an hour.",
                        "Mortar shells struck the consulate on March 20.")
                .mention("u1", 0, "attack", "194").against("velmar-consulate").in("Port Sira").add()
                .mention("u1", 2, "struck", "194").against("velmar-consulate").on("XXXX-03-20", "on March 20").add()
                .article("u2", "Coast Daily", null,
                        "On January 9, a rocket attack on the Velmar consulate in Port Sira broke windows.")
                .mention("u2", 0, "attack", "194").against("velmar-consulate").in("Port Sira")
                .on("XXXX-01-09", "On January 9").add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("u1", "attack")).mentions())
                .containsExactlyInAnyOrder(r.find("u1", "attack").id(), r.find("u1", "struck").id());
        assertThat(eventOf(events, r.find("u2", "attack")).mentions()).containsExactly(r.find("u2", "attack").id());
    }

    @Test
    void theAttackTellsTheDatedAttackBeforeItRatherThanANearerClaimOfAnother() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null,
                        "On May 2, the Northern Brigades shelled the Velmar consulate in Port Sira.",
                        "The Dawn Battalion said it had fired on a navy patrol boat.",
                        "After the attack on the consulate, the city was closed.")
                .mention("u1", 0, "shelled", "194").by("northern-brigades").against("velmar-consulate")
                .on("XXXX-05-02", "On May 2").add()
                .mention("u1", 1, "fired", "194").by("dawn-battalion").against("velmar-navy").told(Modality.REPORTED)
                .saidBy("dawn-battalion").add()
                .mention("u1", 2, "attack", "194").add()
                .article("u2", "Coast Daily", null,
                        "On June 30, the attack on the Velmar consulate in Port Sira came at dawn.")
                .mention("u2", 0, "attack", "194").against("velmar-consulate").in("Port Sira")
                .on("XXXX-06-30", "On June 30").add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("u1", "attack")).mentions())
                .containsExactlyInAnyOrder(r.find("u1", "shelled").id(), r.find("u1", "attack").id());
    }

    @Test
    void anIndefiniteOrPluralNameIsNoReferenceBack() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null,
                        "On May 2, the Northern Brigades shelled the Velmar consulate in Port Sira.",
                        "Officials recalled a rocket attack on the navy, and the attacks of past years.")
                .mention("u1", 0, "shelled", "194").by("northern-brigades").against("velmar-consulate")
                .on("XXXX-05-02", "On May 2").add()
                .mention("u1", 1, "attack", "194").against("velmar-navy").add()
                .mention("u1", 1, "attacks", "190").add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("u1", "shelled")).mentions()).containsExactly(r.find("u1", "shelled").id());
    }

    @Test
    void anOwnersNameOfAnActTellsTheOneItsArticleToldBeforeItAndTheSameWordOverANearerKind() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null,
                        "Arno Veld arrived in Port Sira.",
                        "Veld, who also toured Orvada, met the king during his visit.",
                        "A meeting was held with the governor in Orvada.",
                        "Aides said this part of Veld's visit went well.")
                .mention("u1", 0, "arrived", "042").by("arno-veld").in("Port Sira", "port-sira").add()
                .mention("u1", 1, "toured", "042").by("arno-veld").against("orvada").in("Orvada", "orvada").add()
                .mention("u1", 1, "met", "040").by("arno-veld").in("Orvada", "orvada").add()
                .mention("u1", 1, "visit", "042").by("arno-veld").add()
                .mention("u1", 2, "meeting", "040").in("Orvada", "orvada").add()
                .mention("u1", 3, "visit", "042").by("arno-veld").told(Modality.REPORTED).saidBy("aides").add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("u1", "arrived")).mentions())
                .contains(r.find("u1", 1, "visit").id(), r.find("u1", 3, "visit").id())
                .doesNotContain(r.find("u1", "toured").id());
    }

    @Test
    void theSameDefinitePhraseAgainTellsTheActItNamedFarBackRatherThanANearerActOfAnotherWord() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null,
                        "Officials described the meeting in Port Sira as calm.",
                        "The harbour stayed open.", "Ferries ran late.", "Prices rose.", "Schools were shut.",
                        "Rain fell all week.", "The market was quiet.",
                        "Arno Veld visited Orvada the next day.",
                        "Aides who attended the meeting said little.")
                .mention("u1", 0, "meeting", "040").in("Port Sira", "port-sira").add()
                .mention("u1", 7, "visited", "042").by("arno-veld").against("orvada").in("Orvada", "orvada").add()
                .mention("u1", 8, "meeting", "040").add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("u1", 8, "meeting")).mentions())
                .contains(r.find("u1", 0, "meeting").id())
                .doesNotContain(r.find("u1", "visited").id());
    }

    @Test
    void theMeetingMayBeOneOfSeveralMeetingsToldBeforeRatherThanANearerActOfAnotherWord() {
        Reports r = new Reports()
                .article("m1", "Harbour Herald", null,
                        "Arno Veld arrived in Port Sira.",
                        "He held several meetings during his visit and later met the Orvada trade minister in Orvada.",
                        "A clerk briefed on the meeting said it went well.")
                .mention("m1", 0, "arrived", "042").by("arno-veld").against("port-sira").in("Port Sira", "port-sira").add()
                .mention("m1", 1, "meetings", "040").by("arno-veld").add()
                .mention("m1", 1, "visit", "042").by("arno-veld").add()
                .mention("m1", 1, "met", "040").by("arno-veld").against("orvada").in("Orvada", "orvada").add()
                .mention("m1", 2, "meeting", "040").add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("m1", 2, "meeting")).mentions())
                .contains(r.find("m1", "meetings").id())
                .doesNotContain(r.find("m1", "met").id());
    }

    @Test
    void anActDatedOnlyByItsYearMeetsAnUndatedTellingFromAnyDayOfThatYear() {
        Reports r = new Reports()
                .article("y1", "Harbour Herald", LocalDate.of(2023, 11, 20),
                        "Earlier in the year the Northern Brigades shelled the Velmar garrison.")
                .mention("y1", 0, "shelled", "194").by("northern-brigades").against("velmar-garrison")
                .on("2023", "Earlier in the year").add()
                .article("y2", "Coast Daily", null,
                        "The Northern Brigades shelled the Velmar garrison, and the siege went on.")
                .mention("y2", 0, "shelled", "194").by("northern-brigades").against("velmar-garrison").add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("y1", "shelled")).mentions()).contains(r.find("y2", "shelled").id());
    }

    @Test
    void aRunOfAttacksIsNoTellingOfTheAttackASentenceDates() {
        Reports r = new Reports()
                .article("a1", "Harbour Herald", MAY_4,
                        "Mortar shells struck the Velmar consulate in Port Sira on Tuesday.",
                        "Frequent attacks on the Velmar consulate in Port Sira in recent months have worn the staff down.")
                .mention("a1", 0, "struck", "194").against("velmar-consulate").in("Port Sira")
                .on("2023-05-02", "on Tuesday").add()
                .mention("a1", 1, "attacks", "194").against("velmar-consulate").in("Port Sira").onPublicationDay().add()
                .article("a2", "Coast Daily", MAY_4,
                        "The consulate in Port Sira has seen attacks on the Velmar mission for a year.")
                .mention("a2", 0, "attacks", "194").against("velmar-consulate").in("Port Sira").onPublicationDay().add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("a1", "struck")).mentions()).containsExactly(r.find("a1", "struck").id());
        // two outlets' runs of attacks on one target may be one run
        assertThat(eventOf(events, r.find("a1", "attacks")).mentions()).contains(r.find("a2", "attacks").id());
    }

    @Test
    void anActToldAsDoneAgainAndAgainIsARunNotOneUndatedAct() {
        Reports r = new Reports()
                .article("h1", "Harbour Herald", MAY_4,
                        "The Northern Brigades launched a missile attack on the Velmar consulate in response to the arrests.")
                .mention("h1", 0, "attack", "190").by("northern-brigades").against("velmar-consulate").onPublicationDay().add()
                .article("h2", "Coast Daily", MAY_4,
                        "For months the Northern Brigades have been launching rocket attacks on the Velmar consulate.")
                .mention("h2", 0, "launching", "194").by("northern-brigades").against("velmar-consulate").onPublicationDay().add()
                .article("h3", "Bay Wire", MAY_4,
                        "The Velmar consulate, whose walls the Northern Brigades have repeatedly shelled, stays open.")
                .mention("h3", 0, "shelled", "194").by("northern-brigades").against("velmar-consulate").onPublicationDay().add();
        List<Event> events = reconcile(r);
        assertThat(eventOf(events, r.find("h1", "attack")).mentions()).containsExactly(r.find("h1", "attack").id());
        assertThat(eventOf(events, r.find("h2", "launching")).mentions()).contains(r.find("h3", "shelled").id());
    }

    @Test
    void aDayWithoutItsYearTakesTheYearAnotherOutletStates() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null, "On May 2, mortar shells struck the Velmar consulate in Port Sira.")
                .mention("u1", 0, "struck", "194").against("velmar-consulate").in("Port Sira").on("XXXX-05-02", "On May 2").add()
                .article("d1", "Coast Daily", MAY_4, "Mortar shells hit the Velmar consulate in Port Sira on Tuesday.")
                .mention("d1", 0, "hit", "194").against("velmar-consulate").in("Port Sira").on("2023-05-02", "on Tuesday").add();
        List<Event> events = reconcile(r);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).contains("2023-05-02");
            assertThat(e.contradictions()).isEmpty();
        });
    }

    @Test
    void anUndatedDayIsNoEventThatAReportFromMonthsBeforeItTells() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null,
                        "On December 20, mortar shells struck the Velmar consulate in Port Sira.")
                .mention("u1", 0, "struck", "194").against("velmar-consulate").in("Port Sira").on("XXXX-12-20", "On December 20").add()
                .article("d1", "Coast Daily", MAY_4, "Mortar shells hit the Velmar consulate in Port Sira.")
                .mention("d1", 0, "hit", "194").against("velmar-consulate").in("Port Sira").onPublicationDay().add();
        assertThat(reconcile(r)).hasSize(2);
    }

    @Test
    void aDayWithoutItsYearTakesTheYearOfACoarserDateOfTheSameEvent() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null, "Lena Brandt was killed in a drone strike on January 3.")
                .mention("u1", 0, "killed", "1823").against("lena-brandt").on("XXXX-01-03", "on January 3").add()
                .article("d1", "Coast Daily", MAY_4, "The drone strike that killed Lena Brandt early in 2023 still angers her allies.")
                .mention("d1", 0, "killed", "1823").against("lena-brandt").on("2023", "early in 2023").add();
        assertThat(reconcile(r)).singleElement().satisfies(e -> assertThat(e.date()).contains("2023-01-03"));
    }

    @Test
    void aDayWithoutItsYearIsPlacedInTheWeeksBeforeADatedReportOfTheSameEvent() {
        Reports r = new Reports()
                .article("u1", "Harbour Herald", null, "On May 2, mortar shells struck the Velmar consulate in Port Sira.")
                .mention("u1", 0, "struck", "194").against("velmar-consulate").in("Port Sira").on("XXXX-05-02", "On May 2").add()
                .article("d1", "Coast Daily", MAY_4, "Mortar shells hit the Velmar consulate in Port Sira, wounding a guard.")
                .mention("d1", 0, "hit", "194").against("velmar-consulate").in("Port Sira").onPublicationDay().add();
        assertThat(reconcile(r)).singleElement().satisfies(e -> assertThat(e.date()).contains("2023-05-02"));
    }

    @Test
    void twoEventsOfOneSentenceThatTheCoderKeptApartStayApart() {
        Reports r = new Reports()
                .article("s1", "Harbour Herald", MAY_4,
                        "After the shelling of Port Sira, Lena Brandt was killed and the Northern Brigades struck back.")
                .mention("s1", 0, "shelling", "194").in("Port Sira").onPublicationDay().add()
                .mention("s1", 0, "killed", "1823").against("lena-brandt").onPublicationDay().add()
                .mention("s1", 0, "struck", "190").by("northern-brigades").onPublicationDay().add();
        assertThat(reconcile(r)).hasSize(3);
    }

    @Test
    void twoWordsOfOneSentenceForActsOfOneKindThatTheCoderKeptApartStayApart() {
        Reports r = new Reports()
                .article("s1", "Harbour Herald", MAY_4,
                        "Lena Brandt met Arno Veld and held several meetings with officials.")
                .mention("s1", 0, "met", "040").by("lena-brandt").against("arno-veld").onPublicationDay().add()
                .mention("s1", 0, "meetings", "040").by("lena-brandt").onPublicationDay().add();
        assertThat(reconcile(r)).hasSize(2);
    }

    @Test
    void visitsToTwoPlacesNeitherWithinTheOtherAreTwoTripsHoweverTheMeetingsChain() {
        Reports r = new Reports()
                .article("v1", "Harbour Herald", MAY_4,
                        "Lena Brandt visited Orvada before the talks.",
                        "Brandt was also meeting allies.")
                .mention("v1", 0, "visited", "042").by("lena-brandt").against("orvada").in("Orvada", "orvada").add()
                .mention("v1", 1, "meeting", "040").by("lena-brandt").add()
                .article("v2", "Coast Daily", MAY_4, "Lena Brandt held a meeting with allies in Port Sira this week.")
                .mention("v2", 0, "meeting", "040").by("lena-brandt").in("Port Sira", "port-sira").on("2023-W18", "this week").add()
                .article("v3", "Bay Wire", MAY_4, "Lena Brandt arrived in Port Sira, in Kessia, to meet allies.")
                .mention("v3", 0, "arrived", "042").by("lena-brandt").in("Port Sira", "port-sira").add();
        List<Event> events = reconcile(r);
        Event trip = eventOf(events, r.find("v3", "arrived"));
        assertThat(trip.mentions()).contains(r.find("v2", "meeting").id())
                .doesNotContain(r.find("v1", "visited").id());
    }

    @Test
    void aNamedGroupIsOneOfTheKindItsCodeNames() {
        List<Entity> entities = List.of(
                new Entity("vel", "Velmar", "COUNTRY", Optional.of("VEL"), List.of(), List.of(), List.of()),
                new Entity("vel-reb", "Velmar militia", "ARMED_GROUP", Optional.of("VELREB"), List.of(), List.of(), List.of()),
                new Entity("sira-front", "Sira Front", "ARMED_GROUP", Optional.of("VELREB"), List.of(), List.of(), List.of()),
                new Entity("lena-brandt", "Lena Brandt", "PERSON", Optional.empty(), List.of(), List.of(), List.of()));
        Reports r = new Reports()
                .article("g1", "Harbour Herald", MAY_4, "Lena Brandt met Velmar militias in Port Sira on Tuesday.")
                .mention("g1", 0, "met", "040").by("lena-brandt").against("vel-reb").on("2023-05-02", "on Tuesday").add()
                .article("g2", "Coast Daily", MAY_4, "Lena Brandt met the Sira Front in Port Sira on Tuesday.")
                .mention("g2", 0, "met", "040").by("lena-brandt").against("sira-front").on("2023-05-02", "on Tuesday").add();
        assertThat(RECONCILER.reconcile(r.mentions, r.articles(), entities, Map.of())).hasSize(1);
        assertThat(RECONCILER.reconcile(r.mentions, r.articles(), List.of(), Map.of())).hasSize(2);
    }

    @Test
    void meetingsOfTwoDifferentHostsDoNotChainThroughMeetingsWithoutOne() {
        Reports r = new Reports()
                .article("m1", "Harbour Herald", MAY_4,
                        "Lena Brandt held a meeting with the Northern Brigades.",
                        "The meeting ran late.")
                .mention("m1", 0, "meeting", "040").by("lena-brandt").against("northern-brigades").onPublicationDay().add()
                .mention("m1", 1, "meeting", "040").onPublicationDay().add()
                .article("m2", "Coast Daily", MAY_4, "Arno Veld held a meeting of his advisers.", "The meeting ran late.")
                .mention("m2", 0, "meeting", "040").by("arno-veld").onPublicationDay().add()
                .mention("m2", 1, "meeting", "040").onPublicationDay().add();
        List<Event> events = RECONCILER.reconcile(r.mentions, r.articles(), ENTITIES, Map.of("m1", "s", "m2", "s"));
        assertThat(eventOf(events, r.mentions.get(0)).mentions()).doesNotContain(r.mentions.get(2).id());
    }

    @Test
    void aPlaceWithinAnotherIsTheSamePlaceForTwoTellings() {
        Reports r = new Reports()
                .article("p1", "Harbour Herald", MAY_4, "Mortars hit the Velmar consulate by the docks overnight, harbour workers said.")
                .mention("p1", 0, "hit", "194").against("velmar-consulate").in("docks", "kessia").add()
                .article("p2", "Coast Daily", MAY_4, "Port Sira was hit on Tuesday.")
                .mention("p2", 0, "hit", "194").in("Port Sira", "port-sira").on("2023-05-02", "on Tuesday").add();
        assertThat(RECONCILER.reconcile(r.mentions, r.articles(), ENTITIES, Map.of("p1", "s", "p2", "s"))).hasSize(1);
    }

    @Test
    void eachDisputedCountSaysWhomItsArticlesCreditWithIt() {
        Reports r = new Reports()
                .article("c1", "Harbour Herald", MAY_4, "Three mortar shells hit the Velmar consulate in Port Sira on Tuesday.")
                .mention("c1", 0, "hit", "194").against("velmar-consulate").in("Port Sira").on("2023-05-02", "on Tuesday")
                .count("shells", 3).add()
                .article("c2", "Coast Daily", MAY_4, "Eight shells hit the Velmar consulate in Port Sira on Tuesday, the army said.")
                .mention("c2", 0, "hit", "194").against("velmar-consulate").in("Port Sira").on("2023-05-02", "on Tuesday")
                .count("shells", 8).saidBy("velmar-navy").add();
        Event e = reconcile(r).get(0);
        assertThat(e.contradictions()).filteredOn(c -> c.field().equals("quantities.shells")).singleElement()
                .satisfies(c -> {
                    assertThat(c.values()).extracting(ContradictionValue::value).containsExactly("3", "8");
                    assertThat(c.values()).extracting(ContradictionValue::saidBy)
                            .containsExactly(List.of(), List.of("velmar-navy"));
                });
    }

    @Test
    void aCountTheReportSaidIsSaidByTheOutletThatReportCredits() {
        Reports r = new Reports()
                .article("c1", "Harbour Herald", MAY_4, "Three mortar shells hit the Velmar consulate in Port Sira on Tuesday.")
                .mention("c1", 0, "hit", "194").against("velmar-consulate").in("Port Sira").on("2023-05-02", "on Tuesday")
                .count("shells", 3).add()
                .article("c2", null, MAY_4, "The Kessia Times reported on the night's events.",
                        "Eight shells hit the Velmar consulate in Port Sira on Tuesday, the report said.")
                .mention("c2", 1, "hit", "194").against("velmar-consulate").in("Port Sira").on("2023-05-02", "on Tuesday")
                .count("shells", 8).saidBy("report").add();
        Event e = reconcile(r).get(0);
        assertThat(e.contradictions()).filteredOn(c -> c.field().equals("quantities.shells")).singleElement()
                .satisfies(c -> assertThat(c.values()).extracting(ContradictionValue::saidBy)
                        .containsExactly(List.of(), List.of("Kessia Times")));
    }

    @Test
    void mentionsOfDifferentStoriesNeverMerge() {
        Reports r = shelling();
        List<Event> events = RECONCILER.reconcile(r.mentions, r.articles(), ENTITIES, Map.of("a1", "s1", "a2", "s2"));
        assertThat(events).hasSize(2);
    }

    @Test
    void aMentionFromAnUnknownArticleIsRefused() {
        Reports r = shelling();
        assertThatThrownBy(() -> RECONCILER.reconcile(r.mentions, List.of(r.articles.get("a1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a2");
    }
}
