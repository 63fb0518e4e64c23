package org.casus.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One event as one sentence of one article tells it: who did what to whom, where, when, how many,
 * whether it happened and who says so. Reconciliation later groups mentions of the same event.
 *
 * @param id            stable: {@link #idOf} over the article, the span, the trigger, the code and
 *                      the actors, so the same input always gives the same id
 * @param article       the article's id
 * @param sentence      0-based index of the sentence in the article
 * @param quote         the sentence, exactly as it stands in the article text
 * @param span          where {@code quote} stands in {@link Article#text()}: {@code span.cut(text)} is the quote
 * @param trigger       the word or words that name the event ("attack", "fired", "killing"), inside {@code span}
 * @param type          the CAMEO event type, with its label, Goldstein score and PLOVER category
 * @param source        the entity id of who did it, when the sentence names a known actor
 * @param target        the entity id of whom it was done to, when the sentence names a known actor
 * @param location      where it happened, as written ("Baghdad", "the Green Zone")
 * @param locationId    the entity id of that place, when it is a known actor or place
 * @param date          when it happened, as a TIMEX3 value ("2020-11-17", "2020-W47", "2020-11"); empty
 *                      when neither the text nor the article gives a date
 * @param datePrecision the calendar unit {@code date} names; {@link Precision#UNKNOWN} without a date
 * @param dateText      the words the date was read from ("on Tuesday"); empty when the date is the
 *                      article's publication date, used because the sentence names none
 * @param modality      whether it happened, or was denied, threatened, planned, ...
 * @param attributedTo  who the article says said it: an entity id, or the words ("Iraqi officials")
 * @param quantities    counts the sentence gives: rockets, missiles, drones, killed, wounded,
 *                      troops_from, troops_to, ...; keys in sorted order
 * @param event         the reconciled event this mention belongs to, once reconciliation has run
 */
public record EventMention(String id, String article, int sentence, String quote, Span span, Span trigger,
                           EventType type, Optional<String> source, Optional<String> target,
                           Optional<String> location, Optional<String> locationId,
                           Optional<String> date, Precision datePrecision, String dateText,
                           Modality modality, Optional<String> attributedTo,
                           Map<String, Long> quantities, Optional<String> event) {

    public EventMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(datePrecision, "datePrecision");
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(attributedTo, "attributedTo");
        Objects.requireNonNull(event, "event");
        if (sentence < 0)
            throw new IllegalArgumentException("negative sentence index " + sentence);
        if (quote.length() != span.length())
            throw new IllegalArgumentException("quote of " + quote.length() + " chars does not fit its span " + span);
        if (!span.contains(trigger))
            throw new IllegalArgumentException("trigger " + trigger + " lies outside the quote " + span);
        if (locationId.isPresent() && location.isEmpty())
            throw new IllegalArgumentException("location id without a location");
        if (date.isEmpty() && datePrecision != Precision.UNKNOWN)
            throw new IllegalArgumentException("date precision " + datePrecision + " without a date");
        if (date.isEmpty() && !dateText.isEmpty())
            throw new IllegalArgumentException("date text '" + dateText + "' without a date");
        quantities.forEach((name, count) -> {
            if (name.isBlank() || count == null || count < 0)
                throw new IllegalArgumentException("bad quantity " + name + "=" + count);
        });
        quantities = Collections.unmodifiableSortedMap(new TreeMap<>(quantities));
    }

    /** The CAMEO event code, such as "190" or "1823". */
    public String code() {
        return type.code();
    }

    /** This mention tied to a reconciled event. */
    public EventMention withEvent(String eventId) {
        return new EventMention(id, article, sentence, quote, span, trigger, type, source, target, location,
                locationId, date, datePrecision, dateText, modality, attributedTo, quantities,
                Optional.of(eventId));
    }

    /**
     * The id of a mention: the first 16 hex digits of a SHA-256 over the article id, the quote's and
     * the trigger's offsets, the event code and the two actors. Two mentions share an id only when
     * they say the same thing about the same words.
     */
    public static String idOf(String article, Span span, Span trigger, String code, Optional<String> source,
                              Optional<String> target) {
        String key = String.join("\u0000", article, span.start() + ":" + span.end(),
                trigger.start() + ":" + trigger.end(), code, source.orElse(""), target.orElse(""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
