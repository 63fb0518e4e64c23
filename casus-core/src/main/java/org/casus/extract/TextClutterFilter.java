package org.casus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops page furniture from the lines (paragraphs) of a text article: notices, share buttons,
 * promoted headlines, repeated photo captions, spam, and everything after the article's end
 * ("Related posts", "Leave a comment"). Lines of prose are never dropped for their wording alone.
 */
final class TextClutterFilter {
    private static final int CAPTION_MAX = 250;
    /** "The funeral in Tehran, 30 November 2020." — a short scene label closed by its date. */
    /** "Workers inspect the tank. (Northern Ledger)" — a credit in brackets after the last full stop. */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(".*[.!?]\\s*\\([^()]{2,40}\\)$");
    private static final Pattern DATED_CAPTION = Pattern.compile(
            "^(?:\\S+\\s+){1,12}?\\S+,\\s+"
            + "(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\.?\\s+\\d{1,2}),?\\s+\\d{4}\\.?$");
    private final Pattern clutter = new DataFile("clutter-lines.txt").wholeLinePattern();
    private final Pattern sectionEnd = new DataFile("section-ends.txt").wholeLinePattern();
    private final Pattern promo = new DataFile("promo-markers.txt").wholeLinePattern();
    private final Pattern credit;
    private final SpamDetector spam = new SpamDetector();

    TextClutterFilter() {
        List<String> credits = new DataFile("photo-credits.txt").lines().stream().map(Pattern::quote).toList();
        // a caption ends with its credit and no full stop after it: "... in Tehran, 2007. Reuters"
        credit = Pattern.compile(".*[\\p{L}\\p{N}.,)]\\s+(?:(?:(?:photo|image|picture|credit)(?: by)?:\\s*[^.]{1,40})|"
                + String.join("|", credits) + ")$", Pattern.CASE_INSENSITIVE);
    }

    /** The lines worth keeping, in order. {@code lines} are trimmed and non-blank. */
    List<String> filter(List<String> lines) {
        Map<String, Integer> copies = new HashMap<>();
        for (String line : lines)
            if (line.length() < CAPTION_MAX) copies.merge(normalize(line), 1, Integer::sum);

        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (sectionEnd.matcher(line).matches() && !kept.isEmpty())
                break;
            if (promo.matcher(line).matches()) {
                // the promoted headlines that follow the marker go too; prose ends the list
                while (i + 1 < lines.size() && isHeadline(lines.get(i + 1))
                        && !sectionEnd.matcher(lines.get(i + 1)).matches()) i++;
                continue;
            }
            if (clutter.matcher(line).matches() || spam.isSpam(line) || isCaption(line)
                    || (i > 0 && line.length() < CAPTION_MAX && copies.getOrDefault(normalize(line), 0) > 1
                        && !normalize(line).equals(normalize(lines.get(0))))
                    || (i + 1 < lines.size() && isCaptionLead(line, lines.get(i + 1))))
                continue;
            kept.add(line);
        }
        return kept;
    }

    /** Short and without a sentence's closing punctuation. */
    private static boolean isHeadline(String line) {
        return line.split("\\s+").length < 20 && !line.matches(".*[.!?:;\"”’']$");
    }

    private boolean isCaption(String line) {
        return line.length() < CAPTION_MAX
                && (credit.matcher(line).matches() || DATED_CAPTION.matcher(line).matches()
                    || BRACKETED_CREDIT.matcher(line).matches());
    }

    /** A caption's first words shown again in full on the next line ("Jane Doe" / "Jane Doe, the ..."). */
    private static boolean isCaptionLead(String line, String next) {
        String a = normalize(line);
        String b = normalize(next);
        return a.length() < CAPTION_MAX && b.length() > a.length() && b.startsWith(a)
                && !Character.isLetterOrDigit(b.charAt(a.length()));
    }

    static String normalize(String line) {
        return line.strip().toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ");
    }
}
