package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes to the detector and to every reader: each may refuse the input, but with at most
 * one problem line per input, and no exception may escape. Some inputs start with a format's
 * signature so that the reader behind the detector gets past its first check.
 */
class GarbageInputTest {
    private static final int ROUNDS = 150;
    private static final String[] PREFIXES = {"", "WARC/1.0\r\n", "WARC/1.1\r\nContent-Length: 12\r\n\r\n",
            "{\"text\":", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", "<feed>", "<html>",
            "\u001f\u008b\u0008\u0000", "\n\n{}\n"};

    @TempDir
    Path temp;

    @Test
    void everyReaderSurvivesRandomBytesWithAtMostOneProblemPerInput() throws Exception {
        long seed = Long.getLong("casus.garbage.seed", System.nanoTime());
        System.out.println("GarbageInputTest seed: " + seed + " (rerun with -Dcasus.garbage.seed=" + seed + ")");
        Random random = new Random(seed);
        SizeLimit limit = new SizeLimit(64 * 1024);
        DocumentSources sources = new DocumentSources(IngestSettings.defaults());

        for (int round = 0; round < ROUNDS; round++) {
            byte[] garbage = garbage(random);
            String name = "round" + round;

            assertThatCode(() -> FormatSniffer.sniff(garbage, name)).as(name).doesNotThrowAnyException();
            survives(name + ".jsonl", report -> new JsonLinesSource(name + ".jsonl",
                    new ByteArrayInputStream(garbage), limit, report));
            survives(name + ".xml", report -> new FeedSource(name + ".xml", garbage, Optional.empty(), report));
            survives(name + ".warc", report -> new WarcSource(name + ".warc",
                    Channels.newChannel(new ByteArrayInputStream(garbage)), limit, report));
            Path file = temp.resolve(name + (round % 3 == 0 ? ".gz" : ".bin"));
            Files.write(file, garbage);
            CollectedProblems fileProblems = new CollectedProblems();
            assertThatCode(() -> Fixtures.readAll(sources.open(file.toString(), fileProblems)))
                    .as(file.toString()).doesNotThrowAnyException();
            assertThat(fileProblems.perInput().values()).as(fileProblems.lines().toString()).allMatch(n -> n == 1);
        }
    }

    private static void survives(String input, Function<CollectedProblems, Source> reader) {
        CollectedProblems problems = new CollectedProblems();
        assertThatCode(() -> Fixtures.readAll(reader.apply(problems))).as(input).doesNotThrowAnyException();
        assertThat(problems.perInput().values()).as(input + " " + problems.lines()).allMatch(n -> n == 1);
    }

    private static byte[] garbage(Random random) {
        byte[] prefix = PREFIXES[random.nextInt(PREFIXES.length)].getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[prefix.length + random.nextInt(3000)];
        random.nextBytes(bytes);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        if (random.nextBoolean()) {
            // mostly printable noise reaches the parsers past the binary check
            for (int i = prefix.length; i < bytes.length; i++)
                bytes[i] = (byte) (0x20 + Math.floorMod(bytes[i], 0x5f));
            for (int i = prefix.length; i < bytes.length; i += 1 + random.nextInt(80))
                bytes[i] = '\n';
        }
        return bytes;
    }
}
