package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.Romanisation;
import org.crosscheck.text.Transliteration;

/**
 * A name of one word that an article gives in a list of three or more such names ("the villages
 * of Arlen, Bostra, Kelvane and Morrow"), at its first place in a list, with the other names
 * its lists hold in the article ({@code others}, as first written). Two articles' lists that share a
 * name are about one set of things, so a word of one list that is one letter from a word of the
 * other, a letter changed anywhere, the first too (Gourian, Tourian), is one name spelled two ways,
 * where a word alone one letter from another is usually another name (Jerry, Perry). Since the
 * twenty-ninth session.
 */
public record ListedName(String document, Span span, String text, List<String> others) implements Claim {

    /** Shortest word compared: shorter words one letter apart are other words. */
    public static final int MIN_LETTERS = 5;

    public ListedName {
        others = List.copyOf(others);
    }

    @Override
    public String kind() {
        return "listed-name";
    }

    @Override
    public String value() {
        return text;
    }

    @Override
    public String key() {
        return "listed-name|" + document + "|" + folded();
    }

    /** The word in house style. */
    public String folded() {
        return HouseStyle.general().word(text);
    }

    /**
     * The keys a word meets the listed words one letter from it under: its spelling key and that
     * key with any one letter left out, the first and last too ({@link Transliteration#key}). Two
     * keys one letter changed, added or left out, or two letters swapped, share one.
     */
    public List<ListedBlock> blocks() {
        String k = Transliteration.key(text);
        List<ListedBlock> out = new ArrayList<>();
        if (k.length() < MIN_LETTERS - 1) {
            return out;
        }
        out.add(new ListedBlock(k, document, folded()));
        for (int i = 0; i < k.length(); i++) {
            String dropped = k.substring(0, i) + k.substring(i + 1);
            if (out.stream().noneMatch(b -> b.key().equals(dropped))) {
                out.add(new ListedBlock(dropped, document, folded()));
            }
        }
        return out;
    }

    /**
     * Whether {@code o} writes this listed word another way: two words of {@link #MIN_LETTERS} or
     * more whose keys are one letter apart (changed anywhere, or added or left out inside the word,
     * or two letters side by side swapped; a letter added at either end makes another word: Russia,
     * Russian), in lists that share another name and where neither list holds the other spelling.
     * Spellings the word rule compares itself ({@link Transliteration#variants},
     * {@link Transliteration#letterDropped}) are left to it.
     */
    public boolean listVariantOf(ListedName o) {
        if (text.length() < MIN_LETTERS || o.text.length() < MIN_LETTERS || folded().equals(o.folded())
                || holds(o.folded()) || o.holds(folded())
                || Transliteration.variants(text, o.text) || Transliteration.letterDropped(text, o.text)
                || !oneEdit(Transliteration.key(text), Transliteration.key(o.text))) {
            return false;
        }
        for (String x : others) {
            if (o.holds(HouseStyle.general().word(x))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word's lists hold another name of this spelling in house style. */
    boolean holds(String folded) {
        for (String x : others) {
            if (HouseStyle.general().word(x).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code o}'s word is another romanisation of this one ({@link Romanisation#of}): two outlets' house styles. */
    public boolean romanisedFrom(ListedName o) {
        return Romanisation.of(text, o.text);
    }

    /** The other names both articles' lists hold, joined with commas, for the finding's message. */
    public String sharedWith(ListedName o) {
        List<String> shared = new ArrayList<>();
        for (String x : others) {
            if (o.holds(HouseStyle.general().word(x))) {
                shared.add(x);
            }
        }
        return String.join(", ", shared);
    }

    /**
     * Whether two keys are one edit apart: one letter changed anywhere, two side by side swapped,
     * or one added or left out neither first nor last.
     */
    static boolean oneEdit(String x, String y) {
        if (x.length() == y.length()) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < x.length() && at.size() < 3; i++) {
                if (x.charAt(i) != y.charAt(i)) {
                    at.add(i);
                }
            }
            return at.size() == 1 || at.size() == 2 && at.get(1) == at.get(0) + 1
                    && x.charAt(at.get(0)) == y.charAt(at.get(1)) && x.charAt(at.get(1)) == y.charAt(at.get(0));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 1; i < longer.length() - 1; i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
