package org.casus.report;

import java.io.IOException;
import java.util.List;

/** A briefing as Markdown, readable as it stands in a terminal: headings, paragraphs, pipe tables. */
final class MarkdownBriefing {
    private MarkdownBriefing() {
    }

    static void write(List<Block> blocks, Appendable out) throws IOException {
        boolean first = true;
        for (Block block : blocks) {
            if (block instanceof Block.Chart)
                continue;
            if (!first)
                out.append('\n');
            first = false;
            if (block instanceof Block.Heading h)
                out.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append('\n');
            else if (block instanceof Block.Paragraph p)
                out.append(inline(p.text())).append('\n');
            else if (block instanceof Block.Table t)
                table(t, out);
        }
    }

    private static void table(Block.Table table, Appendable out) throws IOException {
        row(table.header(), out);
        out.append('|');
        for (int i = 0; i < table.header().size(); i++)
            out.append(" --- |");
        out.append('\n');
        for (List<String> row : table.rows())
            row(row, out);
    }

    private static void row(List<String> cells, Appendable out) throws IOException {
        out.append('|');
        for (String cell : cells)
            out.append(' ').append(inline(cell).replace("|", "\\|")).append(" |");
        out.append('\n');
    }

    /**
     * Text on one line, with the characters escaped that Markdown would read as markup anywhere in
     * a line (code, emphasis, raw HTML); brackets and intraword underscores read as text already,
     * and escaping them would clutter the briefing in a terminal.
     */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replaceAll("\\s+", " ").strip().toCharArray()) {
            if ("\\`*<".indexOf(c) >= 0)
                out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
