package org.casus.report;

import java.util.List;

/** One piece of a laid-out briefing, which each output format draws in its own way. */
sealed interface Block {
    /** A section title; level 1 is the page's own. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph of plain text. */
    record Paragraph(String text) implements Block {
    }

    /** A table: a header row and rows of plain-text cells, as many as the header has. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            for (List<String> row : rows)
                if (row.size() != header.size())
                    throw new IllegalArgumentException(row.size() + " cells under " + header.size() + " headers");
        }
    }

    /** The timeline chart of one story; formats without pictures leave it out. */
    record Chart(StoryAccount story, Briefing briefing) implements Block {
    }
}
