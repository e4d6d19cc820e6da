package org.crosscheck.claims;

import java.util.Locale;

/**
 * Where the article says one of its happenings took place ("talks in Brussels"): the place as
 * written, {@code event}, the event it was grouped into once stories are grouped, and the names
 * its document mentions anywhere, and those of every article of its story that names the place too,
 * folded (a source that names both places does not contradict).
 */
public record PlaceClaim(String document, Span span, String text, String happening, String event,
                         @com.fasterxml.jackson.annotation.JsonIgnore java.util.Set<String> namesInDocument)
        implements Claim {

    public PlaceClaim {
        namesInDocument = namesInDocument == null ? java.util.Set.of() : java.util.Set.copyOf(namesInDocument);
    }

    @Override
    public String kind() {
        return "place";
    }

    /** The place, folded for comparison. */
    public String place() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two places can be the same: equal, one inside the other's words ("Brussels",
     * "NATO headquarters in Brussels"), named by the other document too (a city and its country),
     * or spelled alike (Jaro-Winkler at least 0.85: Kiev, Kyiv).
     */
    public boolean samePlaceAs(PlaceClaim o) {
        String a = place();
        String b = o.place();
        if (a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ")) {
            return true;
        }
        if (namesInDocument.contains(b) || o.namesInDocument.contains(a)) {
            return true;
        }
        return new org.apache.commons.text.similarity.JaroWinklerSimilarity().apply(a, b) >= 0.85;
    }

    @Override
    public String value() {
        return text;
    }

    @Override
    public String key() {
        return "place|" + document + "|" + happening + "|" + place();
    }

    public PlaceClaim withNames(java.util.Set<String> names) {
        return new PlaceClaim(document, span, text, happening, event, names);
    }

    public PlaceClaim withEvent(String newEvent) {
        return new PlaceClaim(document, span, text, happening, newEvent, namesInDocument);
    }
}
