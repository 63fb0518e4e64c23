package org.casus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One TimeML file: its id, creation date (DCT) and the text of {@code <TEXT>} with all tags removed,
 * which is the text the gold offsets count in.
 */
record TimeMlDocument(String id, LocalDate created, String text) {

    static TimeMlDocument read(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document xml = factory.newDocumentBuilder().parse(file.toFile());
            String id = only(xml, "DOCID", file).getTextContent().strip();
            Element dct = (Element) only(xml, "DCT", file).getElementsByTagName("TIMEX3").item(0);
            if (dct == null)
                throw new IOException(file + ": DCT holds no TIMEX3");
            String text = only(xml, "TEXT", file).getTextContent();
            return new TimeMlDocument(id, date(dct.getAttribute("value"), file), text);
        } catch (SAXException e) {
            throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    private static Element only(Document xml, String tag, Path file) throws IOException {
        NodeList found = xml.getElementsByTagName(tag);
        if (found.getLength() != 1)
            throw new IOException(file + ": expected one <" + tag + ">, found " + found.getLength());
        return (Element) found.item(0);
    }

    /** DCT values are dates, some with a time of day ("1998-02-06T22:19:00"); the date is what counts. */
    private static LocalDate date(String value, Path file) throws IOException {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new IOException(file + ": DCT value is not a date: " + value, e);
        }
    }
}
