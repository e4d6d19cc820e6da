package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * Attributes given as figures beside their holder's name, each only in the form that ties the
 * figure to the name without doubt:
 *
 * <ul>
 *   <li>a person's weight in pounds after the name or a height ("Orozco is 5-foot-8, 135
 *       pounds"), or opening the sentence after one that names one person ("He is 5-feet-8
 *       inches tall, weighing 130 pounds");</li>
 *   <li>a record in brackets right after the name ("Wladimir Klitschko (52-3, 46 KOs)",
 *       "the Colts (11-4)"), or after a comma with a knockout count ("Klitschko, 53-3, 47 KO's";
 *       without one, "beat the Jaguars, 31-24" is a score);</li>
 *   <li>how many times a named person married ("Page was married three times", "Page married
 *       twice");</li>
 *   <li>the calibre of a gun (".38-caliber revolver", "a .357 revolver"), the gun of the
 *       article's happening: its key is the gun's class, and a document that gives one class two
 *       calibres gives none.</li>
 * </ul>
 *
 * A record, marriages and a calibre are compared only inside one event (records and counts change
 * from one occasion to the next; the gun is the event's); a weight across the story, as an age.
 * Sentences are first searched for a cheap word.
 */
final class FigureAttributes {

    static final Map<String, String> WEAPONS = Lexicon.pairs(FigureAttributes.class, "weapon-nouns.txt");
    static final Set<String> KNOCKOUTS = Lexicon.words(FigureAttributes.class, "knockout-words.txt");
    static final Set<String> MARRIAGE = Lexicon.words(FigureAttributes.class, "marriage-words.txt");
    private static final String[] WEAPON_WORDS = WEAPONS.keySet().toArray(new String[0]);
    private static final String[] MARRIAGE_WORDS = MARRIAGE.toArray(new String[0]);

    /** Up to four capitalized words or initials ("H."); a word's stop ends the run ("Tuesday. Ortega"). */
    private static final String NAME = AttributeExtractor.NAME;
    private static final String RECORD = "(\\d{1,3})-(\\d{1,3})(?:-(\\d{1,2}))?";
    private static final String KO = "(?i:" + Lexicon.alternatives(KNOCKOUTS) + ")";
    /** "Klitschko (52-3, 46 KOs)", "Rahman (45-7-2)"; not "Bell (5-11,220)" (a height and weight). */
    private static final Pattern RECORD_IN_BRACKETS = Pattern.compile(
            NAME + "\\s*\\(\\s*" + RECORD + "(?:\\s*\\)|,\\s*\\d{1,3}\\s*" + KO + "\\s*\\)|\\s+with\\s+\\d{1,3}\\s+" + KO + "\\s*\\))");
    /** "Klitschko, 53-3, 47 KO's", "Klitschko, 58-3 with 51 knockouts". */
    private static final Pattern RECORD_AFTER_COMMA = Pattern.compile(
            NAME + ",\\s*" + RECORD + "(?:,\\s*|\\s+with\\s+)\\d{1,3}\\s*" + KO + "(?![\\p{L}])");
    private static final String TIMES = "(once|twice|(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+times)";
    /** "Page was married three times", "Page married twice", "Page had been married four times". */
    private static final Pattern MARRIED = Pattern.compile(
            NAME + "\\s+(?:(?:was|had\\s+been|has\\s+been|had)\\s+)?(?i:" + Lexicon.alternatives(MARRIAGE) + ")\\s+" + TIMES + "(?![\\p{L}])");
    /**
     * ".38-caliber revolver", "a .357 revolver", ".22 calibre Ruger rifle"; also with the point
     * glued to the word before and a space after it ("a. 38-caliber revolver"), as some pages
     * set it, where the sentence splitter may end a sentence at the point.
     */
    private static final Pattern CALIBRE = Pattern.compile(
            "(?<![\\d.])\\.\\s?(\\d{2,3})(?![\\d.,])(?:[-\u2010 ]?(?i:caliber|calibre))?\\s+(?:[\\p{L}&-]+\\s+){0,2}?(?i:("
                    + Lexicon.alternatives(WEAPONS.keySet()) + "))(?![\\p{L}])");

    /** A height before a weight: "5-foot-8", "5-feet-8 inches tall", "6 feet tall". */
    private static final String HEIGHT = "\\d\\s*[- ]\\s*(?:foot|feet|ft\\.?)(?:[- ]\\d{1,2}(?:\\s*(?:inches|inch|in\\.?))?)?(?:\\s+tall)?";
    private static final String POUNDS = "(\\d{2,3})\\s*(?:pounds|lbs?\\b\\.?)";
    /** "Orozco is 5-foot-8, 135 pounds", "Orozco weighs 135 pounds", "Orozco, who weighs 135 pounds". */
    private static final Pattern WEIGHT_AFTER_NAME = Pattern.compile(NAME + "(?:,\\s*who)?\\s+(?:(?:is|was)\\s+" + HEIGHT
            + "\\s*(?:,\\s*|\\s+and\\s+)?(?:weighing\\s+|weighs\\s+)?|weighs\\s+|weighed\\s+)" + POUNDS);
    /** "He is 5-feet-8 inches tall, weighing 130 pounds", "He weighs 130 pounds", opening a sentence. */
    private static final Pattern WEIGHT_OF_PRONOUN = Pattern.compile("(?:He|She)\\s+(?:(?:is|was)\\s+" + HEIGHT
            + "\\s*(?:,\\s*|\\s+and\\s+)?)?(?:weighing|weighs|weighed)\\s+" + POUNDS);

    private FigureAttributes() {
    }


    /** The claims of one sentence, {@code from}-{@code to} in {@code text}. */
    /** Whether the sentence may give a weight: it holds "pound" or "lb". */
    static boolean mayGiveWeight(String text, int from, int to) {
        return Literals.containsAnyIgnoringAsciiCase(text, from, to, "pound", "lb");
    }

    /**
     * @param before the one person the sentence before names, or null: "He is 5-feet-8 inches
     *               tall, weighing 130 pounds" gives their weight
     */
    static void sentence(String text, String id, int from, int to, int documentStart, List<People.Mention> people,
                         People.Mention before, long published, String daySource, List<AttributeClaim> out,
                         Map<String, Set<Long>> calibres) {
        if (mayGiveWeight(text, from, to)) {
            weights(text, id, from, to, documentStart, people, before, published, daySource, out);
        }
        if (hasRecordShape(text, from, to)) {
            records(text, id, from, to, documentStart, people, published, daySource, out);
        }
        if (Literals.containsAnyIgnoringAsciiCase(text, from, to, MARRIAGE_WORDS)) {
            married(text, id, from, to, documentStart, people, published, daySource, out);
        }
        // The point may end the sentence before: "a. 38-caliber revolver".
        int pointFrom = Math.max(0, from - 2);
        int point = text.indexOf('.', pointFrom);
        if (point >= 0 && point < to && Literals.containsAnyIgnoringAsciiCase(text, from, to, WEAPON_WORDS)) {
            calibres(text, id, pointFrom, to, published, daySource, out, calibres);
        }
    }

    /** Whether a digit, a hyphen and a digit stand together: every record holds one. */
    static boolean hasRecordShape(String text, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (text.charAt(i) == '-' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static void records(String text, String id, int from, int to, int documentStart, List<People.Mention> people,
                                long published, String daySource, List<AttributeClaim> out) {
        for (Pattern p : List.of(RECORD_IN_BRACKETS, RECORD_AFTER_COMMA)) {
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                String[] holder = holder(text, x.start(1), x.end(1), documentStart, people);
                // Only a person's record (a person the article names, or a fighter: a knockout count
                // follows): a team's changes every game, and a roundup of a later round gives
                // another ("the Tar Heels (14-1)" against "(10-0)").
                if (holder == null || !named(holder[0], people) && !knockouts(text, x.start(2), x.end())) {
                    continue;
                }
                int wins = Integer.parseInt(x.group(2));
                int losses = Integer.parseInt(x.group(3));
                int draws = x.group(4) == null ? 0 : Integer.parseInt(x.group(4));
                double value = AttributeClaim.record(wins, losses, draws);
                int start = Integer.parseInt(holder[2]);
                Span span = new Span(start, x.end());
                out.add(new AttributeClaim(id, span, span.of(text), holder[0], holder[1], true, AttributeClaim.RECORD,
                        text.substring(x.start(2), x.end()).replaceAll("[)\\s]+$", ""), value, false, value, false,
                        published, daySource, null));
            }
        }
    }

    private static void weights(String text, String id, int from, int to, int documentStart, List<People.Mention> people,
                                People.Mention before, long published, String daySource, List<AttributeClaim> out) {
        Matcher x = WEIGHT_AFTER_NAME.matcher(text).region(from, to);
        while (x.find()) {
            String[] holder = holder(text, x.start(1), x.end(1), documentStart, people);
            if (holder != null && named(holder[0], people)) {
                int pounds = Integer.parseInt(x.group(2));
                int start = Integer.parseInt(holder[2]);
                Span span = new Span(start, x.end());
                out.add(new AttributeClaim(id, span, span.of(text), holder[0], holder[1], true, AttributeClaim.WEIGHT,
                        text.substring(x.start(2), x.end()), pounds, false, pounds, false, published, daySource, null));
            }
        }
        Matcher p = WEIGHT_OF_PRONOUN.matcher(text).region(from, to);
        if (before != null && p.lookingAt()) {
            String own = AttributeExtractor.ownName(before.fullName());
            String key = own.equals(before.fullName()) ? before.key() : People.personKey(own);
            int pounds = Integer.parseInt(p.group(1));
            Span span = new Span(p.start(), p.end());
            out.add(new AttributeClaim(id, span, span.of(text), own, key, true, AttributeClaim.WEIGHT,
                    text.substring(p.start(1), p.end()), pounds, false, pounds, false, published, daySource, null));
        }
    }

    private static void married(String text, String id, int from, int to, int documentStart, List<People.Mention> people,
                                long published, String daySource, List<AttributeClaim> out) {
        Matcher x = MARRIED.matcher(text).region(from, to);
        while (x.find()) {
            String[] holder = holder(text, x.start(1), x.end(1), documentStart, people);
            if (holder == null) {
                continue;
            }
            String times = x.group(2).toLowerCase(Locale.ROOT);
            int n = times.equals("once") ? 1 : times.equals("twice") ? 2 : NumberWords.parse(times.split("\\s+")[0]);
            int start = Integer.parseInt(holder[2]);
            Span span = new Span(start, x.end());
            out.add(new AttributeClaim(id, span, span.of(text), holder[0], holder[1], true, AttributeClaim.TIMES_MARRIED,
                    x.group(2), n, false, n, false, published, daySource, null));
        }
    }

    private static void calibres(String text, String id, int from, int to, long published, String daySource,
                                 List<AttributeClaim> out, Map<String, Set<Long>> calibres) {
        Matcher x = CALIBRE.matcher(text).region(from, to);
        while (x.find()) {
            String noun = x.group(2).toLowerCase(Locale.ROOT);
            String weaponClass = WEAPONS.get(noun);
            long calibre = Long.parseLong(x.group(1));
            calibres.computeIfAbsent(weaponClass, k -> new HashSet<>()).add(calibre);
            Span span = new Span(x.start(), x.end());
            out.add(new AttributeClaim(id, span, span.of(text), "the " + noun, "weapon:" + weaponClass, false,
                    AttributeClaim.CALIBRE, text.substring(x.start(), x.end(1)), calibre, false, calibre, false, published, daySource, null));
        }
    }

    /**
     * The figure attributes of a document, each value once: without the calibres of a gun class
     * that the document gives two values (two guns of a class, the suspect's and an officer's,
     * cannot be told apart).
     */
    static List<AttributeClaim> settle(List<AttributeClaim> claims, Map<String, Set<Long>> calibres) {
        List<AttributeClaim> out = new ArrayList<>(claims.size());
        Set<String> seen = new HashSet<>();
        for (AttributeClaim c : claims) {
            if (c.attribute().equals(AttributeClaim.CALIBRE)
                    && calibres.getOrDefault(c.entityKey().substring("weapon:".length()), Set.of()).size() > 1) {
                continue;
            }
            if (seen.add(c.entityKey() + "|" + c.attribute() + "|" + c.low())) {
                out.add(c);
            }
        }
        return out;
    }

    private static final Pattern KNOCKOUT_COUNT = Pattern.compile("\\d\\s*" + KO + "(?![\\p{L}])");

    /** Whether a knockout count stands in the record's words: "52-3, 46 KOs". */
    static boolean knockouts(String text, int from, int to) {
        return KNOCKOUT_COUNT.matcher(text).region(from, to).find();
    }

    /**
     * Whether the article names that person (a title, a verb of speech or an age beside the name
     * makes a person of it): "Wladimir Klitschko" is named by "champion Wladimir Klitschko".
     */
    static boolean named(String name, List<People.Mention> people) {
        String key = People.personKey(name);
        for (People.Mention m : people) {
            if (People.personKey(AttributeExtractor.ownName(m.fullName())).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {display name, key, start} of the holder named by the capitalized run {@code start}-{@code end}
     * before a figure, or null when it names no one ("The" alone). Words that open a sentence and
     * name nothing ("The Colts") are left out; a person the article names is known by their key,
     * a single word by the full name the article wrote before it ("Wladimir Klitschko" for
     * "Klitschko"), else as written.
     */
    static String[] holder(String text, int start, int end, int documentStart, List<People.Mention> people) {
        String run = text.substring(start, end);
        String[] words = run.split("\\s+");
        int skip = 0;
        int at = start;
        while (skip < words.length && People.notName(words[skip].toLowerCase(Locale.ROOT))) {
            at = text.indexOf(words[skip], at) + words[skip].length();
            skip++;
        }
        if (skip == words.length) {
            return null;
        }
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String name = text.substring(at, end);
        if (!Character.isUpperCase(name.charAt(0)) || name.endsWith(".")) {
            return null;
        }
        for (People.Mention m : people) {
            if (m.nameSpan().end() == end && m.nameSpan().start() >= at) {
                String own = AttributeExtractor.ownName(m.fullName());
                return new String[] {own, own.equals(m.fullName()) ? m.key() : People.personKey(own), Integer.toString(at)};
            }
        }
        if (!name.contains(" ")) {
            String full = fullNameBefore(text, documentStart, at, name);
            if (full != null) {
                return new String[] {full, People.personKey(full), Integer.toString(at)};
            }
            // A surname no one has that misspells one person's: theirs ("Klitchsko's" for Klitschko).
            People.Mention like = People.misspeltSurname(name, people);
            if (like != null) {
                String own = AttributeExtractor.ownName(like.fullName());
                return new String[] {own, own.equals(like.fullName()) ? like.key() : People.personKey(own), Integer.toString(at)};
            }
        }
        String own = AttributeExtractor.ownName(name);
        return new String[] {own, People.personKey(own), Integer.toString(at)};
    }

    /** The last "Firstname Surname" the text writes before {@code at} for the surname, or null. */
    private static String fullNameBefore(String text, int from, int at, String surname) {
        // Compiled per call: only a figure beside a one-word name gets here.
        Pattern p = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'\u2019-]+)\\s+" + Pattern.quote(surname) + "(?![\\p{L}])");
        Matcher x = p.matcher(text).region(from, at);
        String found = null;
        while (x.find()) {
            if (!People.notName(x.group(1).toLowerCase(Locale.ROOT))) {
                found = x.group();
            }
        }
        return found;
    }
}
