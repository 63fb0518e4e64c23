package org.casus.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

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
            writeValue(json, values.get(i));
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** One value as compact JSON text, for formats whose cells cannot hold a nested value. */
    static String inline(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return text.toString();
    }

    /** Strings, whole and decimal numbers, lists, and maps (in their own order), nested as deep as they go. */
    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null)
            json.writeNull();
        else if (value instanceof String text)
            json.writeString(LoneSurrogates.replaced(text));
        else if (value instanceof Integer || value instanceof Long)
            json.writeNumber(((Number) value).longValue());
        else if (value instanceof Double number)
            json.writeNumber(number);
        else if (value instanceof Nested nested)
            writeValue(json, nested.items());
        else if (value instanceof List<?> items) {
            json.writeStartArray();
            for (Object item : items)
                writeValue(json, item);
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key))
                    throw new IllegalArgumentException("cannot export a map keyed by " + entry.getKey());
                json.writeFieldName(key);
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else
            throw new IllegalArgumentException("cannot export a " + value.getClass().getName());
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }
}
