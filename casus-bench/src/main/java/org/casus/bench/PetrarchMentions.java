package org.casus.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.model.ActorMention;
import org.casus.model.Annotated;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Actor mentions for a PETRARCH test sentence, found with its own dictionaries: the longest
 * dictionary name at each token, then each agent joined to the actor it comes with ("Arnor's
 * foreign minister" is ARNGOVFRM, "the ambassadors of Gondor" GONGOV, a lone "official" ---GOV).
 * The mention's entity id is the PETRARCH code, so coded events compare with the gold directly.
 */
final class PetrarchMentions {
    /** Codes that mark a name to leave uncoded. */
    private static final Set<String> IGNORED = Set.of("+++", "###");

    private record Match(int start, int end, String code, boolean agent) {
    }

    private final PetrarchActors dictionary;

    PetrarchMentions(PetrarchActors dictionary) {
        this.dictionary = dictionary;
    }

    List<ActorMention> find(Annotated annotated, LocalDate date) {
        List<ActorMention> mentions = new ArrayList<>();
        String text = annotated.article().text();
        for (Sentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<Match> matches = matches(tokens, date);
            for (Match m : join(tokens, matches)) {
                Span span = new Span(tokens.get(m.start()).span().start(), tokens.get(m.end() - 1).span().end());
                mentions.add(new ActorMention(span, span.cut(text), m.code(), m.code(), m.agent() ? "AGENT" : "ACTOR",
                        Optional.of(m.code())));
            }
        }
        return mentions;
    }

    private List<Match> matches(List<Token> tokens, LocalDate date) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match best = null;
            for (PetrarchActors.Entry e : dictionary.entries())
                for (PetrarchActors.Phrase name : e.names()) {
                    int length = matchLength(tokens, i, name);
                    if (length > 0 && (best == null || length > best.end() - best.start())) {
                        Optional<String> code = e.codeOn(date);
                        if (code.isPresent() && !IGNORED.contains(code.get()))
                            best = new Match(i, i + length, code.get(), e.agent());
                    }
                }
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.end();
            }
        }
        return found;
    }

    private static int matchLength(List<Token> tokens, int at, PetrarchActors.Phrase name) {
        for (int j = 0; j < name.words().size(); j++) {
            if (at + j >= tokens.size())
                return 0;
            String word = tokens.get(at + j).word().toUpperCase(Locale.ROOT);
            String want = name.words().get(j);
            if (name.exact().get(j) ? !word.equals(want) : !word.startsWith(want))
                return 0;
        }
        return name.words().size();
    }

    // an agent takes the actor before it ("Arnor's minister", "Bree Prime Minister") or after "of";
    // a name right after the pair is the same person ("Prime Minister Romendacil")
    private static List<Match> join(List<Token> tokens, List<Match> matches) {
        List<Match> out = new ArrayList<>();
        List<Match> pending = new ArrayList<>(matches);
        pending.sort(Comparator.comparingInt(Match::start));
        for (int k = 0; k < pending.size(); k++) {
            Match m = pending.get(k);
            if (!m.agent()) {
                out.add(m);
                continue;
            }
            Match actor = null;
            int start = m.start();
            int end = m.end();
            Match before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && !before.agent() && gapIsPossessive(tokens, before.end(), m.start())) {
                actor = before;
                out.remove(out.size() - 1);
                start = before.start();
            } else if (k + 1 < pending.size() && !pending.get(k + 1).agent() && gapIsOf(tokens, m.end(), pending.get(k + 1).start())) {
                actor = pending.get(++k);
                end = actor.end();
            }
            if (k + 1 < pending.size() && !pending.get(k + 1).agent() && pending.get(k + 1).start() == end)
                end = pending.get(++k).end();
            out.add(new Match(start, end, combine(actor == null ? "---" : actor.code(), m.code()), true));
        }
        return out;
    }

    private static boolean gapIsPossessive(List<Token> tokens, int from, int to) {
        if (from == to)
            return true;
        return to - from == 1 && tokens.get(from).word().matches("['’]s?");
    }

    private static boolean gapIsOf(List<Token> tokens, int from, int to) {
        List<String> gap = tokens.subList(from, to).stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        return gap.equals(List.of("of")) || gap.equals(List.of("of", "the"));
    }

    /** "~GOV" adds a sector after the actor's code, "NGO~" a type before it. */
    private static String combine(String actor, String agent) {
        if (agent.startsWith("~"))
            return actor + agent.substring(1);
        if (agent.endsWith("~"))
            return agent.substring(0, agent.length() - 1) + actor;
        return actor + agent;
    }
}
