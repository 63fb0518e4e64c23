package org.casus.reconcile;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.casus.model.Article;

/**
 * Turns an article into a sentence embedding of what it is about: its headline and lead, read by
 * the all-MiniLM-L6-v2 sentence model running in-process (ONNX). The model is loaded once per
 * process, on first use, and shared by every embedder; embedding is safe from several threads.
 */
public final class ArticleEmbedder {
    /** The length of every embedding. */
    public static final int DIMENSIONS = 384;
    /**
     * How many words of the body follow the headline. A news lead says what the story is; the
     * model reads at most a few hundred word pieces, and later paragraphs drift into background.
     */
    static final int LEAD_WORDS = 120;

    /** Loaded when first asked for: the class holder makes that once per process, thread-safely. */
    private static final class Model {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2EmbeddingModel();
    }

    /** Loads the model now, when it has not been loaded yet in this process (about 90 MB). */
    public ArticleEmbedder() {
        if (Model.INSTANCE.dimension() != DIMENSIONS)
            throw new IllegalStateException("the sentence model gives " + Model.INSTANCE.dimension()
                    + " dimensions, not " + DIMENSIONS);
    }

    /** The unit-length embedding of the article's headline and lead. */
    public float[] embed(Article article) {
        return embedText(leadOf(article));
    }

    /** The unit-length embeddings of {@code articles}, in their order; the model spreads them over the cores. */
    public List<float[]> embedAll(List<Article> articles) {
        List<String> leads = articles.stream().map(ArticleEmbedder::leadOf).toList();
        List<TextSegment> segments = leads.stream().filter(l -> !l.isBlank()).map(TextSegment::from).toList();
        List<float[]> found = segments.isEmpty() ? List.of()
                : Model.INSTANCE.embedAll(segments).content().stream().map(e -> unit(e.vector())).toList();
        List<float[]> embeddings = new ArrayList<>(leads.size());
        int next = 0;
        for (String lead : leads)
            embeddings.add(lead.isBlank() ? new float[DIMENSIONS] : found.get(next++));
        return embeddings;
    }

    /** The unit-length embedding of any text; a blank text gives all zeros. */
    public float[] embedText(String text) {
        if (text.isBlank())
            return new float[DIMENSIONS];
        return unit(Model.INSTANCE.embed(text).content().vector());
    }

    /** The headline, then the first {@link #LEAD_WORDS} words of the body. */
    static String leadOf(Article article) {
        StringBuilder lead = new StringBuilder(article.title().strip());
        String[] words = article.text().strip().split("\\s+", LEAD_WORDS + 1);
        int count = Math.min(words.length, LEAD_WORDS);
        for (int i = 0; i < count; i++) {
            // the headline ends as a sentence, so the model does not read it into the lead
            if (i == 0 && lead.length() > 0 && Character.isLetterOrDigit(lead.charAt(lead.length() - 1)))
                lead.append('.');
            if (lead.length() > 0) lead.append(' ');
            lead.append(words[i]);
        }
        return lead.toString();
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) norm += v * v;
        if (norm == 0) return vector;
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) unit[i] = vector[i] * scale;
        return unit;
    }
}
