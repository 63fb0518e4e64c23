package org.casus.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Tidies an author line as pages print it: "By JANE DOE | November 18, 2019 12:01 PM" names Jane Doe.
 * The line is cut where the date, a handle or a separator begins, since names hold none of those.
 */
final class Bylines {
    private static final Set<String> DATE_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "on",
            "updated", "published", "posted");

    private Bylines() {
    }

    static String clean(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.regionMatches(true, 0, "by ", 0, 3))
            s = s.substring(3).strip();
        int cut = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean startsWord = i == 0 || s.charAt(i - 1) == ' ';
            if (Character.isDigit(c) && startsWord || c == '|' || c == '•' || c == '·' || c == '\n'
                    || c == '@' && startsWord) {
                cut = i;
                break;
            }
        }
        s = s.substring(0, cut).strip();
        // what is left of a date after the cut: "Jeff Foust Monday, November"
        boolean trimmed = true;
        while (trimmed && !s.isEmpty()) {
            trimmed = false;
            s = stripEndPunctuation(s);
            int space = s.lastIndexOf(' ');
            String last = s.substring(space + 1).toLowerCase(Locale.ROOT).replace(".", "");
            if (DATE_WORDS.contains(last)) {
                s = space > 0 ? s.substring(0, space) : "";
                trimmed = true;
            }
        }
        return s;
    }

    private static String stripEndPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ",;:-–—/".indexOf(s.charAt(end - 1)) >= 0 || end > 0 && s.charAt(end - 1) == ' ')
            end--;
        return s.substring(0, end);
    }
}
