package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;

/**
 * The year a named work came out, as news gives it before the work's noun: "the 2005 film The
 * Lindor Affair", "the 2006 HBO movie, The Lindor Affair", "his 1998 novel Cold Harbour", and "in
 * 2006 a movie, The Lindor Affair". The nouns are {@code work-nouns.txt}; the title is the
 * capitalised words after the noun (small words such as "of" and "the" inside it), in quote marks
 * or not. The attribute {@link AttributeClaim#YEAR_RELEASED} of the title, joined across articles
 * on the title folded; compared only inside one event, since a remake may share its title.
 */
final class WorkYears {

    static final Set<String> NOUNS = Lexicon.words(WorkYears.class, "work-nouns.txt");
    private static final String[] NOUN_WORDS = NOUNS.toArray(new String[0]);
    private static final String NOUN = "(?:" + String.join("|", NOUNS) + ")";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)(?![\\d\\p{L}'\u2019-])";
    /** Small words a title holds inside it in lower case; not a preposition, which a place after the title opens ("in Lindor"). */
    private static final String SMALL = "(?:of|the|a|an|and)";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{L}\\d'\u2019.&-]*";
    private static final String TITLE = "(?:``|\"|\u201c|'|\u2018)?\\s*(" + TITLE_WORD + "(?:\\s+(?:" + SMALL + "\\s+)*" + TITLE_WORD + ")*)";
    /** "the 2005 film Title", "his 1998 novel, Title", "the 2006 HBO movie, Title". */
    private static final Pattern BEFORE_NOUN = Pattern.compile("(?<![\\p{L}])(?i:the|a|an|his|her|their|its)\\s+" + YEAR
            + "\\s+(?:[\\p{L}-]+\\s+){0,2}?(?i:" + NOUN + ")(?![\\p{L}])\\s*,?\\s*(?i:called\\s+|titled\\s+|entitled\\s+)?" + TITLE);
    /** "in 2006 a movie, Title". */
    private static final Pattern IN_YEAR = Pattern.compile("(?<![\\p{L}])(?i:in)\\s+" + YEAR + "\\s*,?\\s+(?i:a|an|the)\\s+(?i:"
            + NOUN + ")(?![\\p{L}])\\s*,?\\s*(?i:called\\s+|titled\\s+|entitled\\s+)?" + TITLE);

    private WorkYears() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, NOUN_WORDS)) {
            return;
        }
        for (Pattern p : List.of(BEFORE_NOUN, IN_YEAR)) {
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                String title = trimmed(x.group(2));
                if (title == null) {
                    continue;
                }
                Span span = new Span(x.start(), x.start(2) + title.length());
                out.add(new AttributeClaim(id, span, span.of(text), title, "work:" + key(title), false,
                        AttributeClaim.YEAR_RELEASED, x.group(1), Integer.parseInt(x.group(1)), false,
                        Integer.parseInt(x.group(1)), false, published, daySource, null));
            }
        }
    }

    /** The title without a possessive or a closing mark glued to its end; null when it is one word of a name list's stop words. */
    static String trimmed(String title) {
        String t = title.replaceAll("(?:['\u2019]s?|[.,])$", "");
        if (t.isEmpty() || !t.contains(" ") && People.notName(t.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return t;
    }

    /** The title as compared: lower case, without its leading article, its spaces made one. */
    static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|a|an)\\s+", "").replaceAll("\\s+", " ");
    }

    /** The years of a document, none for a title it gives two years. */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        Map<String, Set<Double>> years = new HashMap<>();
        for (AttributeClaim c : claims) {
            years.computeIfAbsent(c.entityKey(), k -> new HashSet<>()).add(c.low());
        }
        List<AttributeClaim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AttributeClaim c : claims) {
            if (years.get(c.entityKey()).size() == 1 && seen.add(c.entityKey())) {
                out.add(c);
            }
        }
        return out;
    }
}
