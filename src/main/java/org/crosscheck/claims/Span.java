package org.crosscheck.claims;

/** A character range {@code [start, end)}: 0-based, end exclusive, in UTF-16 code units of the text as read. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }

    /**
     * As the record's own: components in order, each hashed as {@code Objects.hashCode} or its
     * wrapper's {@code hashCode}, combined as {@code 31 * h + hash} from 0 (the same value, so
     * maps keep their order), written out because the record's is built from method handles at
     * run time, some classes and calls in the interpreter at every start ({@code RecordMethodsTest}).
     */
    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Integer.hashCode(start);
        h = 31 * h + Integer.hashCode(end);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Span o)) {
            return false;
        }
        return start == o.start
                && end == o.end;
    }
}
