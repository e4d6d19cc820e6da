package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * One happening inside a story, as its documents report it: a kind, a mode (in person, by
 * phone, by video), a date, a place and participants. {@code day} is the epoch day most of its sources give (the earliest on a tie),
 * or {@link #NO_DAY}; {@code datedBy} are the documents whose own dates agree with it.
 */
public record Event(
        String id, String story, String kind, String mode, long day, String place, List<String> participants,
        List<String> documents, List<String> datedBy) {

    public static final long NO_DAY = Long.MIN_VALUE;

    public Event {
        participants = List.copyOf(participants);
        documents = List.copyOf(documents);
        datedBy = List.copyOf(datedBy);
    }

    public boolean dated() {
        return day != NO_DAY;
    }

    /** ISO date, or null. */
    public String date() {
        return dated() ? LocalDate.ofEpochDay(day).toString() : null;
    }

    /** Whether a document other than {@code document} supports the event's date. */
    public boolean datedByOtherThan(String document) {
        return datedBy.stream().anyMatch(d -> !d.equals(document));
    }

    /** The supporting documents other than {@code document}, for messages. */
    public String datedByOthers(String document) {
        return String.join(", ", datedBy.stream().filter(d -> !d.equals(document)).toList());
    }
}
