package org.casus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casus analyze} on the seeds with the real language models (issue 4). */
class AnalyzeCommandIT {
    @TempDir
    static Path dir;
    static CommandRun analyze;
    static final Map<String, JsonNode> entities = new HashMap<>();

    @BeforeAll
    static void analyzeTheSeeds() throws IOException {
        String db = dir.resolve("casus.db").toString();
        analyze = CommandRun.of("analyze", SharedData.folder("seeds").toString(), "--db", db);
        ObjectMapper json = new ObjectMapper();
        for (String line : CommandRun.of("export", "--what", "entities", "--db", db).out().split("\n")) {
            JsonNode entity = json.readTree(line);
            entities.put(entity.get("id").asText(), entity);
        }
    }

    @Test
    void briefsOnEachArticleWithItsActorsSpellingsMerged() {
        assertThat(analyze.status()).as(analyze.err()).isZero();
        assertThat(analyze.err()).contains("5 articles analysed");
        assertThat(analyze.out()).contains("Associated Press, 2020-11-20", "Esmail Qaani [IRNMIL]", "Ghaani");
        // and the events each article tells, under the article
        String byArticle = analyze.out().substring(analyze.out().indexOf("## Events by article"));
        assertThat(byArticle).contains("(Associated Press)", "(The Washington Post)", "Esmail Qaani →");
    }

    @Test
    void exportsEntitiesWithCodesAliasesAndArticles() {
        JsonNode qaani = entities.get("esmail-qaani");
        assertThat(qaani.get("actor_code").asText()).isEqualTo("IRNMIL");
        assertThat(qaani.get("aliases").toString()).contains("Qani", "Ghaani", "Ismail Qaani");
        assertThat(qaani.get("articles").size()).isEqualTo(4);
        assertThat(entities.get("kataib-hezbollah").get("actor_code").asText()).isEqualTo("IRQREB");
        assertThat(entities).containsKey("hezbollah");
    }

    @Test
    void exportsEventMentionsThatQuoteTheirArticles() throws IOException {
        String db = dir.resolve("casus.db").toString();
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        for (String line : CommandRun.of("export", "--what", "articles", "--db", db).out().split("\n")) {
            JsonNode article = json.readTree(line);
            texts.put(article.get("id").asText(), article.get("text").asText());
        }
        String[] lines = CommandRun.of("export", "--what", "mentions", "--db", db).out().split("\n");
        assertThat(lines.length).isGreaterThan(20);
        boolean rocketsCounted = false;
        for (String line : lines) {
            JsonNode mention = json.readTree(line);
            String text = texts.get(mention.get("article").asText());
            assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("quote").asText());
            rocketsCounted |= mention.get("quantities").has("rockets");
        }
        assertThat(rocketsCounted).as("a mention counts the rockets fired").isTrue();
    }

    @Test
    void reconcilesTheMentionsIntoEventsThatTheEventExportAndTheReportShow() throws IOException {
        String db = dir.resolve("casus.db").toString();
        assertThat(analyze.err()).containsPattern("\\d+ events reconciled");
        ObjectMapper json = new ObjectMapper();
        Map<String, String> eventOfMention = new HashMap<>();
        Map<String, JsonNode> mentionById = new HashMap<>();
        for (String line : CommandRun.of("export", "--what", "mentions", "--db", db).out().split("\n")) {
            JsonNode mention = json.readTree(line);
            eventOfMention.put(mention.get("id").asText(), mention.get("event").asText());
            mentionById.put(mention.get("id").asText(), mention);
        }
        String[] events = CommandRun.of("export", "--what", "events", "--db", db).out().split("\n");
        int mentions = 0;
        for (String line : events) {
            JsonNode event = json.readTree(line);
            for (JsonNode mention : event.get("mentions")) {
                assertThat(eventOfMention.get(mention.asText())).isEqualTo(event.get("id").asText());
                mentions++;
            }
            assertThat(event.get("corroboration").get("independent_sources").asInt())
                    .isBetween(1, event.get("articles").size());
        }
        // every mention is in exactly one event
        assertThat(mentions).isEqualTo(eventOfMention.size());
        // one group claims the November rocket fire, another denies it: listed with the articles behind each
        boolean disputed = false;
        for (String line : events) {
            for (JsonNode c : json.readTree(line).get("contradictions")) {
                String values = c.get("values").toString();
                disputed |= c.get("field").asText().equals("responsibility")
                        && values.contains("claimed by ashab-al-kahf") && values.contains("denied by kataib-hezbollah");
            }
        }
        assertThat(disputed).as("Ashab al-Kahf's claim against Kataib Hezbollah's denial").isTrue();
        // Kataib Hezbollah says the October truce still holds; Asaib Ahl al-Haq's leader, in an interview
        // days later, that it had ended
        boolean truce = false;
        for (String line : events)
            for (JsonNode c : json.readTree(line).get("contradictions"))
                truce |= c.get("field").asText().equals("state") && c.get("values").toString().contains("kataib-hezbollah")
                        && c.get("values").toString().contains("qais-al-khazali");
        assertThat(truce).as("the truce in place against the truce ended").isTrue();
        // the undated reports name the day without its year: 17 against 18 November, 3 against 8 rockets
        boolean days = false;
        boolean rockets = false;
        for (String line : events) {
            for (JsonNode c : json.readTree(line).get("contradictions")) {
                List<String> values = new java.util.ArrayList<>();
                c.get("values").forEach(v -> values.add(v.get("value").asText()));
                // the attack the Washington Post dates and the Associated Press tells by its Green Zone
                days |= c.get("field").asText().equals("date") && values.containsAll(List.of("XXXX-11-17", "XXXX-11-18"))
                        && json.readTree(line).get("outlets").toString().contains("Associated Press")
                        && json.readTree(line).get("quantities").path("rockets").asInt() == 7;
                // Trump's message gives three, the Iraqi army eight
                rockets |= c.get("field").asText().equals("quantities.rockets") && values.containsAll(List.of("3", "8"))
                        && c.get("values").toString().contains("donald-trump");
            }
        }
        assertThat(days).as("17 against 18 November").isTrue();
        assertThat(rockets).as("three against eight rockets").isTrue();
        // the report on Trump's warning opens on the December attack ("the rocket attack", its day told
        // only later): its opening sentences tell that attack, not the November one
        JsonNode december = null;
        JsonNode november = null;
        for (String line : events) {
            JsonNode e = json.readTree(line);
            for (JsonNode c : e.get("contradictions")) {
                december = c.get("field").asText().equals("quantities.rockets") && c.toString().contains("donald-trump") ? e : december;
                november = c.get("field").asText().equals("date") && c.toString().contains("XXXX-11-17") ? e : november;
            }
        }
        String warning = null;
        for (JsonNode m : december.get("mentions"))
            if (mentionById.get(m.asText()).path("attributed_to").asText().equals("donald-trump"))
                warning = mentionById.get(m.asText()).get("article").asText();
        int opening = Integer.MAX_VALUE;
        for (JsonNode m : december.get("mentions"))
            if (mentionById.get(m.asText()).get("article").asText().equals(warning))
                opening = Math.min(opening, mentionById.get(m.asText()).get("sentence").asInt());
        assertThat(opening).as("the December attack holds the report's opening telling").isLessThanOrEqualTo(2);
        for (JsonNode m : november.get("mentions"))
            if (mentionById.get(m.asText()).get("article").asText().equals(warning))
                assertThat(mentionById.get(m.asText()).get("sentence").asInt()).as("the November attack").isGreaterThan(2);
        // Qaani's visit and meetings in Baghdad: one event told by four outlets' articles, two of which
        // retell Middle East Eye's exclusive and count once
        JsonNode visit = null;
        for (String line : events) {
            JsonNode e = json.readTree(line);
            if (e.get("type").asText().startsWith("04") && e.path("source").asText().equals("esmail-qaani")
                    && e.path("location").asText().equals("Baghdad") && e.get("articles").size() >= 4
                    && e.get("corroboration").get("independent_sources").asInt() == e.get("articles").size() - 1)
                visit = e;
        }
        assertThat(visit).as("Qaani's visit to Baghdad").isNotNull();
        // the retelling that says he was dispatched also tells his arrival, the meetings he held,
        // "his visit" twice, and "the meeting" twice: what was said there, and the one of the meetings
        // a commander was briefed on
        Map<String, List<String>> triggers = new HashMap<>();
        for (JsonNode m : visit.get("mentions")) {
            JsonNode mention = mentionById.get(m.asText());
            triggers.computeIfAbsent(mention.get("article").asText(), k -> new ArrayList<>()).add(mention.get("trigger").asText());
        }
        assertThat(triggers.values()).anySatisfy(told -> {
            assertThat(told).contains("dispatched", "arrived", "meetings").filteredOn("visit"::equals).hasSize(2);
            assertThat(told).filteredOn("meeting"::equals).hasSize(2);
        });
        boolean fakhrizadeh = false;
        for (String line : events) {
            JsonNode e = json.readTree(line);
            fakhrizadeh |= e.path("target").asText().equals("mohsen-fakhrizadeh") && e.get("articles").size() == 2;
        }
        assertThat(fakhrizadeh).as("Fakhrizadeh's killing, told by two articles").isTrue();

        CommandRun report = CommandRun.of("report", "--db", db);
        assertThat(report.status()).isZero();
        assertThat(report.out()).startsWith("# Casus briefing").contains("### Timeline", "Esmail Qaani [IRNMIL]");
        Path page = dir.resolve("briefing.html");
        CommandRun html = CommandRun.of("report", "--format", "html", "--out", page.toString(), "--db", db);
        assertThat(html.status()).as(html.err()).isZero();
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(parsed.select("h2").eachText()).anyMatch(h -> h.startsWith("Story: "));
        assertThat(parsed.select("svg circle")).isNotEmpty();
    }

    @Test
    void aSecondRunAnalysesNothingAgain() {
        CommandRun again = CommandRun.of("analyze", "--db", dir.resolve("casus.db").toString());
        assertThat(again.status()).isZero();
        assertThat(again.err()).contains("0 articles analysed");
    }
}
