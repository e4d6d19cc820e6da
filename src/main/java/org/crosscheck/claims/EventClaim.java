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
}
