package org.casus.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells an input's format from its first bytes. Content decides; the file name only breaks a tie
 * where the content could be either (a '{' that is not a one-line JSON object, an XML prolog
 * whose root is out of sight).
 */
final class FormatSniffer {
    /** How many leading bytes {@link #sniff} wants to see. */
    static final int HEAD_BYTES = 8192;

    private static final byte[][] BINARY_SIGNATURES = {
            {(byte) 0x89, 'P', 'N', 'G'}, {0x7f, 'E', 'L', 'F'}, {'%', 'P', 'D', 'F', '-'},
            {'P', 'K', 3, 4}, {'G', 'I', 'F', '8'}, {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
            {'7', 'z', (byte) 0xbc, (byte) 0xaf}, {'B', 'Z', 'h'}, {(byte) 0xfd, '7', 'z', 'X', 'Z'},
            {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}};

    private FormatSniffer() {
    }

    /** @param name the file name or URL path, for tie-breaks only; may be empty */
    static InputKind sniff(byte[] head, String name) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b)
            return InputKind.GZIP;
        Optional<Charset> bom = bomCharset(head);
        int start = bom.map(cs -> bomLength(head)).orElse(0);
        String lower = name.toLowerCase(Locale.ROOT);
        if (bom.isPresent() && !bom.get().equals(StandardCharsets.UTF_8)) {
            // UTF-16 text carries zero bytes by nature, so the binary test does not apply
            return sniffChars(new String(head, start, head.length - start, bom.get()), lower);
        }
        if (startsWith(head, start, "WARC/"))
            return InputKind.WARC;
        if (looksBinary(head, start))
            return InputKind.BINARY;
        // ISO-8859-1 maps every byte to one char, so markup and braces show whatever the encoding
        return sniffChars(new String(head, start, head.length - start, StandardCharsets.ISO_8859_1), lower);
    }

    /** The charset a byte-order mark declares, if the bytes start with one. */
    static Optional<Charset> bomCharset(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf)
            return Optional.of(StandardCharsets.UTF_8);
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)
            return Optional.of(StandardCharsets.UTF_16BE);
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)
            return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    private static int bomLength(byte[] head) {
        return (head[0] & 0xff) == 0xef ? 3 : 2;
    }

    private static boolean looksBinary(byte[] head, int start) {
        for (byte[] signature : BINARY_SIGNATURES)
            if (startsWith(head, start, signature))
                return true;
        int control = 0;
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == 0)
                return true;
            boolean whitespace = b == '\t' || b == '\n' || b == '\r' || b == '\f';
            if ((b < 0x20 && !whitespace && b != 0x1b) || b == 0x7f)
                control++;
        }
        // text in any 8-bit charset has next to no C0 controls; random bytes have about one in ten
        return control * 50 > head.length - start;
    }

    private static InputKind sniffChars(String head, String name) {
        String text = head.stripLeading();
        if (text.isEmpty())
            return InputKind.BLANK;
        char first = text.charAt(0);
        if (first == '<')
            return MarkupSniffer.sniff(text, name);
        if (first == '{')
            return sniffBrace(text, name);
        if (name.endsWith(".html") || name.endsWith(".htm"))
            return MarkupSniffer.hasTag(text) ? InputKind.HTML : InputKind.TEXT;
        return InputKind.TEXT;
    }

    private static InputKind sniffBrace(String text, String name) {
        int newline = text.indexOf('\n');
        String firstLine = (newline < 0 ? text : text.substring(0, newline)).strip();
        if (firstLine.endsWith("}"))
            return InputKind.JSONL;
        boolean jsonName = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
        return jsonName ? InputKind.JSONL : InputKind.TEXT;
    }

    private static boolean startsWith(byte[] head, int start, String prefix) {
        return startsWith(head, start, prefix.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] head, int start, byte[] prefix) {
        if (head.length - start < prefix.length)
            return false;
        for (int i = 0; i < prefix.length; i++)
            if (head[start + i] != prefix[i])
                return false;
        return true;
    }
}
