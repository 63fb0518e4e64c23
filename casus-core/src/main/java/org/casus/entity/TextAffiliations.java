package org.casus.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.ActorMention;

/**
 * Ties between actors that an article states in so many words: "the Iran-backed militia" (backed
 * by Iran), "Kataib Hezbollah, which is backed by Iran", "Esmail Qaani, head of the Quds Force",
 * "Hezbollah leader Hassan Nasrallah". Each tie is written as {@code subject relation:object} with
 * entity ids, as in the gazetteer.
 */
final class TextAffiliations {
    /** "Iran-backed", "Iranian-backed", "Tehran-aligned" just before the actor it describes. */
    private static final Pattern BACKER_BEFORE = Pattern.compile(
            "([\\p{L}.]+)-(backed|supported|sponsored|funded|aligned|allied|linked)\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");
    /** ", backed by" / ", which is supported by" just after the actor. */
    private static final Pattern BACKER_AFTER = Pattern.compile(
            "^,?\\s+(?:which is |who are |that is |widely )?(backed|supported|funded|armed) by (?:the )?$");
    /** ", the head of the" just after a person, before the body they lead or belong to. */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^,\\s+(?:the |a |an )?(?:[\\p{L}-]+\\s+){0,2}?(head|leader|commander|chief|founder|secretary-general"
                    + "|director|spokesman|spokeswoman|spokesperson|member|adviser|advisor|official) of (?:the )?$",
            Pattern.CASE_INSENSITIVE);
    /** "Hezbollah leader Hassan Nasrallah": a body, a role word, then the person. */
    private static final Pattern ROLE_BETWEEN = Pattern.compile(
            "^\\s+(leader|commander|chief|head|founder|spokesman|spokeswoman|spokesperson)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private final AliasMatcher matcher;

    TextAffiliations(AliasMatcher matcher) {
        this.matcher = matcher;
    }

    List<String> find(String text, List<ActorMention> mentions) {
        List<String> ties = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention m = mentions.get(i);
            String before = text.substring(Math.max(0, m.span().start() - 60), m.span().start());
            Matcher backer = BACKER_BEFORE.matcher(before);
            if (backer.find()) {
                Optional<ActorMatch> who = matcher.find(backer.group(1));
                String relation = relation(backer.group(2));
                who.ifPresent(w -> add(ties, m.entityId(), relation, w.actor().id()));
            }
            if (i + 1 >= mentions.size()) continue;
            ActorMention next = mentions.get(i + 1);
            if (next.span().start() < m.span().end()) continue;
            String between = text.substring(m.span().end(), next.span().start());
            Matcher after = BACKER_AFTER.matcher(between);
            if (after.find())
                add(ties, m.entityId(), relation(after.group(1)), next.entityId());
            Matcher role = ROLE_AFTER.matcher(between);
            if (m.type().equals("PERSON") && role.find())
                add(ties, m.entityId(), roleRelation(role.group(1)), next.entityId());
            Matcher roleBetween = ROLE_BETWEEN.matcher(between);
            if (next.type().equals("PERSON") && !m.type().equals("PERSON") && roleBetween.find())
                add(ties, next.entityId(), roleRelation(roleBetween.group(1)), m.entityId());
        }
        return ties;
    }

    private static void add(List<String> ties, String subject, String relation, String object) {
        if (!subject.equals(object)) ties.add(subject + " " + relation + ":" + object);
    }

    private static String relation(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "aligned", "allied", "linked" -> Relation.ALLIED_WITH.token();
            default -> Relation.BACKED_BY.token();
        };
    }

    private static String roleRelation(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "head", "leader", "commander", "chief", "founder", "secretary-general", "director" ->
                    Relation.LEADER_OF.token();
            default -> Relation.MEMBER_OF.token();
        };
    }
}
