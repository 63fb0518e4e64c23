package org.casus.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads outlet, byline and publication date from the short lines between a text article's headline
 * and its first paragraph of prose, and the outlet from a lead such as "(The Washington Post) ..." or
 * "Gulf News- ...". Dates in the body are never taken for the publication date.
 */
final class TextHeaderReader {
    private static final int HEADER_LINES = 8;
    private static final int PROSE_WORDS = 20;
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+(.{2,80})$");
    private static final Pattern PAREN_LEAD = Pattern.compile("^\\(([^()]{2,50})\\)\\s+\\S");
    private static final Pattern DASH_LEAD = Pattern.compile("^([\\p{Lu}][\\p{L}&'’. ]{1,40}?)\\s*[-–—]\\s+\\S");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)(published|updated|posted|last|on|at|am|pm|gmt|utc|et|edt|est|\\d{1,2}:\\d{2}"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[,|:·-])");
    /** Last words that mark a name as a publisher's rather than a person's. */
    private static final Set<String> OUTLET_WORDS = Set.of("news", "post", "times", "press", "agency",
            "wire", "herald", "journal", "tribune", "daily", "today", "gazette", "observer", "express",
            "telegraph", "guardian", "chronicle", "dispatch", "monitor", "eye", "network", "tv", "radio",
            "review", "standard", "star", "mail", "courier", "examiner", "bulletin", "insider", "weekly",
            "media", "newswire", "reporter", "register", "sentinel", "independent", "ledger", "record",
            "inquirer", "enquirer", "globe", "mirror", "beacon", "citizen", "messenger", "telegram", "voice",
            "online", "channel", "broadcasting", "service");

    private final OutletDirectory outlets;

    TextHeaderReader(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    TextHeader read(List<String> lines) {
        Optional<String> outlet = Optional.empty();
        Optional<String> byline = Optional.empty();
        Optional<LocalDate> published = Optional.empty();
        List<String> body = new ArrayList<>();
        boolean inHeader = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inHeader && (i >= HEADER_LINES || words(line) >= PROSE_WORDS))
                inHeader = false;
            if (inHeader) {
                Matcher by = BY.matcher(line);
                if (by.matches()) {
                    String name = by.group(1).strip();
                    // "By Jane Doe, Northern Ledger": the author, then the publisher
                    int comma = name.lastIndexOf(',');
                    if (comma > 0) {
                        Optional<String> after = outletNamed(name.substring(comma + 1).strip());
                        if (after.isPresent()) {
                            outlet = outlet.or(() -> after);
                            name = name.substring(0, comma).strip();
                        }
                    }
                    Optional<String> asOutlet = outletNamed(name);
                    String author = name;
                    if (asOutlet.isPresent()) outlet = outlet.or(() -> asOutlet);
                    else byline = byline.or(() -> Optional.of(author));
                    continue;
                }
                Optional<LocalDate> date = dateLine(line);
                if (date.isPresent()) {
                    published = published.or(() -> date);
                    continue;
                }
                Optional<String> named = outlets.byName(line);
                if (named.isPresent()) {
                    outlet = outlet.or(() -> named);
                    continue;
                }
            }
            if (outlet.isEmpty() && body.isEmpty())
                outlet = leadOutlet(line);
            body.add(line);
        }
        // the outlet's name alone at the end of the text is its signature, not article text
        while (outlet.isPresent() && !body.isEmpty()
                && TextClutterFilter.normalize(body.get(body.size() - 1))
                        .equals(TextClutterFilter.normalize(outlet.get())))
            body.remove(body.size() - 1);
        return new TextHeader(outlet, byline, published, body);
    }

    /** A line that is a date and nothing else but words like "Published", a weekday or a time. */
    private static Optional<LocalDate> dateLine(String line) {
        Optional<LocalDate> date = DateText.find(line);
        if (date.isEmpty()) return date;
        String rest = DATE_WORDS.matcher(line.replaceAll("(?i)\\b[a-z]+\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
                + "|\\d{1,2}\\s+[a-z]+\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}\\S*", "")).replaceAll("");
        return words(rest) <= 2 ? date : Optional.empty();
    }

    private Optional<String> leadOutlet(String line) {
        for (Pattern lead : List.of(PAREN_LEAD, DASH_LEAD)) {
            Matcher m = lead.matcher(line);
            if (m.find()) {
                String name = m.group(1).strip();
                // "BAGHDAD —" is a dateline naming a city, not a publisher
                if (!name.equals(name.toUpperCase(java.util.Locale.ROOT)))
                    return outletNamed(name);
            }
        }
        return Optional.empty();
    }

    private Optional<String> outletNamed(String name) {
        Optional<String> known = outlets.byName(name);
        if (known.isPresent()) return known;
        String[] words = name.split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return OUTLET_WORDS.contains(last) && words.length <= 5 ? Optional.of(name) : Optional.empty();
    }

    private static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
