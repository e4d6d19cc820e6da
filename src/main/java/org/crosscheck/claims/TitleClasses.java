package org.crosscheck.claims;

import java.util.List;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * Which classes of title one person can hold at once, for {@link RoleClaim#conflictsWith}: the
 * generic titles, the ranks and the titles commonly held together, as data files beside this
 * class. The extractor classifies titles (extract.Roles); this says which classes go together.
 */
public final class TitleClasses {

    /** Titles that say nothing about which office: compatible with every other title. */
    public static final Set<String> GENERIC = Lexicon.words(TitleClasses.class, "generic-titles.txt");
    /** Ranks of police and armed forces: a rank is held together with a function ("Constable", "police spokesman"). */
    public static final Set<String> RANKS = Lexicon.words(TitleClasses.class, "ranks.txt");
    /**
     * Titles one person commonly holds together, or two names for one office: a company's
     * president, chief executive and chairman; a prosecutor and a district attorney; a
     * spokesperson and a publicist.
     */
    private static final List<Set<String>> CO_HELD = Lexicon.groups(TitleClasses.class, "co-held-titles.txt");

    /** Words that make a title holding another's words another office ("vice", "deputy"): {@code other-office-words.txt}. */
    public static final Set<String> OTHER_OFFICE = Lexicon.words(TitleClasses.class, "other-office-words.txt");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\d]+");

    private TitleClasses() {
    }

    /**
     * Whether one of the two titles (or title classes) holds every word of the other and names the
     * same office more precisely: "foreign minister" and "minister", "managing director" and
     * "director", "police chief" and "chief". Not when a word only the longer one holds makes it
     * another office ({@code other-office-words.txt}: "vice president" and "president", "assistant
     * district attorney" and "district attorney"). Words are compared folded, split at anything
     * but letters and digits ("director-general" holds "director").
     */
    public static boolean oneContains(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        return x.size() <= y.size() ? contains(y, x) : contains(x, y);
    }

    /** Whether {@code longer} holds every word of {@code shorter} (not empty) and no word of {@link #OTHER_OFFICE} beyond them. */
    private static boolean contains(List<String> longer, List<String> shorter) {
        if (shorter.isEmpty() || !longer.containsAll(shorter)) {
            return false;
        }
        for (String w : longer) {
            if (!shorter.contains(w) && OTHER_OFFICE.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The words of a title, folded. */
    static List<String> words(String title) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : NOT_LETTERS.split(title.toLowerCase(java.util.Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether one person can hold both titles at once: the same class, a generic title, a rank
     * beside a function, a bare "secretary" or "minister" beside a particular one, or two titles
     * of one line of {@code co-held-titles.txt}.
     */
    public static boolean compatible(String a, String b) {
        if (a == null || b == null || a.equals(b) || GENERIC.contains(a) || GENERIC.contains(b)) {
            return true;
        }
        if (RANKS.contains(a) != RANKS.contains(b)) {
            return true;
        }
        for (String bare : new String[] {"secretary", "minister"}) {
            if (a.equals(bare) && b.contains(bare) || b.equals(bare) && a.contains(bare)) {
                return true;
            }
        }
        for (Set<String> group : CO_HELD) {
            if (group.contains(a) && group.contains(b)) {
                return true;
            }
        }
        // "foreign minister" and "minister", "director-general" and "director" (a rank is one
        // word, so two ranks never hold one another).
        return oneContains(a, b);
    }
}
