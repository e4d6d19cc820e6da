package org.crosscheck.claims;

/**
 * A happening the article reports: the words that name it ("met", "phone call", "earthquake"),
 * its {@code happening} (meeting, call, briefing, visit, attack, quake, arrest, ...) and {@code mode}
 * (in person, by phone, by video) when the words say so. {@code event} is the event it was
 * grouped into, once stories are grouped.
 */
public record EventClaim(String document, Span span, String text, String happening, String mode, String event)
        implements Claim {

    @Override
    public String kind() {
        return "event";
    }

    @Override
    public String value() {
        return happening + (mode == null ? "" : " (" + mode + ")");
    }

    @Override
    public String key() {
        return "event|" + document + "|" + happening + "|" + (mode == null ? "" : mode);
    }

    public EventClaim withEvent(String newEvent) {
        return new EventClaim(document, span, text, happening, mode, newEvent);
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
        h = 31 * h + java.util.Objects.hashCode(happening);
        h = 31 * h + java.util.Objects.hashCode(mode);
        h = 31 * h + java.util.Objects.hashCode(event);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof EventClaim o)) {
            return false;
        }
        return java.util.Objects.equals(document, o.document)
                && java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(happening, o.happening)
                && java.util.Objects.equals(mode, o.mode)
                && java.util.Objects.equals(event, o.event);
    }
}
