package org.casus.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a document's bytes: a byte-order mark first, then the charset the source declared, then a
 * {@code <meta charset>} in the page, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (the
 * legacy encoding that browsers assume for Latin-1 pages).
 */
final class CharsetSniffer {
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    String decode(byte[] bytes, Optional<String> declared, boolean html) throws ExtractionException {
        if (looksBinary(bytes))
            throw new ExtractionException("binary data, not text");
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf)
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        Optional<Charset> named = declared.flatMap(CharsetSniffer::charset);
        if (named.isEmpty() && html) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META.matcher(head);
            if (m.find()) named = charset(m.group(1));
        }
        // a page that says UTF-8 but is not is common; trust the bytes over the label then
        if (named.isPresent() && !named.get().equals(StandardCharsets.UTF_8))
            return new String(bytes, named.get());
        return validUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
    }

    private static Optional<Charset> charset(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // browsers read pages labelled Latin-1 as windows-1252, a superset
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) return Optional.of(WINDOWS_1252);
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty(); // an unknown label is ignored, as browsers do
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** NUL and other control bytes are rare in text of any single-byte or UTF-8 encoding. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return !(n >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff));
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
        }
        return n > 0 && control > n / 20;
    }
}
