package org.casus.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.casus.model.Document;

/** Where the ingest fixtures are, and a way to drain a source. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/ingest/" + name);
        if (url == null)
            throw new IllegalArgumentException("no fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Document> readAll(Source source) throws Exception {
        try (source) {
            return source.stream().toList();
        }
    }

    static List<Document> readAll(String input, CollectedProblems problems) throws Exception {
        return readAll(new DocumentSources(IngestSettings.defaults()).open(input, problems));
    }

    static String text(Document document) {
        return new String(document.content(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
