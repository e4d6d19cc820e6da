package org.crosscheck.text;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.HammingDistance;

/**
 * Spelling keys for names written through different transliterations: Kiev and Kyiv, Donbas and
 * Donbass, Heidar and Heydar Alishvandi and Alishbandi, Antony and Anthony. The key drops accents,
 * case, hyphens and apostrophes, writes alike the letters that transliterations swap (y and i, w
 * and v, b and v, c, q and k, ph and f, kh and h, th and t, ie and i) and collapses doubled
 * letters. Two spellings are variants when their keys are equal, or of equal length (seven
 * letters or more) and one letter apart inside the word (Commons Text's Hamming distance), so
 * Stoltenberg and Stoltenburg are variants while Russia and Russian, Iran and Iraq are not.
 */
public final class Transliteration {

    private static final HammingDistance HAMMING = new HammingDistance();

    private Transliteration() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                letters.append(c);
            }
        }
        String t = letters.toString()
                .replace("sch", "sh").replace("tch", "ch").replace("kh", "h").replace("ph", "f").replace("th", "t")
                .replace("ck", "k").replace("zh", "j").replace("ou", "u");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'y' -> c = 'i';
                case 'w', 'b' -> c = 'v';
                case 'q' -> c = 'k';
                case 'c' -> c = i + 1 < t.length() && t.charAt(i + 1) == 'h' ? 'c' : 'k';
                default -> {
                }
            }
            out.append(c);
        }
        String u = out.toString().replace("ie", "i");
        StringBuilder collapsed = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            if (i == 0 || u.charAt(i) != u.charAt(i - 1)) {
                collapsed.append(u.charAt(i));
            }
        }
        return collapsed.toString();
    }

    /** Whether two spellings write one name: equal keys, or keys one letter apart inside a long word. */
    public static boolean variants(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.length() != y.length() || x.length() < 7) {
            return false;
        }
        if (HAMMING.apply(x, y) != 1) {
            return false;
        }
        int last = x.length() - 1;
        return x.charAt(0) == y.charAt(0) && x.charAt(last) == y.charAt(last);
    }
}
