package org.casus.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One compact JSON object per line, in UTF-8, every field written even when null. */
final class JsonLinesWriter implements RowWriter {
    // Each feature that shapes the bytes is pinned, so a Jackson upgrade cannot change the output.
    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            // characters beyond the BMP (emoji, rare CJK) as real UTF-8, not as \\u surrogate escapes
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            // records are separated by our "\n", not by Jackson's default space
            .rootValueSeparator((String) null)
            .build();

    private final List<String> fields;
    private final JsonGenerator json;

    JsonLinesWriter(List<String> fields, OutputStream out) throws IOException {
        this.fields = List.copyOf(fields);
        this.json = JSON.createGenerator(out);
    }

    @Override
    public void write(List<?> values) throws IOException {
        if (values.size() != fields.size())
            throw new IllegalArgumentException(values.size() + " values for " + fields.size() + " fields");
        json.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            json.writeFieldName(fields.get(i));
            Object value = values.get(i);
            if (value == null)
                json.writeNull();
            else if (value instanceof String text)
                json.writeString(LoneSurrogates.replaced(text));
            else if (value instanceof Integer number)
                json.writeNumber(number);
            else if (value instanceof List<?> items)
                writeArray(items);
            else
                throw new IllegalArgumentException("cannot export a " + value.getClass().getName());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeArray(List<?> items) throws IOException {
        json.writeStartArray();
        for (Object item : items) {
            if (!(item instanceof String text))
                throw new IllegalArgumentException("cannot export a list holding " + item);
            json.writeString(LoneSurrogates.replaced(text));
        }
        json.writeEndArray();
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }
}
