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
}
