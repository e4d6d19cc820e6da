package org.crosscheck.extract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * A person's other name, given right after the person is named: "Mark Dell, known to the world as
 * 'the Fixer'", "Ana Ruiz, nicknamed La Jefa". The other name is the same person: counted as its
 * own person, an alias the article uses as often as the name would tie with it, and a pronoun
 * ("he", "she") would stand for no one.
 *
 * <p>Read from the article's words folded and spaced ({@code " mark dell known to the world as the
 * fixer "}): a name that follows a phrase of {@code alias-introducers.txt} is an alias of the other
 * name written nearest before that phrase, at most {@value #REACH} characters before it.
 */
final class Aliases {
    /** The phrases that introduce a person's other name, folded. */
    static final Set<String> INTRODUCERS = Lexicon.words(Aliases.class, "alias-introducers.txt");
    /** The most characters between the end of the person's name and the phrase that gives the alias. */
    static final int REACH = 80;

    private Aliases() {
    }

    /**
     * The aliases among {@code names} that {@code spaced} (an article's words, folded, each between
     * single spaces) gives, each with the name it stands for.
     */
    static Map<String, String> in(String spaced, Collection<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        // Each phrase's mentions are found once; only the few found are matched against the names.
        for (String introducer : INTRODUCERS) {
            String phrase = " " + introducer + " ";
            for (int at = spaced.indexOf(phrase); at >= 0; at = spaced.indexOf(phrase, at + 1)) {
                int after = at + phrase.length() - 1;
                for (String alias : names) {
                    if (!out.containsKey(alias) && spaced.startsWith(" " + alias + " ", after)) {
                        String owner = ownerBefore(spaced, at, alias, names);
                        if (owner != null) {
                            out.put(alias, owner);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The name of {@code names}, other than {@code alias}, whose mention ends nearest before {@code at}, within {@link #REACH}. */
    private static String ownerBefore(String spaced, int at, String alias, Collection<String> names) {
        String best = null;
        int bestEnd = -1;
        for (String name : names) {
            if (name.equals(alias)) {
                continue;
            }
            String spacedName = " " + name + " ";
            int start = spaced.lastIndexOf(spacedName, at);
            if (start < 0) {
                continue;
            }
            int end = start + spacedName.length() - 1;
            if (end <= at && at - end <= REACH && end > bestEnd) {
                best = name;
                bestEnd = end;
            }
        }
        return best;
    }
}
