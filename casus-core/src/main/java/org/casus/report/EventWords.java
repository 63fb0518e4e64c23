package org.casus.report;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.casus.model.Article;
import org.casus.model.ContradictionValue;
import org.casus.model.Entity;
import org.casus.model.Event;
import org.casus.model.Modality;
import org.casus.model.Precision;

/** An event in the words of a briefing: when, what, who to whom, where, how many, how sure. */
final class EventWords {
    private final Briefing briefing;

    EventWords(Briefing briefing) {
        this.briefing = briefing;
    }

    private static final String YEARLESS = "XXXX-\\d{2}(-\\d{2})?";
    /** How much of a headline names an article that has no outlet. */
    private static final int HEADLINE_CHARS = 50;
    private static final Map<String, String> PARTS_OF_DAY = Map.of("TMO", "morning", "TAF", "afternoon",
            "TEV", "evening", "TNI", "night", "TDT", "daytime");

    /**
     * The date with its precision when it is coarser than a day: "2020-11-17", "2020-W47 (week)",
     * "2020-11-17 (night)" for TIMEX3's parts of the day.
     */
    static String when(Event e) {
        if (e.date().isEmpty())
            return "undated";
        String date = e.date().get();
        if (date.matches(YEARLESS))
            return yearless(date);
        if (date.length() == 13 && PARTS_OF_DAY.containsKey(date.substring(10)))
            return date.substring(0, 10) + " (" + PARTS_OF_DAY.get(date.substring(10)) + ")";
        return e.datePrecision() == Precision.DAY ? date
                : date + " (" + e.datePrecision().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** A day or month named without its year in an undated article: "18 November (year not stated)". */
    private static String yearless(String value) {
        String month = Month.of(Integer.parseInt(value.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (value.length() == 10 ? Integer.parseInt(value.substring(8)) + " " : "") + month + " (year not stated)";
    }

    /** The CAMEO label and code: "Fire artillery (194)". */
    static String what(Event e) {
        return e.type().label() + " (" + e.code() + ")";
    }

    /** "Kataib Hezbollah → United States", with "unknown" for an actor no source names. */
    String who(Event e) {
        return e.source().map(briefing::nameOf).orElse("unknown") + " → "
                + e.target().map(briefing::nameOf).orElse("unknown");
    }

    static String where(Event e) {
        return e.location().orElse("");
    }

    /** "8 rockets, 2 killed". */
    static String counts(Event e) {
        return e.quantities().entrySet().stream().map(q -> q.getValue() + " " + q.getKey().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    /** "asserted", "threatened", "denied". */
    static String status(Event e) {
        return e.modality().name().toLowerCase(Locale.ROOT);
    }

    /** "3 articles, 2 sources"; a copy or a re-telling of one report is not a second source. */
    static String support(Event e) {
        int articles = e.corroboration().articles();
        int sources = e.corroboration().independentSources();
        return articles + (articles == 1 ? " article, " : " articles, ") + sources
                + (sources == 1 ? " source" : " sources");
    }

    /** One line for the event: "2020-11-17 Fire artillery (194): Kataib Hezbollah → United States". */
    String headline(Event e) {
        return when(e) + " " + what(e) + ": " + who(e) + (e.modality() == Modality.ASSERTED ? "" : " [" + status(e) + "]");
    }

    /**
     * "8 (Associated Press; said by Iraqi military)": a value, the outlets behind it and whom they say
     * gave it, with the entity ids in it ("claimed by kataib-hezbollah") given as names.
     */
    String value(ContradictionValue v) {
        String behind = outlets(v.articles()) + (v.saidBy().isEmpty() ? ""
                : "; said by " + v.saidBy().stream().map(a -> briefing.actor(a).map(Entity::name).orElse(a))
                        .collect(Collectors.joining(", ")));
        if (v.value().matches(YEARLESS))
            return yearless(v.value()) + " (" + behind + ")";
        String named = Arrays.stream(v.value().split(" ")).map(w -> briefing.actor(w).map(Entity::name).orElse(w))
                .collect(Collectors.joining(" "));
        return named + " (" + behind + ")";
    }

    /** The outlets of these articles, each once, or {@link #source the headline} where the outlet is unknown. */
    String outlets(List<String> articles) {
        return articles.stream().map(briefing::article)
                .map(EventWords::source).distinct().sorted().collect(Collectors.joining(", "));
    }

    /**
     * What a reader knows an article by: its outlet, else its headline in quotes (cut at
     * {@value #HEADLINE_CHARS} characters), else its id.
     */
    static String source(Article a) {
        if (a.outlet().isPresent())
            return a.outlet().get();
        String title = a.title().strip();
        if (title.isEmpty())
            return a.id();
        return "“" + (title.length() <= HEADLINE_CHARS ? title : title.substring(0, HEADLINE_CHARS).strip() + "…") + "”";
    }

    /** The PLOVER categories of a cell: "ASSAULT 2, CONSULT 1". */
    static String plover(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", "));
    }
}
