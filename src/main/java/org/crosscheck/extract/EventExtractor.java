package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.PlaceClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;

/**
 * Happenings the article reports, from the words that name them, and the place a sentence gives
 * for one ("met ... in Brussels"). "Called on Russia" is not a call; "a phone call" is.
 */
final class EventExtractor {

        /** Trigger word -> happening kind, from {@code happening-triggers.txt}. */
    static final Map<String, String> WORDS = Lexicon.pairs(EventExtractor.class, "happening-triggers.txt");
    /** The first word of each listed phrase of two words or more ("checked" of "checked into"). */
    static final Set<String> PHRASE_FIRST_WORDS = WORDS.keySet().stream().filter(k -> k.indexOf(' ') > 0)
            .map(k -> k.substring(0, k.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Every word that is a trigger or begins one: a word that is neither is passed over without a look-up. */
    private static final org.crosscheck.text.FoldedWords TRIGGER_STARTS = new org.crosscheck.text.FoldedWords(
            java.util.stream.Stream.concat(WORDS.keySet().stream(), PHRASE_FIRST_WORDS.stream()).toList());
    private static final Set<String> DETERMINERS = Set.of("a", "the", "his", "her", "their", "its", "phone", "telephone", "video");
    private static final Pattern CALL = Pattern.compile(
            "\\b(phone call|telephone call|video call|phone talk|phone conversation|telephone conversation|video conference"
                    + "|spoke by phone|spoke by telephone|press conference|news conference|call)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Dots and commas ending a place's words. */
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * "in Brussels", "at the White House", "near Varth", "off the coast of Varth", "north of Varth":
     * capitalized words after a preposition of place, or after it and a noun of {@link PlaceClaim#PLACE_NAME_NOUNS}
     * and "of" ("in the village of Orwen": Orwen; since the thirty-first session); group 1 is a
     * relation kept with the place (see {@link PlaceClaim#relation()}), group 2 the place's name.
     */
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?i:in|at|inside|(near|outside(?: of)?|off(?: the coast of)?|(?:north|south|east|west)(?:-?(?:east|west))? of))\\s+"
                    + "(?:the\\s+)?" + PlaceClaim.PLACE_NAME_NOUN_OF + "?(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})");
    /** Nouns of a venue where a happening took place ("the break room", "a hotel"), {@code venue-nouns.txt}. */
    static final Set<String> VENUE_NOUNS = Lexicon.words(EventExtractor.class, "venue-nouns.txt");
    /**
     * A venue after a preposition of place and a determiner, with up to two lower-case words before
     * its noun: "in the break room", "outside a hotel", "on the stairs". Group 1 is "outside" or
     * "near" when the preposition says so, group 2 the venue's words from the determiner on; its
     * last word (or last two) must be a noun of {@link #VENUE_NOUNS}.
     */
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?i:in|at|inside|into|on|(outside(?: of)?|near))\\s+((?:the|a|an|his|her|their|its)\\s+(?:[a-z][a-z-]*\\s+){0,2}[a-z]+)\\b");
    /**
     * Words that make a sentence with no word of a happening go on about the happening of the
     * sentence before it ("Its epicentre was ...", "It happened outside a bar"), {@code place-carrier-words.txt}.
     */
    /** Words that name a happening only for reading its place ("shot"), and its kind: {@code place-triggers.txt}. */
    static final Map<String, String> PLACE_TRIGGERS = Lexicon.pairs(EventExtractor.class, "place-triggers.txt");
    private static final Pattern PLACE_ONLY = Pattern.compile("(?i)\\b(?:" + String.join("|", PLACE_TRIGGERS.keySet().stream().sorted()
            .map(Pattern::quote).toList()) + ")\\b");
    /** The words of {@link #PLACE_ONLY}: a sentence without one (A to Z in any case) is not searched for it. */
    private static final String[] PLACE_ONLY_WORDS = PLACE_TRIGGERS.keySet().toArray(new String[0]);
    /** A compass point: every match of {@link #BEARING} holds one (A to Z in any case). */
    private static final String[] COMPASS_POINTS = {"north", "south", "east", "west"};
    static final Set<String> CARRIER_WORDS = Lexicon.words(EventExtractor.class, "place-carrier-words.txt");
    /**
     * A place given by its distance and compass direction from another: "150 nautical miles east
     * of Aden", "58 km (36 miles) south-west of Bandar Abbas", "35 miles south-west of the port of
     * Varth" (a noun of {@link PlaceClaim#PLACE_NAME_NOUNS} since the thirty-first session; see
     * {@link PlaceClaim#bearing()}).
     */
    private static final Pattern BEARING = Pattern.compile(
            "\\b\\d[\\d,.]*\\s*(?i:nautical\\s+miles|miles|kilometres|kilometers|km|mi)\\.?\\s+(?:\\([^()\\n]{1,30}\\)\\s+)?"
                    + "(?i:(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2})\\s+of\\s+(?:the\\s+)?" + PlaceClaim.PLACE_NAME_NOUN_OF + "?"
                    + "\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}");
    /** A block of a street: "the 12000 block of East 223rd Street" (see {@link PlaceClaim#block()}). */
    private static final Pattern BLOCK = Pattern.compile(
            "\\b\\d[\\d,]*00 block of (?:\\p{Lu}[\\p{L}'-]*\\.?|\\d+(?:st|nd|rd|th)?)(?: (?:\\p{Lu}[\\p{L}'-]*\\.?|\\d+(?:st|nd|rd|th)?)){0,4}");
    /**
     * A street address after a preposition of place: "at 1234 Elm Street", "outside 10 North Varth
     * Ave."; group 1 is the address, its last word one of {@code claims/street-words.tsv}.
     */
    private static final Pattern ADDRESS = Pattern.compile("\\b(?i:at|on|in|inside|outside|near)\\s+(\\d{1,5}\\s+"
            + "(?:(?:\\p{Lu}[\\p{L}'-]*\\.?|\\d+(?:st|nd|rd|th))\\s+){1,3}(?i:" + String.join("|", PlaceClaim.STREET_WORDS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .map(Pattern::quote).toList()) + "))(?![\\p{L}\\d])");
    /** The street words a street's name may end in, longest first, as one alternation. */
    private static final String STREET_WORD = "(?i:" + PlaceClaim.STREET_WORDS.keySet().stream()
            .filter(w -> PlaceClaim.STREET_NAME_WORDS.contains(PlaceClaim.STREET_WORDS.get(w)))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")";
    /**
     * The street words a street's name may end in, and every street word: each match of
     * {@link #STREET} holds one of the former, and of {@link #ADDRESS} one of the latter, as a word
     * of its own (white space before it, no letter or digit after it). A sentence with neither (most:
     * "streetcar", "Sebastian", "roadside" hold none) is not searched for streets or addresses.
     */
    static final String[] STREET_NAME_ENDS = PlaceClaim.STREET_WORDS.keySet().stream()
            .filter(w -> PlaceClaim.STREET_NAME_WORDS.contains(PlaceClaim.STREET_WORDS.get(w))).toArray(String[]::new);
    static final String[] STREET_WORD_KEYS = PlaceClaim.STREET_WORDS.keySet().toArray(new String[0]);
    /** A street's name as written: capitalised words or an ordinal ("118th"), then a street word ("Orm Street", "Elm Ave."). */
    private static final String STREET_RUN = "((?:\\p{Lu}[\\p{L}'-]*|\\d+(?:st|nd|rd|th))(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}?\\s+"
            + STREET_WORD + ")(?![\\p{L}\\d])";
    /**
     * A street named as where something was, after a preposition and perhaps an article, alone or
     * before the noun of the building on it: "on Orm Street", "at an Orm Street flat",
     * "in the Elm Avenue house". Group 1 is the street's name.
     */
    private static final Pattern STREET = Pattern.compile("\\b(?i:on|at|in|inside|into)\\s+(?:(?i:a|an|the)\\s+)?" + STREET_RUN);
    /** A street's name anywhere in a document, for the streets it names (see {@link PlaceClaim#streetConflictsWith}). */
    private static final Pattern ANY_STREET = Pattern.compile("(?<![\\p{L}\\d'-])" + STREET_RUN);

    /**
     * The streets a text names anywhere, each marked with {@link PlaceClaim#STREET_MARK} and folded
     * as {@link PlaceClaim#streetNameOf}, with every shorter tail of the name too ("The Elm Street
     * house" names "elm street").
     */
    static Set<String> streetsNamed(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = ANY_STREET.matcher(text);
        while (m.find()) {
            String[] words = SPACES.split(m.group(1));
            for (int i = 0; i + 1 < words.length; i++) {
                String name = PlaceClaim.streetNameOf(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
                if (name != null) {
                    out.add(PlaceClaim.STREET_MARK + name);
                }
            }
        }
        return out;
    }

    private static final Set<String> NOT_PLACES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /**
     * The capitalised run up to a month or weekday after its first word: "in Athens Saturday night"
     * places the happening in Athens; the day is a date, not part of the place's name.
     */
    static String beforeCalendarWord(String run) {
        String[] words = SPACES.split(run);
        int end = words[0].length();
        for (int i = 1; i < words.length; i++) {
            if (NOT_PLACES.contains(TRAILING_STOPS.matcher(words[i]).replaceAll("").toLowerCase(Locale.ROOT))) {
                return run.substring(0, end);
            }
            end = run.indexOf(words[i], end) + words[i].length();
        }
        return run;
    }

    /** Words before "fire" that make it gunfire: "opened fire", "returned fire". */
    static final Set<String> SHOOTING_FIRE = org.crosscheck.text.Lexicon.words(EventExtractor.class, "gunfire-verbs.txt");

    private EventExtractor() {
    }

    /** The word right before {@code at} in {@code sentence}, lower case, or "". */
    static String wordBefore(String sentence, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(sentence.charAt(k))) {
            k--;
        }
        int e = k + 1;
        while (k >= 0 && Character.isLetter(sentence.charAt(k))) {
            k--;
        }
        return sentence.substring(k + 1, e).toLowerCase(Locale.ROOT);
    }

    /** The words of a block up to the last word that ends a street's name ("Street", "Ave."), or null. */
    static String streetEnd(String block) {
        String[] words = block.split(" ");
        for (int i = words.length - 1; i >= 4; i--) {
            if (PlaceClaim.STREET_WORDS.containsKey(words[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOf(words, i + 1));
            }
        }
        return null;
    }

    /** Whether {@code text} holds a digit 0 to 9, as {@link #ADDRESS}'s {@code \\d} (without UNICODE_CHARACTER_CLASS) matches one. */
    static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static List<Claim> extract(CleanedDocument doc) {
        return extract(doc, true);
    }

    /**
     * As {@link #extract(CleanedDocument)}; {@code gated} false searches every sentence of a
     * happening for streets and addresses, with or without a street word: only for tests.
     */
    static List<Claim> extract(CleanedDocument doc, boolean gated) {
        String text = doc.text();
        String id = doc.document().id();
        List<Claim> out = new ArrayList<>();
        String carried = null;
        for (Block b : doc.content()) {
            for (int[] s : Sentences.split(text, b.span().start(), b.span().end())) {
                if (s[1] - s[0] > 3000) {
                    continue;
                }
                String sentence = text.substring(s[0], s[1]);
                String happening = null;
                // Every match holds "call", "phone" or "conference": most sentences are not searched,
                // and get no matcher.
                boolean calls = org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(sentence, 0, sentence.length(),
                        "call", "phone", "conference");
                Matcher call = calls ? CALL.matcher(sentence) : null;
                while (calls && call.find()) {
                    String words = call.group(1).toLowerCase(Locale.ROOT);
                    if (words.equals("call") && !determined(sentence, call.start())) {
                        continue;
                    }
                    String kind = words.contains("conference") && !words.contains("video") ? "briefing" : "call";
                    String mode = words.contains("video") ? "by video" : kind.equals("call") ? "by phone" : null;
                    out.add(new EventClaim(id, new Span(s[0] + call.start(), s[0] + call.end()), call.group(), kind, mode, null));
                    happening = happening == null ? kind : happening;
                }
                // Each word: a letter, then letters and hyphens; with the next word when the two make a
                // listed phrase ("checked into").
                for (int start = nextLetter(sentence, 0); start < sentence.length(); start = nextLetter(sentence, start)) {
                    int wordEnd = wordEnd(sentence, start);
                    if (!TRIGGER_STARTS.mayContain(sentence, start, wordEnd)) {
                        // Neither a trigger nor the first word of one: no string is made of it.
                        start = wordEnd;
                        continue;
                    }
                    String word = sentence.substring(start, wordEnd);
                    String lower = word.toLowerCase(Locale.ROOT);
                    int end = phraseEnd(sentence, start, wordEnd, lower);
                    String words = end > wordEnd ? sentence.substring(start, end) : word;
                    int wordStart = start;
                    start = end;
                    String kind = WORDS.get(end > wordEnd ? SPACES.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ") : lower);
                    if (kind == null || Character.isUpperCase(words.charAt(0)) && wordStart > 0) {
                        continue;
                    }
                    if (kind.equals("fire") && SHOOTING_FIRE.contains(wordBefore(sentence, wordStart))) {
                        // "opened fire on the crowd" tells of shooting, not of a blaze.
                        kind = "attack";
                    }
                    out.add(new EventClaim(id, new Span(s[0] + wordStart, s[0] + end), words, kind, null, null));
                    happening = happening == null ? kind : happening;
                }
                // A word that names a happening only for its place ("shot") gives a sentence with no
                // other word of a happening its kind, for its places alone.
                if (happening == null && org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(sentence, 0, sentence.length(),
                        PLACE_ONLY_WORDS)) {
                    Matcher only = PLACE_ONLY.matcher(sentence);
                    while (only.find()) {
                        if (only.start() == 0 || !Character.isUpperCase(sentence.charAt(only.start()))) {
                            happening = PLACE_TRIGGERS.get(only.group().toLowerCase(Locale.ROOT));
                            break;
                        }
                    }
                }
                // A sentence with no word of a happening that goes on about the one before it ("Its
                // epicentre was 30 km north of Varth") gives that happening's place.
                String own = happening;
                if (happening == null && carried != null && carries(sentence)) {
                    happening = carried;
                }
                carried = own;
                if (happening != null) {
                    boolean compass = org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(sentence, 0, sentence.length(),
                            COMPASS_POINTS);
                    Matcher bearing = compass ? BEARING.matcher(sentence) : null;
                    while (compass && bearing.find()) {
                        int start = s[0] + bearing.start();
                        out.add(new PlaceClaim(id, new Span(start, s[0] + bearing.end()), bearing.group(), happening, null, null));
                    }
                    // Every match holds "00 block of".
                    boolean blocks = sentence.contains("00 block of ");
                    Matcher block = blocks ? BLOCK.matcher(sentence) : null;
                    while (blocks && block.find()) {
                        String words = streetEnd(block.group());
                        if (words != null) {
                            int start = s[0] + block.start();
                            out.add(new PlaceClaim(id, new Span(start, start + words.length()), words, happening, null, null));
                        }
                    }
                    // Every address holds a house number of digits 0 to 9: a sentence without one gets no matcher.
                    boolean numbered = hasAsciiDigit(sentence) && (!gated
                            || org.crosscheck.text.Literals.containsWordIgnoringAsciiCase(sentence, 0, sentence.length(), STREET_WORD_KEYS));
                    Matcher address = numbered ? ADDRESS.matcher(sentence) : null;
                    while (numbered && address.find()) {
                        String words = SPACES.matcher(address.group(1)).replaceAll(" ");
                        PlaceClaim a = new PlaceClaim(id, new Span(s[0] + address.start(1), s[0] + address.end(1)), words, happening, null, null);
                        if (a.address()) {
                            out.add(a);
                        }
                    }
                    Matcher p = PLACE.matcher(sentence);
                    while (p.find()) {
                        if (namePart(sentence, p.start()) || HOME_PLACE_WORDS.contains(wordBefore(sentence, p.start()))) {
                            // A home or a birthplace ("who lived in Orwen") is not where the happening was.
                            continue;
                        }
                        String place = TRAILING_STOPS.matcher(beforeCalendarWord(p.group(2))).replaceAll("");
                        String first = SPACES.split(place)[0].toLowerCase(Locale.ROOT);
                        int after = p.start(2) + place.length();
                        // A month, a weekday or a holiday is a time ("at Christmas"), not a place.
                        if (NOT_PLACES.contains(first) || place.length() < 3 || possessiveOrAdjective(sentence, place, after)
                                || beforeAffairNoun(sentence, after)
                                || org.crosscheck.text.Holidays.nameAt(sentence, p.start(2), sentence.length()) != null) {
                            continue;
                        }
                        // A place near, outside, off or north of another keeps those words ("near Varth").
                        int start = s[0] + (p.group(1) == null ? p.start(2) : p.start(1));
                        int end = s[0] + after;
                        out.add(new PlaceClaim(id, new Span(start, end), text.substring(start, end), happening, null, null));
                        break;
                    }
                    // A street the sentence places its happening on ("held at an Orm Street
                    // flat"), each once; compared only with another street, by its name.
                    boolean streets = !gated
                            || org.crosscheck.text.Literals.containsWordIgnoringAsciiCase(sentence, 0, sentence.length(), STREET_NAME_ENDS);
                    Matcher street = streets ? STREET.matcher(sentence) : null;
                    while (streets && street.find()) {
                        if (namePart(sentence, street.start()) || PlaceClaim.streetNameOf(street.group(1)) == null) {
                            continue;
                        }
                        Span at = new Span(s[0] + street.start(1), s[0] + street.end(1));
                        if (out.stream().noneMatch(c -> c instanceof PlaceClaim pc && pc.span().equals(at))) {
                            out.add(new PlaceClaim(id, at, SPACES.matcher(street.group(1)).replaceAll(" "), happening, null, null));
                        }
                    }
                    int[] venue = venue(sentence);
                    if (venue != null) {
                        String words = SPACES.matcher(sentence.substring(venue[0], venue[1])).replaceAll(" ");
                        out.add(new PlaceClaim(id, new Span(s[0] + venue[0], s[0] + venue[1]), words, happening, null, null));
                    }
                }
            }
        }
        // A street carries the streets its document names anywhere: a source that names both of two
        // streets does not contradict the other.
        Set<String> streets = null;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof PlaceClaim pc && pc.streetName() != null) {
                streets = streets == null ? streetsNamed(text) : streets;
                out.set(i, pc.withNames(streets));
            }
        }
        return out;
    }

    /**
     * Where the trigger that starts at {@code start} ends: after the next word on the line when the
     * two make a listed phrase ("checked into": a stay in rehab, where "checked" alone names
     * nothing), else at {@code wordEnd}, the end of its own word; {@code lower} is that word in
     * lower case.
     */
    static int phraseEnd(String sentence, int start, int wordEnd, String lower) {
        // A word that begins no listed phrase ends the trigger without a look at the next word.
        if (!PHRASE_FIRST_WORDS.contains(lower)) {
            return wordEnd;
        }
        int next = wordEnd;
        while (next < sentence.length() && (sentence.charAt(next) == ' ' || sentence.charAt(next) == '\t')) {
            next++;
        }
        if (next == wordEnd || next >= sentence.length() || !Character.isLetter(sentence.codePointAt(next))) {
            return wordEnd;
        }
        int nextEnd = wordEnd(sentence, next);
        String phrase = (sentence.substring(start, wordEnd) + " " + sentence.substring(next, nextEnd)).toLowerCase(Locale.ROOT);
        return WORDS.containsKey(phrase) ? nextEnd : wordEnd;
    }

    /** The end of the word that starts at {@code start}: its letters and hyphens. */
    private static int wordEnd(String sentence, int start) {
        int end = start + Character.charCount(sentence.codePointAt(start));
        while (end < sentence.length() && (sentence.charAt(end) == '-' || Character.isLetter(sentence.codePointAt(end)))) {
            end += Character.charCount(sentence.codePointAt(end));
        }
        return end;
    }

    /** The index of the first letter at or after {@code from}, or the sentence's length. */
    private static int nextLetter(String sentence, int from) {
        int i = from;
        while (i < sentence.length()) {
            int c = sentence.codePointAt(i);
            if (Character.isLetter(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * The first venue the sentence places something in, with the words "outside" or "near" before
     * it when they stand there ("outside the courthouse", "a break room", "the stairs"), or null.
     * The venue ends at a noun of {@link #VENUE_NOUNS}: its last word, or its last two.
     */
    static int[] venue(String sentence) {
        Matcher v = VENUE.matcher(sentence);
        while (v.find()) {
            if (namePart(sentence, v.start())) {
                continue;
            }
            // The words from the determiner on, each with where it starts.
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(sentence).region(v.start(2), v.end(2));
            while (w.find()) {
                words.add(new int[] {w.start(), w.end()});
            }
            for (int n = words.size(); n >= 2; n--) {
                int end = words.get(n - 1)[1];
                String last = sentence.substring(words.get(n - 1)[0], end);
                String two = n >= 3 ? SPACES.matcher(sentence.substring(words.get(n - 2)[0], end)).replaceAll(" ") : null;
                if ((VENUE_NOUNS.contains(last) || two != null && VENUE_NOUNS.contains(two)) && endsNoun(sentence, end)) {
                    return new int[] {v.group(1) == null ? v.start(2) : v.start(1), end};
                }
            }
        }
        return null;
    }

    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");
    private static final Set<String> STOP_WORDS = Lexicon.words(Lexicon.class, "stopwords.txt");

    /**
     * Whether the noun that ends at {@code end} ends its phrase: no possessive after it ("the
     * club's"), no lower-case word after it but a stop word ("in the break room where", not "in
     * his home state") and no capitalised word but a month or weekday.
     */
    private static boolean endsNoun(String sentence, int end) {
        if (end < sentence.length() && (sentence.charAt(end) == '\'' || sentence.charAt(end) == '\u2019' || sentence.charAt(end) == '-')) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(sentence).region(end, sentence.length());
        if (!next.lookingAt()) {
            return true;
        }
        String word = next.group(1);
        // A capitalised word after the noun is a day ("in the lobby Tuesday"), or else a name the
        // noun stands before ("a deadly office Christmas party").
        // A preposition of place after it places the venue itself ("a hospice near his home").
        return Character.isUpperCase(word.charAt(0)) ? NOT_PLACES.contains(word.toLowerCase(Locale.ROOT))
                : STOP_WORDS.contains(word) || Mentions.PLACE_PREPOSITIONS.contains(word);
    }

    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(\\p{L}[\\p{L}-]*)");

    /**
     * Whether the preposition at {@code at} is written with a capital inside its sentence, where it
     * is part of a name ("Research In Motion"), not a preposition: only a sentence's first word
     * opens a place with a capital ("In Lindor, a fire ...").
     */
    static boolean namePart(String sentence, int at) {
        return at > 0 && Character.isUpperCase(sentence.charAt(at)) && !sentence.substring(0, at).isBlank();
    }

    /** Whether a sentence holds a word that carries the happening of the sentence before it. */
    static boolean carries(String sentence) {
        return CARRIER.matcher(sentence).find();
    }

    private static final Pattern CARRIER = Pattern.compile("(?i)\\b(?:" + String.join("|", CARRIER_WORDS.stream().sorted()
            .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\b");

    /**
     * Words before a preposition of place that make the place a person's home, birthplace or base
     * ("who lived in Orwen", "born in the village of Orwen"): {@code home-place-words.txt}. Since the
     * thirty-first session.
     */
    static final Set<String> HOME_PLACE_WORDS = Lexicon.words(EventExtractor.class, "home-place-words.txt");

    /** Nouns of an affair a name may stand before ("the Orlin scandal"): {@code affair-nouns.txt}. */
    static final Set<String> AFFAIR_NOUNS = Lexicon.words(EventExtractor.class, "affair-nouns.txt");

    /**
     * Whether the word right after {@code after} is a noun of {@link #AFFAIR_NOUNS}: "in the Orlin
     * scandal" names an affair, not a place. Since the thirty-first session.
     */
    static boolean beforeAffairNoun(String sentence, int after) {
        Matcher next = NEXT_WORD.matcher(sentence).region(after, sentence.length());
        return next.lookingAt() && AFFAIR_NOUNS.contains(next.group(1));
    }

    /** "Ukraine's borders" and "Ukrainian border" name no place of their own. */
    private static boolean possessiveOrAdjective(String sentence, String place, int after) {
        if (after < sentence.length() && (sentence.charAt(after) == '\'' || sentence.charAt(after) == '\u2019')) {
            return true;
        }
        String lower = place.toLowerCase(Locale.ROOT);
        boolean adjective = lower.endsWith("ian") || lower.endsWith("ean") || lower.endsWith("ese") || lower.endsWith("ish");
        int k = after;
        while (k < sentence.length() && sentence.charAt(k) == ' ') {
            k++;
        }
        return adjective && k < sentence.length() && Character.isLowerCase(sentence.charAt(k));
    }

    /** "the call", "a phone call": a noun; "called on" and "call for" are not. */
    private static boolean determined(String sentence, int at) {
        return DETERMINERS.contains(wordBefore(sentence, at));
    }
}
