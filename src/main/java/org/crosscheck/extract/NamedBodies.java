package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Organisations as the doers of a happening a date is tied to. A clause that names no person may
 * name the body that acted ("The Interior Department proposed the new rules in May", "the Navy on
 * Thursday thwarted an attack", "the Wasilla Bible Church burned early Saturday"): two sources that
 * tie a date to a happening of one kind and name the same body tell of one happening, as two that
 * name the same person do. A body is a name of the document with an organisation's noun among its
 * words ({@code organisation-nouns.txt}: "department", "church", "council"), not a calendar word,
 * and only for kinds of happening a body does once ({@link #KINDS}).
 */
final class NamedBodies {

    /**
     * Kinds of happening an organisation keys ({@code body-happening-kinds.txt}): what a body does
     * once or has done to it, not the acts it repeats within days (arrests, attacks, meetings).
     */
    static final java.util.Set<String> KINDS = org.crosscheck.text.Lexicon.words(NamedBodies.class, "body-happening-kinds.txt");

    private NamedBodies() {
    }

    /**
     * The organisation names among {@code names} (folded, as {@link Names.Found#counts} keys them)
     * that {@code spacedWords} (folded words between single spaces, with a space at each end)
     * holds as whole words ({@link #doer}), sorted: names of two words or more (a lone "Club" or
     * "Network" is a word of a longer name the document writes elsewhere); a name written inside a
     * longer one that is also held ("bible church" in "wasilla bible church") is left out.
     */
    static List<String> within(String spacedWords, Collection<String> names) {
        List<String> held = new ArrayList<>();
        for (String name : names) {
            if (name.indexOf(' ') > 0 && organisation(name) && !Happenings.calendarWord(name) && doer(spacedWords, name)) {
                held.add(name);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        for (String name : held) {
            boolean inner = false;
            for (String other : held) {
                inner |= other.length() > name.length() && (" " + other + " ").contains(" " + name + " ");
            }
            if (!inner) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code spacedWords} holds {@code name} as whole words at least once not after a
     * preposition of place ("died at the Medical Center", "a fire in the Bible Church": the body is
     * where it happened, not who did it).
     */
    static boolean doer(String spacedWords, String name) {
        String needle = " " + name + " ";
        for (int at = spacedWords.indexOf(needle); at >= 0; at = spacedWords.indexOf(needle, at + 1)) {
            String[] before = spacedWords.substring(0, at).strip().split(" ");
            int k = before.length - 1;
            // "at the U.S. Medical Center": the article and the initials that open the name are passed over.
            while (k >= 0 && ("the".equals(before[k]) || before[k].length() == 1)) {
                k--;
            }
            if (k < 0 || !Mentions.PLACE_PREPOSITIONS.contains(before[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded name has an organisation's noun among its words. */
    static boolean organisation(String name) {
        for (String w : name.split(" ")) {
            if (Organisations.NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
