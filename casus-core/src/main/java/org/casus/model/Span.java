package org.casus.model;

/**
 * A stretch of an article's text, as character offsets into {@link Article#text()}: {@code start}
 * inclusive, {@code end} exclusive, counted in Java {@code char}s like {@link String#substring}.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
    }

    /** The text this span covers; throws {@link IndexOutOfBoundsException} if it runs past the end. */
    public String cut(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
