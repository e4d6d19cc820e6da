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

    private SentenceOpeners() {
    }

    /** Whether a word, in any case, opens sentences but is no part of a name ("Distraught", "Once"). */
    public static boolean opener(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A name read at a sentence's start, its words one space apart, without its first word when
     * that word is an opener and another word follows ("distraught morrow" -> "morrow"); else the
     * name as it is.
     */
    public static String strip(String name) {
        int space = name.indexOf(' ');
        if (space <= 0 || !opener(name.substring(0, space))) {
            return name;
        }
        return name.substring(space + 1);
    }
}
