package org.casus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.casus.model.Article;

/**
 * One ECB+ news text with its gold story: the subtopic (one real-world event) and the topic (the
 * kind of event, two subtopics each), read from {@code derived/documents.tsv} and the document's XML.
 *
 * @param split train, dev or test (Barhom et al. 2019)
 * @param text  the document's tokens joined by spaces, one sentence a paragraph; in {@code ecbplus}
 *              documents sentence 0, the source URL broken into tokens, is left out
 */
record EcbDocument(String id, int topic, String subtopic, String split, String text) {

    /** The text as an article with no title, date or outlet, as the ECB+ files give none. */
    Article article() {
        return new Article(id, id + ".xml", Optional.empty(), Optional.empty(), "", Optional.empty(),
                Optional.empty(), Optional.of("en"), text, Optional.empty());
    }

    /** Every document listed in {@code derived/documents.tsv} of the ECB+ folder, in its order. */
    static List<EcbDocument> readAll(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("derived/documents.tsv"), StandardCharsets.UTF_8);
        List<EcbDocument> documents = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            int topic = Integer.parseInt(f[1]);
            Path xml = folder.resolve("ECB+").resolve(f[1]).resolve(f[0] + ".xml");
            documents.add(new EcbDocument(f[0], topic, f[2], f[3], textOf(xml, f[0].endsWith("ecbplus"))));
        }
        return documents;
    }

    private static String textOf(Path xml, boolean skipUrlSentence) throws IOException {
        Map<Integer, StringBuilder> sentences = new TreeMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("token")) {
                    int sentence = Integer.parseInt(reader.getAttributeValue(null, "sentence"));
                    String token = reader.getElementText().strip();
                    if (skipUrlSentence && sentence == 0 || token.isEmpty()) continue;
                    StringBuilder words = sentences.computeIfAbsent(sentence, s -> new StringBuilder());
                    if (words.length() > 0) words.append(' ');
                    words.append(token);
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException(xml + ": not an ECB+ document: " + e.getMessage(), e);
        }
        return String.join("\n\n", sentences.values());
    }
}
