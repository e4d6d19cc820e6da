package org.crosscheck.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.HammingDistance;

/**
 * Spelling keys for names written through different transliterations: Kiev and Kyiv, Donbas and
 * Donbass, Heidar and Heydar Alishvandi and Alishbandi, Antony and Anthony. The key drops accents,
 * case, hyphens and apostrophes, writes alike the letters that transliterations swap (y and i, w
 * and v, b and v, c, q and k, ph and f, kh and h, th and t, ie and i) and collapses doubled
 * letters. Two spellings are variants when their keys are equal, or of equal length (seven
 * letters or more) and one letter apart inside the word (Commons Text's Hamming distance), so
 * Stoltenberg and Stoltenburg are variants while Russia and Russian, Iran and Iraq are not.
 *
 * <p>Looser tests hold where more than the word says it is one name: a long word with a letter
 * dropped inside it ({@link #letterDropped}: Karavan and Karvan), a first name before one surname
 * ({@link #firstNameVariants}: Jon and John Owen), a surname after one first name
 * ({@link #surnameVariants}: Duncan Rait and Duncan Raite, Anthony Calamita and Anthony
 * LaCalamita). {@link #blocks} gives the keys under which two words one letter apart meet, so
 * that no rule compares every pair of names.
 */
public final class Transliteration {

    private static final HammingDistance HAMMING = new HammingDistance();
    private static final org.apache.commons.text.similarity.LevenshteinDistance LEVENSHTEIN =
            org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
    /** Shortest word, as written, a misspelling of a surname is read in ({@link #misspelling}). */
    static final int MIN_MISSPELT = 6;
    /** Shortest key a letter dropped inside a lone word is read as a variant of: Karvan, Khaldin. */
    static final int MIN_DROPPED = 6;
    /** Shortest key of a surname one letter apart from another after the same first name: Rait. */
    static final int MIN_SURNAME = 4;
    /** Shortest key of a first name whose letter is swapped for another: Elias, Ilias. */
    static final int MIN_SWAPPED = 4;
    /** Consonants first names swap between sources (k and g), both ways. */
    static final Map<String, String> SWAPS = Lexicon.pairs(Transliteration.class, "name-letter-swaps.txt");
    /** Particles a surname is joined to in one source and not in another (la, de, mc). */
    static final Set<String> PARTICLES = Lexicon.words(Transliteration.class, "surname-particles.txt");
    /** First names and their short forms one letter apart (steve, steven): each form is the name. */
    static final Map<String, String> SHORT_FORMS = Lexicon.pairs(Transliteration.class, "first-name-short-forms.txt");
    /** Everyday forms of first names that share only the first letter with the name (jim, james). */
    static final Map<String, String> NICKNAMES = Lexicon.pairs(Transliteration.class, "first-name-nicknames.txt");
    /** How many first letters an everyday form shares with its name (Dave, David; Sam, Samuel). */
    static final int NICKNAME_PREFIX = 3;
    private static final String VOWELS = "aeiou";
    private static final String CONSONANTS_BEFORE_H = "bcdgkpstz";

    private Transliteration() {
    }

    public static String key(String name) {
        String t = Romanisation.letters(name)
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

    /**
     * The keys a word meets other words under: its key; for words of seven letters or more as
     * written ({@link #letters}), its key with any one letter inside it left out (neither the first
     * nor the last); and its key without a surname particle. Two words the word rule takes for
     * variants share one of them (equal keys; keys one letter apart inside the word, by a letter
     * swapped, added or left out, the longer of seven letters or more), so a rule joins on these
     * keys instead of comparing all pairs.
     */
    public static List<String> blocks(String name) {
        String k = key(name);
        Set<String> out = new LinkedHashSet<>();
        if (k.isEmpty()) {
            return List.of();
        }
        out.add(k);
        if (letters(name) > MIN_DROPPED) {
            for (int i = 1; i < k.length() - 1; i++) {
                out.add(k.substring(0, i) + k.substring(i + 1));
            }
        }
        String bare = withoutParticle(name);
        if (bare != null) {
            out.add(key(bare));
        }
        return new ArrayList<>(out);
    }

    /**
     * Whether two lone words are one name with a letter dropped inside: the words have six letters
     * or more as written ({@link #letters}: a doubled letter counts twice, so Titter is as long as
     * Karvan though its key has five), and their keys are one letter apart by a letter added or
     * left out, neither the first nor the last (Karavan and Karvan, Khaledin and Khaldin,
     * Schenectady and Schnectady, Titter and Twitter). A letter at either end makes another word
     * (Russia and Russian, Israel and Israeli).
     */
    public static boolean letterDropped(String a, String b) {
        Edit e = edit(key(a), key(b));
        return e != null && !e.swapped() && Math.min(letters(a), letters(b)) >= MIN_DROPPED
                && e.at() > 0 && e.at() < e.longer().length() - 1 && !shortForm(a, b);
    }

    /**
     * Whether two first names before one surname write one person's first name: their keys are
     * one letter apart and the letter is one spellings of a name change. A vowel for a vowel or a
     * consonant for one the list {@code name-letter-swaps.txt} pairs (Elias and Ilias, Kurbanguly
     * and Gurbanguly), in keys of four letters or more (Dan and Don are two names); or a letter
     * added or left out anywhere but a vowel at the end (Jon and John, Andre and Anre, Brian and
     * Bryant), since a final vowel makes another person's name (Paul and Paula, Louis and Louise)
     * and a final s another word (Picture, Pictures). Not variants: a short form and its full name
     * ({@code first-name-short-forms.txt}: Steve, Steven) and words with a hyphen.
     */
    public static boolean firstNameVariants(String a, String b) {
        Edit e = edit(key(a), key(b));
        if (e == null || hyphened(a, b) || shortForm(a, b) || pluralOrVowelAtEnd(e, VOWELS + "s")) {
            return false;
        }
        if (e.swapped()) {
            return e.shorter().length() >= MIN_SWAPPED && alike(e.letter(), e.other());
        }
        return true;
    }

    /**
     * Whether two surnames after one first name write one person's surname: their keys (four
     * letters or more) are one letter apart, anywhere (Rait and Raite, Wolfe and Wolff, Kougias and
     * Kouyias), or one is the other joined to a particle of {@code surname-particles.txt}
     * (LaCalamita and Calamita), or one is a part of the other's double-barrelled name
     * ({@link #doubleBarrelled}: Jones-Drew and Drew). Not variants: an s added at the end (Mammal,
     * Mammals; Ranger, Rangers) unless the shorter is a first name ({@link #firstNameWithS}: George,
     * Georges), an h added after a consonant, which is how transliterations differ (Askar,
     * Askhar), and other words with a hyphen.
     */
    public static boolean surnameVariants(String a, String b) {
        if (hyphened(a, b)) {
            return doubleBarrelled(a, b) || doubleBarrelled(b, a);
        }
        Edit e = edit(key(a), key(b));
        if (e != null) {
            return e.shorter().length() >= MIN_SURNAME && (!pluralOrVowelAtEnd(e, "s") || firstNameWithS(a, b))
                    && !aspirated(a, b);
        }
        String x = withoutParticle(a);
        String y = withoutParticle(b);
        return x != null && key(x).equals(key(b)) || y != null && key(y).equals(key(a));
    }

    /** First names, men's and women's, from the lists the extractor reads genders by: no word's plural. */
    static final Set<String> FIRST_NAMES = firstNames();

    /** Whether a word is a first name of the lists ({@code male-first-names.txt}, {@code female-first-names.txt}), in any case. */
    public static boolean firstName(String word) {
        return FIRST_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> firstNames() {
        Set<String> out = new java.util.HashSet<>(Lexicon.words(Transliteration.class, "/org/crosscheck/extract/male-first-names.txt"));
        out.addAll(Lexicon.words(Transliteration.class, "/org/crosscheck/extract/female-first-names.txt"));
        return Set.copyOf(out);
    }

    /**
     * Whether one word is the other with an s at its end and the shorter is a first name of the
     * lists ({@code male-first-names.txt}, {@code female-first-names.txt}): George and Georges,
     * William and Williams, Edward and Edwards are one name written two ways, not a word and its
     * plural (Mammal, Mammals; Ranger, Rangers).
     */
    static boolean firstNameWithS(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        String shorter = x.length() < y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return longer.equals(shorter + "s") && FIRST_NAMES.contains(shorter);
    }

    /**
     * Whether {@code whole} is a double-barrelled surname, two capitalised parts of three letters
     * or more joined by one hyphen, and {@code part} one of its parts of {@link #MIN_SURNAME} letters
     * or more (Jones-Drew and Drew, Zeta-Jones and Jones): one source gives the person one of the
     * two names. A part in lower case is a particle (al-Masri), not a name.
     */
    static boolean doubleBarrelled(String whole, String part) {
        if (part.contains("-") || part.length() < MIN_SURNAME) {
            return false;
        }
        int hyphen = whole.indexOf('-');
        if (hyphen < 3 || hyphen != whole.lastIndexOf('-') || whole.length() - hyphen - 1 < 3) {
            return false;
        }
        String left = whole.substring(0, hyphen);
        String right = whole.substring(hyphen + 1);
        return Character.isUpperCase(left.charAt(0)) && Character.isUpperCase(right.charAt(0))
                && (left.equalsIgnoreCase(part) || right.equalsIgnoreCase(part));
    }

    /**
     * The word in the singular, as a key that a word and its plural share: a final s left out
     * ("islands" for "island" and "islands"), "es" after s, x, z, ch or sh ("boxes", "box"), "ies"
     * written y ("companies", "company"); a word ending in "ss" is its own ("press"). The word is
     * given in house style ({@link HouseStyle#word}).
     */
    public static String singular(String folded) {
        if (folded.length() > 4 && folded.endsWith("ies")) {
            return folded.substring(0, folded.length() - 3) + "y";
        }
        if (folded.length() > 4 && folded.endsWith("es") && (folded.endsWith("ches") || folded.endsWith("shes")
                || folded.endsWith("sses") || folded.endsWith("xes") || folded.endsWith("zes"))) {
            return folded.substring(0, folded.length() - 2);
        }
        if (folded.length() > 3 && folded.endsWith("s") && !folded.endsWith("ss")) {
            return folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    /**
     * Whether two first names are two different names that still share their first letter (David
     * and Dale), for the rule that takes them for one person's where the surname is one person in
     * the story. Not: one name spelled two ways, which the spelling tests take ({@link #variants},
     * {@link #letterDropped}, {@link #firstNameVariants}: Jon and John); a word in the singular and
     * the plural ({@link #singular}: Hurricane and Hurricanes Katrina); a name and its everyday
     * form, which share their first three letters (Dave and David, Sam and Samuel) or are listed in
     * {@code first-name-nicknames.txt} (Jim and James), or are a short form
     * ({@code first-name-short-forms.txt}); words with a hyphen.
     */
    public static boolean otherFirstNames(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0))
                && twoFirstNames(a, b);
    }

    /** Everyday forms of first names that begin with another letter (Bill, William): {@code first-name-other-letter-forms.txt}. */
    static final List<Set<String>> OTHER_LETTER_FORMS =
            Lexicon.groups(Transliteration.class, "/org/crosscheck/extract/first-name-other-letter-forms.txt");

    /**
     * Whether two first names are two different names, whatever their first letters (Carl and
     * John): as {@link #otherFirstNames}, and not a name and an everyday form that begins with
     * another letter ({@code first-name-other-letter-forms.txt}: Bill and William, Peggy and
     * Margaret), which name one person. Neither is an initial ("J.", "J"): an initial is no first
     * name to compare.
     */
    public static boolean twoFirstNames(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.length() > 1 && y.length() > 1 && !x.contains(".") && !y.contains(".") && !hyphened(a, b) && !sharedStart(x, y) && !nickname(x, y) && !otherLetterForms(x, y) && !shortForm(a, b)
                && !singular(x).equals(singular(y)) && !variants(a, b) && !letterDropped(a, b)
                && !firstNameVariants(a, b);
    }

    /**
     * Whether two surnames are two names, not one surname written two ways: they differ in house
     * style ({@link HouseStyle#word}), are not one spelling's variants ({@link #variants},
     * {@link #letterDropped}, {@link #surnameVariants}: Wolfe and Wolff, Jones-Drew and Drew,
     * LaCalamita and Calamita), not a misspelling of one another ({@link #misspelling}: Klitchsko,
     * Klitschko), and not two romanisations of one name ({@link Romanisation#of}: Kougias and
     * Kouyias, which two outlets' house styles may write). Smith and Butler are two surnames.
     */
    public static boolean twoSurnames(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && !HouseStyle.general().word(a).equals(HouseStyle.general().word(b))
                && !variants(a, b) && !letterDropped(a, b) && !surnameVariants(a, b) && !misspelling(a, b) && !misspelling(b, a)
                && !Romanisation.of(a, b);
    }

    /** Whether one line of {@code first-name-other-letter-forms.txt} holds both (lower case). */
    static boolean otherLetterForms(String x, String y) {
        for (Set<String> forms : OTHER_LETTER_FORMS) {
            if (forms.contains(x) && forms.contains(y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of a folded first name ({@link #key}) that stays the same across its everyday forms:
     * the full form of a listed nickname ({@code first-name-nicknames.txt}: jim, james), cut to its
     * first {@link #NICKNAME_PREFIX} letters (dave and david both "dav"). A person called Dave Rossi
     * in one source and David Rossi in another is one person to compare titles of.
     */
    public static String firstNameKey(String folded) {
        String full = NICKNAMES.getOrDefault(folded, folded);
        return full.length() > NICKNAME_PREFIX ? full.substring(0, NICKNAME_PREFIX) : full;
    }

    /** Whether the two share their first {@link #NICKNAME_PREFIX} letters (dave, david). */
    private static boolean sharedStart(String x, String y) {
        return x.length() >= NICKNAME_PREFIX && y.length() >= NICKNAME_PREFIX
                && x.regionMatches(0, y, 0, NICKNAME_PREFIX);
    }

    /** Whether one is a listed everyday form of the other (jim, james). */
    private static boolean nickname(String x, String y) {
        return y.equals(NICKNAMES.get(x)) || x.equals(NICKNAMES.get(y));
    }

    /** The name without a particle it is joined to ("Calamita" for "LaCalamita"), or null. */
    static String withoutParticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String p : PARTICLES) {
            if (lower.length() - p.length() >= MIN_SURNAME && lower.startsWith(p)
                    && Character.isUpperCase(name.charAt(p.length()))) {
                return name.substring(p.length());
            }
        }
        return null;
    }

    /**
     * Whether two spellings differ only in letters that transliterations of one name, and the
     * established spellings of some names, write differently: their keys are equal and they double
     * the same letters as written (Heidar and Heydar, Younis and Yunis, Carolos and Karolos,
     * Turkmenbashi and Turkmenbaschi, Kiev and Kyiv). A doubled letter, a letter dropped or added, or
     * another vowel is not such a letter: Heffner, Hefner; BlackBery, BlackBerry; Karvan, Karavan.
     */
    public static boolean romanised(String a, String b) {
        return key(a).equals(key(b)) && doubled(a).equals(doubled(b));
    }

    /** The letters a word doubles as written, in lower case and without accents ("lr" for "Hellerr"). */
    static String doubled(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        char before = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == before) {
                out.append(c);
            }
            before = c;
        }
        return out.toString();
    }

    /**
     * How many letters the word is written with, doubled letters counted twice: the length the
     * gates of the looser tests hold to (Titter has six letters, though its key, titer, has five).
     */
    static int letters(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a word an article writes once may be its misspelling of a surname it writes
     * elsewhere: the two differ, begin with one letter, have {@link #MIN_MISSPELT} letters or more,
     * and are one name's spellings ({@link #key}: Krawitz, Kravitz), one letter apart as surnames are
     * ({@link #surnameVariants}: Marlow, Marlowe) or hold
     * the same letters with one moved or two swapped, two edits apart (Klitchsko, Klitschko;
     * Brnadt, Brandt). Whether the article names no one else so is the caller's to ask.
     */
    public static boolean misspelling(String written, String surname) {
        String a = written.toLowerCase(Locale.ROOT);
        String b = surname.toLowerCase(Locale.ROOT);
        if (a.equals(b) || Math.min(a.length(), b.length()) < MIN_MISSPELT || a.charAt(0) != b.charAt(0)
                || !a.chars().allMatch(Character::isLetter) || !b.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return key(a).equals(key(b)) || surnameVariants(written, surname) || sameLetters(a, b) && LEVENSHTEIN.apply(a, b) <= 2;
    }

    /** Whether the two words hold the same letters, each as often. */
    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    private static boolean hyphened(String a, String b) {
        return a.contains("-") || b.contains("-");
    }

    /** Whether one of the two is the short form of the other (Steve, Steven). */
    static boolean shortForm(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return y.equals(SHORT_FORMS.get(x)) || x.equals(SHORT_FORMS.get(y));
    }

    /** Whether the edit adds one of {@code letters} at the end of the shorter key. */
    private static boolean pluralOrVowelAtEnd(Edit e, String letters) {
        return !e.swapped() && e.at() == e.longer().length() - 1 && letters.indexOf(e.letter()) >= 0;
    }

    /** Whether one spelling is the other with an h after a consonant (Askhar, Askar): a transliteration. */
    static boolean aspirated(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        for (int i = 1; i < longer.length(); i++) {
            if (longer.charAt(i) == 'h' && CONSONANTS_BEFORE_H.indexOf(longer.charAt(i - 1)) >= 0
                    && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean alike(char x, char y) {
        if (VOWELS.indexOf(x) >= 0 && VOWELS.indexOf(y) >= 0) {
            return true;
        }
        String a = String.valueOf(x);
        String b = String.valueOf(y);
        return b.equals(SWAPS.get(a)) || a.equals(SWAPS.get(b));
    }

    /**
     * How two keys are one letter apart: {@code letter} of {@code longer} at {@code at} is left
     * out of {@code shorter}, or (when {@code swapped}) is written {@code other} there.
     */
    record Edit(String longer, String shorter, int at, char letter, char other, boolean swapped) {
    }

    /** The one edit between two keys, or null when they are equal or further apart. */
    static Edit edit(String x, String y) {
        if (x.equals(y) || Math.abs(x.length() - y.length()) > 1 || x.isEmpty() || y.isEmpty()) {
            return null;
        }
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        if (longer.length() == shorter.length()) {
            return longer.substring(i + 1).equals(shorter.substring(i + 1))
                    ? new Edit(longer, shorter, i, longer.charAt(i), shorter.charAt(i), true) : null;
        }
        return longer.substring(i + 1).equals(shorter.substring(i))
                ? new Edit(longer, shorter, i, longer.charAt(i), ' ', false) : null;
    }
}
