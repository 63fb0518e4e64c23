package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.casus.model.Document;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;

/** The iteration contract every format inherits. */
class LazySourceTest {
    private final CollectedProblems problems = new CollectedProblems();

    @Test
    void anUnexpectedRuntimeFailureBecomesOneProblemForThatInput() throws Exception {
        CountingSource source = new CountingSource(1, new IllegalStateException("parser lost its place"));

        assertThat(Fixtures.readAll(source)).extracting(Document::origin).containsExactly("odd.txt#1");
        assertThat(problems.lines()).containsExactly("odd.txt: unexpected IllegalStateException: parser lost its place");
        assertThat(source.released).isTrue();
    }

    @Test
    void anIoFailureBecomesOneProblemWithItsReason() throws Exception {
        CountingSource source = new CountingSource(2, new IOException("disk went away"));

        assertThat(Fixtures.readAll(source)).hasSize(2);
        assertThat(problems.lines()).containsExactly("odd.txt: disk went away");
    }

    @Test
    void aStackOverflowInOneInputIsOneProblem() throws Exception {
        CountingSource source = new CountingSource(0, new StackOverflowError());

        assertThat(Fixtures.readAll(source)).isEmpty();
        assertThat(problems.lines()).containsExactly("odd.txt: nested too deeply to read");
    }

    @Test
    void closingTheStreamClosesTheSource() {
        CountingSource source = new CountingSource(5, null);

        try (Stream<Document> documents = source.stream()) {
            assertThat(documents.findFirst()).isPresent();
        }

        assertThat(source.released).isTrue();
        assertThat(source.reads).isEqualTo(1);
    }

    @Test
    void aSourceIsReadOnce() {
        CountingSource source = new CountingSource(1, null);
        source.iterator();

        assertThatThrownBy(source::iterator).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("odd.txt");
    }

    @Test
    void anInputThatIsNoValidPathIsOneProblem() throws Exception {
        assertThat(Fixtures.readAll("bad\0name.txt", problems)).isEmpty();

        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo("bad\0name.txt");
            assertThat(p.reason()).startsWith("not a valid path");
        });
    }

    /** Gives {@code count} documents, then fails with {@code failure} (or ends, when null). */
    private final class CountingSource extends LazySource {
        private final int count;
        private final Throwable failure;
        int reads;
        boolean released;

        CountingSource(int count, Throwable failure) {
            super("odd.txt", problems);
            this.count = count;
            this.failure = failure;
        }

        @Override
        Document read() throws IOException {
            reads++;
            if (reads <= count)
                return Document.of("odd.txt#" + reads, Format.TEXT, "Headline\n\nBody".getBytes(StandardCharsets.UTF_8));
            if (failure instanceof IOException io)
                throw io;
            if (failure instanceof RuntimeException runtime)
                throw runtime;
            if (failure instanceof Error error)
                throw error;
            return null;
        }

        @Override
        void release() {
            released = true;
        }
    }
}
