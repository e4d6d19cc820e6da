package org.crosscheck.claims;

import java.util.Locale;

/**
 * Where the article says one of its happenings took place ("talks in Brussels"): the place as
 * written, {@code event}, the event it was grouped into once stories are grouped, and the names
 * its document mentions anywhere, and those of every article of its story that names the place too,
 * folded (a source that names both places does not contradict).
 */
public record PlaceClaim(String document, Span span, String text, String happening, String event,
                         @com.fasterxml.jackson.annotation.JsonIgnore java.util.Set<String> namesInDocument)
        implements Claim {

    public PlaceClaim {
        namesInDocument = namesInDocument == null ? java.util.Set.of() : java.util.Set.copyOf(namesInDocument);
    }

    @Override
    public String kind() {
        return "place";
    }

    /** The place, folded for comparison. */
    public String place() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two places can be the same: equal, one inside the other's words ("Brussels",
     * "NATO headquarters in Brussels"), named by the other document too (a city and its country),
     * or spelled alike (Jaro-Winkler at least 0.85: Kiev, Kyiv); and, since then they need not
     * disagree, whether either is given in relation to a place rather than as the place ("near
     * Varth", "off the coast of Varth": {@link #relation()}), either is a venue ("the break room",
     * seen at another scale than a town's), or the two are of different levels (a town and a
     * state, a borough, a county, or a big city whose name stands for its area: {@link #level()}).
     */
    public boolean samePlaceAs(PlaceClaim o) {
        String a = place();
        String b = o.place();
        if (a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ")) {
            return true;
        }
        if (namesInDocument.contains(b) || o.namesInDocument.contains(a)) {
            return true;
        }
        if (relation() != null || o.relation() != null || venue() || o.venue() || !level().equals(o.level())) {
            return true;
        }
        return new org.apache.commons.text.similarity.JaroWinklerSimilarity().apply(a, b) >= 0.85;
    }

    /** Words that give a place in relation to another ("near", "off the coast of"): {@code place-relations.txt}, longest first. */
    static final java.util.List<String> RELATIONS = org.crosscheck.text.Lexicon.words(PlaceClaim.class, "place-relations.txt").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder())).toList();

    /**
     * The words before the place's name that give where the happening was in relation to it
     * ("near", "outside", "off the coast of", "north of"), folded, or null when the happening was
     * in or at the place itself.
     */
    public String relation() {
        String a = place();
        for (String r : RELATIONS) {
            if (a.startsWith(r + " ")) {
                return r;
            }
        }
        return null;
    }

    /** The place's name without its relation ("near Varth": "varth"), folded. */
    public String name() {
        String r = relation();
        return r == null ? place() : place().substring(r.length() + 1);
    }

    /**
     * Whether the place is a venue, written with a lower-case determiner and noun ("the break
     * room", "outside a hotel"), not a name.
     */
    public boolean venue() {
        String r = relation();
        String rest = r == null ? text : text.substring(r.length() + 1);
        return !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
    }

    /**
     * The venue's noun, its last word ("the employee lounge": "lounge"), or null when the place is
     * not a venue.
     */
    public String venueNoun() {
        if (!venue()) {
            return null;
        }
        String n = name();
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    /** Venue nouns where a person dies, and the kind of place each is ({@code death-venues.tsv}). */
    public static final java.util.Map<String, String> DEATH_VENUES = org.crosscheck.text.Lexicon.pairs(PlaceClaim.class, "death-venues.tsv");

    /**
     * The kind of place a death is placed in ({@link #DEATH_VENUES}: "his home" a home, "a
     * hospice" a hospice), by the venue's last two words or its last word; null when the happening
     * is no death, the place is no venue, or it is given in relation to one ("near his home").
     */
    public String deathVenue() {
        if (!"death".equals(happening) || !venue() || relation() != null) {
            return null;
        }
        String n = name();
        int last = n.lastIndexOf(' ');
        int before = last < 0 ? -1 : n.lastIndexOf(' ', last - 1);
        String two = last < 0 ? null : n.substring(before + 1);
        if (two != null && DEATH_VENUES.containsKey(two)) {
            return DEATH_VENUES.get(two);
        }
        return DEATH_VENUES.get(n.substring(last + 1));
    }

    /**
     * Whether one source places the happening in a venue and the other outside the same venue
     * ("in the courtroom", "outside the courtroom"): both cannot be right about one happening.
     */
    public boolean insideOutsideOf(PlaceClaim o) {
        String noun = venueNoun();
        if (noun == null || !noun.equals(o.venueNoun())) {
            return false;
        }
        boolean out = outside();
        return out != o.outside() && (out ? o.relation() == null : relation() == null);
    }

    private boolean outside() {
        String r = relation();
        return r != null && r.startsWith("outside");
    }

    /**
     * The level of the place: "venue", "street" (a block, or a name ending in a street's word),
     * a level of {@code place-levels.tsv} by its whole name or last word (county, state, country,
     * borough, metro: a big city whose name stands for its area), else "town".
     */
    public String level() {
        if (venue()) {
            return "venue";
        }
        String n = name();
        String level = AttributeClaim.PLACE_LEVELS.get(n);
        if (level != null) {
            return level;
        }
        String last = n.substring(n.lastIndexOf(' ') + 1);
        level = AttributeClaim.PLACE_LEVELS.get(last);
        if (level != null) {
            return level;
        }
        return n.contains(" ") && STREET_WORDS.containsKey(last) ? "street" : "town";
    }

    /**
     * Nouns before "of" and a place's name that the place is ("the village of Orwen", "the port of
     * Varth"): {@code place-name-nouns.txt}. Since the thirty-first session.
     */
    public static final java.util.Set<String> PLACE_NAME_NOUNS = org.crosscheck.text.Lexicon.words(PlaceClaim.class, "place-name-nouns.txt");

    /** One of {@link #PLACE_NAME_NOUNS} and "of", as a pattern's group that captures nothing. */
    public static final String PLACE_NAME_NOUN_OF = "(?:(?:" + String.join("|", PLACE_NAME_NOUNS.stream().sorted()
            .map(java.util.regex.Pattern::quote).toList()) + ")\\s+of\\s+)";

    private static final java.util.regex.Pattern BEARING = java.util.regex.Pattern.compile(
            "(?i)^(\\d[\\d,.]*)\\s*(nautical\\s+miles|miles|kilometres|kilometers|km|mi)\\.?\\s+(?:\\([^()]*\\)\\s+)?"
                    + "((?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2})\\s+of\\s+(?:the\\s+)?" + PLACE_NAME_NOUN_OF + "?(.+)$");

    /**
     * The compass bearing, in degrees from north, of a place given by its distance and direction
     * from another ("150 nautical miles east of Aden": 90; "south-southwest": 202.5), or -1 when the
     * place is not written that way.
     */
    /** Where one compass point ends and the next begins; with {@link #SPACES}, compiled once, not at every call of {@code String.split}. */
    private static final java.util.regex.Pattern AFTER_POINT = java.util.regex.Pattern.compile("(?<=north|south|east|west)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public double bearing() {
        java.util.regex.Matcher m = BEARING.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        String[] points = AFTER_POINT.split(m.group(3).toLowerCase(Locale.ROOT).replace("-", ""));
        // The last two points make the principal bearing (north-east: 45); a third before them
        // leans it halfway towards itself (north-north-east: 22.5).
        double base = points.length == 1 ? degrees(points[0]) : between(degrees(points[points.length - 2]), degrees(points[points.length - 1]));
        return points.length == 3 ? between(degrees(points[0]), base) : base;
    }

    private static double degrees(String point) {
        return switch (point) {
            case "north" -> 0;
            case "east" -> 90;
            case "south" -> 180;
            default -> 270;
        };
    }

    /** The bearing halfway between two, the short way round. */
    private static double between(double a, double b) {
        double d = ((b - a) % 360 + 540) % 360 - 180;
        return ((a + d / 2) % 360 + 360) % 360;
    }

    /**
     * What a bearing is measured with: its distance as written, its unit and the place it is
     * measured from, folded ("150 nautical miles|aden"); null when the place is not written that way.
     */
    public String bearingFrom() {
        java.util.regex.Matcher m = BEARING.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return m.group(1).replace(",", "") + " " + m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|"
                + m.group(4).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two places given the same distance from the same place lie in directions at least
     * a right angle apart ("150 nautical miles east of Aden", "150 nautical miles west of Aden"):
     * they cannot both be where one happening took place. Directions closer than that (north and
     * north-north-east) may be two agencies' readings of one spot.
     */
    public boolean bearingConflictsWith(PlaceClaim o) {
        String from = bearingFrom();
        if (from == null || !from.equals(o.bearingFrom())) {
            return false;
        }
        double d = Math.abs(bearing() - o.bearing()) % 360;
        return Math.min(d, 360 - d) >= RIGHT_ANGLE;
    }

    static final double RIGHT_ANGLE = 90;

    /** The words that end a street's name and the word each stands for ("st." street). */
    public static final java.util.Map<String, String> STREET_WORDS =
            org.crosscheck.text.Lexicon.pairs(PlaceClaim.class, "street-words.tsv");
    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile("(?i)^(\\d[\\d,]*) block of (.+)$");
    /** A street address: a house number and a street's name ("1234 Elm Street"), no "of" in it. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("^(\\d{1,5}) ((?:\\p{Lu}|\\d)(?:(?! of ).)*)$");
    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("east", "west", "north", "south", "e.", "w.", "n.", "s.");

    /**
     * The number of the block of a place written as a block of a street ("the 12000 block of East
     * 223rd Street": 12000) or as an address on it ("12034 East 223rd Street": 12000), or -1.
     */
    public long block() {
        java.util.regex.Matcher m = streetMatcher();
        if (m == null || street() == null) {
            return -1;
        }
        long n = Long.parseLong(m.group(1).replace(",", ""));
        // An address lies in the block of its hundred: 1234 Elm Street in the 1200 block.
        return m.pattern() == ADDRESS ? n / 100 * 100 : n;
    }

    /** The block or address matcher that matches the place's words, or null. */
    private java.util.regex.Matcher streetMatcher() {
        java.util.regex.Matcher m = BLOCK.matcher(text);
        if (m.matches()) {
            return m;
        }
        m = ADDRESS.matcher(text);
        return m.matches() ? m : null;
    }

    /** Whether the place is a street address ("1234 Elm Street"), not a block. */
    public boolean address() {
        java.util.regex.Matcher m = streetMatcher();
        return m != null && m.pattern() == ADDRESS && street() != null;
    }

    /** The place as a message writes it, with its preposition: "in the 1200 block of Elm Street", "at 1234 Elm Street". */
    public String where() {
        return address() ? "at " + text : block() >= 0 ? "in the " + text : "in " + text;
    }

    /**
     * The street of a place written as a block of a street, folded, without the direction before
     * it and with its last word as it stands for ("East 223rd St.": "223rd street"), or null.
     */
    public String street() {
        java.util.regex.Matcher m = streetMatcher();
        if (m == null) {
            return null;
        }
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(m.group(2).toLowerCase(Locale.ROOT).split("\\s+")));
        String last = STREET_WORDS.get(words.get(words.size() - 1));
        if (last == null) {
            return null;
        }
        words.set(words.size() - 1, last);
        if (words.size() > 2 && DIRECTIONS.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /**
     * Whether two places are different blocks of one street ("the 12000 block of East 223rd Street",
     * "the 12200 block of 223rd Street"): they cannot both be where one happening took place.
     */
    public boolean blockConflictsWith(PlaceClaim o) {
        String street = street();
        return street != null && street.equals(o.street()) && block() != o.block();
    }

    /** Whether the place is the same block of the same street as {@code o}'s. */
    public boolean sameBlockAs(PlaceClaim o) {
        String street = street();
        return street != null && street.equals(o.street()) && block() == o.block();
    }

    /** The streets a place is compared as by its name alone: {@code street-name-words.txt}. */
    public static final java.util.Set<String> STREET_NAME_WORDS = org.crosscheck.text.Lexicon.words(PlaceClaim.class, "street-name-words.txt");


    /** Marks, in {@link #namesInDocument}, a street the document names anywhere ("street:orm street"). */
    public static final String STREET_MARK = "street:";

    /**
     * The place as the name of a street and nothing more ("Orm Street", "Elm St.", "118th
     * Street"), folded, its last word as it stands for ("orm street"), or null: a block or an
     * address (see {@link #street()}), a place of one word, or one whose last word ends no street.
     */
    public String streetName() {
        return streetMatcher() != null || relation() != null ? null : streetNameOf(text);
    }

    /**
     * {@link #streetName()} of words as written: "Orm St." is "orm street"; null for no
     * street's name: a word before the street word that is not capitalised or a number ("near Orm
     * Street"), or an article first ("The Orm Street").
     */
    public static String streetNameOf(String written) {
        String[] as = SPACES.split(written.strip());
        String[] words = SPACES.split(written.strip().toLowerCase(Locale.ROOT));
        String last = STREET_WORDS.get(words[words.length - 1]);
        if (last == null || words.length < 2 || !STREET_NAME_WORDS.contains(last) || org.crosscheck.text.Lexicon.ARTICLES.contains(words[0])) {
            return null;
        }
        for (int i = 0; i < as.length - 1; i++) {
            if (!Character.isUpperCase(as[i].charAt(0)) && !Character.isDigit(as[i].charAt(0))) {
                return null;
            }
        }
        words[words.length - 1] = last;
        return String.join(" ", words);
    }

    /**
     * Whether two places are two different streets ("Orm Street", "Ormes Road";
     * "Linden Street", "Lindens Street") that neither document names the other of
     * anywhere: a source that names both streets may tell of a crossing, a house on one seen from
     * the other, or a happening of the same kind elsewhere, and does not contradict.
     */
    public boolean streetConflictsWith(PlaceClaim o) {
        String a = streetName();
        String b = o.streetName();
        return a != null && b != null && !a.equals(b) && !namesInDocument.contains(STREET_MARK + b)
                && !o.namesInDocument.contains(STREET_MARK + a);
    }

    /** Whether the place is a street of another name than {@code o}'s street (both by name alone). */
    public boolean otherStreetThan(PlaceClaim o) {
        String a = streetName();
        return a != null && o.streetName() != null && !a.equals(o.streetName());
    }

    @Override
    public String value() {
        return text;
    }

    @Override
    public String key() {
        return "place|" + document + "|" + happening + "|" + place();
    }

    /** The claim with {@code names} as the names its documents mention, keeping the streets its own document names. */
    public PlaceClaim withNames(java.util.Set<String> names) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(names);
        for (String n : namesInDocument) {
            if (n.startsWith(STREET_MARK)) {
                all.add(n);
            }
        }
        return new PlaceClaim(document, span, text, happening, event, all);
    }

    public PlaceClaim withEvent(String newEvent) {
        return new PlaceClaim(document, span, text, happening, newEvent, namesInDocument);
    }

    /**
     * As the record's own (components in order, {@code 31 * h + hash} from 0: the same value, so maps
     * keep their order), written out because the record's is built from method handles at the first
     * call of every start ({@code RecordMethodsTest}).
     */
    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(document);
        h = 31 * h + java.util.Objects.hashCode(span);
        h = 31 * h + java.util.Objects.hashCode(text);
        h = 31 * h + java.util.Objects.hashCode(happening);
        h = 31 * h + java.util.Objects.hashCode(event);
        h = 31 * h + java.util.Objects.hashCode(namesInDocument);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PlaceClaim o)) {
            return false;
        }
        return java.util.Objects.equals(document, o.document)
                && java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(happening, o.happening)
                && java.util.Objects.equals(event, o.event)
                && java.util.Objects.equals(namesInDocument, o.namesInDocument);
    }
}
