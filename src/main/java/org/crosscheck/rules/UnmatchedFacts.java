package org.crosscheck.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.ListedName;
import org.crosscheck.claims.NameBlock;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.RoleClaim;

/**
 * Facts of a session that no packaged rule can match, so that they are not put in it: every
 * fact the rule engine holds is work for its joins (each pattern of its class keeps it in a memory
 * and tries it), and one no pattern can match changes no firing, so every finding stays the same.
 * As {@link JoinableBlocks}, it holds for the packaged rules only: a session that fires an editor's
 * own rules ({@code --rules}) keeps every fact.
 *
 * <ul>
 *   <li>An {@link EventClaim}: no packaged rule has a pattern of it (the story's events are
 *       {@code Event} facts).</li>
 *   <li>A name of one word ({@link NameClaim#single}) whose spelling ({@link NameClaim#folded}) is
 *       none of {@link #singleNamesRead}. The name-variant rules are the only ones with a pattern
 *       of a {@code NameClaim}, and each of those patterns is of a pair or three words, or of a
 *       spelling bound elsewhere in the rule, or of a word that meets its variant on a name block.
 *       On ECB+ 2,145 of 15,719 one-word names can be matched; the pairs and longer names are all
 *       kept.</li>
 * </ul>
 */
final class UnmatchedFacts {
    private UnmatchedFacts() {
    }

    /** Whether no packaged rule has a pattern of {@code fact}'s class. */
    static boolean ofNoPattern(Object fact) {
        return fact instanceof EventClaim;
    }

    /**
     * The spellings a one-word name among {@code documents}' facts must have for a packaged rule to
     * match it, {@code joinable} the name blocks the session holds ({@link JoinableBlocks}). The
     * name-variant rules read a {@code NameClaim} of one word (or of any kind, which takes in one
     * word) only where its spelling is equal to
     * <ul>
     *   <li>the spelling of a name block the session holds: the two words that meet on a block's
     *       key ({@code folded == $fa}, {@code folded == $fb}), and the slips' and the spelling
     *       rules' {@code exists} and {@code not} of those spellings;</li>
     *   <li>the spelling of a pair or of three words ({@code not (NameClaim($d : document, folded ==
     *       $fa) and ...)} of the rule of a first name before one surname);</li>
     *   <li>a pair's words written as one ({@link NameClaim#joined}: a name written as one word and
     *       as two);</li>
     *   <li>the surname of a role's holder ({@link RoleClaim#holderSurname}: two surnames for the
     *       one holder of a title);</li>
     *   <li>the spelling of a listed name ({@link ListedName#folded}: a word of a list spelled two
     *       ways).</li>
     * </ul>
     * A value the rule engine could not work out either (a role whose holder's surname cannot be
     * read) adds nothing: a firing that needed it would have failed in the session as well.
     */
    static Set<String> singleNamesRead(List<List<Object>> facts, List<Integer> documents, Set<Object> joinable) {
        Set<String> read = new HashSet<>();
        for (int i : documents) {
            for (Object o : facts.get(i)) {
                if (o instanceof NameBlock b) {
                    if (joinable == null || joinable.contains(b)) {
                        read.add(b.folded());
                    }
                } else if (o instanceof NameClaim n) {
                    if (!n.single()) {
                        read.add(n.folded());
                    }
                    if (n.pair()) {
                        read.add(n.joined());
                    }
                } else if (o instanceof RoleClaim r) {
                    // A holder of one word is its own surname, as the rules bind it; a role
                    // read with no holder has no surname for a rule to bind.
                    if (r.person() != null) {
                        read.add(r.holderSurname());
                    }
                } else if (o instanceof ListedName l) {
                    read.add(l.folded());
                }
            }
        }
        return read;
    }

    /** Whether a session that holds the names {@code read} gives ({@link #singleNamesRead}) leaves {@code fact} out. */
    static boolean unread(Object fact, Set<String> read) {
        return fact instanceof NameClaim n && n.single() && !read.contains(n.folded());
    }
}
