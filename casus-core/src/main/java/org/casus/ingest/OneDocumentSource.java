package org.casus.ingest;

import org.casus.model.Document;
import org.casus.model.ProblemReport;

/** A page or text file: exactly one document. */
final class OneDocumentSource extends LazySource {
    private Document document;

    OneDocumentSource(Document document, ProblemReport report) {
        super(document.origin(), report);
        this.document = document;
    }

    @Override
    Document read() {
        Document result = document;
        document = null;
        return result;
    }
}
