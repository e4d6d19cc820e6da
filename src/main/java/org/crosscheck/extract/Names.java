package org.crosscheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;

/**
 * The names an article mentions: runs of capitalized words ("Jens Stoltenberg", "Brussels",
 * "NATO"), folded to lower case and counted, with titles stripped from people's names
 * ("NATO Secretary-General Jens Stoltenberg" also counts as "jens stoltenberg").
 */
public final class Names {

    /** Capitalized words that start sentences or name times, not entities. */
    /** Words that never start a name ({@code not-names.txt}). */
    static final Set<String> NOT_NAMES = org.crosscheck.text.Lexicon.words(Names.class, "not-names.txt");

    /** Words of titles and institutions, stripped to find a person's own name ({@code name-role-words.txt}). */
    public static final Set<String> ROLE_WORDS = org.crosscheck.text.Lexicon.words(Names.class, "name-role-words.txt");

    private Names() {
    }

    /** The names of a document with their mentions, and which of them are people. */
    public record Found(Map<String, Integer> counts, Set<String> people) {
    }

    /**
     * Name -> mentions, over the document's title (counted three times) and body. A titled name
     * ("NATO Secretary-General Jens Stoltenberg") counts as the person's name; a bare surname
     * ("Stoltenberg") counts for the one full name it ends. A name is a person's when a title
     * stands before it or its surname is used alone.
     */
    public static Found of(CleanedDocument doc) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> titled = new java.util.HashSet<>();
        String text = doc.text();
        List<Block> headlines = new java.util.ArrayList<>();
        for (Block b : doc.content()) {
            if (b.kind() == Block.Kind.TITLE && titleCased(text, b.span().start(), b.span().end())) {
                headlines.add(b);
            } else {
                int weight = b.kind() == Block.Kind.TITLE ? 3 : 1;
                collect(text, b.span().start(), b.span().end(), weight, counts, titled);
            }
        }
        for (Block b : headlines) {
            Map<String, Integer> heading = new HashMap<>();
            Set<String> headingTitled = new java.util.HashSet<>();
            collect(text, b.span().start(), b.span().end(), 3, heading, headingTitled);
            for (Map.Entry<String, Integer> e : heading.entrySet()) {
                for (String name : namesWithin(e.getKey(), counts.keySet())) {
                    counts.merge(name, e.getValue(), Integer::sum);
                    if (headingTitled.contains(e.getKey()) && name.equals(e.getKey())) {
                        titled.add(name);
                    }
                }
            }
        }
        Set<String> people = new java.util.TreeSet<>();
        for (String name : titled) {
            if (personLike(name)) {
                people.add(name);
            }
        }
        Map<String, String> surnameOf = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (String name : counts.keySet()) {
            if (personLike(name)) {
                String last = name.substring(name.lastIndexOf(' ') + 1);
                if (surnameOf.putIfAbsent(last, name) != null) {
                    ambiguous.add(last);
                }
            }
        }
        for (Map.Entry<String, String> e : surnameOf.entrySet()) {
            Integer alone = counts.get(e.getKey());
            if (alone != null && !ambiguous.contains(e.getKey())) {
                counts.remove(e.getKey());
                counts.merge(e.getValue(), alone, Integer::sum);
                people.add(e.getValue());
            }
        }
        return new Found(counts, people);
    }

    /**
     * Whether a headline is written in title case ("Laid-Off Baker Wounds Three at Dellmont
     * Bakery"): at least three of its words of four or more letters, and all but one
     * of them, start with a capital. Its capitals then tell nothing of what is a name.
     */
    static boolean titleCased(String text, int from, int to) {
        int upper = 0;
        int lower = 0;
        int i = from;
        while (i < to) {
            if (Character.isLetter(text.charAt(i))) {
                int j = i;
                while (j < to && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i >= 4) {
                    if (Character.isUpperCase(text.charAt(i))) {
                        upper++;
                    } else {
                        lower++;
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return upper >= 3 && lower <= 1;
    }

    /**
     * The names of the body found in a run of a title-cased headline: the run itself when the
     * body names it, else the longest runs of its words the body names ("dellmont bakery shooting"
     * holds "dellmont bakery" when the body names it), else nothing.
     */
    static List<String> namesWithin(String run, Set<String> body) {
        if (body.contains(run)) {
            return List.of(run);
        }
        String[] w = run.split(" ");
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < w.length) {
            int found = -1;
            for (int j = w.length; j > i; j--) {
                if (body.contains(String.join(" ", java.util.Arrays.copyOfRange(w, i, j)))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                i++;
            } else {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, found)));
                i = found;
            }
        }
        return out;
    }

    private static void collect(String text, int from, int to, int weight, Map<String, Integer> counts, Set<String> titled) {
        int i = from;
        boolean sentenceStart = true;
        StringBuilder run = new StringBuilder();
        int words = 0;
        boolean runAtStart = false;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || (text.charAt(j) == '-' || text.charAt(j) == '.')
                        && j + 1 < to && Character.isLetter(text.charAt(j + 1)))) {
                    j++;
                }
                boolean currencyName = Character.isUpperCase(c) && beforeCurrencyWord(text, j, to);
                if (currencyName) {
                    // "Canadian dollars", "Swiss francs", "US cents": the run names money, not the story.
                    run.setLength(0);
                    words = 0;
                }
                boolean capital = Character.isUpperCase(c) && !numberLabel(text, i, j, to) && !currencyName;
                // A word without a capital matters only as a connector inside a run (three letters at
                // most): other such words, most of a text, are not copied.
                String lw = capital || run.length() > 0 && j - i <= 3 ? text.substring(i, j).toLowerCase(Locale.ROOT) : null;
                boolean connector = lw != null && run.length() > 0
                        && (lw.equals("of") || lw.equals("de") || lw.equals("al") || lw.equals("bin"));
                if ((capital && !(NOT_NAMES.contains(lw) && (run.length() == 0))) || connector) {
                    if (run.length() == 0) {
                        runAtStart = sentenceStart;
                    }
                    if (run.length() > 0) {
                        run.append(' ');
                    }
                    run.append(lw);
                    words++;
                } else {
                    flush(run, words, runAtStart, weight, counts, titled);
                    run.setLength(0);
                    words = 0;
                }
                sentenceStart = false;
                i = j;
                if (j < to && text.charAt(j) == '\'' || j < to && text.charAt(j) == '\u2019') {
                    // "Russia's": the possessive ends the name.
                    flush(run, words, runAtStart, weight, counts, titled);
                    run.setLength(0);
                    words = 0;
                    i = j + 1;
                    while (i < to && Character.isLetter(text.charAt(i))) {
                        i++;
                    }
                }
                continue;
            }
            if (!Character.isWhitespace(c)) {
                flush(run, words, runAtStart, weight, counts, titled);
                run.setLength(0);
                words = 0;
                sentenceStart = c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201c' || c == ':';
            }
            i++;
        }
        flush(run, words, runAtStart, weight, counts, titled);
    }

    /**
     * Whether the capitalised word at {@code [from, to)} labels a figure rather than names
     * anything: a currency's prefix written against its sign ("C$20 million", "US$5"), or a short
     * abbreviation whose full stop a number follows ("Dec. 15", "Aug. 31", "No. 2"). Such words
     * are in every business brief and tie no two of them to one story.
     */
    static boolean numberLabel(String text, int from, int to, int end) {
        if (to < end && text.charAt(to) == '$') {
            return true;
        }
        if (to - from > 4 || to >= end || text.charAt(to) != '.') {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        int k = to + 1;
        while (k < end && text.charAt(k) == ' ') {
            k++;
        }
        return k > to + 1 && k < end && Character.isDigit(text.charAt(k));
    }

    /**
     * Whether the word ending at {@code to} is followed, after a space, by a currency word written
     * in lower case ("Canadian dollars", "Swiss francs"), or a word for a currency's small part
     * ("Canadian cents", {@link #CURRENCY_PARTS}): the capitalised words before it name a
     * currency, which the briefs of one country's companies all give.
     */
    static boolean beforeCurrencyWord(String text, int to, int end) {
        int k = to;
        while (k < end && text.charAt(k) == ' ') {
            k++;
        }
        if (k == to || k >= end || !Character.isLowerCase(text.charAt(k))) {
            return false;
        }
        int e = k;
        while (e < end && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(k, e);
        return org.crosscheck.text.QuantityParser.currencyWord(word) || CURRENCY_PARTS.contains(word);
    }

    /**
     * Words for a currency's small part ({@code currency-part-words.txt}: "cents", "pence"): after a
     * country's adjective ("Canadian cents", "US cents") they name money, as a currency's word does.
     */
    static final Set<String> CURRENCY_PARTS = org.crosscheck.text.Lexicon.words(Names.class, "currency-part-words.txt");

    private static void flush(StringBuilder run, int words, boolean atStart, int weight, Map<String, Integer> counts,
                              Set<String> titled) {
        if (run.length() == 0 || words > 6) {
            return;
        }
        String name = run.toString();
        if (atStart) {
            // "Distraught Morrow said": a word that only opens sentences is no part of the name,
            // and what is left did not open the sentence.
            String stripped = SentenceOpeners.strip(name);
            if (!stripped.equals(name)) {
                name = stripped;
                atStart = false;
            }
        }
        while (name.endsWith(" of") || name.endsWith(" de")) {
            name = name.substring(0, name.length() - 3);
        }
        if (atStart && words == 1) {
            return;
        }
        String person = personalName(name);
        if (person != null) {
            counts.merge(person, weight, Integer::sum);
            titled.add(person);
        } else {
            counts.merge(name, weight, Integer::sum);
        }
    }

    /** The trailing words of a name that are not titles: "nato secretary-general jens stoltenberg" -> "jens stoltenberg". */
    static String personalName(String name) {
        String[] parts = name.split(" ");
        int k = parts.length;
        while (k > 0 && !ROLE_WORDS.contains(parts[k - 1])) {
            k--;
        }
        if (k == 0 || k == parts.length) {
            return null;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length));
        return rest.isEmpty() ? null : rest;
    }

    /** A person's key, the same for every spelling of the name: see {@code People}. */
    public static String personKey(String name) {
        return People.personKey(name);
    }

    /** Whether a name looks like a person's: two or more words, none of them a title or institution word. */
    public static boolean personLike(String name) {
        String[] parts = name.split(" ");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (ROLE_WORDS.contains(p) || p.length() < 2) {
                return false;
            }
        }
        return true;
    }
}
