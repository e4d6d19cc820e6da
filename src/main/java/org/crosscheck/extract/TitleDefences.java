package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * Which defence of a title a named champion's bout was, the ordinal a sports report gives beside
 * the holder:
 *
 * <ul>
 *   <li>before "defence" (or "defense"): "Vorst's sixth IBF title defence", "his fifth successful
 *       defense", "the champion's 11th title defence";</li>
 *   <li>before "defence of" a title: "Vorst's sixth defence of the IBF belt";</li>
 *   <li>a title kept "for the Nth time": "Vorst retained his WBO title for the fifth time" (the
 *       fifth time a title is kept is its fifth defence).</li>
 * </ul>
 *
 * The holder is the name whose possessive stands right before the ordinal, or, after "his" or
 * "her" or before a verb of keeping, the name nearest before in its clause ({@link
 * FallDistances#holder}). A title that names one sanctioning body ({@code title-bodies.tsv}: "IBF"
 * and "International Boxing Federation" are one) keys the attribute by it ("title defence (IBF)"):
 * a champion who holds two belts defends each a different number of times. A title that names two
 * bodies ("his IBF and WBO titles") gives none; one that names none is keyed by none and compared
 * only with others that name none. Compared only inside one event: every bout is a new defence; a
 * document that gives one holder two values under one key gives none.
 */
final class TitleDefences {

    /** Bodies that sanction a title and the short name each is keyed by. */
    static final Map<String, String> BODIES = Lexicon.pairs(TitleDefences.class, "title-bodies.tsv");
    /** Nouns of a title: "title", "belt", "crown". */
    static final Set<String> NOUNS = Lexicon.words(TitleDefences.class, "defended-title-nouns.txt");

    private static final String ORDINAL = "(\\d{1,2}(?:st|nd|rd|th)|" + Lexicon.alternatives(NumberWords.ordinalWordSet()) + ")";
    private static final String DEFENCE = "defen[cs]e";
    /** Words of a title between its owner and its noun: "IBF", "heavyweight", "World Boxing Organization". */
    private static final String TITLE_WORDS = "((?:[\\p{L}-]+\\s+){0,4}?)";
    /** "Vorst's sixth IBF title defence", "his fifth successful defense"; group 1 the owner, 2 the ordinal, 3 the title's words. */
    private static final Pattern BEFORE = Pattern.compile("(?i)((?<![\\p{L}])his|(?<![\\p{L}])her|['\u2019]s)\\s+" + ORDINAL
            + "\\s+(?:straight\\s+|successful\\s+|consecutive\\s+){0,2}" + TITLE_WORDS + DEFENCE + "(?![\\p{L}])(?!\\s+of\\s)");
    /** "sixth defence of the IBF belt"; group 1 the owner, 2 the ordinal, 3 the title's words, 4 its noun. */
    private static final Pattern OF = Pattern.compile("(?i)((?<![\\p{L}])his|(?<![\\p{L}])her|['\u2019]s)\\s+" + ORDINAL
            + "\\s+(?:straight\\s+|successful\\s+|consecutive\\s+){0,2}" + DEFENCE + "\\s+of\\s+(?:the|his|her)\\s+" + TITLE_WORDS
            + "(" + Lexicon.alternatives(NOUNS) + ")s?(?![\\p{L}])");
    /** "retained his WBO title for the fifth time"; group 1 the title's words, 2 its noun, 3 the ordinal. */
    private static final Pattern KEPT = Pattern.compile("(?i)(?<![\\p{L}])(?:retained|retains|retaining|defended|defends|defending"
            + "|kept|keeps|keeping)\\s+(?:his|her|the)\\s+((?:[\\p{L}-]+,?\\s+){0,5}?)(" + Lexicon.alternatives(NOUNS) + ")s?\\s+for\\s+the\\s+" + ORDINAL
            + "\\s+(?:straight\\s+|consecutive\\s+)?time(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    private TitleDefences() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before, long published,
                         String daySource, List<AttributeClaim> out) {
        sentence(text, id, from, to, here, before, here, published, daySource, out);
    }

    /**
     * @param people the article's people: a possessive of a surname no one has that misspells the
     *               surname of one of them ({@link People#misspeltSurname}) is theirs
     */
    static void sentence(String text, String id, int from, int to, List<People.Mention> here, People.Mention before,
                         List<People.Mention> people, long published, String daySource, List<AttributeClaim> out) {
        if (people.isEmpty() && before == null
                || !Literals.containsAnyIgnoringAsciiCase(text, from, to, "defence", "defense", " time")) {
            return;
        }
        Matcher b = BEFORE.matcher(text).region(from, to);
        while (b.find()) {
            String body = body(b.group(3), true);
            if (body != null) {
                add(text, id, b.start(), b.end(), b.group(2), owner(text, from, b.start(1), b.group(1), here, before, people), body,
                        published, daySource, out);
            }
        }
        Matcher o = OF.matcher(text).region(from, to);
        while (o.find()) {
            String body = body(o.group(3), false);
            if (body != null && NOUNS.contains(o.group(4).toLowerCase(Locale.ROOT))) {
                add(text, id, o.start(), o.end(), o.group(2), owner(text, from, o.start(1), o.group(1), here, before, people), body,
                        published, daySource, out);
            }
        }
        Matcher k = KEPT.matcher(text).region(from, to);
        while (k.find()) {
            String body = body(k.group(1), false);
            if (body != null && NOUNS.contains(k.group(2).toLowerCase(Locale.ROOT))) {
                add(text, id, k.start(), k.end(), k.group(3), FallDistances.holder(text, from, k.start(), here, before), body,
                        published, daySource, out);
            }
        }
    }

    /**
     * The body a title's words name ("" for none), or null when they name two or hold a word that
     * is neither a body's nor a plain lower-case one ("his Tuesday title"). Before "defence" the
     * words may end with a title noun ("IBF title defence").
     */
    static String body(String words, boolean nounLast) {
        String folded = " " + words.toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\s+", " ").strip() + " ";
        TreeSet<String> found = new TreeSet<>();
        for (Map.Entry<String, String> e : BODIES.entrySet()) {
            if (folded.contains(" " + e.getKey() + " ")) {
                found.add(e.getValue().toUpperCase(Locale.ROOT));
                folded = folded.replace(" " + e.getKey() + " ", " ");
            }
        }
        if (found.size() > 1) {
            return null;
        }
        Matcher w = WORD.matcher(folded);
        while (w.find()) {
            String word = w.group();
            if (!word.equals("and") && !word.equals("world") && !word.endsWith("weight") && !(nounLast && NOUNS.contains(word))) {
                return null;
            }
        }
        return found.isEmpty() ? "" : found.first();
    }

    /** The holder: the name whose possessive the owner is, or for "his" or "her" the name nearest before. */
    private static People.Mention owner(String text, int from, int at, String owner, List<People.Mention> here, People.Mention before,
                                        List<People.Mention> people) {
        if (owner.toLowerCase(Locale.ROOT).startsWith("h")) {
            return FallDistances.holder(text, from, at, here, before);
        }
        for (People.Mention m : here) {
            if (m.nameSpan().end() == at) {
                return m;
            }
        }
        Matcher w = POSSESSOR.matcher(text).region(from, at);
        return w.find() ? People.misspeltSurname(w.group(1), people) : null;
    }

    /** A capitalised word right before the possessive's "'s". */
    private static final Pattern POSSESSOR = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}\\p{L}+)$");

    private static void add(String text, String id, int start, int end, String ordinal, People.Mention who, String body, long published,
                            String daySource, List<AttributeClaim> out) {
        int n = NumberWords.ordinal(ordinal);
        if (who == null || n <= 0 || who.key().startsWith(AttributeClaim.DESCRIBED)) {
            return;
        }
        String own = AttributeExtractor.ownName(who.fullName());
        String key = own.equals(who.fullName()) ? who.key() : People.personKey(own);
        Span span = new Span(start, end);
        out.add(new AttributeClaim(id, span, span.of(text), own, key, true,
                AttributeClaim.TITLE_DEFENCE + (body.isEmpty() ? "" : " (" + body + ")"), ordinal, n, false, n, false, published,
                daySource, null));
    }

    /** A document's defences, each once, without those of a holder and title it gives two values. */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        Map<String, Set<Double>> values = new HashMap<>();
        for (AttributeClaim c : claims) {
            values.computeIfAbsent(c.entityKey() + "|" + c.attribute(), k -> new TreeSet<>()).add(c.low());
        }
        List<AttributeClaim> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (AttributeClaim c : claims) {
            String k = c.entityKey() + "|" + c.attribute();
            if (values.get(k).size() == 1 && seen.add(k)) {
                out.add(c);
            }
        }
        return out;
    }
}
