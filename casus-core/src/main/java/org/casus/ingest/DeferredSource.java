package org.casus.ingest;

import java.io.IOException;
import java.util.Iterator;
import org.casus.model.Document;
import org.casus.model.ProblemReport;

/**
 * A source that learns its format only when it first reads (a file's first bytes, a response's
 * Content-Type), then hands over to the source for that format.
 */
abstract class DeferredSource extends LazySource {
    private Source inner;
    private Iterator<Document> documents;

    DeferredSource(String input, ProblemReport report) {
        super(input, report);
    }

    /** Looks at the input and opens the source for its format; a failure here is one problem. */
    abstract Source open() throws IOException;

    @Override
    final Document read() throws IOException {
        if (documents == null) {
            inner = open();
            documents = inner.iterator();
        }
        return documents.hasNext() ? documents.next() : null;
    }

    @Override
    final void release() throws IOException {
        if (inner != null)
            inner.close();
    }
}
