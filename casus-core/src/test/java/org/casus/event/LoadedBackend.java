package org.casus.event;

import java.time.LocalDate;
import java.util.Optional;
import org.casus.model.Annotated;
import org.casus.model.Article;
import org.casus.nlp.CoreNlpBackend;

/**
 * The one CoreNLP backend and event coder the event ITs share: the models load once per test JVM
 * (DESIGN: models load once per process).
 */
final class LoadedBackend {
    private static CoreNlpBackend backend;
    private static EventCoder coder;

    private LoadedBackend() {
    }

    static synchronized Annotated annotate(Article article) {
        if (backend == null)
            backend = new CoreNlpBackend(EventCoder.REQUIRES);
        return backend.annotate(article);
    }

    static synchronized EventCoder coder() {
        if (coder == null)
            coder = new EventCoder();
        return coder;
    }

    static Article article(String id, String text, LocalDate published) {
        return new Article(id, id, Optional.empty(), Optional.empty(), "", Optional.ofNullable(published),
                Optional.empty(), Optional.of("en"), text, Optional.empty());
    }
}
