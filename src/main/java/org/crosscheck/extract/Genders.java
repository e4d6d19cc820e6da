package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * Whether "he" or "she" may stand for a person named: a first name or a title noun that names a
 * woman or a man ({@code female-first-names.txt}, {@code male-first-names.txt},
 * {@code gendered-person-nouns.txt}). Most names tell nothing, and then either pronoun may.
 */
final class Genders {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");


    static final String FEMALE = "female";
    static final String MALE = "male";
    static final Set<String> FEMALE_NAMES = Lexicon.words(Genders.class, "female-first-names.txt");
    static final Set<String> MALE_NAMES = Lexicon.words(Genders.class, "male-first-names.txt");
    static final Map<String, String> NOUNS = Lexicon.pairs(Genders.class, "gendered-person-nouns.txt");

    private Genders() {
    }

    /**
     * "female", "male" or null: the title or honorific written before the name ("spokeswoman
     * Ilene Dale", "Mrs. Dale") tells first, then the person's first name.
     */
    static String of(People.Mention m, String text) {
        String before = text.substring(m.span().start(), Math.max(m.span().start(), m.nameSpan().start()));
        String noun = lastWord(before);
        if (noun == null && m.title() != null) {
            noun = lastWord(m.title());
        }
        if (noun != null && NOUNS.containsKey(noun)) {
            return NOUNS.get(noun);
        }
        // The name's words before the surname, in order: a title read into the name at the start of
        // a sentence ("Engineer Paul Anker") is passed over.
        String[] words = SPACES.split(m.fullName().toLowerCase(Locale.ROOT).replace(".", ""));
        for (int i = 0; i < Math.max(1, words.length - 1); i++) {
            if (FEMALE_NAMES.contains(words[i])) {
                return FEMALE;
            }
            if (MALE_NAMES.contains(words[i])) {
                return MALE;
            }
        }
        return null;
    }

    /** The gender a pronoun names: "she"/"her" female, "he"/"him" male, anything else null. */
    static String ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "she", "her" -> FEMALE;
            case "he", "him" -> MALE;
            default -> null;
        };
    }

    /** Whether the pronoun may stand for the person: nothing about either says otherwise. */
    static boolean agrees(String pronoun, People.Mention m, String text) {
        String p = ofPronoun(pronoun);
        String g = p == null ? null : of(m, text);
        return p == null || g == null || g.equals(p);
    }

    /**
     * "female", "male" or null: what the article's mentions of the person tell together ({@link
     * #of}), so that "Mendes" alone is known by "Mrs. Mendes" or "Ruth Mendes" written elsewhere;
     * null when none tells or two tell otherwise.
     */
    static String ofPerson(String key, List<People.Mention> people, String text) {
        String found = null;
        for (People.Mention m : people) {
            String g = m.key().equals(key) ? of(m, text) : null;
            if (g != null && found != null && !found.equals(g)) {
                return null;
            }
            found = g == null ? found : g;
        }
        return found;
    }

    /**
     * Whether the pronoun may stand for the person any of the article's mentions names: nothing
     * about either says otherwise ({@link #ofPerson}).
     */
    static boolean agreesWithPerson(String pronoun, People.Mention m, List<People.Mention> people, String text) {
        String p = ofPronoun(pronoun);
        String g = p == null ? null : ofPerson(m.key(), people, text);
        return g == null || g.equals(p);
    }

    private static String lastWord(String s) {
        String[] w = NON_LETTERS.split(s.strip().toLowerCase(Locale.ROOT).replace(".", ""));
        for (int i = w.length - 1; i >= 0; i--) {
            if (!w[i].isEmpty()) {
                return w[i];
            }
        }
        return null;
    }
}
