package org.casus.store;

import java.util.List;
import java.util.stream.IntStream;
import org.casus.model.Article;

/**
 * Run in a child JVM by the analysis contract: stores articles, analyzes some of them one by one,
 * then dies without closing the store, the way a killed {@code casus analyze} does. Arguments: the
 * database, how many articles, how many of them to analyze.
 */
public final class AnalyzeThenHalt {
    private AnalyzeThenHalt() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(args[0]);
        List<Article> articles = IntStream.range(0, Integer.parseInt(args[1])).mapToObj(StoredArticles::numbered).toList();
        store.addAll(articles);
        for (Article article : articles.subList(0, Integer.parseInt(args[2])))
            store.saveAnalysis(article.id(), StoredAnalyses.numberedMentions(article));
        Runtime.getRuntime().halt(3);
    }
}
