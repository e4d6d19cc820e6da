package org.crosscheck.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;

/**
 * How well crosscheck reads the figures of a seeded random sample of ECB+ sentences
 * ({@code fixtures/evaluation/ecbplus-figure-sample.jsonl}), labelled blind by two readers: each
 * line is one figure token (its document, its offsets, the token as written) and what the reader
 * says it states (a figure or not, its kind, value, unit, what it counts, whose it is, the happening
 * it belongs to, whether an editor would compare it). The fixture keeps no sentence: the token is
 * read back from the corpus at its offsets, and a mismatch is an error.
 *
 * <p>Every figure labelled {@code reading=figure, compare=yes} is scored against the claims the rules
 * saw (after grouping) in its document, through stages ({@link #STAGES}), each over the claims of
 * {@link QuantityClaim} or {@link AttributeClaim} whose span overlaps the token:
 * <ol>
 *   <li>{@code read}: such a claim exists;</li>
 *   <li>{@code value}: one holds the labelled value, in the labelled unit ({@link #valueRight});</li>
 *   <li>{@code measure}: it measures what the label counts ({@link #measureRight});</li>
 *   <li>{@code happening}: it is tied to the labelled happening as the label says ({@link #happeningRight});</li>
 *   <li>{@code of}: it is of the labelled owner ({@link #ofRight}); kept last of the three because a
 *       quantity carries no owner but its measure's words and its event, so this stage says how often
 *       crosscheck knows whose figure it reads, apart from whether it reads it right;</li>
 *   <li>{@code compared}: a rule compares it across sources (a comparable figure, an identified
 *       entity's attribute).</li>
 * </ol>
 * A miss is put at the first stage it fails. This is a measurement, not a rule.
 */
final class FigureSample {

    /**
     * One labelled figure token.
     *
     * @param value the labelled value as the reader wrote it ("12", "0.5", "52-3" for a record), or ""
     * @param main  whether the happening is the article's main story, or null when none is labelled
     */
    record Figure(String id, String doc, int start, int end, String figure, String reader, String reading, String kind,
                  String value, String unit, String hedge, String counts, String of, String happening, Boolean main,
                  String compare, String note) {

        /** Whether the figure is scored: a figure an editor would compare across outlets. */
        boolean scored() {
            return "figure".equals(reading) && "yes".equals(compare);
        }
    }

    private FigureSample() {
    }

    /**
     * The figures of a fixture, each token checked against the corpus text: a line whose offsets do
     * not hold its token is an error (the fixture and the corpus disagree). Lines starting with
     * {@code #} are comments.
     */
    static List<Figure> read(Path fixture, Path text) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Figure> out = new ArrayList<>();
        Map<String, String> articles = new HashMap<>();
        for (String line : Files.readAllLines(fixture)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String doc = n.get("doc").asText();
            int start = n.get("start").asInt();
            int end = n.get("end").asInt();
            String figure = n.get("figure").asText();
            String words = Judgements.words(text, doc, start, end, articles);
            if (!words.equals(figure)) {
                throw new IllegalStateException(n.get("id").asText() + ": " + doc + " [" + start + ", " + end + ") holds \""
                        + words + "\", not \"" + figure + "\"");
            }
            JsonNode main = n.path("main");
            out.add(new Figure(n.get("id").asText(), doc, start, end, figure, n.path("reader").asText(""),
                    n.path("reading").asText(""), n.path("kind").asText(""), n.path("value").asText(""),
                    n.path("unit").asText(""), n.path("hedge").asText(""), n.path("counts").asText(""),
                    n.path("of").asText(""), n.path("happening").asText(""),
                    main.isBoolean() || main.asText("").matches("true|false") ? (Boolean) main.asBoolean() : null,
                    n.path("compare").asText(""), n.path("note").asText("")));
        }
        return out;
    }

    /**
     * Stages of a scored figure, from the first that can fail to the last; "compared" is a pass of all.
     * A figure is put at the first it fails, so each column of the table counts the figures that pass
     * it and every stage before it.
     */
    static final List<String> STAGES = List.of("not read", "value wrong", "measure wrong", "happening wrong",
            "owner unknown", "not compared", "compared");

    /**
     * What crosscheck makes of one scored figure.
     *
     * @param best the claim judged: the first over the token that holds the value and is about the
     *             thing, else the first that holds the value, else the first over the token; null when none
     */
    record Score(boolean read, boolean value, boolean measure, boolean of, boolean happening, boolean compared,
                 Claim best) {

        /** How many stages in a row the figure passes (0: not read; 6: compared). */
        int depth() {
            boolean[] passes = {read, value, measure, happening, of, compared};
            int d = 0;
            while (d < passes.length && passes[d]) {
                d++;
            }
            return d;
        }

        /** Whether the reading holds the value and is about the labelled thing: its measure, happening and owner. */
        boolean about() {
            return depth() >= 5;
        }

        /** The first stage the figure fails, or "compared" when it passes them all. */
        String stage() {
            return STAGES.get(depth());
        }
    }

    /** The figure claims of a document over a token: quantities and attributes whose span overlaps it. */
    static List<Claim> over(Figure f, List<Claim> claims) {
        return claims.stream().filter(c -> c instanceof QuantityClaim || c instanceof AttributeClaim)
                .filter(c -> c.span().start() < f.end() && f.start() < c.span().end()).toList();
    }

    /** Scores one figure against its document's claims. */
    static Score score(Figure f, List<Claim> claims) {
        List<Claim> over = over(f, claims);
        if (over.isEmpty()) {
            return new Score(false, false, false, false, false, false, null);
        }
        Score best = null;
        for (Claim c : over) {
            boolean v = valueRight(f, c);
            Score s = new Score(true, v, v && measureRight(f, c), v && ofRight(f, c), v && happeningRight(f, c),
                    false, c);
            s = new Score(true, s.value(), s.measure(), s.of(), s.happening(), s.about() && comparable(c), c);
            if (best == null || s.depth() > best.depth()) {
                best = s;
            }
        }
        return best;
    }

    // ---- value ----

    /**
     * A unit: its dimension ({@code count}, {@code time} in days, {@code length} in metres, {@code mass}
     * in pounds, {@code money} in the currency's units, {@code percent}, {@code record}) and its size in
     * the dimension's base unit; {@code currency} for money, or null when not known.
     */
    record Unit(String dimension, double size, String currency) {
        static final Unit COUNT = new Unit("count", 1, null);
    }

    private static final double YEAR_DAYS = 365.25;

    /** Unit words as readers and articles write them, singular, lower case. */
    private static final Map<String, Unit> UNIT_WORDS = new LinkedHashMap<>();

    static {
        time(1.0 / 86400, "second", "sec");
        time(1.0 / 1440, "minute", "min");
        time(1.0 / 24, "hour", "hr");
        time(1, "day");
        time(7, "week");
        time(YEAR_DAYS / 12, "month");
        time(YEAR_DAYS, "year", "yr", "years old", "year old", "year-old");
        time(YEAR_DAYS * 10, "decade");
        length(1609.344, "mile");
        length(1852, "nautical mile");
        length(1000, "km", "kilometre", "kilometer");
        length(1, "metre", "meter", "m");
        length(0.3048, "foot", "feet", "ft");
        length(0.9144, "yard", "yd");
        length(0.0254, "inch");
        length(0.01, "cm", "centimetre", "centimeter");
        UNIT_WORDS.put("lb", new Unit("mass", 1, null));
        UNIT_WORDS.put("kg", new Unit("mass", 2.20462, null));
        UNIT_WORDS.put("kilogram", new Unit("mass", 2.20462, null));
        UNIT_WORDS.put("ton", new Unit("mass", 2000, null));
        UNIT_WORDS.put("tonne", new Unit("mass", 2204.62, null));
        for (String w : List.of("percent", "per cent", "%", "percentage", "percentage point")) {
            UNIT_WORDS.put(w, new Unit("percent", 1, null));
        }
        money("USD", "dollar", "usd", "$", "us dollar");
        money("GBP", "gbp", "sterling", "£", "pound sterling");
        money("EUR", "euro", "eur", "€");
    }

    private static void time(double days, String... words) {
        for (String w : words) {
            UNIT_WORDS.put(w, new Unit("time", days, null));
        }
    }

    private static void length(double metres, String... words) {
        for (String w : words) {
            UNIT_WORDS.put(w, new Unit("length", metres, null));
        }
    }

    private static void money(String code, String... words) {
        for (String w : words) {
            UNIT_WORDS.put(w, new Unit("money", 1, code));
        }
    }

    /**
     * A unit word, folded: lower case, a plural's "s" dropped; "pound" is sterling for money and a
     * weight otherwise; any other word (people, troops, points) counts things.
     */
    static Unit unitOf(String word, String kind) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return Unit.COUNT;
        }
        if (w.equals("pound") || w.equals("pounds")) {
            return "money".equals(kind) ? new Unit("money", 1, "GBP") : new Unit("mass", 1, null);
        }
        Unit u = UNIT_WORDS.get(w);
        if (u == null && w.endsWith("s")) {
            u = UNIT_WORDS.get(w.substring(0, w.length() - 1));
        }
        if (u == null && w.equals("feet")) {
            u = UNIT_WORDS.get("foot");
        }
        if (u == null && "money".equals(kind)) {
            return new Unit("money", 1, w.toUpperCase(Locale.ROOT));
        }
        return u == null ? Unit.COUNT : u;
    }

    /** The unit a claim holds its interval in. */
    static Unit unitOf(Claim c) {
        if (c instanceof QuantityClaim q) {
            String m = q.measure();
            if (m.endsWith(", in seconds")) {
                return new Unit("time", 1.0 / 86400, null);
            } else if (m.endsWith(", in days")) {
                return new Unit("time", 1, null);
            } else if (m.endsWith(", in months")) {
                return new Unit("time", YEAR_DAYS / 12, null);
            }
            java.util.regex.Matcher currency = java.util.regex.Pattern.compile(":([A-Z]{3})$").matcher(m);
            if (currency.find()) {
                return new Unit("money", 1, currency.group(1));
            }
            // A head noun that is a unit ("miles", "years"): the number as written, in that unit.
            Unit head = unitOf(m, "");
            return head;
        }
        AttributeClaim a = (AttributeClaim) c;
        String attribute = a.attribute();
        if (attribute.equals("age") || attribute.startsWith(AttributeClaim.PRISON_TERM)
                || attribute.startsWith(AttributeClaim.TIME_SERVED) || attribute.equals(AttributeClaim.CONTRACT_YEARS)) {
            return new Unit("time", YEAR_DAYS, null);
        } else if (attribute.equals(AttributeClaim.HEIGHT)) {
            return new Unit("length", 0.0254, null);
        } else if (attribute.equals(AttributeClaim.LENGTH) || attribute.equals(AttributeClaim.FALL)) {
            return new Unit("length", 1, null);
        } else if (attribute.startsWith(AttributeClaim.DISTANCE_FROM)) {
            return new Unit("length", 1000, null);
        } else if (attribute.equals(AttributeClaim.WEIGHT)) {
            return new Unit("mass", 1, null);
        } else if (attribute.equals(AttributeClaim.TURNOUT)) {
            return new Unit("percent", 1, null);
        } else if (attribute.equals(AttributeClaim.STOPPAGE_TIME)) {
            return new Unit("time", 1.0 / 86400, null);
        } else if (a.pair()) {
            // A win-loss record or a game's score: a pair, coded as AttributeClaim.record codes it.
            return new Unit("record", 1, null);
        } else if (a.playLength()) {
            return new Unit("length", 0.9144, null);
        } else if (attribute.equals(AttributeClaim.CONTRACT_VALUE)) {
            String w = a.written();
            return new Unit("money", 1, w.contains("$") ? "USD" : w.contains("£") ? "GBP" : w.contains("€") ? "EUR" : null);
        }
        return Unit.COUNT;
    }

    /** A labelled value as a number: a plain number, or a win-loss(-draw) record's code; NaN when neither. */
    static double number(String value) {
        String v = value.strip().replace(",", "");
        java.util.regex.Matcher record = java.util.regex.Pattern.compile("(\\d+)-(\\d+)(?:-(\\d+))?").matcher(v);
        if (record.matches()) {
            return AttributeClaim.record(Integer.parseInt(record.group(1)), Integer.parseInt(record.group(2)),
                    record.group(3) == null ? 0 : Integer.parseInt(record.group(3)));
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Whether the claim's interval holds the labelled value in the labelled unit. The value is put into
     * the claim's unit when both units have one dimension (miles into kilometres, years into months);
     * a count (no unit, or a word such as "people") is compared as written against any claim, and a
     * claim that holds a count against any labelled unit; two different dimensions, or two currencies,
     * never agree. The interval is taken closed, so "more than 200" holds 200, and a relative slack of
     * one in a million absorbs conversions.
     */
    static boolean valueRight(Figure f, Claim c) {
        double v = number(f.value());
        if (Double.isNaN(v)) {
            return false;
        }
        Unit labelled = unitOf(f.unit(), f.kind());
        Unit claimed = unitOf(c);
        boolean record = claimed.dimension().equals("record");
        if (record != f.value().strip().matches("\\d+-\\d+(?:-\\d+)?")) {
            return false;
        }
        double x = v;
        if (!labelled.dimension().equals("count") && !claimed.dimension().equals("count")) {
            if (!labelled.dimension().equals(claimed.dimension())) {
                return false;
            }
            if (labelled.currency() != null && claimed.currency() != null && !labelled.currency().equals(claimed.currency())) {
                return false;
            }
            x = v * labelled.size() / claimed.size();
        }
        double low = c instanceof QuantityClaim q ? q.low() : ((AttributeClaim) c).low();
        double high = c instanceof QuantityClaim q ? q.high() : ((AttributeClaim) c).high();
        double slack = Math.abs(x) * 1e-6;
        return x >= low - slack && x <= high + slack;
    }

    // ---- about ----

    /** Words that name no thing of their own: "people killed" is about the killing. */
    private static final Set<String> GENERIC = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or",
            "by", "from", "with", "his", "her", "their", "its", "number", "people", "person", "persons", "total",
            "count", "figure", "amount", "thing", "things", "times", "value", "s");

    /**
     * Content words, folded to a stem: lower case, a plural's or a verb's ending ("-ies", "-ing", "-ed",
     * "-es", "-s") dropped, then the first five letters ("seized" and "seizing" are "seiz").
     */
    static Set<String> stems(String words) {
        Set<String> out = new java.util.HashSet<>();
        if (words == null) {
            return out;
        }
        for (String w : words.toLowerCase(Locale.ROOT).replace("'s", " ").split("[^a-z0-9]+")) {
            if (w.isEmpty() || GENERIC.contains(w)) {
                continue;
            }
            String stem = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w;
            for (String suffix : List.of("ing", "ed", "es", "s")) {
                if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 3) {
                    stem = stem.substring(0, stem.length() - suffix.length());
                    break;
                }
            }
            out.add(stem.length() > 5 ? stem.substring(0, 5) : stem);
        }
        return out;
    }

    private static boolean share(String a, String b) {
        Set<String> x = stems(a);
        x.retainAll(stems(b));
        return !x.isEmpty();
    }

    /**
     * The kind of a claim as the labels name kinds: killed, injured, age, money, distance, duration,
     * percentage, measure, score, record, or count for any other thing counted.
     */
    static String kindOf(Claim c) {
        if (c instanceof AttributeClaim a) {
            String at = a.attribute();
            if (at.equals("age") || a.entityKey().startsWith(AttributeClaim.DESCRIBED)) {
                return "age";
            } else if (a.gameScore()) {
                return "score";
            } else if (a.pair()) {
                return "record";
            } else if (a.playLength()) {
                return "distance";
            } else if (at.equals(AttributeClaim.HEIGHT) || at.equals(AttributeClaim.LENGTH) || at.equals(AttributeClaim.FALL)
                    || at.startsWith(AttributeClaim.DISTANCE_FROM)) {
                return "distance";
            } else if (at.startsWith(AttributeClaim.PRISON_TERM) || at.startsWith(AttributeClaim.TIME_SERVED)
                    || at.equals(AttributeClaim.CONTRACT_YEARS) || at.equals(AttributeClaim.STOPPAGE_TIME)
                    || at.equals(AttributeClaim.SERVICE_YEARS)) {
                return "duration";
            } else if (at.equals(AttributeClaim.CONTRACT_VALUE)) {
                return "money";
            } else if (at.equals(AttributeClaim.TURNOUT)) {
                return "percentage";
            } else if (at.equals(AttributeClaim.WEIGHT) || at.equals(AttributeClaim.CALIBRE)) {
                return "measure";
            } else if (at.equals(AttributeClaim.GAME_POINTS) || at.startsWith(AttributeClaim.GAME_TALLY)
                    || at.startsWith(AttributeClaim.TALLY)) {
                return "score";
            }
            return "count";
        }
        QuantityClaim q = (QuantityClaim) c;
        String m = q.measure();
        if (m.equals("killed") || m.startsWith("killed ")) {
            return "killed";
        } else if (m.equals("injured") || m.startsWith("injured ")) {
            return "injured";
        }
        Unit u = unitOf(c);
        return switch (u.dimension()) {
            case "money" -> "money";
            case "time" -> "duration";
            case "length" -> "distance";
            case "percent" -> "percentage";
            case "mass" -> "measure";
            default -> m.equals("magnitude") ? "measure" : "count";
        };
    }

    /** Label kinds that name their thing: a claim of the kind is about it whatever the label's words. */
    private static final Set<String> SELF_NAMING = Set.of("killed", "injured", "age", "record", "percentage");

    /**
     * Label kinds and the claim kinds that may carry them (a tally of points is a count of points; a
     * career's total, labelled a record, is a tally).
     */
    private static final Map<String, Set<String>> CARRIERS = Map.of(
            "count", Set.of("count", "killed", "injured", "score"),
            "killed", Set.of("killed"),
            "injured", Set.of("injured"),
            "score", Set.of("score", "count"),
            // A labelled "record" is a career's or a season's statistic: a win-loss record, or a count
            // held ("career points", "wins", "times hosted"), which a holder's tally carries when its
            // measure's words share the label's.
            "record", Set.of("record", "score", "count"),
            "ordinal", Set.of("count", "score", "record", "measure"));

    /** The words a claim says its figure counts or measures. */
    static String measureWords(Claim c) {
        if (c instanceof AttributeClaim a) {
            return a.attribute();
        }
        QuantityClaim q = (QuantityClaim) c;
        return q.measure().replaceAll(":[A-Z]{3}$", "").replaceAll(", in \\w+$", "") + " "
                + (q.subject() == null ? "" : q.subject()) + " " + (q.counted() == null ? "" : q.counted());
    }

    /**
     * The words a claim ties its figure to a happening with: its measure's words and, for a quantity,
     * the act its clause governs it by ("escorted" of "five vessels being escorted"). Not used for the
     * measure stage: an act says what happened, not what is counted.
     */
    static String happeningWords(Claim c) {
        return c instanceof QuantityClaim q && q.act() != null ? measureWords(c) + " " + q.act() : measureWords(c);
    }

    /**
     * Whether the claim measures what the label says: its kind carries the labelled kind
     * ({@link #CARRIERS}; a kind not listed by itself, "other" by any), and for a kind that does not
     * name its thing (a count, a sum of money, a distance, a duration) a content word of the label's
     * {@code counts} is a word of the claim's measure ("troops" and "troops", "prison term" and
     * "prison term"): "$6 million" read as money of nothing is not the contract's value.
     */
    static boolean measureRight(Figure f, Claim c) {
        String kind = kindOf(c);
        Set<String> carriers = CARRIERS.getOrDefault(f.kind(), Set.of(f.kind()));
        if (!"other".equals(f.kind()) && !carriers.contains(kind)) {
            return false;
        }
        return SELF_NAMING.contains(f.kind()) && kind.equals(f.kind()) || share(f.counts(), measureWords(c));
    }

    /**
     * Whether the claim is of the labelled owner: nothing labelled, or a content word of {@code of} is a
     * word of the claim's entity (an attribute's person or thing), of its measure's narrowing
     * (a quantity's subject and counted: "Somali" pirates) or of the owner its clause names (a
     * quantity's {@code owner}: "the Colts scored 17 points"); or the owner is the labelled happening
     * itself ("the quake" for a quake's magnitude) and the claim is tied as that happening's
     * ({@link #happeningRight}).
     */
    static boolean ofRight(Figure f, Claim c) {
        if (f.of().isBlank()) {
            return true;
        }
        if (c instanceof AttributeClaim a) {
            return share(f.of(), a.entity() + " " + a.entityKey());
        }
        QuantityClaim q = (QuantityClaim) c;
        if (share(f.of(), (q.subject() == null ? "" : q.subject()) + " " + (q.counted() == null ? "" : q.counted()) + " "
                + (q.owner() == null ? "" : q.owner()))) {
            return true;
        }
        return !f.happening().isBlank() && share(f.of(), f.happening()) && happeningRight(f, c);
    }

    /**
     * Whether the claim is tied to the labelled happening as the label says: nothing labelled (a
     * standing attribute), or the claim's measure or act names the happening ("killed" for "killed",
     * "weapon seized" for "seized"), or, for the article's main story, the claim is tied to the
     * article's event (a quantity tied to its event or counted as its main happening's; an attribute
     * compared only inside one event), and for a happening told in passing, it is not tied so.
     */
    static boolean happeningRight(Figure f, Claim c) {
        if (f.happening().isBlank()) {
            return true;
        }
        if (share(f.happening(), happeningWords(c))) {
            return true;
        }
        boolean tied = c instanceof QuantityClaim q ? q.event() != null || q.mainHappening() != null
                : ((AttributeClaim) c).eventBound();
        return Boolean.TRUE.equals(f.main()) == tied;
    }

    /** Whether a rule compares the claim across sources: a comparable figure, an identified entity's scalar attribute. */
    static boolean comparable(Claim c) {
        if (c instanceof QuantityClaim q) {
            return q.comparable();
        }
        AttributeClaim a = (AttributeClaim) c;
        return a.identified() && !a.wordValued() && a.comparable();
    }

    // ---- reports ----

    /** The table: per labelled kind and overall, labelled and how many pass each stage (and every stage before it). */
    static String describe(List<Figure> figures, Map<String, List<Claim>> claims) {
        Map<String, int[]> rows = new TreeMap<>();
        int[] all = new int[STAGES.size()];
        for (Figure f : figures) {
            if (!f.scored()) {
                continue;
            }
            int depth = score(f, claims.getOrDefault(f.doc(), List.of())).depth();
            int[] row = rows.computeIfAbsent(f.kind().isBlank() ? "(none)" : f.kind(), k -> new int[STAGES.size()]);
            for (int[] r : List.of(row, all)) {
                r[0]++;
                for (int d = 1; d <= depth; d++) {
                    r[d]++;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        long labelled = figures.stream().filter(f -> "figure".equals(f.reading())).count();
        out.append(String.format("figure sample: %d tokens, %d figures, %d an editor would compare (scored)%n",
                figures.size(), labelled, all[0]));
        out.append("(each column counts the scored figures that pass it and every column before it)\n");
        out.append(String.format("%-12s %8s %6s %6s %8s %9s %6s %8s%n", "kind", "labelled", "read", "value",
                "measure", "happening", "of", "compared"));
        rows.forEach((k, r) -> out.append(row(k, r)));
        out.append(row("all", all));
        if (all[0] > 0) {
            out.append(String.format("share of scored: read %.3f, value right %.3f, about right (measure, happening, of) %.3f,"
                    + " compared %.3f%n", (double) all[1] / all[0], (double) all[2] / all[0], (double) all[5] / all[0],
                    (double) all[6] / all[0]));
        }
        Map<String, Integer> stages = new LinkedHashMap<>();
        STAGES.forEach(s -> stages.put(s, 0));
        for (Figure f : figures) {
            if (f.scored()) {
                stages.merge(score(f, claims.getOrDefault(f.doc(), List.of())).stage(), 1, Integer::sum);
            }
        }
        out.append("scored figures by the first stage they fail: ").append(stages).append('\n');
        int[] wrong = falseReadings(figures, claims);
        out.append(String.format("false readings: %d claims over %d tokens the readers call no figure (a name, an idiom,"
                + " a date), %d of them compared; %d claims over %d figures an editor would not compare, %d of them compared%n",
                wrong[0], wrong[1], wrong[2], wrong[3], wrong[4], wrong[5]));
        return out.toString();
    }

    private static String row(String kind, int[] r) {
        return String.format("%-12s %8d %6d %6d %8d %9d %6d %8d%n", kind, r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
    }

    /**
     * Claims over tokens the readers call no figure ({@code reading} "not a figure" or "date"), the
     * tokens they cover, and how many of them a rule compares; then the same for figures labelled
     * {@code compare=no}: {claims, tokens, compared, claims, tokens, compared}.
     */
    static int[] falseReadings(List<Figure> figures, Map<String, List<Claim>> claims) {
        int[] out = new int[6];
        for (Figure f : figures) {
            int at = !"figure".equals(f.reading()) ? 0 : "no".equals(f.compare()) ? 3 : -1;
            if (at < 0) {
                continue;
            }
            List<Claim> over = over(f, claims.getOrDefault(f.doc(), List.of()));
            out[at] += over.size();
            out[at + 1] += over.isEmpty() ? 0 : 1;
            out[at + 2] += (int) over.stream().filter(FigureSample::comparable).count();
        }
        return out;
    }

    /** Every scored figure that fails a stage, with its stage, its label and the best claim over it. */
    static String missed(List<Figure> figures, Map<String, List<Claim>> claims) {
        StringBuilder out = new StringBuilder();
        Map<String, List<String>> byStage = new LinkedHashMap<>();
        STAGES.subList(0, STAGES.size() - 1).forEach(s -> byStage.put(s, new ArrayList<>()));
        for (Figure f : figures) {
            if (!f.scored()) {
                continue;
            }
            Score s = score(f, claims.getOrDefault(f.doc(), List.of()));
            if (s.stage().equals("compared")) {
                continue;
            }
            String claim = s.best() == null ? "no claim"
                    : s.best().kind() + " " + s.best().value() + " [" + s.best().span().start() + ", " + s.best().span().end() + ")"
                    + (s.best() instanceof QuantityClaim q && !q.comparable() ? " (not comparable)" : "")
                    + (s.best() instanceof QuantityClaim q && (q.act() != null || q.owner() != null)
                    ? " {act " + q.act() + ", owner " + q.owner() + ", event " + q.event() + "}" : "");
            byStage.get(s.stage()).add(String.format("%s %s [%d, %d) \"%s\" %s: %s%s %s, counts \"%s\", of \"%s\", happening \"%s\"%s -> %s%s",
                    f.id(), f.doc(), f.start(), f.end(), f.figure(), f.kind(), f.hedge().isBlank() ? "" : f.hedge() + " ",
                    f.value(), f.unit(), f.counts(), f.of(), f.happening(), f.main() == null ? "" : f.main() ? " (main)" : " (passing)",
                    claim, ""));
        }
        byStage.forEach((stage, lines) -> {
            out.append(stage).append(": ").append(lines.size()).append('\n');
            lines.forEach(l -> out.append("  ").append(l.replaceAll("\\s+", " ")).append('\n'));
        });
        out.append(falseReadingLines(figures, claims));
        return out.toString();
    }

    /**
     * The claims behind {@link #falseReadings}, one line each: a token the readers call no figure, or a
     * figure they would not compare, with what was read over it and whether a rule compares it.
     */
    static String falseReadingLines(List<Figure> figures, Map<String, List<Claim>> claims) {
        List<String> none = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        for (Figure f : figures) {
            boolean noFigure = !"figure".equals(f.reading());
            if (!noFigure && !"no".equals(f.compare())) {
                continue;
            }
            for (Claim c : over(f, claims.getOrDefault(f.doc(), List.of()))) {
                String line = String.format("%s %s [%d, %d) \"%s\" %s%s -> %s %s [%d, %d)%s", f.id(), f.doc(), f.start(), f.end(),
                        f.figure(), noFigure ? f.reading() : f.kind(), f.note() == null || f.note().isBlank() ? "" : " (" + f.note() + ")",
                        c.kind(), c.value(), c.span().start(), c.span().end(), comparable(c) ? " (compared)" : "");
                (noFigure ? none : notCompared).add(line.replaceAll("\\s+", " "));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("claims over tokens that are no figure: ").append(none.size()).append('\n');
        none.forEach(l -> out.append("  ").append(l).append('\n'));
        out.append("claims over figures an editor would not compare: ").append(notCompared.size()).append('\n');
        notCompared.forEach(l -> out.append("  ").append(l).append('\n'));
        return out.toString();
    }
}
