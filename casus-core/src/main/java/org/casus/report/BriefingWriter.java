package org.casus.report;

import java.io.IOException;

/** Writes a {@link Briefing} in one of the report formats. */
public final class BriefingWriter {
    /** The formats of {@code casus report}. */
    public enum Format {
        /** Markdown: headings and pipe tables, readable in a terminal as it stands. */
        MD,
        /** One self-contained HTML page with a timeline chart per story. */
        HTML
    }

    private BriefingWriter() {
    }

    /** Writes {@code briefing} to {@code out}, which stays open. */
    public static void write(Briefing briefing, Format format, Appendable out) throws IOException {
        var blocks = BriefingLayout.of(briefing);
        switch (format) {
            case MD -> MarkdownBriefing.write(blocks, out);
            case HTML -> HtmlBriefing.write(blocks, out);
        }
    }
}
