package org.casus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article out of plain text whose first line of content is the headline and whose
 * paragraphs are lines. Page clutter copied along with the text is dropped, and the metadata the
 * text states under its headline is read.
 */
final class TextArticleReader {
    private final TextClutterFilter clutter = new TextClutterFilter();
    private final TextHeaderReader header;

    TextArticleReader(OutletDirectory outlets) {
        this.header = new TextHeaderReader(outlets);
    }

    PageContent read(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R"))
            if (!line.isBlank()) lines.add(line.strip());
        List<String> kept = clutter.filter(lines);
        if (kept.isEmpty())
            return new PageContent("", "", java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty());
        String title = kept.get(0);
        List<String> rest = new ArrayList<>();
        for (String line : kept.subList(1, kept.size()))
            if (!TextClutterFilter.normalize(line).equals(TextClutterFilter.normalize(title)))
                rest.add(line);
        TextHeader head = header.read(rest);
        return new PageContent(title, String.join("\n\n", head.body()), head.outlet(), head.byline(),
                head.published());
    }
}
