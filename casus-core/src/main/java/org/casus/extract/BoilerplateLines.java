package org.casus.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes the short labels that page widgets leave inside a body ("Advertisement", "Comments",
 * "You may also like", "Image 2 of 5") once the markup is gone. Only whole short lines are matched,
 * never words inside a sentence, so body text that mentions an advertisement stays.
 */
final class BoilerplateLines {
    /** Longer than this, a line is text, whatever it says. */
    private static final int MAX_LABEL = 60;

    /** Widget labels, lower-case, without end punctuation; English and the languages news comes in most. */
    private static final Set<String> LABELS = Set.of(
            "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
            "paid content", "promoted", "story continues below advertisement", "continue reading below",
            "article continues below", "continue reading", "continue reading the main story",
            "comments", "comment", "leave a comment", "add a comment", "show comments", "view comments",
            "share", "share this", "share this article", "share this story", "share on facebook",
            "share on twitter", "tweet", "email", "print", "save", "copy link", "link copied",
            "related", "related articles", "related stories", "related posts", "related content",
            "related links", "read more", "read next", "read this next", "up next", "don't miss",
            "dont miss", "more", "more stories", "more from", "more on this story", "see also", "see more",
            "you may also like", "you might also like", "recommended", "recommended for you", "trending",
            "trending now", "most popular", "most read", "popular", "top stories", "latest news",
            "tags", "topics", "filed under", "categories", "skip", "skip to content", "back to top",
            "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "newsletter",
            "follow us", "learn more", "click here", "show more", "load more", "loading", "text size",
            "this slideshow requires javascript", "please enable javascript", "click to tweet",
            "enlarge this image", "toggle caption", "hide caption", "image", "photo", "video", "audio",
            "play video", "watch", "listen", "key points",
            // Spanish, Portuguese, French, Italian, German, Dutch, Indonesian, Russian, Turkish
            "publicidad", "anuncio", "comentarios", "compartir", "lee también", "leer más", "relacionado",
            "publicidade", "comentários", "compartilhe", "leia mais", "leia também", "veja também",
            "publicité", "commentaires", "partager", "lire aussi", "à lire aussi", "lire la suite",
            "pubblicità", "commenti", "condividi", "leggi anche", "leggi di più",
            "anzeige", "werbung", "kommentare", "teilen", "lesen sie auch", "mehr zum thema", "weiterlesen",
            "advertentie", "reacties", "delen", "lees ook", "lees meer",
            "iklan", "komentar", "bagikan", "baca juga", "baca selengkapnya",
            "реклама", "комментарии", "поделиться", "читайте также", "читать далее", "смотрите также",
            "reklam", "yorumlar", "paylaş", "ilgili haberler");

    /** Counters and fragments: "Image 2 of 5", "3/12", "12 comments", "Tempo de leitura: 2 minutos". */
    private static final Pattern FRAGMENTS = Pattern.compile(
            "(?:(?:image|photo|picture|slide|foto|bild|imagem)\\s*)?\\d+\\s*(?:of|/|de|di|von|из)\\s*\\d+"
                    + "|\\d+\\s*(?:comments?|shares?|comentários|comentarios|commentaires|kommentare|комментари[ея]в?)"
                    + "|(?:\\d+\\s*(?:min|minute|minutes|mins)\\s*read)|(?:reading time|tempo de leitura|lesezeit|temps de lecture)"
                    + "\\s*:?\\s*\\d+\\s*\\p{L}*");

    /** A picture credit left without its picture: "Photo: Reuters", "(Image by J. Doe/AP)". */
    private static final Pattern CREDIT = Pattern.compile(
            "\\(?(?:photo|photograph|image|picture|credit|foto|bild|imagem)s?(?:\\s+credit)?\\s*(?::|by\\s).*");

    /** Lines that file the story rather than tell it: "Filed under: Politics | Europe", "Tags: ...". */
    private static final Pattern FILING = Pattern.compile(
            "(?:filed under|tags|tagged|tagged with|categories|category|posted in|topics|keywords|themen|"
                    + "schlagworte|etiquetas|marcadores|tópicos|mots-clés|argomenti|теги|метки|рубрика)\\s*:.*");

    /** A filing line may run longer than a label, listing many topics. */
    private static final int MAX_FILING = 200;

    /** Words a printed time stamp is made of, besides numbers, in the languages above. */
    private static final Set<String> TIME_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
            "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december", "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday",
            "sat", "saturday", "sun", "sunday", "am", "pm", "a", "p", "m", "at", "on", "updated", "published",
            "posted", "last", "modified", "gmt", "utc", "et", "est", "edt", "ct", "pt", "pst", "bst", "cet", "ist",
            "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro", "segunda", "terça", "quarta", "quinta", "sexta", "feira", "sábado", "domingo",
            "enero", "febrero", "marzo", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre",
            "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "de", "às", "as", "h", "del", "le",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
            "ottobre", "dicembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "um", "uhr",
            "publicado", "publicada", "atualizado", "actualizado", "publié", "pubblicato", "veröffentlicht");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private BoilerplateLines() {
    }

    /** The paragraphs without the ones that are only a widget label. */
    static List<String> drop(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (!isLabel(p))
                out.add(p);
        }
        return out;
    }

    static boolean isLabel(String line) {
        // past a label's length only a filing line can match, and it names itself before a colon
        if (line.length() > MAX_FILING || line.length() > MAX_LABEL && line.indexOf(':') < 0)
            return false;
        String key = normalize(line);
        if (FILING.matcher(key).matches())
            return true;
        if (line.length() > MAX_LABEL)
            return false;
        return key.isEmpty() || LABELS.contains(key) || FRAGMENTS.matcher(key).matches() || isTimestamp(key)
                || CREDIT.matcher(key).matches() && !endsSentence(line);
    }

    /**
     * "20 Nov, 2019 05:47", "Updated November 18, 2019": a line of nothing but a date, with a year.
     * A bare time ("3:10 p.m.") stays: live reports use times as section heads.
     */
    private static boolean isTimestamp(String key) {
        boolean year = false;
        for (String word : NON_WORD.split(key)) {
            if (word.isEmpty())
                continue;
            if (word.chars().allMatch(Character::isDigit))
                year |= word.length() == 4 && (word.startsWith("19") || word.startsWith("20"));
            else if (!TIME_WORDS.contains(word))
                return false;
        }
        return year;
    }

    /** A credit is a label; "Pictures by the dozen were taken." is a sentence. */
    private static boolean endsSentence(String line) {
        String s = line.strip();
        return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Lower case, curly quotes made straight, trailing punctuation and ellipses gone. */
    private static String normalize(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u00a0', ' ').strip();
        int end = s.length();
        while (end > 0 && ":.…!?|»›>-–—".indexOf(s.charAt(end - 1)) >= 0)
            end--;
        int start = 0;
        while (start < end && "«‹<|-–—•".indexOf(s.charAt(start)) >= 0)
            start++;
        return SPACES.matcher(s.substring(start, end).strip()).replaceAll(" ");
    }
}
