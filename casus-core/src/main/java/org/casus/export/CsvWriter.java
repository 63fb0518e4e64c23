package org.casus.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 quotes it, with a header row of field names, in UTF-8 without a byte order mark.
 * Lines end in "\n" rather than the RFC's CRLF, like the JSON Lines export. A null is an empty
 * field and an empty string is {@code ""}, so the two stay apart. A list is one field, its items
 * joined with {@code |}, a {@code |} or {@code \} inside an item preceded by {@code \}; a map, a
 * {@link Nested} list, or a list of anything but strings, is one field holding its compact JSON.
 */
final class CsvWriter implements RowWriter {
    private final int width;
    private final Writer out;

    CsvWriter(List<String> fields, OutputStream stream) throws IOException {
        this.width = fields.size();
        // text reaching the encoder is well-formed; should that ever fail, report it, never write '?'
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()));
        write(fields);
    }

    @Override
    public void write(List<?> values) throws IOException {
        if (values.size() != width)
            throw new IllegalArgumentException(values.size() + " values for " + width + " fields");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0)
                out.write(',');
            out.write(field(values.get(i)));
        }
        out.write('\n');
    }

    private static String field(Object value) {
        if (value == null)
            return "";
        if (value instanceof Integer || value instanceof Long || value instanceof Double)
            return value.toString();
        String raw;
        if (value instanceof String string)
            raw = string;
        else if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance))
            raw = joined(items);
        else if (value instanceof Nested nested)
            raw = JsonLinesWriter.inline(nested.items()); // a cell cannot hold nesting: it holds the JSON
        else if (value instanceof List<?> || value instanceof java.util.Map<?, ?>)
            raw = JsonLinesWriter.inline(value);
        else
            throw new IllegalArgumentException("cannot export a " + value.getClass().getName());
        String text = LoneSurrogates.replaced(raw);
        // RFC 4180 section 2, rules 6 and 7: quote fields holding a separator, a quote or a line break
        boolean quote = text.isEmpty() || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The items of a list field as one string: a spreadsheet cell cannot hold a list. */
    private static String joined(List<?> items) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = (String) items.get(i);
            if (i > 0)
                joined.append('|');
            // escaped, so that an item holding the separator still splits back into itself
            joined.append(item.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return joined.toString();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
