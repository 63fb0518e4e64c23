package org.casus.nlp;

import java.util.Set;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.model.Layer;

/**
 * The language layer: adds sentences, tokens, entities, time expressions and parses to an article.
 * An implementation loads its models once, when it is made, and is then safe to call from several
 * threads at once; {@link #close()} lets the models go.
 */
public interface NlpBackend extends AutoCloseable {

    /** The layers every {@link Annotated} from this backend has; later stages check their needs here. */
    Set<Layer> provides();

    /**
     * Annotates one article. Relative time expressions count from {@code article.published()};
     * without it they stay unresolved. The same article always gives the same result.
     */
    Annotated annotate(Article article);

    @Override
    void close();
}
