package org.casus.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casus.export.ArticleExport;
import org.casus.export.EntityExport;
import org.casus.export.EscalationExport;
import org.casus.export.EventExport;
import org.casus.export.ExportFormat;
import org.casus.export.MentionExport;
import org.casus.model.Article;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.reconcile.EscalationIndex;
import org.casus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casus export}: stored records as JSON Lines or CSV, to standard output unless {@code --out}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write stored records as JSON Lines or CSV (formats: docs/formats/).")
final class ExportCommand implements Callable<Integer> {
    /** What can be exported. */
    enum What { articles, entities, events, mentions, escalation }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--what", defaultValue = "articles", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    What what;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "jsonl" -> ExportFormat.JSONL;
            case "csv" -> ExportFormat.CSV;
            default -> throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--format must be jsonl or csv, not " + format);
        };
        try (Store store = Store.open(database.db);
             OutputStream target = out == null ? new NonClosing(System.out)
                     : new BufferedOutputStream(new FileOutputStream(out.toFile()))) {
            switch (what) {
                case articles -> {
                    var storyOf = ArticleExport.storyIndex(store.stories()::iterator);
                    try (Stream<Article> articles = store.articles()) {
                        ArticleExport.write(exportFormat, articles::iterator, storyOf, target);
                    }
                }
                case entities -> {
                    try (Stream<Entity> entities = store.entities()) {
                        EntityExport.write(exportFormat, entities::iterator, target);
                    }
                }
                case events -> {
                    try (Stream<Event> events = store.events()) {
                        EventExport.write(exportFormat, events::iterator, target);
                    }
                }
                case escalation -> {
                    try (Stream<Event> events = store.events()) {
                        EscalationExport.write(exportFormat, EscalationIndex.of(events.toList()), target);
                    }
                }
                case mentions -> {
                    try (Stream<EventMention> mentions = store.eventMentions()) {
                        MentionExport.write(exportFormat, mentions::iterator, target);
                    }
                }
            }
        }
        return 0;
    }

    /** Standard output stays open for whoever prints after us. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
