package org.casus.report;

import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A briefing as one self-contained HTML page: its style inline, its timeline charts as inline SVG,
 * nothing fetched from anywhere, so that it can be mailed or archived as one file.
 */
final class HtmlBriefing {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;max-width:78rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}h3{margin-top:1.5rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}svg{width:100%;height:auto;margin:.5rem 0}
            .conflict{fill:#c0392b;stroke:#c0392b}.cooperation{fill:#2471a3;stroke:#2471a3}
            .neutral{fill:#7f8c8d;stroke:#7f8c8d}.unreal{fill-opacity:0;stroke-width:1.5;stroke-dasharray:3 2}
            svg text{font:11px system-ui,sans-serif;fill:#555}
            """;

    private HtmlBriefing() {
    }

    static void write(List<Block> blocks, Appendable out) throws IOException {
        String title = blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).text()).findFirst().orElse("Casus briefing");
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Block.Heading h)
                out.append("<h").append(String.valueOf(h.level())).append('>').append(escape(h.text()))
                        .append("</h").append(String.valueOf(h.level())).append(">\n");
            else if (block instanceof Block.Paragraph p)
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            else if (block instanceof Block.Table t)
                table(t, out);
            else if (block instanceof Block.Chart c)
                out.append(TimelineChart.svg(c.story(), c.briefing())).append('\n');
        }
        out.append("</body>\n</html>\n");
    }

    private static void table(Block.Table table, Appendable out) throws IOException {
        out.append("<table>\n<tr>");
        for (String cell : table.header())
            out.append("<th>").append(escape(cell)).append("</th>");
        out.append("</tr>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (String cell : row)
                out.append("<td>").append(escape(cell)).append("</td>");
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    static String escape(String text) {
        return Entities.escape(text);
    }
}
