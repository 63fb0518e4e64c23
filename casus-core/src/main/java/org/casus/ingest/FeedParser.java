package org.casus.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses RSS and Atom with Rome, on XML read by a parser that refuses DOCTYPEs outright: no
 * external entity, DTD or XInclude is ever fetched, so a feed cannot read local files (XXE).
 * Rome's own builder would set the same features but silently carries on if a parser ignores
 * them; here a parser that cannot be locked down stops the run at startup.
 */
final class FeedParser {
    private static final int MAX_DEPTH = 500;
    private static final DocumentBuilderFactory XML = lockedDownFactory();

    private FeedParser() {
    }

    /**
     * @param contentType the HTTP Content-Type, when the feed came from a server: its charset
     *                    counts where the XML declaration is silent
     * @throws BadInputException naming {@code origin:line:column} when the XML is broken
     */
    static SyndFeed parse(String origin, byte[] xml, Optional<String> contentType) throws IOException {
        org.w3c.dom.Document dom;
        try (Reader reader = new XmlFixerReader(open(xml, contentType))) {
            DocumentBuilder builder = XML.newDocumentBuilder();
            builder.setErrorHandler(RAISE);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity not allowed: " + systemId);
            });
            dom = builder.parse(new InputSource(reader));
        } catch (SAXParseException e) {
            throw new BadInputException(origin + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
                    xmlReason(e));
        } catch (SAXException e) {
            throw new BadInputException(origin, "not well-formed XML: " + Reason.shorten(String.valueOf(e.getMessage())));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot configure the XML parser", e);
        }
        try {
            // Locale.US: RSS dates use English day and month names, whatever the JVM's locale
            return new SyndFeedInput(false, Locale.US).build(dom);
        } catch (IllegalArgumentException e) {
            String root = dom.getDocumentElement().getTagName();
            throw new BadInputException(origin, "not an RSS or Atom feed (root element <" + root + ">)");
        } catch (FeedException e) {
            throw new BadInputException(origin, "not a readable feed: " + Reason.shorten(String.valueOf(e.getMessage())));
        }
    }

    private static Reader open(byte[] xml, Optional<String> contentType) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(xml);
        // lenient: a wrong charset label is common and should not cost the feed
        return contentType.isPresent() ? new XmlReader(in, contentType.get(), true) : new XmlReader(in, true);
    }

    private static String xmlReason(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE"))
            return "DOCTYPE not allowed (feeds are read without DTDs or external entities)";
        return Reason.shorten(message);
    }

    private static final ErrorHandler RAISE = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings leave the document usable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static DocumentBuilderFactory lockedDownFactory() {
        // the JDK's own parser: CoreNLP puts an old Xerces on the class path, which lacks the
        // depth limit below, and newInstance() would pick it
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Rome turns the DOM into JDOM recursively: deep nesting must fail here, not overflow the stack
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be secured against external entities", e);
        }
        return factory;
    }
}
