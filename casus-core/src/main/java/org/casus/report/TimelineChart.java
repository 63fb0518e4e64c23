package org.casus.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.casus.model.Event;
import org.casus.model.TimelineEntry;

/**
 * A story's timeline as an SVG picture: one dot per event, placed by its date across and by its
 * Goldstein score up (cooperation) or down (conflict), as large as it has independent sources,
 * outlined when the sources do not say it happened; hovering a dot names the event. Background and undated events are left to the tables.
 */
final class TimelineChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 240;
    private static final int MARGIN = 40;
    private static final int TICKS = 8;

    private TimelineChart() {
    }

    static String svg(StoryAccount story, Briefing briefing) {
        List<TimelineEntry> entries = story.timeline().entries();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"timeline of events\">\n");
        int zero = y(0);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#aaa\"/>%n",
                MARGIN, zero, WIDTH - MARGIN, zero));
        svg.append(text(4, y(10) + 4, "+10")).append(text(4, zero + 4, "0")).append(text(4, y(-10) + 4, "−10"));
        svg.append(text(MARGIN, 12, "Goldstein score by date; a dot's size: independent sources; outlined: denied,"
                + " threatened, planned or imagined, not happened"));
        if (entries.isEmpty())
            return svg.append(text(MARGIN, zero - 8, "no dated events")).append("</svg>").toString();
        LocalDate from = entries.stream().map(TimelineEntry::first).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = entries.stream().map(TimelineEntry::last).max(LocalDate::compareTo).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        long ticks = Math.min(TICKS, days); // a short story gets one tick a day
        for (int i = 0; i <= ticks; i++) {
            LocalDate tick = from.plusDays(Math.round((double) days * i / ticks));
            int x = x(tick, from, days);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>%n",
                    x, y(10), x, y(-10)));
            svg.append(text(x - 30, HEIGHT - 8, tick.toString()));
        }
        EventWords words = new EventWords(briefing);
        for (TimelineEntry entry : entries) {
            Event e = story.events().get(entry.event());
            LocalDate middle = entry.first().plusDays(ChronoUnit.DAYS.between(entry.first(), entry.last()) / 2);
            double g = e.type().goldstein();
            String kind = (g < 0 ? "conflict" : g > 0 ? "cooperation" : "neutral")
                    + (e.happened() ? "" : " unreal");
            int radius = 4 + 2 * Math.min(6, e.corroboration().independentSources());
            svg.append(String.format(Locale.ROOT,
                    "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" class=\"%s\" fill-opacity=\"0.7\"><title>%s</title></circle>%n",
                    x(middle, from, days), y(g), radius, kind,
                    HtmlBriefing.escape(words.headline(e) + " — " + EventWords.support(e))));
        }
        return svg.append("</svg>").toString();
    }

    private static int x(LocalDate day, LocalDate from, long days) {
        return MARGIN + (int) Math.round((WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(from, day) / days);
    }

    /** Goldstein +10 at the top, −10 at the bottom. */
    private static int y(double goldstein) {
        return MARGIN / 2 + (int) Math.round((HEIGHT - 2.0 * MARGIN) * (10 - goldstein) / 20);
    }

    private static String text(int x, int y, String words) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x, y, HtmlBriefing.escape(words));
    }
}
