package org.crosscheck.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.claims.TitleClasses;
import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.Lexicon;

/**
 * What a title means: the words of titles, the class a title belongs to ("US Secretary of State",
 * "top diplomat" and "head of Ukrainian diplomacy" are all a country's foreign minister), the
 * country it is held for, and which classes are compatible. Generic titles ("chief", "head",
 * "counterpart") are compatible with any other, so "NATO chief" never conflicts with
 * "Secretary-General".
 */
public final class Roles {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final Pattern SPACES_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern SPACES_APOSTROPHES = Pattern.compile("[\\s']+");
    private static final Pattern SPACES_HYPHENS = Pattern.compile("[\\s-]+");


    /** Nouns that make a phrase a title. */
    static final Set<String> NOUNS = Lexicon.words(Roles.class, "title-nouns.txt");
    /** Words a title may hold besides its nouns and proper names. */
    static final Set<String> DOMAIN = Lexicon.words(Roles.class, "title-domains.txt");
    /** Words that say a title is not held now. */
    static final Set<String> NOT_CURRENT = Lexicon.words(Roles.class, "not-current-words.txt");
    /** Titles that say nothing about which office: compatible with every other title. */
    static final Set<String> GENERIC = TitleClasses.GENERIC;

    /** Ranks of police and armed forces: a rank is held together with a function ("Constable", "police spokesman"). */
    static final Set<String> RANKS = TitleClasses.RANKS;

    /** Countries and the words that name them in titles, folded to one key (the key keeps its case). */
    private static final Map<String, String> COUNTRIES = Lexicon.keyedPairs(Roles.class, "title-countries.txt");

    private static final Pattern FOREIGN = Pattern.compile(
            "\\bforeign (minister|secretary)\\b|\\bforeign affairs minister\\b|\\bminister (of|for) foreign affairs\\b"
                    + "|\\bhead of [a-z ]*diplomacy\\b|\\b(top|chief) diplomat\\b");
    private static final Pattern DEFENSE = Pattern.compile(
            "\\bdefen[cs]e (secretary|minister)\\b|\\b(secretary|minister) (of|for) defen[cs]e\\b|\\bpentagon (chief|head)\\b");
    private static final Pattern COUNCILLOR = Pattern.compile("\\bcouncil(?:man|woman|lor|or| ?member)\\b");
    private static final Pattern MINISTER_OF = Pattern.compile("\\bminister (?:of|for) (?:the )?([a-z]+)");
    private static final Pattern X_MINISTER = Pattern.compile("\\b([a-z]+) minister\\b");

    private Roles() {
    }

    /** The class of a title as written: "US Secretary of State" -> "secretary of state". */
    public static String classify(String title) {
        String t = " " + title.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'s ", " ") + " ";
        t = t.replace("secretary-general", "secretary general").replace("vice-president", "vice president")
                .replace("director-general", "director general");
        String cls;
        if (t.contains(" spokes") || t.contains(" press secretary ")) {
            cls = "spokesperson";
        } else if (t.contains(" secretary general ") || t.contains(" general secretary ")) {
            cls = "secretary-general";
        } else if (t.contains(" secretary of state ") || t.contains(" state secretary ")) {
            cls = "secretary of state";
        } else if (FOREIGN.matcher(t).find()) {
            cls = "foreign minister";
        } else if (DEFENSE.matcher(t).find()) {
            cls = "defense minister";
        } else if (t.contains(" vice president ")) {
            cls = "vice president";
        } else if (t.contains(" prime minister ") || t.contains(" premier ")) {
            cls = "prime minister";
        } else if (t.contains(" president ") || t.contains(" potus ") || t.contains(" president-elect ")) {
            cls = "president";
        } else if (t.contains(" chief executive ")) {
            cls = "ceo";
        } else if (t.contains(" chief operating officer ")) {
            cls = "coo";
        } else if (t.contains(" chief financial officer ")) {
            cls = "cfo";
        } else if (t.contains(" director general ")) {
            cls = "director-general";
        } else if (COUNCILLOR.matcher(t).find()) {
            // "City Councilman", "Council Member", "councilwoman": one office in different house styles.
            cls = "councillor";
        } else {
            java.util.regex.Matcher m = MINISTER_OF.matcher(t);
            java.util.regex.Matcher x = X_MINISTER.matcher(t);
            // The portfolio in house style: a Labour Minister and a Labor Minister hold one office.
            if (m.find()) {
                cls = HouseStyle.general().word(m.group(1)) + " minister";
            } else if (x.find() && !x.group(1).equals("the") && !x.group(1).equals("deputy")) {
                cls = HouseStyle.general().word(x.group(1)) + " minister";
            } else {
                cls = lastNoun(t);
            }
        }
        if (cls == null) {
            return null;
        }
        boolean deputy = (t.contains(" deputy ") || t.contains(" assistant ") || t.contains(" under secretary ")
                || t.contains(" vice ") && !cls.equals("vice president")) && !RANKS.contains(cls);
        return deputy && !cls.equals("deputy") ? "deputy " + cls : cls;
    }

    /**
     * The rank a title holds, as a title class: its last word, when that is a rank written with a
     * capital and no generic title ("Commander" in "navy spokesman Commander", "sergeant" in
     * "police spokesman Sgt."), else null. A rank stands last, next to the name; a rank word
     * earlier in a title qualifies what follows ("General Manager", "Sheriff deputy"), and
     * "General" after an office's noun is part of the office (Secretary General, Attorney General).
     */
    public static String rankIn(String title) {
        String[] words = SPACES_COMMAS.split(title.strip());
        String w = words[words.length - 1];
        String n = abbreviation(w.toLowerCase(Locale.ROOT).replace(".", ""));
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !RANKS.contains(n) || !NOUNS.contains(n)
                || GENERIC.contains(n)) {
            return null;
        }
        if (n.equals("general") && words.length > 1) {
            String before = abbreviation(words[words.length - 2].toLowerCase(Locale.ROOT).replace(".", ""));
            if (NOUNS.contains(before) && !RANKS.contains(before)) {
                return null;
            }
        }
        return n;
    }

    private static String lastNoun(String t) {
        String found = null;
        for (String w : t.strip().split(" ")) {
            String n = abbreviation(w.replace(".", ""));
            if (NOUNS.contains(n)) {
                found = n;
            }
        }
        return found;
    }

    private static String abbreviation(String w) {
        return switch (w) {
            case "lt" -> "lieutenant";
            case "gen" -> "general";
            case "sen" -> "senator";
            case "gov" -> "governor";
            case "rep" -> "representative";
            case "sgt" -> "sergeant";
            case "capt" -> "captain";
            case "col" -> "colonel";
            case "cmdr" -> "commander";
            case "supt" -> "superintendent";
            case "det" -> "detective";
            case "insp" -> "inspector";
            default -> w;
        };
    }

    /** The country or alliance a title is held for, when its words say so ("UK Foreign Secretary" -> UK), else null. */
    public static String country(String title) {
        for (String w : SPACES_APOSTROPHES.split(title.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            String c = COUNTRIES.get(w);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Whether the title says it is not held now: former, then-, late, outgoing, designate. */
    public static boolean current(String title) {
        for (String w : SPACES_HYPHENS.split(title.toLowerCase(Locale.ROOT))) {
            if (NOT_CURRENT.contains(w)) {
                return false;
            }
        }
        return !title.toLowerCase(Locale.ROOT).contains("president-elect");
    }

    /** Whether one person can hold both titles at once (see {@link TitleClasses#compatible}). */
    public static boolean compatible(String a, String b) {
        return TitleClasses.compatible(a, b);
    }

    /** The country key of a word, or null. */
    static String countryOf(String lowerWord) {
        return COUNTRIES.get(lowerWord);
    }
}
