package org.crosscheck.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether two spellings are two romanisations of one foreign name (Heidar and Heydar, Khan Younis
 * and Khan Yunis, Giannis and Yiannis, Karavan and Karvan), as opposed to a misspelling (Teixiera
 * for Teixeira, Hickock for Hickok, Schnectady for Schenectady). Two outlets that romanise a name
 * differently follow their own house styles; the name-variant rule reports such a pair only when
 * one outlet writes both (or one article), or when one spelling is an older romanisation the
 * name's owner has replaced ({@code official-romanisations.tsv}: Kiev, Kyiv).
 *
 * <p>The spellings are romanisations of one name when one turns into the other through
 * alternations of {@code romanisation-alternations.tsv} (a vowel for another: Dargahan, Dargehan;
 * ou for u; i for y; kh for h; c for k; sch for sh; g for y before i) and through short vowels left
 * out between two single consonants that have vowels on their other sides (Karavan, Karvan;
 * Khaledin, Khaldin: Arabic and Persian script do not write short vowels). Not romanisations: two
 * letters swapped (Teixiera), a letter doubled (Heffner), a consonant added or dropped (Hickock,
 * Malcom), a vowel left out beside another vowel or at the edge of a consonant cluster (Alexandra,
 * Bireun, Schnectady), a consonant the list does not pair (Alishvandi, Alishbandi: v and b), and
 * two spellings that are both English first names of the extractor's lists (Catherine, Katherine:
 * each is a name of its own that its bearer spells one way).
 */
public final class Romanisation {

    /** One alternation: {@code one} and {@code other} romanise one sound; {@code before} must follow both, or is empty. */
    record Alternation(String one, String other, String before) {
    }

    static final List<Alternation> ALTERNATIONS = alternations();
    /** Older romanisations their owner has replaced, folded, with the spelling now written. */
    static final Map<String, String> OFFICIAL = Lexicon.pairs(Romanisation.class, "official-romanisations.tsv");
    private static final String VOWELS = "aeiou";
    /** Letters the key sets aside: vowels, y, h and the gutturals, which romanisations write differently. */
    private static final String SET_ASIDE = "aeiouyhcgkq";

    private Romanisation() {
    }

    /** Whether the two spellings are romanisations of one name (see the class comment); a spelling is one of itself. */
    public static boolean of(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.isEmpty() || y.isEmpty() || !key(x).equals(key(y)) || swapped(x, y) || doubled(x, y) || doubled(y, x)
                || Transliteration.firstName(x) && Transliteration.firstName(y)) {
            return false;
        }
        return aligned(x, y);
    }

    /**
     * Whether one of the two is an older romanisation whose owner now writes the other
     * ({@code official-romanisations.tsv}: Kiev, Kyiv), so an editor corrects it whatever the outlet.
     */
    public static boolean superseded(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        return y.equals(OFFICIAL.get(x)) || x.equals(OFFICIAL.get(y));
    }

    /**
     * The romanisation key: the letters romanisations agree on. Lower case without accents or
     * anything but letters; vowels, y, h and the gutturals c, g, k and q set aside; p written f and
     * w written v; doubled letters collapsed. Two romanisations of one name ({@link #of}) have one
     * key, since every alternation of the list changes only letters the key sets aside or writes
     * alike (tested for each line), and so does a vowel left out.
     */
    public static String key(String word) {
        String s = letters(word);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SET_ASIDE.indexOf(c) >= 0) {
                continue;
            }
            c = c == 'p' ? 'f' : c == 'w' ? 'v' : c;
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The word in lower case, without accents, hyphens, apostrophes or anything else but letters
     * (also the start of {@link Transliteration#key}).
     */
    static String letters(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether one is the other with two neighbouring letters swapped (Teixiera, Teixeira): a slip of the hand. */
    static boolean swapped(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                && x.substring(i + 2).equals(y.substring(i + 2));
    }

    /** Whether {@code y} is {@code x} with one letter written twice (Heffner, Hefner): a slip, never a romanisation. */
    static boolean doubled(String x, String y) {
        if (y.length() != x.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return i > 0 && y.charAt(i) == y.charAt(i - 1) && x.substring(i).equals(y.substring(i + 1));
    }

    /**
     * Whether {@code x} turns into {@code y} letter by letter: equal letters, an alternation of the
     * list either way round, or a short vowel of either left out ({@link #shortVowel}).
     */
    static boolean aligned(String x, String y) {
        boolean[][] reached = new boolean[x.length() + 1][y.length() + 1];
        reached[0][0] = true;
        for (int i = 0; i <= x.length(); i++) {
            for (int j = 0; j <= y.length(); j++) {
                if (!reached[i][j]) {
                    continue;
                }
                if (i < x.length() && j < y.length() && x.charAt(i) == y.charAt(j)) {
                    reached[i + 1][j + 1] = true;
                }
                if (shortVowel(x, i)) {
                    reached[i + 1][j] = true;
                }
                if (shortVowel(y, j)) {
                    reached[i][j + 1] = true;
                }
                for (Alternation a : ALTERNATIONS) {
                    step(reached, x, i, y, j, a.one(), a.other(), a.before());
                    step(reached, x, i, y, j, a.other(), a.one(), a.before());
                }
            }
        }
        return reached[x.length()][y.length()];
    }

    private static void step(boolean[][] reached, String x, int i, String y, int j, String from, String to, String before) {
        if (x.startsWith(from, i) && y.startsWith(to, j)
                && x.startsWith(before, i + from.length()) && y.startsWith(before, j + to.length())) {
            reached[i + from.length()][j + to.length()] = true;
        }
    }

    /**
     * Whether the letter at {@code i} is a short vowel that a romanisation may leave out: a single
     * vowel between two single consonants, each with a vowel on its other side (the second a of
     * Karavan, the e of Khaledin). Not a vowel beside a vowel (Alexandria, Bireuen) or beside a
     * cluster (Schenectady).
     */
    static boolean shortVowel(String w, int i) {
        return i >= 2 && i + 2 < w.length() && vowel(w.charAt(i))
                && !vowel(w.charAt(i - 1)) && !vowel(w.charAt(i + 1))
                && vowel(w.charAt(i - 2)) && vowel(w.charAt(i + 2));
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static List<Alternation> alternations() {
        List<Alternation> out = new ArrayList<>();
        String resource = "romanisation-alternations.tsv";
        for (Lexicon.Line line : Lexicon.lines(Romanisation.class, resource)) {
            int hash = line.text().indexOf('#');
            String content = (hash >= 0 ? line.text().substring(0, hash) : line.text()).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] cells = content.split("\t");
            if (cells.length < 2 || cells.length > 3) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected 2 or 3 tab-separated columns");
            }
            Alternation a = new Alternation(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip().toLowerCase(Locale.ROOT),
                    cells.length == 3 ? cells[2].strip().toLowerCase(Locale.ROOT) : "");
            if (a.one().isEmpty() || a.other().isEmpty() || a.one().equals(a.other()) || !key(a.one()).equals(key(a.other()))) {
                throw new IllegalStateException(resource + ":" + line.number()
                        + ": an alternation needs two different spellings that the romanisation key writes alike");
            }
            out.add(a);
        }
        return List.copyOf(out);
    }
}
