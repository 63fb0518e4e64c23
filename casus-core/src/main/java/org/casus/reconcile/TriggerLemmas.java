package org.casus.reconcile;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * The base form of a trigger word, so that outlets naming one act with different forms of one word
 * meet: "shot", "shoots" and "shooting" give "shoot", "struck" gives "strike", "killings" and
 * "killed" give "kil". Irregular forms come from CoreNLP's morphology (a lexicon, no model); a
 * common inflection ending is then taken off, since the morphology leaves a noun in "-ing" whole.
 * One instance is not safe to share between threads: make one per run.
 */
final class TriggerLemmas {
    private static final java.util.Set<String> NOT_PLURAL = java.util.Set.of("was", "has", "is", "does");

    private final Morphology morphology = new Morphology();

    /** The base form of {@code trigger}, word by word, lower-cased. */
    String of(String trigger) {
        String[] words = trigger.strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder base = new StringBuilder();
        for (String w : words) {
            if (base.length() > 0)
                base.append(' ');
            String lemma = w.isEmpty() ? w : morphology.stem(w);
            base.append(MentionFacts.stem(lemma == null || lemma.isEmpty() ? w : lemma));
        }
        return base.toString();
    }

    /**
     * Whether a one-word trigger is a plural noun (or a verb in the present): "attacks", "rockets".
     * Such a name speaks of many acts, or of acts in general.
     */
    boolean plural(String trigger) {
        String word = trigger.strip().toLowerCase(Locale.ROOT);
        if (!word.endsWith("s") || word.endsWith("ss") || word.contains(" ") || NOT_PLURAL.contains(word))
            return false;
        String base = morphology.stem(word);
        return base != null && !base.equals(word);
    }
}
