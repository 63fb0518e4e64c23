package org.casus.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.EventMention;

/**
 * What a mention's words say of a lasting event, a truce, a ceasefire, a deployment, a siege: that it
 * is still {@link #IN_PLACE} ("the truce is still holding") or has {@link #ENDED} ("the ceasefire
 * collapsed"). The cues are read from {@code state-cues.tsv}; only cues near the trigger count, so
 * that a sentence telling two events gives each its own words, and a negation just before a cue
 * turns it round ("has not collapsed"). A mention with cues of both states, or none, says nothing.
 */
final class StateCues {
    static final String IN_PLACE = "in place";
    static final String ENDED = "ended";
    private static final String NEGATION = "negation";
    private static final String TABLE = "/org/casus/reconcile/state-cues.tsv";
    /** How many words before the trigger's first word a cue may start ("the collapse of the truce"). */
    private static final int BEFORE = 4;
    /**
     * How many words after the trigger's last word a cue may start ("the truce between the army and
     * the rebels is still holding").
     */
    private static final int AFTER = 8;
    /** How many words before a cue a negation may stand ("has not ended"). */
    private static final int NEGATION_REACH = 2;

    private static final StateCues SHIPPED = new StateCues(rows());

    /** A cue: its words and the state they give. */
    private record Cue(List<String> words, String state) {
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final Set<String> negations = new HashSet<>();

    private StateCues(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length != 2)
                throw new IllegalStateException("a state cue needs words and a state: " + String.join("\t", row));
            String state = row[1].strip();
            List<String> words = List.of(row[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            if (state.equals(NEGATION))
                negations.add(String.join(" ", words));
            else if (state.equals(IN_PLACE) || state.equals(ENDED))
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Cue(words, state));
            else
                throw new IllegalStateException("unknown state '" + state + "' in " + TABLE);
        }
        // longest first, so that "still in place" wins over a shorter cue starting at the same word
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Cue c) -> c.words().size()).reversed()));
    }

    /** The cues shipped with Casus. */
    static StateCues shipped() {
        return SHIPPED;
    }

    /** The state the words around {@code m}'s trigger give, if they give exactly one. */
    Optional<String> of(EventMention m) {
        int at = m.span().start();
        return of(m.quote(), m.trigger().start() - at, m.trigger().end() - at);
    }

    /**
     * The state the words of {@code quote} near the trigger give, if exactly one.
     *
     * @param triggerStart the trigger's start, as an offset in the quote
     * @param triggerEnd   its end (exclusive)
     */
    Optional<String> of(String quote, int triggerStart, int triggerEnd) {
        List<String> words = new ArrayList<>();
        int first = -1;
        int last = -1;
        int i = 0;
        int n = quote.length();
        while (i < n) {
            while (i < n && !wordChar(quote.charAt(i)))
                i++;
            int start = i;
            while (i < n && wordChar(quote.charAt(i)))
                i++;
            if (i == start)
                continue;
            if (start < triggerEnd && i > triggerStart) {
                if (first < 0)
                    first = words.size();
                last = words.size();
            }
            words.add(quote.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        if (first < 0)
            return Optional.empty();
        Set<String> states = new HashSet<>();
        for (int w = 0; w < words.size(); ) {
            Cue cue = match(words, w);
            if (cue == null) {
                w++;
                continue;
            }
            if (w >= first - BEFORE && w <= last + AFTER)
                states.add(negated(words, w) ? flip(cue.state()) : cue.state());
            w += cue.words().size();
        }
        return states.size() == 1 ? Optional.of(states.iterator().next()) : Optional.empty();
    }

    private Cue match(List<String> words, int at) {
        for (Cue cue : byFirstWord.getOrDefault(words.get(at), List.of())) {
            int size = cue.words().size();
            if (at + size <= words.size() && words.subList(at, at + size).equals(cue.words()))
                return cue;
        }
        return null;
    }

    private boolean negated(List<String> words, int at) {
        for (int k = Math.max(0, at - NEGATION_REACH); k < at; k++)
            if (negations.contains(words.get(k)))
                return true;
        return false;
    }

    private static String flip(String state) {
        return state.equals(IN_PLACE) ? ENDED : IN_PLACE;
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StateCues.class.getResourceAsStream(TABLE)) {
            if (in == null)
                throw new IllegalStateException("the state cues " + TABLE + " are missing from the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine())
                if (!line.isBlank() && !line.startsWith("#"))
                    rows.add(line.split("\t", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state cues " + TABLE, e);
        }
        return rows;
    }
}
