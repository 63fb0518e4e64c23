package org.casus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    @Test
    void contentBeatsAMisleadingFileName() {
        assertThat(sniff("<!DOCTYPE html><html><body>x</body></html>", "notes.txt")).isEqualTo(InputKind.HTML);
        assertThat(sniff("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", "page.html")).isEqualTo(InputKind.FEED);
        assertThat(sniff("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", "story.txt")).isEqualTo(InputKind.JSONL);
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "page.html")).isEqualTo(InputKind.WARC);
        assertThat(sniff("Just a headline\n\nand a body.", "feed.xml")).isEqualTo(InputKind.TEXT);
    }

    @Test
    void findsTheRootElementPastPrologCommentsAndDoctype() {
        assertThat(sniff("\n  <?xml version=\"1.0\"?>\n<!-- generated nightly -->\n<?xml-stylesheet href=\"s.xsl\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "")).isEqualTo(InputKind.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", "")).isEqualTo(InputKind.FEED);
        assertThat(sniff("<!DOCTYPE rss [<!ENTITY a \"b\">]><rss>", "")).isEqualTo(InputKind.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", "")).isEqualTo(InputKind.HTML);
        assertThat(sniff("<div class=\"story\"><p>Fragment</p></div>", "")).isEqualTo(InputKind.HTML);
    }

    @Test
    void letsTheNameBreakATieTheContentLeavesOpen() {
        String longComment = "<!--" + "x".repeat(FormatSniffer.HEAD_BYTES) + "-->";
        assertThat(sniff(longComment, "world.rss")).isEqualTo(InputKind.FEED);
        assertThat(sniff(longComment, "world.html")).isEqualTo(InputKind.HTML);
        assertThat(sniff("{ a brace opens this text", "notes.txt")).isEqualTo(InputKind.TEXT);
        assertThat(sniff("{\"text\":\n \"pretty printed\"}", "batch.jsonl")).isEqualTo(InputKind.JSONL);
    }

    @Test
    void treatsAngleBracketsThatAreNoTagsAsText() {
        assertThat(sniff("<3 from the whole team\n\nThanks.", "")).isEqualTo(InputKind.TEXT);
        assertThat(sniff("<< Breaking >> Storm warning", "")).isEqualTo(InputKind.TEXT);
    }

    @Test
    void tellsBinaryFromLegacyEncodedText() {
        byte[] latin1 = "Caf\u00e9 cr\u00e8me, na\u00efve fa\u00e7ade \u00a9 2025".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cp1252 = {'Q', 'u', 'o', 't', 'e', ' ', (byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0x96, ' ', 'o', 'k'};
        assertThat(FormatSniffer.sniff(latin1, "")).isEqualTo(InputKind.TEXT);
        assertThat(FormatSniffer.sniff(cp1252, "")).isEqualTo(InputKind.TEXT);
        assertThat(FormatSniffer.sniff(new byte[]{'a', 'b', 0, 'c'}, "")).isEqualTo(InputKind.BINARY);
        assertThat(FormatSniffer.sniff(new byte[]{'%', 'P', 'D', 'F', '-', '1', '.', '7'}, "x.txt")).isEqualTo(InputKind.BINARY);
        assertThat(FormatSniffer.sniff(new byte[]{0x1f, (byte) 0x8b, 8, 0}, "x.txt")).isEqualTo(InputKind.GZIP);
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        byte[] utf16 = "\ufeff<html><body>Hallo</body></html>".getBytes(StandardCharsets.UTF_16LE);

        assertThat(FormatSniffer.sniff(utf16, "")).isEqualTo(InputKind.HTML);
        assertThat(FormatSniffer.bomCharset(utf16)).contains(StandardCharsets.UTF_16LE);
    }

    @Test
    void callsWhitespaceBlank() {
        assertThat(sniff(" \r\n\t ", "")).isEqualTo(InputKind.BLANK);
    }

    private static InputKind sniff(String content, String name) {
        return FormatSniffer.sniff(content.getBytes(StandardCharsets.UTF_8), name);
    }
}
