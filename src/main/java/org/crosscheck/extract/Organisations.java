package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.text.Lexicon;

/**
 * One key per organisation however it is written: "U.S. Department of State", "the State
 * Department" and "US State Department" are all {@code US state department}; "Ukraine's Foreign
 * Ministry" and "the Ministry of Foreign Affairs of Ukraine" are {@code Ukraine foreign ministry}.
 * The country stays in the key, so Russia's and Ukraine's foreign ministries stay apart.
 */
public final class Organisations {

    /** Nouns that make a phrase an organisation's name. */
    static final Set<String> NOUNS = Lexicon.words(Organisations.class, "organisation-nouns.txt");
    /** Other names of one organisation and the words its key uses instead, replaced in file order. */
    static final Map<String, String> ALIASES = Lexicon.keyedPairs(Organisations.class, "organisation-aliases.tsv");
    /** The country of an organisation whose name does not say it ("kremlin" -> "Russia"). */
    static final Map<String, String> HOME = Lexicon.keyedPairs(Organisations.class, "organisation-homes.tsv");
    private static final Set<String> DROP = Set.of("the", "a", "an", "its", "their", "'s");
    private static final Pattern BRACKETS_COMMAS_QUOTES = Pattern.compile("[(),\"]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DEPARTMENT_OF = Pattern.compile("^(department|ministry) of ([a-z]+)$");
    private static final Pattern OF_AT_AN_END = Pattern.compile("^of |\\s+of$");

    private Organisations() {
    }

    /** The key of an organisation's name as written; null when nothing is left of it. */
    public static String key(String name) {
        String s = " " + SPACES.matcher(BRACKETS_COMMAS_QUOTES.matcher(name.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replace("'s ", " ").replace("'s", "")).replaceAll(" ")).replaceAll(" ") + " ";
        String country = null;
        List<String> rest = new ArrayList<>();
        for (String word : s.strip().split(" ")) {
            String c = Roles.countryOf(word);
            String w = c == null && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (c == null) {
                c = Roles.countryOf(w);
            }
            if (c != null && !c.equals("NATO") && !c.equals("UN") && !c.equals("EU") && country == null) {
                country = c;
                continue;
            }
            if (w.equals("united") && s.contains(" united states ") || w.equals("states") && s.contains(" united states ")) {
                country = "US";
                continue;
            }
            if (!w.isEmpty() && !DROP.contains(w)) {
                rest.add(w);
            }
        }
        String body = aliased(String.join(" ", rest));
        body = OF_AT_AN_END.matcher(DEPARTMENT_OF.matcher(body).replaceAll("$2 $1")).replaceAll("");
        if (body.isEmpty()) {
            return country;
        }
        if (country == null) {
            country = HOME.get(body);
        }
        if (body.equalsIgnoreCase("NATO") || body.equalsIgnoreCase("UN") || body.equalsIgnoreCase("EU")) {
            return body.toUpperCase(Locale.ROOT);
        }
        return country == null ? body : country + " " + body;
    }

    /**
     * {@code body} with each {@link #ALIASES} phrase, as whole words, replaced in file order, and
     * stripped. Where a phrase is not even a part of the body there is nothing to replace, and the
     * body is only stripped: no strings are made for it (most names hold none of the phrases).
     */
    static String aliased(String body) {
        for (Map.Entry<String, String> a : ALIASES.entrySet()) {
            body = !body.contains(a.getKey()) ? body.strip()
                    : (" " + body + " ").replace(" " + a.getKey() + " ", " " + a.getValue() + " ").strip();
        }
        return body;
    }

    /** The organisation noun a bare reference names: "the ministry" -> "ministry", else null. */
    static String bareNoun(String phrase) {
        String[] w = phrase.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (w.length == 2 && w[0].equals("the") && NOUNS.contains(w[1])) {
            return w[1];
        }
        return null;
    }
}
