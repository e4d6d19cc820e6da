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

    private TitleClasses() {
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
        return false;
    }
}
