package org.casus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.casus.event.EventCoder;
import org.casus.model.EventMention;
import org.casus.store.Store;

/**
 * Casus's readings of ECB+ documents kept between runs: the actor and event mentions in a Casus store
 * ({@code casus.db}) and the head lemmas in {@code lemmas.tsv} ({@code doc, key, lemma}), in a
 * folder named for a digest of the casus-core jar (less the reconcile stage), so that a changed
 * coder, lexicon or gazetteer reads everything afresh. Running from compiled classes rather than a
 * jar, nothing is kept.
 */
final class ReadingCache implements AutoCloseable {
    /**
     * Raise when the bench's own part of a reading changes ({@link EcbText}, {@link HeadLemma},
     * {@link EcbReader}); the bench jar itself is not digested, so that a new clusterer keeps the cache.
     */
    private static final int READING_VERSION = 2;

    /** Jar entries of the stage that runs on the readings, left out of the digest. */
    private static final String RECONCILE_STAGE = "org/casus/reconcile/";

    private final Store store;
    private final Path lemmaFile;
    private final Map<String, Map<String, String>> lemmas = new HashMap<>();

    private ReadingCache(Store store, Path lemmaFile) throws IOException {
        this.store = store;
        this.lemmaFile = lemmaFile;
        if (Files.isRegularFile(lemmaFile))
            for (String line : Files.readAllLines(lemmaFile, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", -1);
                if (cells.length != 3)
                    continue;
                Map<String, String> ofDocument = lemmas.computeIfAbsent(cells[0], d -> new HashMap<>());
                if (!cells[1].isEmpty())
                    ofDocument.put(cells[1], cells[2]);
            }
    }

    /** The cache under {@code parent} for the running casus-core; empty when it is not run from a jar. */
    static Optional<ReadingCache> open(Path parent) throws IOException {
        Path core;
        try {
            core = Path.of(EventCoder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no readable code source: nothing to key a cache on, so every run reads afresh
            return Optional.empty();
        }
        if (!Files.isRegularFile(core))
            return Optional.empty();
        Path folder = parent.resolve("ecb-coref-v" + READING_VERSION + "-" + digest(core));
        Files.createDirectories(folder);
        return Optional.of(new ReadingCache(Store.open(folder.resolve("casus.db").toString()),
                folder.resolve("lemmas.tsv")));
    }

    /** The kept reading of {@code text}, if its analysis was saved and its lemmas written. */
    Optional<CasusReading> get(EcbText text) throws IOException {
        String id = text.document().id();
        if (!lemmas.containsKey(id) || !store.isAnalyzed(id))
            return Optional.empty();
        List<EventMention> mentions = store.eventMentions(id);
        return Optional.of(new CasusReading(text, store.actorMentions(id), mentions, lemmas.get(id)));
    }

    void put(CasusReading reading) throws IOException {
        String id = reading.text().document().id();
        store.add(reading.text().article());
        store.saveAnalysis(id, reading.actors(), reading.mentions());
        StringBuilder rows = new StringBuilder();
        reading.lemmas().forEach((key, lemma) -> rows.append(id).append('\t').append(key).append('\t')
                .append(lemma.replace('\t', ' ').replace('\n', ' ')).append('\n'));
        // every document gets a row with an empty key, even one with no lemmas, so that it counts as kept
        rows.append(id).append("\t\t\n");
        Files.writeString(lemmaFile, rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        lemmas.put(id, new HashMap<>(reading.lemmas()));
    }

    @Override
    public void close() throws IOException {
        store.close();
    }

    private static String digest(Path jar) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        // entries in name order, leaving out the reconcile stage: it runs after the reading, so a
        // changed reconciler scores the same readings again instead of reading every document afresh
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream().filter(e -> !e.isDirectory())
                    .filter(e -> !e.getName().startsWith(RECONCILE_STAGE))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : entries) {
                sha.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(file.getInputStream(entry), sha)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 6);
    }
}
