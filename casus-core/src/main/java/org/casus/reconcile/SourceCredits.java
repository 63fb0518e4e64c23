package org.casus.reconcile;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text credits a news outlet with a report: "Middle East Eye reported", "officials told
 * the AP", "according to the Washington Post", "(The Washington Post) The Iraqi government ...". The
 * outlet names come from {@link OutletNames}; the frames around them are what make a name a credit,
 * so "the Iraqi army said" credits no outlet.
 */
final class SourceCredits {
    private static final String BEFORE = "(?i:according to|told|telling|reported by|cited by|quoted by|quoting|citing"
            + "|speaking to|spoke to|in an interview with|in a statement to|said to|confirmed to|first reported by)";
    private static final String AFTER = "(?:has |had |have |first |exclusively |also |earlier |previously )*"
            + "(?:reported|reports|revealed|learned|quoted|cited|wrote|said in a report|broke the news)";

    private final OutletNames names;
    private final Pattern credited;
    private final Pattern crediting;
    private final Pattern dateline;
    private final Pattern anywhere;

    SourceCredits(OutletNames names) {
        this.names = names;
        String name = "(?<name>" + names.pattern() + ")";
        this.credited = Pattern.compile("(?<![\\p{L}\\d])" + BEFORE + "\\s+(?:(?i:the)\\s+)?" + name);
        this.crediting = Pattern.compile("(?<![\\p{L}\\d])" + name + "(?:\\s*\\([\\p{Lu}]{2,6}\\))?,?\\s+" + AFTER);
        this.dateline = Pattern.compile("^\\s*\\((?:the\\s+|The\\s+)?" + name + "\\)");
        this.anywhere = Pattern.compile("(?<![\\p{L}\\d])" + name);
    }

    /** The first outlet {@code text} credits with a report, by its canonical name. */
    Optional<String> first(String text) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (Pattern p : new Pattern[] {credited, crediting, dateline}) {
            Matcher m = p.matcher(text);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = m.group("name");
            }
        }
        return Optional.ofNullable(found).map(names::canonical);
    }

    /** Every outlet {@code text} credits with a report, in order of first credit. */
    /** The outlet credited last in {@code text}, the one a later "the report said" points back at. */
    Optional<String> last(String text) {
        int best = -1;
        String found = null;
        for (Pattern p : new Pattern[] {credited, crediting, dateline}) {
            Matcher m = p.matcher(text);
            while (m.find())
                if (m.start() > best) {
                    best = m.start();
                    found = m.group("name");
                }
        }
        return Optional.ofNullable(found).map(names::canonical);
    }

    Set<String> all(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern p : new Pattern[] {credited, crediting, dateline}) {
            Matcher m = p.matcher(text);
            while (m.find())
                found.add(names.canonical(m.group("name")));
        }
        return found;
    }

    /**
     * The outlet an attribution names ("Islam News- Middel East Eye", "the AP"): a known outlet
     * anywhere in it, the last one when it names several (the credited one follows the crediting
     * one), or the whole attribution when it is itself shaped like an outlet's name.
     */
    Optional<String> inAttribution(String attribution) {
        Matcher m = anywhere.matcher(attribution);
        String last = null;
        while (m.find())
            if (names.known(m.group("name")) || m.end() == attribution.length() && m.start() <= 4)
                last = m.group("name");
        return Optional.ofNullable(last).map(names::canonical);
    }
}
