package org.crosscheck.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form in which two wordings of a quote, or two spellings of a name, are compared, so that
 * an outlet's house style is not taken for a difference of wording. Each word is written in
 * lower case without diacritics (Vendôme, Vendome), hyphens or apostrophes (build-up, buildup;
 * Wi-Fi, WiFi), in American spelling (neighbourhood, neighborhood; recognised, recognized), with
 * numbers as numerals (eleventh, 11th; six, 6; twenty-one, 21), times of day on a 24-hour clock
 * (6 p.m., 6:00 p.m., 6pm, 18:00), compounds written closed (per cent, percent), and the long
 * forms of abbreviations that the story itself defines ("Internet Explorer (IE)") written as the
 * abbreviation, and, where two wordings are compared ({@link #compared}), a unit of measure after a
 * number in one form (5 km, 5 kilometres, 5-kilometre; 10 per cent, 10%). The word lists are data files in {@code house-style/} beside this class
 * ({@link HouseStyleLists}). "One" is left a word: it is a pronoun as often as a number.
 */
public final class HouseStyle {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final Pattern OUTER_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    private static final Pattern INITIALS = Pattern.compile("\\p{L}(\\.\\p{L})+\\.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One word of a text as compared: {@code [start, end)}, 0-based, into the text, and its normal form. */
    public record Unit(int start, int end, String key) {
    }

    private static final HouseStyle GENERAL = new HouseStyle(Map.of(), false);

    /** The key of a clock time, with or without its a.m. or p.m.: "6", "6:30", "6.30pm", "one". */
    static final Pattern CLOCK = Pattern.compile("(\\d{1,2}|one)(?:[:.]([0-5]\\d))?(am|pm)?");
    /** An abbreviation in brackets after its long form: "Internet Explorer (IE)". */
    static final Pattern SHORT_AFTER = Pattern.compile("\\(([A-Z][A-Za-z&]{1,9})\\)");
    /** An abbreviation with its long form in brackets: "IEA (International Energy Agency)". */
    static final Pattern LONG_AFTER = Pattern.compile("\\b([A-Z][A-Za-z&]{1,9}) \\(([^()\\n]{3,120})\\)");
    /** Words a long form may leave out of its abbreviation: Federal Bureau of Investigation (FBI). */
    private static final Set<String> MINOR = Set.of("of", "the", "and", "for", "on", "in", "to",
            "a", "an", "at", "de", "du", "la", "le", "&");

    /** Short form key -> the words of its long form. */
    private final Map<String, List<String>> abbreviations;
    /** First word of a long form or compound -> the phrases that start with it, longest first. */
    private final Map<String, List<Phrase>> phrases;
    private final Map<String, String> cache;
    /** Texts prepared by {@link #words(String, java.util.function.UnaryOperator)} -> their words in house style. */
    private final Map<String, String> preparedCache;
    /** Values callers work out from a text ({@link #derived}), by kind of value, then by text. */
    private final Map<String, Map<String, Object>> derived;

    private record Phrase(List<String> words, String key) {
    }

    private HouseStyle(Map<String, List<String>> abbreviations, boolean cached) {
        this.abbreviations = abbreviations;
        this.phrases = new HashMap<>();
        for (Map.Entry<List<String>, String> c : HouseStyleLists.compounds().entrySet()) {
            add(new Phrase(c.getKey(), c.getValue()));
        }
        for (Map.Entry<String, List<String>> a : abbreviations.entrySet()) {
            add(new Phrase(a.getValue(), a.getKey()));
        }
        for (List<Phrase> p : phrases.values()) {
            p.sort((x, y) -> Integer.compare(y.words.size(), x.words.size()));
        }
        this.cache = cached ? new ConcurrentHashMap<>() : null;
        this.preparedCache = cached ? new ConcurrentHashMap<>() : null;
        this.derived = cached ? new ConcurrentHashMap<>() : null;
    }

    private void add(Phrase p) {
        phrases.computeIfAbsent(p.words.get(0), k -> new ArrayList<>()).add(p);
    }

    /** House style with no abbreviations: for a text read without its story. */
    public static HouseStyle general() {
        return GENERAL;
    }

    /**
     * House style for one story: the abbreviations its texts define, each written with its long
     * form in brackets or after it. One defined two ways in the story is left out.
     */
    public static HouseStyle ofStory(Collection<String> texts) {
        Map<String, List<String>> found = new TreeMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String text : texts) {
            definitions(text, (shortForm, longForm) -> {
                List<String> before = found.putIfAbsent(shortForm, longForm);
                if (before != null && !before.equals(longForm)) {
                    ambiguous.add(shortForm);
                }
            });
        }
        found.keySet().removeAll(ambiguous);
        return found.isEmpty() ? new HouseStyle(Map.of(), true) : new HouseStyle(Map.copyOf(found), true);
    }

    /** The story's abbreviations: short form (normalized) -> long form (normalized words, one space apart). */
    public Map<String, String> abbreviations() {
        Map<String, String> out = new TreeMap<>();
        abbreviations.forEach((k, v) -> out.put(k, String.join(" ", v)));
        return out;
    }

    /** The text's words in house style, one space apart, measures in one form ({@link #compared}). */
    public String words(String text) {
        if (cache == null) {
            return join(compared(text));
        }
        return cache.computeIfAbsent(text, t -> join(compared(t)));
    }

    /**
     * The text's words as two wordings are compared: its {@link #units}, and a number with its
     * unit of measure after it as one unit keyed in one form ({@code house-style/units.tsv}): "5 km",
     * "5 kilometres", "5km" and "5-kilometre" are "5 kilometer"; "10 per cent" and "10%" are "10
     * percent"; "three feet" and "3 ft" are "3 foot". The figures' aligner reads {@link #units}, the
     * words as written.
     */
    public List<Unit> compared(String text) {
        return measures(text, units(text));
    }

    /** A number: digits, with a decimal part ("1.5"); "6,000" is keyed "6000". */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A number and a unit's letters run together: "5km", and "5-kilometre" or "one-mile" keyed as one word. */
    private static final Pattern GLUED = Pattern.compile("(\\d+(?:\\.\\d+)?|one)(\\p{L}+)");
    /** A number with a per cent sign written onto it, before marks that close a phrase: "10%", "(10%),". */
    private static final Pattern PER_CENT_SIGN = Pattern.compile(".*\\d%[^\\p{L}\\p{N}]*");
    /** Most words a unit's form holds ("kilometers per hour"). */
    static final int UNIT_WORDS = 3;

    /** {@code units} with each number and the unit of measure after it merged into one unit in one form. */
    static List<Unit> measures(String text, List<Unit> units) {
        Map<String, String> forms = HouseStyleLists.units();
        List<Unit> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            boolean number = NUMBER.matcher(u.key).matches() || u.key.equals("one");
            String n = u.key.equals("one") ? "1" : u.key;
            Matcher glued = number ? null : GLUED.matcher(u.key);
            if (number && !u.key.equals("one") && PER_CENT_SIGN.matcher(text.substring(u.start, u.end)).matches()) {
                out.add(new Unit(u.start, u.end, n + " " + forms.get("%")));
                continue;
            }
            if (glued != null && glued.matches() && forms.containsKey(glued.group(2))) {
                String g = glued.group(1).equals("one") ? "1" : glued.group(1);
                out.add(new Unit(u.start, u.end, g + " " + forms.get(glued.group(2))));
                continue;
            }
            int taken = number ? unitAfter(units, i, forms) : 0;
            if (taken == 0) {
                out.add(u);
                continue;
            }
            String form = forms.get(keys(units, i + 1, i + 1 + taken));
            out.add(new Unit(u.start, units.get(i + taken).end, n + " " + form));
            i += taken;
        }
        return out;
    }

    /** How many units after {@code i} make the longest unit of measure of {@code forms}, or 0. */
    private static int unitAfter(List<Unit> units, int i, Map<String, String> forms) {
        for (int k = Math.min(UNIT_WORDS, units.size() - 1 - i); k >= 1; k--) {
            if (forms.containsKey(keys(units, i + 1, i + 1 + k))) {
                return k;
            }
        }
        return 0;
    }

    /** The keys of {@code units[from, to)}, one space apart. */
    private static String keys(List<Unit> units, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k == from ? "" : " ").append(units.get(k).key);
        }
        return sb.toString();
    }

    /**
     * The words of {@code prepare(text)} in house style, worked out once per text when the style
     * caches: the rules ask for a quote's words at every join they try. A caller passes the same
     * {@code prepare} for every text (one style is asked by one kind of caller).
     */
    public String words(String text, java.util.function.UnaryOperator<String> prepare) {
        if (preparedCache == null) {
            return words(prepare.apply(text));
        }
        String done = preparedCache.get(text);
        if (done == null) {
            done = words(prepare.apply(text));
            preparedCache.put(text, done);
        }
        return done;
    }

    /**
     * {@code f} of {@code text}, worked out once per text and {@code kind} when the style caches:
     * a story's rules ask a quote sentence for its word count, stems and keys at every join they
     * try. {@code f} must depend on the text and this style alone, give a value no caller changes,
     * and be the same function for every call of one {@code kind}.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String kind, String text, java.util.function.Function<String, T> f) {
        if (derived == null) {
            return f.apply(text);
        }
        Map<String, Object> ofKind = derived.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        Object done = ofKind.get(text);
        if (done == null) {
            done = f.apply(text);
            ofKind.put(text, done);
        }
        return (T) done;
    }

    private static String join(List<Unit> units) {
        StringBuilder sb = new StringBuilder();
        for (Unit u : units) {
            sb.append(sb.length() == 0 ? "" : " ").append(u.key);
        }
        return sb.toString();
    }

    /** One word (a name) in house style: "Vendôme" -> "vendome", "Wi-Fi" -> "wifi", "Technicolour" -> "technicolor". */
    public String word(String word) {
        // The rules ask for a name's key at every join they try; it is worked out once.
        return cachedKey(word);
    }

    /**
     * {@link #key} of {@code run}, worked out once per run while {@link #KEYS} holds it: a name's
     * words at every join, and the same words ("said", "the") in every quote of every story.
     */
    static String cachedKey(String run) {
        return RECENT.get(run);
    }

    /** A site's name with its address ending ("MySpace.com") is the name: "myspace". */
    private static final Pattern WEB_SUFFIX = Pattern.compile("^(\\p{L}[\\p{L}\\p{N}-]*)\\.(?:com|net|org)(?=[^\\p{L}\\p{N}]*$)");

    /** Keys of words and runs already asked for ({@link #key} depends on the run alone), {@link #MAX_KEYS} to a generation. */
    static final int MAX_KEYS = 100_000;
    private static final KeyCache KEYS = new KeyCache(MAX_KEYS, HouseStyle::key);
    /** The keys asked for last, before {@link #KEYS}: {@link #RECENT_SLOTS} slots. */
    static final int RECENT_SLOTS = 4096;
    private static final Recent RECENT = new Recent(RECENT_SLOTS, KEYS::get);

    /**
     * A small table of a function's last values in front of a larger cache: one slot for each
     * string by its hash, the string and its value, and a string found in its slot (most often
     * the very string asked for before: a name's words, asked for at every join the rules try) is
     * answered without the larger cache's look-up, a random read in a table of a generation's
     * size. Another string of the slot's hash replaces it. Safe on every thread: a slot holds an
     * unchangeable pair, read and written whole, and a value depends on its string alone.
     */
    static final class Recent {
        private record Slot(String key, String value) {
        }

        private final Slot[] slots;
        private final java.util.function.UnaryOperator<String> f;

        /** @param size a power of two */
        Recent(int size, java.util.function.UnaryOperator<String> f) {
            if (size <= 0 || (size & (size - 1)) != 0) {
                throw new IllegalArgumentException("not a power of two: " + size);
            }
            this.slots = new Slot[size];
            this.f = f;
        }

        String get(String s) {
            int i = s.hashCode() & (slots.length - 1);
            Slot slot = slots[i];
            if (slot != null && (slot.key == s || slot.key.equals(s))) {
                return slot.value;
            }
            String v = f.apply(s);
            slots[i] = new Slot(s, v);
            return v;
        }
    }

    /**
     * A cache of a function of a string in two generations of at most {@code limit} entries each:
     * a value is put in the young one; when that is full it becomes the old one (the old one
     * dropped) and a new young one begins, and a value found only in the old one is put in the
     * young one again. So the words asked for all along ("said", "the") stay, however many rare ones
     * a large corpus brings, where one map cleared when full lost them all and grew again from
     * empty (resizing as it grew) every {@code limit} new words. Safe on every thread: a value
     * depends on its string alone, so a race can only lose an entry, never give a wrong value.
     */
    static final class KeyCache {
        private final int limit;
        private final java.util.function.UnaryOperator<String> f;
        private volatile Map<String, String> young;
        private volatile Map<String, String> old = Map.of();

        KeyCache(int limit, java.util.function.UnaryOperator<String> f) {
            this.limit = limit;
            this.f = f;
            this.young = generation();
        }

        private Map<String, String> generation() {
            // Sized for a whole generation, so it never resizes as it fills.
            return new ConcurrentHashMap<>(limit);
        }

        String get(String s) {
            Map<String, String> y = young;
            String v = y.get(s);
            if (v != null) {
                return v;
            }
            v = old.get(s);
            if (v == null) {
                v = f.apply(s);
            }
            if (y.size() >= limit) {
                synchronized (this) {
                    if (young == y) {
                        old = y;
                        young = generation();
                    }
                    y = young;
                }
            }
            y.put(s, v);
            return v;
        }

        /** How many entries the young and the old generation hold. */
        int[] sizes() {
            return new int[] {young.size(), old.size()};
        }
    }

    /**
     * The text's words as compared, in order: each run of characters between spaces is one unit,
     * except that a time of day ("6:00 p.m."), a closed compound written open ("per cent") and a
     * long form the story abbreviates ("Internet Explorer") are one unit each. Runs without
     * letters or digits ("--", "``") are no unit.
     */
    public List<Unit> units(String text) {
        return phrases(times(tokens(text)));
    }

    /** The runs between spaces, each with its key, runs without a key left out. */
    private static List<Unit> tokens(String text) {
        List<Unit> out = new ArrayList<>();
        int to = text.length();
        int i = 0;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String key = cachedKey(text.substring(start, i));
                if (!key.isEmpty()) {
                    out.add(new Unit(start, i, key));
                }
            }
        }
        return out;
    }

    /** Units merged where a compound or a long form begins, the longest that matches. */
    private List<Unit> phrases(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        int i = 0;
        while (i < units.size()) {
            Phrase hit = null;
            for (Phrase p : phrases.getOrDefault(units.get(i).key, List.of())) {
                if (matches(units, i, p.words)) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                out.add(units.get(i));
                i++;
            } else {
                out.add(new Unit(units.get(i).start, units.get(i + hit.words.size() - 1).end, hit.key));
                i += hit.words.size();
            }
        }
        return out;
    }

    private static boolean matches(List<Unit> units, int at, List<String> words) {
        if (at + words.size() > units.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!units.get(at + k).key.equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Units merged where they write a time of day with a.m. or p.m., noon or midnight ("6", "p.m.";
     * "6:00pm"; "12", "noon"), the time's key on a 24-hour clock: "18:00".
     */
    private static List<Unit> times(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
            Matcher whole = clockLike(u.key) ? CLOCK.matcher(u.key) : null;
            boolean isClock = whole != null && whole.matches();
            if (isClock && whole.group(3) != null) {
                u = clock(u, u, whole);
            } else if (isClock && next != null && (next.key.equals("am") || next.key.equals("pm"))) {
                Matcher both = CLOCK.matcher(u.key + next.key);
                both.matches();
                Unit merged = clock(u, next, both);
                if (merged != u) {
                    i++;
                }
                u = merged;
            } else if (u.key.equals("12") && next != null && (next.key.equals("noon") || next.key.equals("midnight"))) {
                u = new Unit(u.start, next.end, next.key.equals("noon") ? "12:00" : "00:00");
                i++;
            } else if (u.key.equals("noon") || u.key.equals("midnight")) {
                u = new Unit(u.start, u.end, u.key.equals("noon") ? "12:00" : "00:00");
            } else if (u.key.length() == 4 && startsWithDigit(u.key) && zone(next) && FOUR_DIGIT_TIME.matcher(u.key).matches()) {
                // "0241 GMT": four digits before a time zone are a time on a 24-hour clock, "02:41".
                u = new Unit(u.start, u.end, u.key.substring(0, 2) + ":" + u.key.substring(2));
            }
            if (startsWithDigit(u.key) && TIME_KEY.matcher(u.key).matches() && i + 1 < units.size() && zone(units.get(i + 1))) {
                // The zone after a time is how an outlet writes it for its readers ("6:41pm PST", "18:41").
                u = new Unit(u.start, units.get(i + 1).end, u.key);
                i++;
            }
            out.add(u);
        }
        return out;
    }

    /**
     * Whether a key may be a clock time ({@code CLOCK}): every such key starts with a digit 0 to 9
     * or with "one", so a word that does neither is no time and needs no matcher (most are words).
     */
    static boolean clockLike(String key) {
        return startsWithDigit(key) || key.startsWith("one");
    }

    /** Whether a key starts with a digit 0 to 9, as every time of {@code FOUR_DIGIT_TIME} and {@code TIME_KEY} does. */
    static boolean startsWithDigit(String key) {
        return !key.isEmpty() && key.charAt(0) >= '0' && key.charAt(0) <= '9';
    }

    static final Pattern FOUR_DIGIT_TIME = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d");
    static final Pattern TIME_KEY = Pattern.compile("([01]?\\d|2[0-3])[:.][0-5]\\d");

    /** Whether a unit is a time-zone abbreviation ("GMT", "PST"). */
    private static boolean zone(Unit u) {
        return u != null && TimeZones.isAbbreviation(u.key.toUpperCase(Locale.ROOT));
    }

    /** The units from {@code first} to {@code last} as one time of day, or {@code first} when the hour cannot be one (13 p.m.). */
    private static Unit clock(Unit first, Unit last, Matcher m) {
        int hour = m.group(1).equals("one") ? 1 : Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return first;
        }
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        return new Unit(first.start, last.end, String.format(Locale.ROOT, "%02d:%02d", hour, minute));
    }

    /**
     * The key of one run of text: its words (letters and digits, joined across hyphens and
     * apostrophes, and across the separators of a number, "6,000", "1.5", "18:00"), each in
     * house style, one space apart; "U.S." is one word.
     */
    static String key(String run) {
        String s = fold(run);
        if (s.indexOf('.') > 0) {
            s = WEB_SUFFIX.matcher(s).replaceFirst("$1");
        }
        if (s.indexOf('.') >= 0) {
            String core = OUTER_MARKS.matcher(s).replaceAll("");
            if (INITIALS.matcher(core).matches()) {
                return core.replace(".", "");
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean between = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
            if (Character.isLetterOrDigit(c)) {
                part.append(c);
            } else if (between && (c == '\'' || c == '\u2019')) {
                // "Ukraine's", "I'm": one word
            } else if (between && (c == '-' || c == '\u2010' || c == '\u2011')) {
                parts.add(part.toString());
                part.setLength(0);
            } else if (Character.isDigit(prev) && Character.isDigit(next) && c == ',') {
                // "6,000"
            } else if (Character.isDigit(prev) && Character.isDigit(next) && (c == '.' || c == ':')) {
                part.append(c);
            } else {
                word(parts, part, out);
            }
        }
        word(parts, part, out);
        return out.toString();
    }

    /** Appends the word made of {@code parts} and {@code last}, in house style, and clears them. */
    private static void word(List<String> parts, StringBuilder last, StringBuilder out) {
        parts.add(last.toString());
        last.setLength(0);
        String w = joinParts(parts);
        parts.clear();
        if (!w.isEmpty()) {
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
    }

    /** A hyphenated word's parts as one word: "twenty-one" -> "21", "well-organised" -> "wellorganized". */
    private static String joinParts(List<String> parts) {
        Map<String, String> numbers = HouseStyleLists.numbers();
        if (parts.size() == 2 && numbers.containsKey(parts.get(0)) && numbers.containsKey(parts.get(1))) {
            String tens = numbers.get(parts.get(0));
            String unit = numbers.get(parts.get(1));
            if (tens.length() == 2 && tens.endsWith("0") && !tens.equals("10")
                    && unit.charAt(0) >= '1' && unit.charAt(0) <= '9' && (unit.length() == 1 || !Character.isDigit(unit.charAt(1)))) {
                return tens.charAt(0) + unit;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(single(p));
        }
        return single(sb.toString());
    }

    /**
     * One word without hyphens: its numeral, or its American spelling, or itself. "One" alone
     * stays a word ("no one", "one of them"); in "twenty-one" it is a number.
     */
    private static String single(String w) {
        String n = HouseStyleLists.numbers().get(w);
        if (n != null && !w.equals("one")) {
            return n;
        }
        return HouseStyleLists.spelling().getOrDefault(w, w);
    }

    /** Lower case, diacritics dropped, and the letters that do not decompose written in Latin letters. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case 'đ', 'Đ' -> out.append('d');
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A place that receives one abbreviation defined in a text. */
    interface Definitions {
        void define(String shortForm, List<String> longForm);
    }

    /**
     * The abbreviations {@code text} defines: a short form in brackets right after the words it
     * abbreviates, or the long form in brackets right after the short form. The short form's
     * letters must be the initials of the long form's words, with or without its small words
     * ("of", "the"): "Federal Bureau of Investigation (FBI)", "Ministry of Defence (MoD)". A
     * ticker or a translation in brackets ("Nokia (NOK)") defines nothing.
     */
    static void definitions(String text, Definitions sink) {
        // Both forms hold a bracket: a text without one is not searched.
        if (text.indexOf('(') < 0) {
            return;
        }
        Matcher m = SHORT_AFTER.matcher(text);
        // Each search starts where the next match can: at a bracket (the matches of a search over
        // every position, in the same order).
        for (int from = text.indexOf('('); from >= 0 && m.find(from); from = text.indexOf('(', m.end())) {
            String abbr = m.group(1);
            if (!abbreviation(abbr)) {
                continue;
            }
            int cut = m.start();
            int segment = cut;
            while (segment > 0 && cut - segment < 200 && ".,;:!?()[]\"\u201c\u201d\n".indexOf(text.charAt(segment - 1)) < 0) {
                segment--;
            }
            List<String> words = List.of(SPACES.split(text.substring(segment, cut).trim()));
            String letters = fold(abbr).replace("&", "");
            for (int k = 2; k <= Math.min(words.size(), letters.length() + 3); k++) {
                List<String> candidate = words.subList(words.size() - k, words.size());
                if (Character.isUpperCase(candidate.get(0).charAt(0)) && initialsMatch(candidate, letters)) {
                    define(abbr, candidate, sink);
                    break;
                }
            }
        }
        m = LONG_AFTER.matcher(text);
        for (int from = longFormFrom(text, 0); from >= 0 && m.find(from); from = longFormFrom(text, m.end())) {
            String abbr = m.group(1);
            List<String> words = List.of(SPACES.split(m.group(2).trim()));
            if (abbreviation(abbr) && words.size() >= 2 && Character.isUpperCase(words.get(0).charAt(0))
                    && initialsMatch(words, fold(abbr).replace("&", ""))) {
                define(abbr, words, sink);
            }
        }
    }

    /**
     * Where a search for {@link #LONG_AFTER} from {@code from} can first find a match, or -1 when
     * it can find none: a match is two to ten letters and then " (", so it begins at most ten
     * characters before the first " (" that lies two or more characters after {@code from}.
     * {@code Matcher.find(int)} looks behind that index for the word boundary, as a search over
     * every position does.
     */
    static int longFormFrom(String text, int from) {
        int bracket = text.indexOf(" (", from + 2);
        return bracket < 0 ? -1 : Math.max(from, bracket - 10);
    }

    private static void define(String abbr, List<String> words, Definitions sink) {
        List<String> longForm = new ArrayList<>();
        for (String w : words) {
            String k = key(w);
            if (!k.isEmpty()) {
                longForm.addAll(List.of(k.split(" ")));
            }
        }
        if (longForm.size() >= 2) {
            sink.define(key(abbr), List.copyOf(longForm));
        }
    }

    /** Two letters or more, two of them capitals: "IE", "MoD", "NATO"; not "Mr". */
    private static boolean abbreviation(String s) {
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    private static boolean initialsMatch(List<String> words, String letters) {
        StringBuilder all = new StringBuilder();
        StringBuilder major = new StringBuilder();
        for (String w : words) {
            String f = fold(w);
            if (f.isEmpty() || !Character.isLetter(f.charAt(0)) && f.charAt(0) != '&') {
                return false;
            }
            all.append(f.charAt(0));
            if (!MINOR.contains(f)) {
                major.append(f.charAt(0));
            }
        }
        String all2 = all.toString().replace("&", "");
        return all2.equals(letters) || major.toString().equals(letters);
    }
}
