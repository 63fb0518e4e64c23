package org.casus.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.casus.model.Document;
import org.casus.model.ProblemReport;

/**
 * The one iteration loop every format shares: pull the next document on demand, and turn any
 * failure that ends the input into one problem line instead of an exception.
 */
abstract class LazySource implements Source {
    private final String input;
    final ProblemReport report;
    private boolean iterated;
    private boolean finished;
    private Document next;

    LazySource(String input, ProblemReport report) {
        this.input = input;
        this.report = report;
    }

    /**
     * Reads the next document, or returns null at the end. A problem with one item (a line, a
     * record) goes to {@link #report} and reading goes on; a thrown exception ends the input.
     */
    abstract Document read() throws IOException;

    /** Releases the file or connection {@link #read()} holds; called once, at the end or on close. */
    void release() throws IOException {
    }

    @Override
    public final Iterator<Document> iterator() {
        if (iterated)
            throw new IllegalStateException("a source is read once: " + input);
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (next == null && !finished)
                    advance();
                return next != null;
            }

            @Override
            public Document next() {
                if (!hasNext())
                    throw new NoSuchElementException();
                Document document = next;
                next = null;
                return document;
            }
        };
    }

    private void advance() {
        try {
            next = read();
        } catch (BadInputException e) {
            report.report(e.input(), e.reason());
        } catch (IOException | RuntimeException e) {
            // DESIGN: one bad input is one line, and the rest of the run goes on
            report.report(input, Reason.of(e));
        } catch (StackOverflowError e) {
            // a parser recursing through hostile nesting; the stack has unwound, so going on is safe
            report.report(input, "nested too deeply to read");
        }
        if (next == null)
            finish();
    }

    private void finish() {
        if (finished)
            return;
        finished = true;
        try {
            release();
        } catch (IOException e) {
            // everything was read already; a read-only input that fails to close loses nothing
        }
    }

    @Override
    public final void close() throws IOException {
        next = null;
        if (!finished) {
            finished = true;
            release();
        }
    }
}
