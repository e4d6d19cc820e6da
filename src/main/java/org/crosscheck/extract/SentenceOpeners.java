package org.crosscheck.extract;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * Words that open sentences with a capital but are no part of a name ({@code
 * sentence-opening-words.txt}): "Distraught Morrow told reporters" names Morrow, not "Distraught
 * Morrow". The people, name and spelling readers drop such a word from the start of a run of
 * capitalised words that opens a sentence; inside a sentence the word's capital is its own (the
 * "Once Upon" of a title) and it is kept.
 */
public final class SentenceOpeners {

    /** The words ({@code sentence-opening-words.txt}), in lower case. */
    static final Set<String> WORDS = Lexicon.words(SentenceOpeners.class, "sentence-opening-words.txt");

    /**
     * Words that describe a person and open sentences before that person's first name, but are also
     * surnames ({@code first-name-describers.txt}: "Young Frederick worked", not "Neil Young").
     */
    static final Set<String> DESCRIBERS = Lexicon.words(SentenceOpeners.class, "first-name-describers.txt");

    private SentenceOpeners() {
    }

    /** Whether a word, in any case, opens sentences but is no part of a name ("Distraught", "Once"). */
    public static boolean opener(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word that opens a sentence, followed by {@code next} (the next word, or null), is no
     * part of a name: an opener ({@link #opener(String)}), or a word that describes a person
     * ({@link #DESCRIBERS}) right before a first name ("Young Frederick worked": Frederick). Any case.
     */
    public static boolean opener(String word, String next) {
        return opener(word) || next != null && DESCRIBERS.contains(word.toLowerCase(Locale.ROOT))
                && org.crosscheck.text.Transliteration.firstName(next);
    }

    /**
     * A name read at a sentence's start, its words one space apart, without its first word when
     * that word is an opener before the next ({@link #opener(String, String)}: "distraught morrow"
     * -> "morrow", "young frederick" -> "frederick"); else the name as it is.
     */
    public static String strip(String name) {
        int space = name.indexOf(' ');
        if (space <= 0) {
            return name;
        }
        int next = name.indexOf(' ', space + 1);
        if (!opener(name.substring(0, space), next < 0 ? name.substring(space + 1) : name.substring(space + 1, next))) {
            return name;
        }
        return name.substring(space + 1);
    }
}
