package org.casus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casus.model.ProblemReport;

/**
 * The regular files under a directory, depth first, each directory's entries in name order so
 * that two runs read the same files in the same order (DESIGN: same input, same output). Hidden
 * files and directories (a leading dot) are skipped, and so are a folder's own notes (README,
 * LICENSE, CHANGELOG and the like), which describe a corpus rather than belong to it; named on the
 * command line, such a file is read like any other. Links to directories are not followed, so
 * a link loop cannot make the walk endless; links to files are read. A directory that cannot be
 * listed is one problem, and the walk goes on.
 */
final class FileWalker implements Iterator<Path> {
    private static final Pattern FOLDER_NOTE = Pattern.compile(
            "(?i)(readme|license|licence|copying|changelog|notice|authors)([._-].*)?");
    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
    private final ProblemReport report;
    private Path next;

    FileWalker(Path root, ProblemReport report) {
        this.report = report;
        descend(root);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            Iterator<Path> entries = pending.peek();
            if (!entries.hasNext()) {
                pending.pop();
                continue;
            }
            Path entry = entries.next();
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                descend(entry);
            else if (Files.isRegularFile(entry))
                next = entry;
            // anything else (a socket, a dangling or directory link) holds no article
        }
        return next != null;
    }

    @Override
    public Path next() {
        if (!hasNext())
            throw new NoSuchElementException();
        Path result = next;
        next = null;
        return result;
    }

    private void descend(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> visible = entries.filter(p -> !isHidden(p) && !isFolderNote(p)).sorted(BY_NAME).toList();
            pending.push(visible.iterator());
        } catch (IOException | RuntimeException e) {
            report.report(directory.toString(), Reason.of(e));
        }
    }

    private static boolean isFolderNote(Path path) {
        Path name = path.getFileName();
        return name != null && FOLDER_NOTE.matcher(name.toString()).matches();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
