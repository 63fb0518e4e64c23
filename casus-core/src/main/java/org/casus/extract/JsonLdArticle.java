package org.casus.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD blocks: headline, body, authors, publisher,
 * publication date. Pages put it at the top level, in a list, or in an {@code @graph}; blocks that do
 * not parse are skipped, as a browser would.
 */
final class JsonLdArticle {
    private static final ObjectMapper JSON = JsonMapper.builder()
            // publishers hand-write these blocks: raw newlines in strings, comments, stray commas
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle", "socialmediaposting",
            "liveblogposting", "posting", "report", "webpage", "itempage");

    private final JsonNode node;

    private JsonLdArticle(JsonNode node) {
        this.node = node;
    }

    /** The most specific article node in the page's JSON-LD, or empty when there is none. */
    static Optional<JsonLdArticle> find(Element root) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : root.getElementsByTag("script")) {
            if (!"application/ld+json".equalsIgnoreCase(script.attr("type").strip()))
                continue;
            for (JsonNode n : nodes(script.data())) {
                int rank = rank(n);
                if (rank < bestRank) {
                    best = n;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best).map(JsonLdArticle::new);
    }

    Optional<String> headline() {
        return text(node.get("headline")).or(() -> text(node.get("name")));
    }

    Optional<String> body() {
        return text(node.get("articleBody"));
    }

    Optional<String> datePublished() {
        return text(node.get("datePublished")).or(() -> text(node.get("dateCreated")));
    }

    Optional<String> publisher() {
        JsonNode p = node.get("publisher");
        if (p != null && p.isArray())
            p = p.isEmpty() ? null : p.get(0);
        return p == null ? Optional.empty() : p.isObject() ? text(p.get("name")) : text(p);
    }

    /** Names of the authors that are people, in order; a bare URL is no name. */
    List<String> people() {
        return authors(true);
    }

    /** Names of all authors, people or organizations, in order. */
    List<String> authors() {
        return authors(false);
    }

    private List<String> authors(boolean peopleOnly) {
        JsonNode a = node.get("author");
        List<String> out = new ArrayList<>();
        if (a == null)
            return out;
        for (JsonNode one : a.isArray() ? a : List.of(a)) {
            if (peopleOnly && !(one.isTextual() || one.path("@type").asText("").equalsIgnoreCase("person")))
                continue;
            Optional<String> name = one.isObject() ? text(one.get("name")) : text(one);
            name.filter(n -> !n.startsWith("http")).ifPresent(out::add);
        }
        return out;
    }

    /** Article types rank first, then web pages; 0 is best, MAX_VALUE not an article. */
    private static int rank(JsonNode n) {
        for (JsonNode t : types(n)) {
            String type = t.asText("").toLowerCase(java.util.Locale.ROOT);
            if (type.endsWith("article") || type.endsWith("posting") || type.equals("report"))
                return n.has("articleBody") ? 0 : 1;
        }
        for (JsonNode t : types(n)) {
            if (ARTICLE_TYPES.contains(t.asText("").toLowerCase(java.util.Locale.ROOT)))
                return n.has("datePublished") || n.has("headline") ? 2 : 3;
        }
        return Integer.MAX_VALUE;
    }

    private static Iterable<JsonNode> types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null)
            return List.of();
        return t.isArray() ? t : List.of(t);
    }

    /** Every object of a block: the top level, list items, and {@code @graph} members. */
    private static List<JsonNode> nodes(String json) {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            JsonNode root = JSON.readTree(parser);
            collect(root, out);
        } catch (JsonProcessingException e) {
            // a block a publisher broke: the page's other metadata still counts
        } catch (java.io.IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null)
            return;
        if (n.isArray()) {
            for (JsonNode item : n)
                collect(item, out);
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out);
        }
    }

    private static Optional<String> text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode())
            return Optional.empty();
        String s = n.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
