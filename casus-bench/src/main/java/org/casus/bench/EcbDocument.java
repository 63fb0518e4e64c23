package org.casus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of one ECB+ document (CAT XML, {@code ECB+/<topic>/<doc>.xml}): its tokens in order.
 * Markables and relations are not read here; the gold mentions come from {@code derived/mentions.tsv}.
 *
 * @param id       the file name without {@code .xml}, such as {@code 36_1ecbplus}
 * @param subtopic the gold subtopic, {@code <topic>_ecb} or {@code <topic>_ecbplus}
 * @param tokens   in document order; in {@code ecbplus} documents sentence 0, the source address
 *                 broken into tokens, is left out, since it is no part of the story's text
 */
record EcbDocument(String id, int topic, String subtopic, List<EcbToken> tokens) {

    EcbDocument {
        tokens = List.copyOf(tokens);
    }

    static EcbDocument read(Path xml, int topic, String subtopic) throws IOException {
        String id = xml.getFileName().toString().replaceFirst("\\.xml$", "");
        boolean addressFirst = id.endsWith("ecbplus");
        List<EcbToken> tokens = new ArrayList<>();
        // the JDK's own StAX parser, not whichever one a dependency registers
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT || !reader.getLocalName().equals("token"))
                        continue;
                    int line = reader.getLocation().getLineNumber();
                    int tokenId = number(reader, "t_id", xml, line);
                    int sentence = number(reader, "sentence", xml, line);
                    String word = reader.getElementText();
                    if (!(addressFirst && sentence == 0))
                        tokens.add(new EcbToken(tokenId, sentence, word));
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(xml + ": not ECB+ XML: " + e.getMessage(), e);
        }
        if (tokens.isEmpty())
            throw new IOException(xml + ": no tokens");
        return new EcbDocument(id, topic, subtopic, tokens);
    }

    private static int number(XMLStreamReader reader, String attribute, Path xml, int line) throws IOException {
        String value = reader.getAttributeValue(null, attribute);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IOException(xml + ":" + line + ": token " + attribute + " is '" + value + "', not a number");
        }
    }
}
