package org.crosscheck.claims;

/**
 * A time the page gives for itself: when it was published or updated, or the date of its
 * dateline. {@code earliest} and {@code latest} bound the instant in epoch seconds: a time written
 * without a zone could be anywhere from UTC-12 to UTC+14, and rules compare these bounds rather
 * than guess a zone.
 *
 * @param label    the words that named the role ("LAST UPDATE:"), or empty
 * @param zoned    whether the written time fixes the instant (a zone or offset was given)
 * @param zoneNote how an abbreviation was read ("IST read as India Standard Time ..."), or null
 * @param ambiguousOrder whether day and month of an all-number date could be swapped
 */
public record TimestampClaim(
        String document,
        Span span,
        String text,
        Role role,
        String label,
        String value,
        long earliest,
        long latest,
        boolean zoned,
        String zoneNote,
        boolean ambiguousOrder) implements Claim {

    /** What a timestamp says about the page. */
    public enum Role {
        PUBLISHED, UPDATED, DATELINE, OTHER;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Whole days between this timestamp's possible instants and the UTC day {@code epochDay}:
     * 0 when they overlap. A day written without its zone could be up to 14 hours off either way.
     */
    public long daysFrom(long epochDay) {
        long dayStart = epochDay * 86_400L - 14 * 3600L;
        long dayEnd = (epochDay + 1) * 86_400L + 12 * 3600L;
        if (latest < dayStart) {
            return (dayStart - latest) / 86_400L;
        }
        if (earliest > dayEnd) {
            return (earliest - dayEnd) / 86_400L;
        }
        return 0;
    }

    @Override
    public String kind() {
        return "timestamp";
    }

    @Override
    public String key() {
        return "timestamp|" + document + "|" + role.word() + "|" + value;
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
        h = 31 * h + java.util.Objects.hashCode(document);
        h = 31 * h + java.util.Objects.hashCode(span);
        h = 31 * h + java.util.Objects.hashCode(text);
        h = 31 * h + java.util.Objects.hashCode(role);
        h = 31 * h + java.util.Objects.hashCode(label);
        h = 31 * h + java.util.Objects.hashCode(value);
        h = 31 * h + Long.hashCode(earliest);
        h = 31 * h + Long.hashCode(latest);
        h = 31 * h + Boolean.hashCode(zoned);
        h = 31 * h + java.util.Objects.hashCode(zoneNote);
        h = 31 * h + Boolean.hashCode(ambiguousOrder);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TimestampClaim o)) {
            return false;
        }
        return java.util.Objects.equals(document, o.document)
                && java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(role, o.role)
                && java.util.Objects.equals(label, o.label)
                && java.util.Objects.equals(value, o.value)
                && earliest == o.earliest
                && latest == o.latest
                && zoned == o.zoned
                && java.util.Objects.equals(zoneNote, o.zoneNote)
                && ambiguousOrder == o.ambiguousOrder;
    }
}
