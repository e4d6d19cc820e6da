package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;

/**
 * The telephone number an article gives for whom to call, the attribute
 * {@link AttributeClaim#PHONE_NUMBER} of whoever is to be called: "call police on 0845 310 4477",
 * "contact the sheriff's office at (555) 013-2400", and a second one joined by "or": "... or
 * the hotline anonymously on 0800 444 121". The verbs are {@code phone-verbs.txt}. Whom to call
 * is the noun before "on" or "at", keyed by its last word ("Surrey Police" and "police" are one); a
 * pronoun ("contact them on") stands for the run of capitalized words opening the sentence when
 * it ends with a noun of an organisation ({@code organisation-nouns.txt}: "Police are appealing
 * ... to contact them on"), and with none the number is not read. A number
 * is digits with spaces, dots, hyphens or brackets between, seven to fifteen digits, no letter or
 * hyphen right after it ("1-800-222-TIPS" is not read). A verb after an article is a noun ("the call
 * came in at ...") and gives none.
 */
final class PhoneNumbers {

    static final Set<String> VERBS = Lexicon.words(PhoneNumbers.class, "phone-verbs.txt");
    /** {@link #VERBS} as the cheap trigger reads them, made once. */
    private static final String[] VERB_WORDS = VERBS.toArray(new String[0]);

    private static final String NUMBER = "(\\+?\\(?\\d[\\d ().-]{5,22}\\d)(?![\\p{L}\\d-])";
    /** Whom to call: up to four words, none of them "on" or "at". */
    private static final String WHOM = "((?:(?!(?:on|at)\\b)[\\p{L}'\u2019-]+\\s+){0,3}?(?!(?:on|at)\\b)[\\p{L}'\u2019-]+)";
    private static final Pattern CALL = Pattern.compile("(?i)(?<![\\p{L}])(?<!(?:the|a|an|this|that)\\s)(?:" + String.join("|", VERBS) + ")\\s+" + WHOM
            + "\\s+(?:[\\p{L}]+ly\\s+)?(?:on|at)\\s+" + NUMBER);
    /** A second number joined to the first: "... or the hotline anonymously on 0800 444 121". */
    private static final Pattern OR_CALL = Pattern.compile("(?i)\\s*,?\\s*(?:or|and)\\s+" + WHOM
            + "\\s+(?:[\\p{L}]+ly\\s+)?(?:on|at)\\s+" + NUMBER);
    private static final Set<String> PRONOUNS = Set.of("them", "us", "him", "her");
    private static final Pattern OPENING = Pattern.compile("(?:The\\s+)?((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+)*\\p{Lu}[\\p{L}'\u2019-]*)\\s+\\p{Ll}");

    private PhoneNumbers() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, VERB_WORDS)) {
            return;
        }
        Matcher x = CALL.matcher(text).region(from, to);
        while (x.find()) {
            add(text, id, from, to, x.group(1), x.start(2), x.end(2), published, daySource, out);
            int at = x.end();
            Matcher or = OR_CALL.matcher(text).region(at, to);
            while (or.lookingAt()) {
                add(text, id, from, to, or.group(1), or.start(2), or.end(2), published, daySource, out);
                at = or.end();
                or = OR_CALL.matcher(text).region(at, to);
            }
        }
    }

    private static void add(String text, String id, int from, int to, String whom, int start, int end, long published,
                            String daySource, List<AttributeClaim> out) {
        String number = text.substring(start, end).strip();
        int digits = digits(number).length();
        String holder = holder(text, from, to, whom);
        if (digits < 7 || digits > 15 || holder == null) {
            return;
        }
        Span span = new Span(start, start + number.length());
        out.add(new AttributeClaim(id, span, span.of(text), holder, "phone:" + holder.toLowerCase(Locale.ROOT), false,
                AttributeClaim.PHONE_NUMBER, number, 0, false, 0, false, published, daySource, null));
    }

    /** The number's digits alone. */
    static String digits(String number) {
        return number.replaceAll("\\D", "");
    }

    /**
     * Whom to call, as the last word of the words before "on" or "at" ("Surrey Police": "Police"),
     * a pronoun as the last word of the capitalized words opening the sentence; null when there is
     * none or the word is no noun of its own ("call 0845": no holder).
     */
    static String holder(String text, int from, int to, String whom) {
        String[] words = whom.strip().split("\\s+");
        String last = words[words.length - 1].replaceAll("['\u2019]s?$", "");
        String lower = last.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            Matcher o = OPENING.matcher(text).region(from, to);
            if (!o.lookingAt()) {
                return null;
            }
            String[] opening = o.group(1).split("\\s+");
            String noun = opening[opening.length - 1].replaceAll("['\u2019]s?$", "");
            // "Witnesses should call them": only an organisation stands for the pronoun.
            return Organisations.NOUNS.contains(noun.toLowerCase(Locale.ROOT)) ? noun : null;
        }
        return lower.matches("\\p{L}{2,}") && !Lexicon.ARTICLES.contains(lower) ? last : null;
    }
}
