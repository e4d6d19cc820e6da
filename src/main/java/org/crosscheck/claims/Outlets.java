package org.crosscheck.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.text.Lexicon;

/**
 * The outlet each article of a session comes from, where it is known: the record's or page's own
 * source, a byline naming a news organisation, or the host of the page's address
 * ({@code ExtractedDocument.source}). Hosts are read as their outlet's domain (news.bbc.co.uk and
 * bbc.co.uk are bbc.co.uk; uk.reuters.com is reuters.com), names in lower case with single spaces.
 * The name-variant rule reports two romanisations of one name only when one outlet writes both:
 * two outlets follow two house styles, and an article whose outlet is not known is not taken for
 * any other article's outlet. Not a claim: one is inserted in each rule session.
 */
public final class Outlets {
    /** A run of white space. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Labels under a country's domain that an outlet's name comes after (co in bbc.co.uk). */
    static final Set<String> SECOND_LEVEL = Lexicon.words(Outlets.class, "second-level-domains.txt");

    private final Map<String, String> outlets = new HashMap<>();

    /** {@code sources}: each document id with its source as read, or null when none was found. */
    public Outlets(Map<String, String> sources) {
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String outlet = outlet(e.getValue());
            if (outlet != null) {
                outlets.put(e.getKey(), outlet);
            }
        }
    }

    /** Whether the two documents are known to come from one outlet (the same document does). */
    public boolean same(String a, String b) {
        String x = outlets.get(a);
        return a.equals(b) || x != null && x.equals(outlets.get(b));
    }

    /**
     * The outlet a source names, or null when it names none: a host as its domain
     * ({@link #domain}), any other name in lower case with single spaces.
     */
    static String outlet(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = SPACES.matcher(source.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.contains(".") && !s.contains(" ") ? domain(s) : s;
    }

    /**
     * A host's outlet: its last two labels (uk.reuters.com is reuters.com), or three when the
     * second-last is a label of {@code second-level-domains.txt} under a country's two-letter
     * domain (news.bbc.co.uk is bbc.co.uk).
     */
    static String domain(String host) {
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return host;
        }
        int keep = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }
}
