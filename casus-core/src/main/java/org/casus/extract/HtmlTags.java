package org.casus.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** How the extractor treats each HTML tag: which ones break text into blocks, which hold no text. */
final class HtmlTags {
    /** Tags that start a new line of text in a browser; everything else flows inline. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
            "br", "option", "legend", "frameset", "noframes");

    /** Tags whose content is never article text: code, media, form controls, embedded documents. */
    private static final Set<String> VOID_OF_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
            "embed", "video", "audio", "picture", "source", "track", "map", "button", "input", "select",
            "textarea", "option", "datalist", "output", "progress", "meter", "dialog", "head", "title",
            "meta", "link", "base", "frame", "frameset", "noframes", "applet", "param", "img", "area");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlTags() {
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    static boolean holdsNoText(Element e) {
        return VOID_OF_TEXT.contains(e.normalName());
    }

    static boolean isHeading(Element e) {
        return HEADINGS.contains(e.normalName());
    }
}
