package org.crosscheck.claims;

import java.time.LocalDate;

/**
 * A value an article gives for an attribute of a named person or thing, not of a happening:
 * "the 33-year-old actress" gives Tara Reid's age, "home to 120,000 people" a town's population.
 * Attributes are compared across a whole story, joined on the entity's key and the attribute.
 *
 * @param entity    the person or thing as the article names it in full ("Tara Reid", "Valmora")
 * @param entityKey the key that joins its mentions across articles: a person's key ("tara reid"), or
 *                  the name's transliteration key for a thing
 * @param person    whether the entity is a person: a person is compared only once named in full
 * @param attribute what is given: {@code age}, {@code population}, {@code distance fallen} (metres), {@code number of games missed}, {@code number of times shot}, {@code record} (a win-loss record,
 *                  its value {@link #record(int, int, int)}), {@code number of marriages}, {@code calibre}, {@code weight} (pounds)
 *                  (of a gun, in hundredths or thousandths of an inch as written: 38, 357)
 * @param written   the value's words as written ("33", "thirty-three", "some 120,000")
 * @param day       the epoch day the article was published, or {@link DateClaim#NO_DAY}; ages are
 *                  true as of it
 * @param daySource how the day is known, in words ("published 2008-09-02"), or null
 * @param event     the event the article reports, once stories are grouped, or null: two articles of
 *                  one event speak of one time even when their dates are unknown
 */
public record AttributeClaim(String document, Span span, String text, String entity, String entityKey, boolean person,
                             String attribute, String written, double low, boolean lowOpen, double high,
                             boolean highOpen, long day, String daySource, String event) implements Claim {
    /** A run of white space. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A character that is no digit. */
    private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("\\D");

    /** A win-loss(-draw) record: "52-3", "45-7-2". */
    public static final String RECORD = "record";
    /** How many times a person married. */
    public static final String TIMES_MARRIED = "number of marriages";
    /** A gun's calibre as written after its point: ".38" is 38, ".357" is 357. */
    public static final String CALIBRE = "calibre";

    /** A person's weight in pounds. */
    public static final String WEIGHT = "weight";

    /** How many times a person was hit by gunfire ("shot 11 times", "hit by seven bullets"). */
    public static final String TIMES_SHOT = "number of times shot";

    /** How many games a player missed ("missed nine games"). */
    public static final String GAMES_MISSED = "number of games missed";

    /** How many games a player was suspended for ("was suspended four games"). */
    public static final String GAMES_SUSPENDED = "number of games suspended";

    /** How many earlier convictions a person has ("three prior DUI convictions"), the offence after it ("... for drunk driving"). */
    public static final String PRIOR_CONVICTIONS = "number of prior convictions";

    /**
     * How many of a thing a named person has as of the article, the thing after it ("count of points",
     * "count of children"): a career's or a family's tally ("now has 2,129 points", "a mother of five").
     */
    public static final String TALLY = "count of ";

    /**
     * How many of a thing a named player did in the game an article reports, the thing after it
     * ("game count of rebounds"): "Ann Roe had 14 rebounds"; compared only inside one event.
     */
    public static final String GAME_TALLY = "game count of ";

    /** What a named person's signed contract is worth, in the currency's units ("a five-year, $80 million contract"). */
    public static final String CONTRACT_VALUE = "contract value";

    /** How many years a named person's signed contract runs ("a five-year deal"). */
    public static final String CONTRACT_YEARS = "contract length in years";

    /**
     * How long a prison term a named person was given, in years ("sentenced to seven years", "a
     * 30-month sentence"); a sentence that names one year adds it in brackets ("prison term (1959)").
     */
    public static final String PRISON_TERM = "prison term";

    /**
     * How long a named person spent in prison, in years ("served five months in prison"): the time
     * served, not the term imposed, so never compared with a {@link #PRISON_TERM}; a year in brackets as a term's.
     */
    public static final String TIME_SERVED = "time served";

    /**
     * How many years a named person has served in a post or worked for an employer ("a 15-year veteran
     * of the force", "has worked for the county for 12 years"); compared only inside one event.
     */
    public static final String SERVICE_YEARS = "years of service";

    /** A named person's height in inches ("the 6-foot-8 forward", "is 6 feet 8 inches tall"). */
    public static final String HEIGHT = "height";

    /** The year the building of the article's happening was built ("built in 1935", "the 86-year-old structure"). */
    public static final String YEAR_BUILT = "year built";

    /** The year a named work came out ("the 2005 film The Lindor Affair"), compared only inside one event. */
    public static final String YEAR_RELEASED = "year released";

    /** How long a thing of the article's happening is, in metres ("a 10-metre dhow", "a 30-foot boat"). */
    public static final String LENGTH = "length";

    /**
     * Which defence of a title a named champion's bout was, an ordinal ("his sixth IBF title
     * defence": 6); a title that names its sanctioning body adds it in brackets ("title defence (IBF)").
     */
    public static final String TITLE_DEFENCE = "title defence";

    /**
     * A named player's average per game, the thing after it and a career's or a season's in brackets
     * when the article says so ("average rebounds per game (career)"), compared only inside one event.
     */
    public static final String AVERAGE = "average ";

    /** How many points a named player scored in the game the article reports ("Ann Roe scored 14 points"). */
    public static final String GAME_POINTS = "points in the game";

    /**
     * A game's score when it ended, as a pair written winner first ("won 31-24", "a 31-24 win"): the
     * attribute is this prefix and, in brackets, the side of the team it is of ("final score (won)",
     * "final score (lost)", "final score (tied)"). Coded as a record is ({@link #record}), compared
     * only inside one event.
     */
    public static final String FINAL_SCORE = "final score";

    /**
     * A game's score at a named point of it, as written ("score at halftime", "score at the start of the
     * second quarter"), the side in brackets as a final score's; compared only at the same point.
     */
    public static final String SCORE_AT = "score at ";

    /**
     * A score the game passed through at a point the clause does not name (a lead, a tie, "made it
     * 60-46"): read, with its side, but never compared, since one game passes through many scores.
     */
    public static final String SCORE_SEEN = "score at a point of the game";

    /**
     * How many yards a play of a game covered, the play after it ("length of the winning field goal",
     * "length of a touchdown run"): in yards. A play the clause marks as one of its kind in the game
     * ("the game-winning drive": {@code decisive-play-words.txt}) is compared inside one event; any
     * other play ("length of a field goal") is read and never compared, since a player makes many.
     */
    public static final String PLAY_LENGTH = "length of ";

    /** The key prefix of a happening a figure is of ("happening:quake"), compared only inside one event. */
    public static final String HAPPENING = "happening:";

    /** How far a person fell, in metres ("fell about 150 metres", "falling 200ft"). */
    public static final String FALL = "distance fallen";
    /**
     * The key prefix of a person an article describes by age alone ("a 36-year-old climber fell"),
     * followed by the age: such a claim is compared only once the story's people tie it to the one
     * person its event's reports name with that age.
     */
    public static final String DESCRIBED = "aged:";

    /**
     * The key prefix of a person an article describes by what was done to them and a noun, not by
     * name ("sexually assaulting a 12-year-old girl"), followed by the act and the noun
     * ({@code done:assaulted girl}): their age is compared only inside one event.
     */
    public static final String DONE_TO = "done:";

    /**
     * How far a named place lies from another, in kilometres: the attribute is this prefix and the
     * other place's name ("distance from Tehran").
     */
    public static final String DISTANCE_FROM = "distance from ";

    /** Where a named person lives, a place's name as written ("Anthony LaSalle, 36, of Bloomington"). */
    public static final String RESIDENCE = "residence";
    /** Where a named person comes from ("a native of Varth"), a word attribute compared across the story. */
    public static final String HOME_TOWN = "home town";

    /** A thing's colour ("a silver Toyota Camry"). */
    public static final String COLOUR = "colour";

    /** The town a named building or institution stands in ("the Betty Ford Center in Rancho Mirage"). */
    public static final String TOWN = "town";

    /** Which bone a named person broke ("broke his right fibula"), a word attribute compared inside one event. */
    public static final String BONE_BROKEN = "bone broken";

    /**
     * What a named person died of ("died of pneumonia", "succumbed to heart failure"), a word attribute
     * compared across the story: a person dies once.
     */
    public static final String CAUSE_OF_DEATH = "cause of death";

    /** Which round of a knockout tournament a game between two named sides was ("the semifinal between A and B"). */
    public static final String ROUND = "round";

    /** The month a named product or line was put out ("launched a line called Lumen in March"), with its year when written. */
    public static final String MONTH_LAUNCHED = "month launched";

    /**
     * How far into its last round the article's bout was stopped, in seconds ("stopped the fight 44
     * seconds into the seventh round": 44; "at the 2:15 mark": 135), compared only inside one event.
     */
    public static final String STOPPAGE_TIME = "time of the stoppage";

    /**
     * The game clock, time left in its period, at a play that happens once in a game, the play after
     * it ("game clock at the record-setting play": "set the record with 7:40 left" 460 seconds),
     * compared only inside one event.
     */
    public static final String GAME_CLOCK = "game clock at ";

    /**
     * The share of voters who voted in the article's election, in percent ("turnout was almost
     * 90%", "90 per cent of eligible voters had voted"), compared only inside one event.
     */
    public static final String TURNOUT = "turnout";

    /** A share as written with its hedge: "almost 90%", "93.87 percent". */
    private static final java.util.regex.Pattern SHARE_WRITTEN = java.util.regex.Pattern.compile(
            "(?i)(?:(?:almost|nearly|close\\s+to|just\\s+under|about|around|some|approximately|roughly|more\\s+than|over|above"
            + "|less\\s+than|under|below)\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)");

    /** The telephone number an article gives for whom to call ("call police on 0845 125 2222"), compared by its digits. */
    public static final String PHONE_NUMBER = "phone number";

    /**
     * Attributes whose value is a word, not a figure, and how each is compared ("place month"):
     * {@code word-attributes.tsv}.
     */
    public static final java.util.Map<String, String> WORD_ATTRIBUTES =
            org.crosscheck.text.Lexicon.pairs(AttributeClaim.class, "word-attributes.tsv");

    /** Colours and the colour each is compared as ("gray": "grey"): {@code colour-words.tsv}. */
    public static final java.util.Map<String, String> COLOURS =
            org.crosscheck.text.Lexicon.pairs(AttributeClaim.class, "colour-words.tsv");

    /** Levels of places that are not towns, by whole name or last word: {@code place-levels.tsv}. */
    public static final java.util.Map<String, String> PLACE_LEVELS =
            org.crosscheck.text.Lexicon.pairs(AttributeClaim.class, "place-levels.tsv");

    /** Days within which a weight is one weight. */
    private static final int MONTH = 31;

    /** Days in a year, with leap years. */
    private static final double YEAR = 365.25;

    @Override
    public String kind() {
        return "attribute";
    }

    public Interval interval() {
        return new Interval(low, lowOpen, high, highOpen);
    }

    /** The value as an editor reads it: "33", a hedged figure's range, a record "52-3", a calibre ".38". */
    public String valueText() {
        if (pair()) {
            long v = (long) low;
            long draws = v % 1000;
            return v / 1_000_000 + "-" + v / 1000 % 1000 + (draws == 0 ? "" : "-" + draws);
        }
        if (CALIBRE.equals(attribute)) {
            return "." + (long) low;
        }
        if (TURNOUT.equals(attribute)) {
            // The share as written, without the words around it: "almost 90%".
            java.util.regex.Matcher m = SHARE_WRITTEN.matcher(written);
            return m.find() ? m.group() : written;
        }
        if (STOPPAGE_TIME.equals(attribute)) {
            // Minutes and seconds into the round: "0:44".
            return (long) low / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", (long) low % 60);
        }
        if (attribute.startsWith(GAME_CLOCK)) {
            // Minutes and seconds left in the period: "7:41 left".
            return (long) low / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", (long) low % 60) + " left";
        }
        if (YEAR_BUILT.equals(attribute)) {
            // "1935", or from an age: "86 years old (1925-1926)".
            return written.matches("\\d{4}") ? written
                    : written + " (built " + (long) low + (low == high ? "" : " or " + (long) high) + ")";
        }
        if (prisonTerm()) {
            // As written, a length before a noun as a length: "seven years", "five years" for "five-year".
            return written.replaceAll("-(year|month)$", " $1s");
        }
        if (HEIGHT.equals(attribute)) {
            // As written, and in feet and inches as compared: "six-foot-five (6 ft 5 in)".
            return written + " (" + (long) low / 12 + " ft " + (long) low % 12 + " in)";
        }
        if (attribute.startsWith(TITLE_DEFENCE)) {
            // The ordinal as written: "sixth", "11th".
            return written;
        }
        if (CONTRACT_VALUE.equals(attribute)) {
            // As written ("nearly $80 million"): the interval is the rounding the words allow.
            return written;
        }
        if (wordValued()) {
            // A colour as compared ("gray" and "grey" are one value); a place as written.
            return COLOUR.equals(attribute) ? word() : written;
        }
        if (WEIGHT.equals(attribute)) {
            return interval().text() + " pounds";
        }
        if (playLength()) {
            return written;
        }
        if (FALL.equals(attribute) || LENGTH.equals(attribute)) {
            // As written, and in metres when written in another unit: "200ft (61 m)", the middle of
            // the range its rounding allows.
            if (written.matches("(?i).*\\d\\s*(?:m|metres?|meters?)") || Double.isInfinite(high)) {
                return written;
            }
            return written + " (" + Math.round((low + high) / 2) + " m)";
        }
        if (placeDistance()) {
            // As written, and in kilometres when written in another unit: "940 miles (1513 km)".
            if (written.matches("(?i).*\\d\\s*(?:km|kilometres?|kilometers?)") || Double.isInfinite(high)) {
                return written;
            }
            return written + " (" + Math.round((low + high) / 2) + " km)";
        }
        return interval().text();
    }

    /** One number for a record, so that two records are equal exactly when their parts are. */
    public static double record(int wins, int losses, int draws) {
        return wins * 1_000_000.0 + losses * 1000.0 + draws;
    }

    /**
     * Whether the two claims speak of one time: ages and populations are compared across a
     * story (their dates say how far apart they are), weights when not known to be more than a
     * month apart; a record, a count of marriages and a
     * gun's calibre change from one occasion to the next, so only inside one event.
     */
    public boolean sameOccasionAs(AttributeClaim o) {
        if (monthBound()) {
            // A weight (or a home) changes over months: those of articles more than a month apart are not compared.
            return daysApartFrom(o) <= MONTH;
        }
        if (!eventBound() || pastOfItsYear() || growsWithTime() && o.growsWithTime() && daysApartFrom(o) >= 0) {
            return true;
        }
        if (attribute.startsWith(TALLY) && day != DateClaim.NO_DAY && o.day != DateClaim.NO_DAY && day != o.day) {
            // A tally as of one day and another's as of another day: a rising total is an update.
            return false;
        }
        return event != null && event.equals(o.event);
    }

    /**
     * Whether the attribute is compared only inside one event: a record, marriages, a calibre, a
     * fall, games missed, times shot, prior convictions, a contract's value and length (a player
     * signs a new contract every few years), a tally a person holds (it grows from one game to the next), years of service,
     * a player's count in one game, the age of a person described by what was done to them ({@link #DONE_TO}).
     */
    public boolean eventBound() {
        return RECORD.equals(attribute) || TIMES_MARRIED.equals(attribute) || CALIBRE.equals(attribute) || FALL.equals(attribute)
                || GAMES_MISSED.equals(attribute) || GAMES_SUSPENDED.equals(attribute) || TIMES_SHOT.equals(attribute) || attribute.startsWith(PRIOR_CONVICTIONS)
                || CONTRACT_VALUE.equals(attribute) || CONTRACT_YEARS.equals(attribute) || LENGTH.equals(attribute)
                || YEAR_BUILT.equals(attribute) || YEAR_RELEASED.equals(attribute) || prisonTerm() || attribute.startsWith(TALLY)
                || attribute.startsWith(TITLE_DEFENCE) || GAME_POINTS.equals(attribute)
                || attribute.startsWith(GAME_TALLY) || entityKey.startsWith(DONE_TO) || STOPPAGE_TIME.equals(attribute)
                || attribute.startsWith(GAME_CLOCK) || TURNOUT.equals(attribute) || pair() || playLength() || entityKey.startsWith(HAPPENING)
                || attribute.startsWith(AVERAGE) || SERVICE_YEARS.equals(attribute)
                || compared("event");
    }

    /** A year in brackets after an attribute's name: "prison term (1959)". */
    private static final java.util.regex.Pattern OF_A_YEAR = java.util.regex.Pattern.compile(" \\((?:1[89]|20)\\d\\d\\)$");

    /**
     * Whether the value is of a past happening that its year names, so that it does not change with
     * the event a report tells: a prison term or the time served with the year of its sentence
     * ("sentenced in 2005 to three years", "prison term (2005)"), compared across the story's events
     * as a person's age is. A term without its year may be the sentence of the event a report tells
     * or of another, and is compared only inside one event.
     */
    public boolean pastOfItsYear() {
        return prisonTerm() && OF_A_YEAR.matcher(attribute).find();
    }

    /** Whether the attribute is a prison term ({@link #PRISON_TERM}) or the time served ({@link #TIME_SERVED}), with or without its year. */
    public boolean prisonTerm() {
        return attribute.startsWith(PRISON_TERM) || attribute.startsWith(TIME_SERVED);
    }

    /** Whether the attribute is a word attribute compared as {@code how} says ({@link #WORD_ATTRIBUTES}). */
    private boolean compared(String how) {
        String row = WORD_ATTRIBUTES.get(attribute);
        return row != null && java.util.Arrays.asList(SPACES.split(row)).contains(how);
    }

    /** Whether the value is a place's name (a residence, a building's town), compared only at one level. */
    public boolean placeValued() {
        return compared("place");
    }

    /**
     * Whether the attribute is true for months, not for ever nor for one occasion: a weight, a
     * residence. Two values are compared when their articles are not known to be more than a month
     * apart, and (a date unknown) only inside one event ({@link #timeApartUnknown}).
     */
    public boolean monthBound() {
        return WEIGHT.equals(attribute) || compared("month");
    }

    /** Whether the value is a word (a residence, a colour, a town: {@link #WORD_ATTRIBUTES}), not a figure. */
    public boolean wordValued() {
        return WORD_ATTRIBUTES.containsKey(attribute);
    }

    /**
     * Whether the value is a figure on a scale, whose interval means what its numbers say (an age, a
     * population, a distance in metres, a weight in pounds): not a word, a win-loss record (whose
     * number is a code) or a gun's calibre (a name written as a number).
     */
    public boolean scalar() {
        return !wordValued() && !pair() && !CALIBRE.equals(attribute);
    }

    /**
     * Whether the value is a pair coded as a record is ({@link #record}): a win-loss record, of a
     * season or of a part of one ("record at home"), or a game's score.
     */
    public boolean pair() {
        return RECORD.equals(attribute) || attribute.startsWith(RECORD + " ") || gameScore();
    }

    /** Whether the attribute is a game's score ({@link #FINAL_SCORE}, {@link #SCORE_AT}, {@link #SCORE_SEEN}). */
    public boolean gameScore() {
        return attribute.startsWith(FINAL_SCORE) || attribute.startsWith(SCORE_AT);
    }

    /** Whether the attribute is the length of a play in yards ({@link #PLAY_LENGTH}). */
    public boolean playLength() {
        return attribute.startsWith(PLAY_LENGTH) && !LENGTH.equals(attribute);
    }

    /**
     * Whether a rule may compare the value across sources: not a score at a point the clause does not
     * name ({@link #SCORE_SEEN}), nor the length of a play not marked as the one of its kind
     * ({@link #PLAY_LENGTH} with "a"): two such values may both be true of one game.
     */
    public boolean comparable() {
        return !attribute.startsWith(SCORE_SEEN) && !attribute.startsWith(PLAY_LENGTH + "a ");
    }

    /**
     * Two records one bout apart (one win, loss or draw more, the rest equal): one source may
     * give the record before the bout it reports and the other after.
     */
    public boolean oneBoutApart(AttributeClaim o) {
        if (!RECORD.equals(attribute) || !RECORD.equals(o.attribute)) {
            return false;
        }
        long a = (long) low;
        long b = (long) o.low;
        long apart = Math.abs(a / 1_000_000 - b / 1_000_000) + Math.abs(a / 1000 % 1000 - b / 1000 % 1000)
                + Math.abs(a % 1000 - b % 1000);
        return apart == 1;
    }

    @Override
    public String value() {
        return entity + ": " + attribute + " " + valueText();
    }

    @Override
    public String key() {
        return "attribute|" + document + "|" + entityKey + "|" + attribute + "|" + interval();
    }

    /**
     * Whether the two claims are of one entity: one key, or one person named with and without a
     * middle name ("Betty Mae Page" and "Bettie Page": the same first and last names by key).
     */
    public boolean sameEntityAs(AttributeClaim o) {
        if (entityKey.equals(o.entityKey)) {
            return true;
        }
        if (!person || !o.person) {
            return false;
        }
        String[] a = entityKey.split(" ");
        String[] b = o.entityKey.split(" ");
        return a.length > 1 && b.length > 1 && a.length != b.length && a[0].equals(b[0])
                && a[a.length - 1].equals(b[b.length - 1]);
    }

    /** Whether the entity is known well enough to compare: a thing, or a person named in full. */
    public boolean identified() {
        return !person || entityKey.contains(" ");
    }

    /**
     * How far a population may stray either way, as a share of it, and still be the same figure:
     * populations are estimates of different years and sources, so "a city of 160,000" and "home to
     * 167,000" give one town's size; 120,000 and 200,000 do not.
     */
    static final double POPULATION_LEEWAY = 0.05;

    /**
     * Whether the two values cannot both be true: their intervals share no value. A population is
     * first widened by {@link #POPULATION_LEEWAY} either way.
     */
    public boolean disagreesWith(AttributeClaim o) {
        if (wordValued() || o.wordValued()) {
            return wordValued() && o.wordValued() && wordsDisagree(o);
        }
        return !leeway().overlaps(o.leeway()) || apartAsWritten(o);
    }


    /**
     * The value as compared: a colour as its colour ({@link #COLOURS}: "gray" is "grey"), any other
     * word folded to lower case with its spaces made one.
     */
    public String word() {
        if (compared("digits")) {
            return NOT_DIGIT.matcher(written).replaceAll("");
        }
        String folded = SPACES.matcher(written.strip().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return COLOURS.getOrDefault(folded, folded);
    }

    /**
     * The level of a residence's place: its whole name's or its last word's in {@link #PLACE_LEVELS}
     * ("Macomb County": county, "Queens": borough), "street" for a street's name, else "town".
     */
    public String placeLevel() {
        String name = word();
        String level = PLACE_LEVELS.get(name);
        if (level != null) {
            return level;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        level = PLACE_LEVELS.get(last);
        if (level != null) {
            return level;
        }
        return name.contains(" ") && PlaceClaim.STREET_WORDS.containsKey(last) ? "street" : "town";
    }

    /**
     * Two words that cannot both be the value: they differ, and neither holds the other's words
     * ("Bloomington", "South Bloomington" may be one); two places only at one level, since a
     * county and a town in it, or a borough and a neighbourhood in it, may both be right.
     */
    private boolean wordsDisagree(AttributeClaim o) {
        String a = word();
        String b = o.word();
        if (compared("digits")) {
            return oneSlipApart(a, b);
        }
        if (a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ")) {
            return false;
        }
        return !placeValued() || placeLevel().equals(o.placeLevel());
    }

    /**
     * Whether two numbers differ by one slip of the keyboard: a digit left out, added or changed, or
     * two neighbouring digits swapped. Numbers further apart may be two lines of one office, and
     * one number written with other spaces is one value.
     */
    static boolean oneSlipApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() == 1) {
            for (int i = 0; i < longer.length(); i++) {
                if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                    return true;
                }
            }
            return false;
        }
        if (longer.length() != shorter.length()) {
            return false;
        }
        int first = 0;
        while (a.charAt(first) == b.charAt(first)) {
            first++;
        }
        String tailA = a.substring(first + 1);
        if (tailA.equals(b.substring(first + 1))) {
            return true;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /**
     * How far a distance may stray either way, as a share of it, and still be the same figure: one
     * source converts the other's unit and rounds ("200ft" is 61 metres, "60m" 197 feet).
     */
    static final double CONVERSION_LEEWAY = 0.02;

    /** Whether the attribute is how far a place lies from another ({@link #DISTANCE_FROM}). */
    public boolean placeDistance() {
        return attribute.startsWith(DISTANCE_FROM);
    }

    /**
     * Whether two numeric values are apart as written ({@link Interval#apartAsWritten}): each
     * value's number, taken from its own interval, lies outside the other's interval with its
     * leeway for conversions ("fell about 600 metres" and "fell 700 meters" are apart; "about
     * 2,000 feet" and "600 metres" are not).
     */
    private boolean apartAsWritten(AttributeClaim o) {
        double a = interval().centre();
        double b = o.interval().centre();
        return !Double.isNaN(a) && !Double.isNaN(b) && a != b && !o.leeway().contains(a) && !leeway().contains(b);
    }

    private Interval leeway() {
        double share = "population".equals(attribute) ? POPULATION_LEEWAY
                : FALL.equals(attribute) || LENGTH.equals(attribute) || placeDistance() ? CONVERSION_LEEWAY : 0;
        if (share == 0) {
            return interval();
        }
        return new Interval(low * (1 - share), false, high * (1 + share), highOpen && Double.isInfinite(high));
    }

    /** Days between the two articles' dates, or -1 when either is unknown. */
    public long daysApartFrom(AttributeClaim o) {
        return day == DateClaim.NO_DAY || o.day == DateClaim.NO_DAY ? -1 : Math.abs(day - o.day);
    }

    /**
     * Two ages (or years of service: {@link #growsWithTime}) that the time between the articles explains: the articles are more than
     * {@value #BIRTHDAY_DAYS} days apart, and the later gives the age the earlier's grows into by
     * then (a birthday either side allowed: months apart, the same age or one more). Never true for
     * other attributes or when a date is unknown.
     */
    public boolean agedBetween(AttributeClaim o) {
        if (!(age() && o.age() || growsWithTime() && o.growsWithTime()) || daysApartFrom(o) <= BIRTHDAY_DAYS) {
            return false;
        }
        AttributeClaim earlier = day < o.day ? this : o;
        AttributeClaim later = earlier == this ? o : this;
        double years = (later.day - earlier.day) / YEAR;
        double grew = later.low - earlier.low;
        return grew >= Math.floor(years) && grew <= Math.ceil(years);
    }

    /** Articles closer than this (days) give one age for one person; farther apart, a birthday may lie between. */
    static final long BIRTHDAY_DAYS = 30;

    /**
     * Two ages one year apart that a birthday between the articles may explain, their dates being
     * unknown. (Known dates months apart with the later age the higher are {@link #agedBetween}: no
     * disagreement at all.)
     */
    public boolean birthdayMayExplain(AttributeClaim o) {
        return age() && o.age() && Math.abs(low - o.low) == 1 && daysApartFrom(o) < 0;
    }

    /**
     * Two ages (or weights, or residences) of articles whose time apart is unknown: a date is unknown and they
     * report different events (or no event), so years between them may explain any difference.
     */
    public boolean timeApartUnknown(AttributeClaim o) {
        return (age() && o.age() || monthBound() && attribute.equals(o.attribute)) && daysApartFrom(o) < 0
                && (event == null || !event.equals(o.event));
    }

    public AttributeClaim withEvent(String newEvent) {
        return new AttributeClaim(document, span, text, entity, entityKey, person, attribute, written, low, lowOpen, high,
                highOpen, day, daySource, newEvent);
    }

    /** The article's date in words: "published 2008-09-02", or "date unknown". */
    public String dayText() {
        return daySource == null ? "date unknown" : daySource;
    }

    /**
     * Whether the value is a count of years that grows by one each year, as an age does: years of
     * service ("a 15-year veteran of the force"), one figure. Such values of articles whose dates are
     * both known are compared across the story's events once the time between the articles is
     * accounted for ({@link #agedBetween}: 15 years in 2010 and 17 in 2012 agree); a date unknown,
     * only inside one event.
     */
    public boolean growsWithTime() {
        return SERVICE_YEARS.equals(attribute) && low == high;
    }

    private boolean age() {
        return attribute.equals("age") && low == high;
    }

    public AttributeClaim withDay(long newDay, String newDaySource) {
        return new AttributeClaim(document, span, text, entity, entityKey, person, attribute, written, low, lowOpen, high,
                highOpen, newDay, newDaySource, event);
    }

    public AttributeClaim withEntity(String newEntity, String newKey) {
        return new AttributeClaim(document, span, text, newEntity, newKey, person, attribute, written, low, lowOpen, high,
                highOpen, day, daySource, event);
    }

    /** The day as ISO text, for messages: "2008-09-02", or "an unknown date". */
    public String dayIso() {
        return day == DateClaim.NO_DAY ? "an unknown date" : LocalDate.ofEpochDay(day).toString();
    }
}
