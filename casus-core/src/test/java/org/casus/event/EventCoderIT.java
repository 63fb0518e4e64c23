package org.casus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.EventMention;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event coder on two fixture articles written for it, one sentence per behaviour. */
class EventCoderIT {
    private static FixtureArticles.Coded rockets;
    private static FixtureArticles.Coded talks;
    private static FixtureArticles.Coded envoys;
    private static FixtureArticles.Coded dated;
    private static FixtureArticles.Coded sent;
    private static FixtureArticles.Coded followUps;
    private static FixtureArticles.Coded visits;
    private static FixtureArticles.Coded owned;
    private static FixtureArticles.Coded openings;
    private static FixtureArticles.Coded quoted;
    private static FixtureArticles.Coded frames;
    private static FixtureArticles.Coded narrative;

    @BeforeAll
    static void code() {
        rockets = FixtureArticles.code("consulate-rockets.txt", LocalDate.of(2021, 3, 12));
        talks = FixtureArticles.code("border-talks.txt", LocalDate.of(2022, 5, 20));
        envoys = FixtureArticles.code("envoy-pronouns.txt", LocalDate.of(2023, 2, 6));
        dated = FixtureArticles.code("dated-clauses.txt", LocalDate.of(2024, 4, 10));
        sent = FixtureArticles.code("sent-envoys.txt", LocalDate.of(2024, 4, 10));
        followUps = FixtureArticles.code("follow-up-counts.txt", LocalDate.of(2024, 6, 9));
        visits = FixtureArticles.code("visit-meetings.txt", LocalDate.of(2024, 6, 12));
        owned = FixtureArticles.code("owned-places.txt", LocalDate.of(2024, 6, 12));
        openings = FixtureArticles.code("long-openings.txt", LocalDate.of(2024, 6, 12));
        quoted = FixtureArticles.code("quoted-messages.txt", LocalDate.of(2024, 6, 10));
        frames = FixtureArticles.code("argument-frames.txt", LocalDate.of(2024, 6, 12));
        narrative = FixtureArticles.code("narrative-time.txt", LocalDate.of(2024, 6, 12));
    }

    @Test
    void codesARocketAttackWithTargetPlaceDateCountsAndReporter() {
        EventMention m = rockets.one("On Tuesday", "fired");
        assertThat(m.code()).isEqualTo("194");
        assertThat(m.type().label()).isEqualTo("Fight with artillery and tanks");
        assertThat(m.type().goldstein()).isEqualTo(-10.0);
        assertThat(m.type().plover()).contains("ASSAULT");
        assertThat(m.target()).contains("tur");
        assertThat(m.location()).contains("Mosul");
        assertThat(m.date()).contains("2021-03-09");
        assertThat(m.datePrecision()).isEqualTo(Precision.DAY);
        assertThat(m.dateText()).isEqualTo("Tuesday");
        assertThat(m.quantities()).isEqualTo(Map.of("rockets", 6L, "killed", 2L, "wounded", 4L));
        assertThat(m.modality()).isEqualTo(Modality.REPORTED);
        assertThat(m.attributedTo()).contains("police officials");
        // the killing and the wounding are the attack's toll, not events of their own
        assertThat(rockets.in("On Tuesday")).hasSize(1);
    }

    @Test
    void doersNamedTogetherWhoHoldTheirTalksWithNoOneElseTalkWithEachOther() {
        assertThat(talks.in("Jordan and Iraq held")).extracting(m -> m.source().orElse("") + ">" + m.target().orElse(""))
                .containsExactlyInAnyOrder("jor>irq", "irq>jor");
        assertThat(talks.in("Jordan and Iraq postponed")).extracting(m -> m.source().orElse("") + ">" + m.target().orElse(""))
                .containsExactlyInAnyOrder("jor>irq", "irq>jor");
        // a condemnation is of something else, not of each other
        assertThat(talks.in("Jordan and Iraq condemned")).allSatisfy(m -> assertThat(m.target()).isEmpty());
    }

    @Test
    void whatTheArticleSaysOnlyAllegedlyOrReportedlyHappenedIsReported() {
        assertThat(talks.one("The minister shared", "fired").modality()).isEqualTo(Modality.REPORTED);
        assertThat(talks.one("Syrian gunners reportedly", "shelled").modality()).isEqualTo(Modality.REPORTED);
    }

    @Test
    void aDeniedAttackIsDeniedAndAttributedToTheDenier() {
        EventMention m = rockets.one("Kataib Hezbollah denied", "launched");
        assertThat(m.modality()).isEqualTo(Modality.DENIED);
        assertThat(m.source()).contains("kataib-hezbollah");
        assertThat(m.attributedTo()).contains("kataib-hezbollah");
        assertThat(rockets.in("Kataib Hezbollah denied")).hasSize(1);
    }

    @Test
    void aClaimOfResponsibilityMakesTheClaimantTheAttacker() {
        EventMention claim = rockets.one("Kataib Sayyid", "claimed");
        assertThat(claim.code()).isEqualTo("015");
        assertThat(claim.type().plover()).isEmpty(); // PLOVER dropped CAMEO root 01
        EventMention attack = rockets.one("Kataib Sayyid", "attack");
        assertThat(attack.source()).contains("kataib-sayyid-al-shuhada");
        assertThat(attack.modality()).isEqualTo(Modality.REPORTED);
        assertThat(attack.attributedTo()).contains("kataib-sayyid-al-shuhada");
    }

    @Test
    void anActSaidNotToHaveHappenedIsNegated() {
        EventMention m = rockets.one("Turkey did not", "retaliate");
        assertThat(m.source()).contains("tur");
        assertThat(m.modality()).isEqualTo(Modality.NEGATED);
    }

    @Test
    void aStrikePromisedIfAnotherRocketHitsIsAThreatAndTheRocketAConditionNotAnAttack() {
        assertThat(rockets.one("If another rocket", "strike").modality()).isEqualTo(Modality.THREATENED);
        assertThat(rockets.one("If another rocket", "hits").modality()).isEqualTo(Modality.CONDITIONAL);
        assertThat(rockets.one("If another rocket", "warned").modality()).isEqualTo(Modality.THREATENED);
        assertThat(rockets.in("If another rocket")).noneMatch(m -> m.modality().happened());
    }

    @Test
    void blameHeldOutIfADiplomatDiesIsAThreatNotAnAccusation() {
        EventMention m = rockets.one("If a Turkish diplomat", "hold");
        assertThat(m.code()).isEqualTo("112");
        assertThat(m.target()).contains("irq");
        assertThat(m.modality()).isEqualTo(Modality.THREATENED);
    }

    @Test
    void clashesInsideAnIfClauseAreConditionalAndAidAgenciesAreNoAid() {
        assertThat(rockets.in("If clashes")).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("190");
            assertThat(m.modality()).isEqualTo(Modality.CONDITIONAL);
        });
    }

    @Test
    void aPlannedDeploymentIsPlannedWithItsRelativeDateAndSize() {
        EventMention m = rockets.one("The Iraqi government plans", "send");
        assertThat(m.code()).isEqualTo("154");
        assertThat(m.source()).contains("irq");
        assertThat(m.modality()).isEqualTo(Modality.PLANNED);
        assertThat(m.date()).contains("2021-W11");
        assertThat(m.datePrecision()).isEqualTo(Precision.WEEK);
        assertThat(m.dateText()).isEqualTo("next week");
        assertThat(m.quantities()).containsEntry("troops", 500L);
        assertThat(m.location()).contains("Mosul");
    }

    @Test
    void aPlanCalledOffIsNegatedAndNeverARaid() {
        EventMention m = rockets.one("Last month", "raid");
        assertThat(m.modality()).isEqualTo(Modality.NEGATED);
        assertThat(m.date()).contains("2021-02");
        assertThat(m.datePrecision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void aMeetingAccordingToOfficialsIsReportedAndDatedByYesterday() {
        EventMention m = rockets.one("According to local officials", "met");
        assertThat(m.code()).isEqualTo("040");
        assertThat(m.source()).contains("tur");
        assertThat(m.target()).contains("mustafa-al-kadhimi");
        assertThat(m.location()).contains("Baghdad");
        assertThat(m.date()).contains("2021-03-11");
        assertThat(m.dateText()).isEqualTo("yesterday");
        assertThat(m.modality()).isEqualTo(Modality.REPORTED);
        assertThat(m.attributedTo()).contains("local officials");
    }

    @Test
    void aCutFromOneCountToAnotherKeepsBoth() {
        EventMention m = rockets.one("Iraq reduced", "reduced");
        assertThat(m.code()).isEqualTo("0874");
        assertThat(m.quantities()).isEqualTo(Map.of("troops_from", 4000L, "troops_to", 3200L));
    }

    @Test
    void aQuestionIsHypothetical() {
        assertThat(rockets.one("Could the militia", "attack").modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void onlyTheReportedAndClaimedAttacksAreViolenceThatHappened() {
        List<Integer> sentences = rockets.mentions().stream()
                .filter(m -> m.type().root().compareTo("18") >= 0 && m.modality().happened())
                .map(EventMention::sentence).distinct().toList();
        assertThat(sentences).containsExactly(0, 2);
    }

    @Test
    void anAppealToCeaseAttacksIsAnAppealForDeEscalationNotAnAttack() {
        assertThat(talks.in("Jordan urged")).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("0256");
            assertThat(m.source()).contains("jor");
            assertThat(m.target()).contains("syr");
            assertThat(m.modality()).isEqualTo(Modality.REPORTED);
            assertThat(m.attributedTo()).contains("Jordanian foreign ministry");
            assertThat(m.date()).contains("2022-05-19");
        });
    }

    @Test
    void signingAnAgreementNamesTheOtherPartyThePlaceAndTheDayBefore() {
        EventMention m = talks.one("Two days ago", "signed");
        assertThat(m.code()).isEqualTo("057");
        assertThat(m.type().plover()).contains("SUPPORT");
        assertThat(m.source()).contains("syr");
        assertThat(m.target()).contains("jor");
        assertThat(m.location()).contains("Amman");
        assertThat(m.date()).contains("2022-05-18");
        assertThat(m.dateText()).isEqualTo("Two days ago");
    }

    @Test
    void aReleaseCountsThePrisonersAndCreditsTheEnvoy() {
        EventMention m = talks.one("The Syrian government", "released");
        assertThat(m.code()).isEqualTo("0841");
        assertThat(m.type().ploverMode()).contains("release");
        assertThat(m.quantities()).isEqualTo(Map.of("released", 12L));
        assertThat(m.date()).contains("2022-05-19");
        assertThat(m.modality()).isEqualTo(Modality.REPORTED);
        assertThat(m.attributedTo()).contains("Jordanian envoy");
    }

    @Test
    void offersRejectionsHostingAndCallsGetTheirOwnCodes() {
        assertThat(talks.one("Egypt offered", "offered").code()).isEqualTo("039");
        assertThat(talks.one("Syria rejected", "rejected").code()).isEqualTo("127");
        EventMention host = talks.one("Lebanon's president", "host");
        assertThat(host.code()).isEqualTo("043");
        assertThat(host.source()).contains("lbn");
        assertThat(host.modality()).isEqualTo(Modality.PLANNED);
        EventMention call = talks.one("The United Nations", "called");
        assertThat(call.code()).isEqualTo("0256");
        assertThat(call.source()).contains("un");
    }

    @Test
    void aSentenceWithoutADateTakesThePublicationDateWithNoDateText() {
        EventMention m = talks.one("Syria rejected", "rejected");
        assertThat(m.date()).contains("2022-05-20");
        assertThat(m.datePrecision()).isEqualTo(Precision.DAY);
        assertThat(m.dateText()).isEmpty();
    }

    @Test
    void anActToldInThePastRightAfterADatedSentenceHappenedThenNotOnTheReportsDay() {
        for (String act : List.of("killed", "arrested")) {
            EventMention m = narrative.one("They killed", act);
            assertThat(m.date()).as(act).contains("2019-03");
            assertThat(m.datePrecision()).as(act).isEqualTo(Precision.MONTH);
            assertThat(m.dateText()).as(act).isEqualTo("March 2019");
        }
        // a present perfect tells the news of the day
        EventMention since = narrative.one("The army", "arrested");
        assertThat(since.date()).contains("2024-06-12");
        assertThat(since.dateText()).isEmpty();
    }

    @Test
    void withoutAPublicationDateRelativeDatesAndUndatedEventsStayUndated() {
        FixtureArticles.Coded undated = FixtureArticles.code("border-talks.txt", null);
        EventMention rejected = undated.one("Syria rejected", "rejected");
        assertThat(rejected.date()).isEmpty();
        assertThat(rejected.datePrecision()).isEqualTo(Precision.UNKNOWN);
        assertThat(undated.one("Two days ago", "signed").date()).isEqualTo(Optional.empty());
    }

    @Test
    void aPronounStandsForThePersonNamedInTheSentenceBefore() {
        EventMention m = envoys.one("He held talks", "talks");
        assertThat(m.source()).contains("hassan-nasrallah");
        assertThat(m.target()).contains("bashar-al-assad");
    }

    @Test
    void aDescriptionWithTheStandsForTheActorNamedBefore() {
        assertThat(envoys.one("The leader called", "called").source()).contains("ali-khamenei");
        EventMention fired = envoys.one("Kataib Hezbollah said", "fired");
        assertThat(fired.source()).contains("kataib-hezbollah");
        assertThat(fired.target()).contains("tur");
    }

    @Test
    void theBackerOfAGroupIsNotItsDoerAndAPlaceNamesItsOwnerAsTarget() {
        EventMention m = envoys.one("Iran-backed militias", "fired");
        assertThat(m.source()).isEmpty();
        assertThat(m.target()).contains("irq");
    }

    @Test
    void rocketsFiredByNoOneNamedHaveNoSourceButTheEmbassysCountryAsTarget() {
        EventMention m = envoys.one("Rockets were fired", "fired");
        assertThat(m.source()).isEmpty();
        assertThat(m.target()).contains("usa");
    }

    @Test
    void anAttackTargetingAPlaceHasItsOwnerAsTarget() {
        assertThat(envoys.one("The rocket attack targeting", "attack").target()).contains("tur");
    }

    @Test
    void whoIsSaidToBeBehindAnAttackIsItsDoer() {
        EventMention m = envoys.one("A Jordanian minister said", "bombing");
        assertThat(m.source()).contains("syr");
        assertThat(m.modality()).isEqualTo(Modality.REPORTED);
    }

    @Test
    void aKillingWithoutANamedKillerIsDoneByWhoeverTheMeansBelongsTo() {
        EventMention m = envoys.one("A Turkish officer", "killed");
        assertThat(m.source()).contains("irn");
        assertThat(m.target()).contains("tur");
    }

    @Test
    void aWarningGivenByADeedIsTheDoersWarning() {
        EventMention m = envoys.one("Jordan sent troops", "warning");
        assertThat(m.source()).contains("jor");
        assertThat(m.target()).contains("syr");
        assertThat(m.modality()).isEqualTo(Modality.THREATENED);
    }

    @Test
    void aMeetingAtABuildingIsHeldThereNotWithItsOwner() {
        EventMention m = envoys.one("The Syrian delegation", "met");
        assertThat(m.target()).isEmpty();
        assertThat(m.location()).contains("White House");
    }

    @Test
    void aDateOfTheRaidAClaimAnswersDoesNotDateTheClaimedShelling() {
        EventMention shelling = dated.one("On Sunday, Kataib Sayyid", "shelled");
        assertThat(shelling.source()).contains("kataib-sayyid-al-shuhada");
        // the raid's evening is the raid's, and a past perfect puts the shelling before Sunday's statement
        assertThat(shelling.dateText()).isEmpty();
        assertThat(shelling.date()).contains("2024-04-10");
        assertThat(dated.one("On Sunday, Kataib Sayyid", "raid").dateText()).isEqualTo("the previous evening");
    }

    @Test
    void aDenialIsNotDatedByTheTruceItMentions() {
        List<EventMention> mentions = dated.in("Kataib Hezbollah denied");
        assertThat(mentions).filteredOn(m -> m.modality() == Modality.DENIED).isNotEmpty()
                .allSatisfy(m -> assertThat(m.dateText()).isEmpty());
        EventMention truce = dated.one("Kataib Hezbollah denied", "agreed");
        assertThat(truce.code()).isEqualTo("0871");
        assertThat(truce.date()).contains("2024-03");
    }

    @Test
    void theDayOfAnInterviewDoesNotDateTheTruceItSaysHadEnded() {
        EventMention truce = dated.one("A Badr commander", "truce");
        assertThat(truce.dateText()).isEmpty();
        assertThat(truce.date()).contains("2024-04-10");
    }

    @Test
    void theStartOfAStretchOfTimeDoesNotDateAnEventInIt() {
        EventMention attack = dated.one("Gunmen attacked", "attacked");
        assertThat(attack.dateText()).isEmpty();
        assertThat(attack.date()).contains("2024-04-10");
        assertThat(dated.one("The navy thwarted", "attack").dateText()).isEmpty();
        // a year that only says what a thing is
        assertThat(dated.one("A woman was struck", "struck").dateText()).isEmpty();
    }

    @Test
    void theYearOfAnOccasionAnActIsDoneAtDatesTheAct() {
        EventMention hosted = dated.one("Qatar hosted", "hosted");
        assertThat(hosted.date()).contains("2022");
        assertThat(hosted.dateText()).isEqualTo("2022");
    }

    @Test
    void aSecondPastVerbOfOneSubjectGoesOnInTheTimeOfTheFirst() {
        EventMention sanctions = dated.one("Canada withdrew", "sanctions");
        assertThat(sanctions.date()).contains("2016");
        assertThat(sanctions.dateText()).isEqualTo("2016");
    }

    @Test
    void aChargeOfMurderIsALegalActionNotAKilling() {
        assertThat(dated.one("A Syrian guard", "charged").code()).isEqualTo("173");
        assertThat(dated.in("A Syrian guard")).noneMatch(m -> m.code().equals("1823"));
    }

    @Test
    void aRelativeWhoThatSaidItStandsForThePersonItDescribes() {
        EventMention truce = dated.one("The plan was disputed", "truce");
        assertThat(truce.attributedTo()).hasValueSatisfying(a -> assertThat(a).contains("Omar Saleh"));
    }

    @Test
    void aKillingNamedInASideClauseIsNotDatedByTheMainClause() {
        EventMention m = dated.one("As the anniversary", "assassination");
        assertThat(m.dateText()).isEmpty();
        assertThat(m.date()).contains("2024-04-10");
    }

    @Test
    void aReportedEventTakesTheDayItIsReportedOnAndItsOwnDateFirst() {
        EventMention reported = dated.one("Police said on Monday", "shelled");
        assertThat(reported.modality()).isEqualTo(Modality.REPORTED);
        assertThat(reported.date()).contains("2024-04-08");
        assertThat(dated.one("A Turkish drone struck", "struck").date()).contains("2024-04-09");
    }

    @Test
    void whoIsDispatchedSomewhereVisitsThoseTheErrandIsFor() {
        EventMention m = sent.one("Washington dispatched", "dispatched");
        assertThat(m.code()).isEqualTo("042");
        assertThat(m.source()).contains("mike-pompeo");
        assertThat(m.target()).contains("jor");
        assertThat(m.location()).contains("Amman");
        assertThat(m.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void whoIsSentToACityVisitsItAndTroopsSentAreADeployment() {
        EventMention visit = sent.one("Mike Pompeo was sent", "sent");
        assertThat(visit.code()).isEqualTo("042");
        assertThat(visit.source()).contains("mike-pompeo");
        assertThat(visit.target()).contains("syr-gov");
        assertThat(sent.one("Turkey sent 300", "sent").code()).isEqualTo("154");
    }

    @Test
    void whatAVisitWasAimedAtIsItsPurposeNotAPlannedVisit() {
        EventMention m = sent.one("The secretary's visit", "visit");
        assertThat(m.code()).isEqualTo("042");
        assertThat(m.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void rocketsFiredByAMilitiaHitWhereTheyLandAndItsBackerIsNoParty() {
        EventMention m = sent.one("Rockets fired by", "fired");
        assertThat(m.source()).contains("syr");
        assertThat(m.target()).contains("jor");
        assertThat(sent.in("Rockets fired by")).noneMatch(o -> o.target().equals(Optional.of("irn"))
                || o.source().equals(Optional.of("irn")));
    }

    @Test
    void aSentenceThatOnlyCountsTheRocketsOfTheAttackJustToldIsAnotherMentionOfIt() {
        EventMention barrage = followUps.one("Militants fired", "fired");
        EventMention count = followUps.in("Three rockets").stream().filter(m -> m.code().equals(barrage.code()))
                .findFirst().orElseThrow(() -> new AssertionError(followUps.in("Three rockets")));
        assertThat(count.quantities()).isEqualTo(Map.of("rockets", 3L));
        assertThat(count.location()).isEqualTo(barrage.location());
        assertThat(count.date()).isEqualTo(barrage.date()).isPresent();
        assertThat(count.modality()).isEqualTo(barrage.modality());
    }

    @Test
    void aCountOfPartOfTheShellsOrOfTroopsIsNoFollowUp() {
        assertThat(followUps.in("Two of the shells")).noneMatch(m -> m.quantities().containsKey("shells"));
        assertThat(followUps.in("About 3,000 troops")).isEmpty();
    }

    @Test
    void whatTheShellsOfTheAttackJustToldKilledIsThatAttacksToll() {
        EventMention attack = followUps.one("Gunmen fired", "fired");
        EventMention toll = followUps.one("A few of the shells", "killed");
        assertThat(toll.code()).isEqualTo(attack.code());
        assertThat(toll.location()).isEqualTo(attack.location());
        assertThat(toll.quantities()).isEqualTo(Map.of("killed", 1L, "wounded", 3L));
    }

    @Test
    void aMeetingToldBesideAVisitOfTheSamePersonTookPlaceWhereTheVisitWent() {
        EventMention met = visits.one("The Turkish foreign minister", "met");
        assertThat(met.code()).startsWith("04");
        assertThat(met.location()).contains("Jordan");
    }

    @Test
    void meetingsDuringAVisitAreActsOfTheirOwnThatNoOtherVisitPlaces() {
        List<EventMention> told = visits.in("The minister, who");
        EventMention visited = visits.one("The minister, who", "visited");
        EventMention meetings = visits.one("The minister, who", "meetings");
        // "several meetings" are not the meeting with the president, and "also visited" is not "his visit"
        assertThat(told).extracting(m -> m.trigger().cut(visits.annotated().article().text()))
                .contains("met", "meetings", "visited", "visit");
        assertThat(meetings.code()).isEqualTo("040");
        assertThat(meetings.location()).isEmpty();
        assertThat(visited.location()).contains("Qatar");
        // the description set off by commas stands for the minister named before, and so does "his"
        assertThat(visited.source()).contains("badr-albusaidi");
        assertThat(visits.one("The minister, who", "visit").source()).contains("badr-albusaidi");
    }

    @Test
    void arrivingToAPlaceIsAVisitThere() {
        EventMention arrived = visits.one("The next day", "arrived");
        assertThat(arrived.code()).isEqualTo("042");
        assertThat(arrived.source()).contains("badr-albusaidi");
        assertThat(arrived.location()).contains("Doha");
    }

    @Test
    void aPlaceNoListKnowsLiesInTheKnownPlaceItsOwnerNames() {
        EventMention m = owned.one("Mortar rounds", "hit");
        assertThat(m.location()).contains("Dahiyeh");
        assertThat(m.locationId()).contains("lbn");
    }

    @Test
    void theOneKilledIsTheVictimEvenWhenTheParseLeavesThePassiveWithoutASubject() {
        EventMention m = openings.one("Tensions in the region", "attack");
        assertThat(m.type().root()).isEqualTo("18");
        assertThat(m.target()).contains("hassan-nasrallah");
        assertThat(m.quantities()).containsEntry("killed", 1L);
    }

    @Test
    void eventsInsideAQuotationOfSeveralSentencesAreSaidByWhoeverTheArticleSaysWroteIt() {
        EventMention attack = quoted.one("“Our consulate", "attack");
        assertThat(attack.attributedTo()).isPresent();
        assertThat(attack.attributedTo()).contains("hakan-fidan");
        assertThat(attack.modality()).isEqualTo(Modality.REPORTED);
    }

    private static List<String> pairs(List<EventMention> mentions) {
        return mentions.stream().map(m -> m.source().orElse("") + ">" + m.target().orElse("")).toList();
    }

    @Test
    void anObjectTheParserGaveAnAdjectiveIsTheVerbsBeforeIt() {
        // "Be calm and cease attacks": the attacks are what is to cease, not an attack told
        assertThat(frames.in("To the militias")).extracting(EventMention::code).containsExactly("087");
    }

    @Test
    void rolesAfterANamedPersonDescribeHimAndAreNoPartiesOfTheirOwn() {
        assertThat(frames.in("In Gaza")).extracting(m -> m.target().orElse("")).containsExactly("ismail-haniyeh");
    }

    @Test
    void aHeadingsPassiveWithoutWasTellsWhatBefellItsSubject() {
        EventMention arrested = frames.one("Two Turkish journalists", "arrested");
        assertThat(arrested.source()).isEmpty();
        assertThat(arrested.target()).hasValueSatisfying(t -> assertThat(t).startsWith("tur"));
    }

    @Test
    void aPlaceIsNamedByWhomItHouses() {
        EventMention struck = frames.one("Drones struck", "struck");
        assertThat(struck.code()).startsWith("19");
        assertThat(struck.target()).hasValueSatisfying(t -> assertThat(t).startsWith("rus"));
    }

    @Test
    void whatIsSaidOfAProposalOrAPlanIsSaidToWhoeverMadeIt() {
        assertThat(pairs(frames.in("Qatar welcomed"))).containsExactly("qat>egy");
        assertThat(pairs(frames.in("Turkey welcomed"))).containsExactly("tur>irn");
    }

    @Test
    void tiesBetweenTwoPartiesAreTheirsAndWhatIsSaidOfThemIsSaidToBoth() {
        assertThat(pairs(frames.in("Canada welcomed"))).containsExactlyInAnyOrder("can>chl", "can>per");
        assertThat(pairs(frames.in("Talks between"))).containsExactlyInAnyOrder("arm>aze", "aze>arm");
        assertThat(pairs(frames.in("A resumption of ties between"))).containsExactlyInAnyOrder("gha>tgo", "tgo>gha");
    }

    @Test
    void aVowToWageWarIsAThreatAgainstWhomTheWarIsWagedOn() {
        EventMention m = frames.one("Pakistan's army vowed", "vowed");
        assertThat(m.code()).isEqualTo("1384");
        assertThat(m.source()).contains("pak");
        assertThat(m.target()).contains("ind");
        assertThat(frames.in("Pakistan's army vowed")).hasSize(1);
    }

    @Test
    void aDealSignedToSupplySomeoneIsMadeWithThem() {
        assertThat(pairs(frames.in("Russia signed"))).containsExactly("rus>irn");
    }

    @Test
    void anAppealForCalmSomewhereIsAddressedToThatPlace() {
        assertThat(pairs(frames.in("Norway appealed"))).containsExactly("nor>yem");
    }

    @Test
    void shotsFiredNearAVesselFromACountryAreFiredAtThatCountry() {
        assertThat(pairs(frames.in("China fired"))).containsExactly("chn>jpn");
        // one killed near a thing is the victim, and the thing's owner no party
        assertThat(frames.in("Gunmen killed a guard")).allSatisfy(m -> assertThat(m.target()).isNotEqualTo(Optional.of("jpn")));
    }

    @Test
    void lawmakersInTwoCountriesAreActorsOfBoth() {
        assertThat(pairs(frames.in("Lawmakers in France"))).containsExactlyInAnyOrder("fra>gbr", "deu>gbr");
    }

    @Test
    void aResumptionOfTiesWithAnotherCountryIsWithThatCountryNotAmongItsDoers() {
        assertThat(pairs(frames.in("Chad, Mali")).stream().distinct())
                .containsExactlyInAnyOrder("tcd>lby", "mli>lby", "ner>lby", "sdn>lby");
    }

    @Test
    void aFriendlyActWithNoDoerNamedIsTheActOfWhoeverWelcomesIt() {
        EventMention welcomed = frames.in("Kenya and Uganda welcome").stream()
                .filter(m -> m.code().equals("050") && m.source().equals(Optional.of("ken"))).findFirst()
                .orElseThrow(() -> new AssertionError(frames.in("Kenya and Uganda welcome")));
        assertThat(welcomed.target()).contains("tza");
        assertThat(pairs(frames.in("Kenya and Uganda welcome"))).doesNotContain(">tza").contains("uga>tza");
    }

    @Test
    void whoFaresBadlyInClashesWithAnotherPartyTookPartInThem() {
        assertThat(pairs(frames.in("Ukraine's death toll"))).containsExactly("ukr>rus");
    }

    @Test
    void leadersOfTwoCountriesNamedTogetherAreMetBoth() {
        assertThat(pairs(frames.in("Greece's prime minister").stream().filter(m -> m.code().equals("040")).toList()))
                .containsExactlyInAnyOrder("grc>tur", "grc>cyp");
    }

    @Test
    void countriesThatAgreeWithNoOneElseNamedAgreeWithEachOther() {
        assertThat(pairs(frames.in("Kenya and Uganda agree").stream().filter(m -> m.code().equals("030")).toList()))
                .containsExactlyInAnyOrder("ken>uga", "uga>ken");
    }

    @Test
    void peopleFreedFromACountryWithNoOneNamedAsFreeingThemAreFreedByIt() {
        assertThat(frames.one("Five aid workers", "freed").source()).contains("sdn");
    }

    @Test
    void whoSetsOutForTalksWithAnotherPartyHoldsThem() {
        assertThat(pairs(frames.in("Japan's foreign minister"))).containsExactly("jpn>kor");
    }

    @Test
    void aVowToWageWarIsAThreatEvenWhenWageIsTaggedAsANoun() {
        EventMention m = frames.one("Sudan's militia vowed", "vowed");
        assertThat(m.code()).isEqualTo("1384");
        assertThat(m.source()).contains("sdn");
        assertThat(m.target()).contains("tcd");
    }

    @Test
    void aPledgeOnADayToWageWarIsAThreatByWhoPledgedNotByTheDay() {
        EventMention m = frames.one("Somalia's army pledged", "pledged");
        assertThat(m.code()).isEqualTo("1384");
        assertThat(m.source()).contains("som");
        assertThat(m.target()).contains("ken");
        assertThat(frames.in("Somalia's army pledged")).hasSize(1);
    }
}
