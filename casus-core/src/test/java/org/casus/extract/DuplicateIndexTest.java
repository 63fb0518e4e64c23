package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.casus.model.Article;
import org.casus.model.Document;
import org.casus.model.Format;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static Article fixture(String name) throws IOException {
        try (InputStream in = DuplicateIndexTest.class.getResourceAsStream("/extract/" + name)) {
            return EXTRACTOR.extract(Document.of(name, Format.TEXT, in.readAllBytes()));
        }
    }

    @Test
    void marksASyndicatedCopyAsDuplicateOfTheFirstReport() throws IOException {
        DuplicateIndex index = new DuplicateIndex();
        Article original = index.mark(fixture("lighthouse-original.txt")).article();
        Article copy = index.mark(fixture("lighthouse-copy.txt")).article();
        assertThat(original.duplicateOf()).isEmpty();
        assertThat(copy.duplicateOf()).contains(original.id());
    }

    @Test
    void aReportRetoldInOtherWordsIsNotADuplicate() throws IOException {
        DuplicateIndex index = new DuplicateIndex();
        index.mark(fixture("lighthouse-original.txt")).article();
        assertThat(index.mark(fixture("lighthouse-retold.txt")).article().duplicateOf()).isEmpty();
    }

    @Test
    void readingTheSameArticleAgainKeepsItsFirstAnswer() throws IOException {
        DuplicateIndex index = new DuplicateIndex();
        Article original = index.mark(fixture("lighthouse-original.txt")).article();
        assertThat(index.mark(fixture("lighthouse-original.txt")).article().duplicateOf()).isEmpty();
        Article copy = index.mark(fixture("lighthouse-copy.txt")).article();
        assertThat(index.mark(fixture("lighthouse-copy.txt")).article().duplicateOf()).contains(original.id());
        assertThat(copy.id()).isNotEqualTo(original.id());
    }

    @Test
    void rememberedArticlesFromAnEarlierRunCatchNewCopies() throws IOException {
        DuplicateIndex earlier = new DuplicateIndex();
        Article original = earlier.mark(fixture("lighthouse-original.txt")).article();
        DuplicateIndex later = new DuplicateIndex();
        later.remember(original);
        assertThat(later.mark(fixture("lighthouse-copy.txt")).article().duplicateOf()).contains(original.id());
    }

    @Test
    void anOriginalReadAfterItsCopyTakesItsPlace() throws IOException {
        DuplicateIndex index = new DuplicateIndex();
        Article copy = index.mark(fixture("lighthouse-copy.txt")).article();
        DuplicateIndex.Marking original = index.mark(fixture("lighthouse-original.txt"));
        assertThat(copy.duplicateOf()).isEmpty();
        assertThat(original.article().duplicateOf()).isEmpty();
        assertThat(original.repointed()).containsEntry(copy.id(), original.article().id());
    }
}
