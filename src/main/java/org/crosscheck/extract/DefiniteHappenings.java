package org.crosscheck.extract;

import java.util.regex.Pattern;
import org.crosscheck.claims.Span;

/**
 * A sentence that opens with "the" and a happening's word as its subject, then dates it: "The fire
 * broke out early Saturday", "The deadly shooting happened on Friday". The definite article names
 * the happening the article is about, as a possessive day does ("Saturday's shooting"), though the
 * clause names no one; such a date is compared only as the day of its event's own happening, under
 * the possessive day's guards (see {@link Mentions}).
 */
final class DefiniteHappenings {

    /** "The" and at most one lower-case word (an adjective: "deadly") at the very end of the words before the happening's word. */
    private static final Pattern DEFINITE = Pattern.compile("(?:^|[\\s\"\u201c])[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?$");

    private DefiniteHappenings() {
    }

    /**
     * Whether the happening's word at {@code trigger} is the definite subject that opens the sentence
     * and {@code date} follows it in the same part between commas: "The fire broke out early
     * Saturday"; not "A fire broke out" (another fire), not "Police said the fire broke out" (the
     * sentence opens with its teller), not "The fire, which ..., broke out on Saturday".
     */
    static boolean opensAsSubject(String text, Span date, Span trigger) {
        if (trigger.end() > date.start()) {
            return false;
        }
        String between = text.substring(trigger.end(), date.start());
        if (between.matches("(?s).*[,.;:!?\n\u2014\u2013].*")) {
            return false;
        }
        int from = Math.max(0, trigger.start() - 40);
        java.util.regex.Matcher m = DEFINITE.matcher(text).region(from, trigger.start());
        if (!m.find()) {
            return false;
        }
        int at = m.start();
        while (at < trigger.start() && !Character.isLetter(text.charAt(at))) {
            at++;
        }
        return Mentions.opensSentence(text, at);
    }
}
