package org.casus.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.casus.model.Document;
import org.casus.model.ProblemReport;

/** Every file under a directory, one after another, in {@link FileWalker} order. */
final class DirectorySource extends LazySource {
    private final Path root;
    private final SizeLimit limit;
    private FileWalker files;
    private Source current;
    private Iterator<Document> documents;

    DirectorySource(Path root, SizeLimit limit, ProblemReport report) {
        super(root.toString(), report);
        this.root = root;
        this.limit = limit;
    }

    @Override
    Document read() throws IOException {
        if (files == null)
            files = new FileWalker(root, report);
        while (true) {
            if (documents != null && documents.hasNext())
                return documents.next();
            closeCurrent();
            if (!files.hasNext())
                return null;
            // a FileSource reports its own problems, so one bad file never stops the walk
            current = new FileSource(files.next(), limit, report);
            documents = current.iterator();
        }
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            Source done = current;
            current = null;
            documents = null;
            done.close();
        }
    }

    @Override
    void release() throws IOException {
        closeCurrent();
    }
}
