package org.casus.store;

/**
 * Run in a child JVM by the store contract: adds articles one by one, then dies without closing
 * the store, the way a killed ingest does. Arguments: the database, how many articles.
 */
public final class AddThenHalt {
    private AddThenHalt() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.open(args[0]);
        int count = Integer.parseInt(args[1]);
        for (int n = 0; n < count; n++)
            store.add(StoredArticles.numbered(n));
        Runtime.getRuntime().halt(3);
    }
}
