package org.casus.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.casus.model.Document;

/**
 * The documents of one input, read lazily: a file, a directory, a feed, a WARC archive or a URL
 * all take this one shape, so the pipeline needs one loop.
 *
 * <p>A source is read once. Nothing is read before iteration starts, and only as much as the
 * next document needs after that, so a 10 GB archive streams. Bad input never throws out of the
 * iterator: each problem goes, as one line, to the {@link org.casus.model.ProblemReport} the
 * source was opened with, and the iteration goes on with what can still be read. Close the
 * source when done; closing early releases the file or connection it holds.
 */
public interface Source extends Iterable<Document>, Closeable {

    /** The same documents as a sequential, ordered stream; closing the stream closes the source. */
    default Stream<Document> stream() {
        Spliterator<Document> documents = Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(documents, false).onClose(() -> {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
