package org.crosscheck.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds numbers in running text and reads each, with its hedge, as the interval of values it
 * allows: "more than 80,000", "around 70,000", "at least 43", "some 30", "dozens", "50 to 70",
 * "80k", "9.9 mln", "85 million euros ($108 million)", "magnitude-6.1". It walks the token
 * stream with bounded look-around, so a scan is linear in the text.
 */
public final class QuantityParser {

    private static final Map<String, Integer> SMALL_NUMBERS = new HashMap<>();
    /** Words that multiply the number before them, and by how much (data file). */
    private static final Map<String, Double> SCALES = new HashMap<>();
    /** Short scale words as written glued to their number ("80k", "$200MM"; not "5.56mm"). */
    static final java.util.Set<String> GLUED_SCALES = Lexicon.wordsAsWritten(QuantityParser.class, "glued-scales.txt");
    /** Units that still make a figure when glued to its number: "5km", "3kg" ({@code glued-units.txt}; case counts). */
    static final java.util.Set<String> GLUED_UNITS = Lexicon.wordsAsWritten(QuantityParser.class, "glued-units.txt");
    /** Words after a figure with a glued "m" that make the "m" metres ({@code metre-followers.txt}). */
    static final java.util.Set<String> METRE_FOLLOWERS = Lexicon.words(QuantityParser.class, "metre-followers.txt");
    /** Scale letters that multiply only money, glued to it ("$1B", "$5tn"; {@code money-scales.tsv}, keys folded), and their factor. */
    static final Map<String, Double> MONEY_SCALES = new HashMap<>();
    /** Of {@link #MONEY_SCALES}, the letters that also multiply a decimal fraction with no money ("3.5B"; {@code fraction-scales.txt}, as written). */
    static final java.util.Set<String> FRACTION_SCALES = Lexicon.wordsAsWritten(QuantityParser.class, "fraction-scales.txt");
    /** Short scale words that never count after a space ("200 mm", "10 k"). */
    private static final java.util.Set<String> SPACED_NOT = java.util.Set.of("k", "m", "mm");
    /** Words that count in groups after a number written apart from them ("two dozen"), and the group's size (data file). */
    static final Map<String, Double> COUNTING_UNITS = new HashMap<>();
    /** Words that give a number without one, and the range they allow (data file). */
    private static final Map<String, double[]> VAGUE = new HashMap<>();
    /** The most a vague count may allow and still take a scale after it as a count of groups ("several hundred"). */
    static final double SMALL_VAGUE_MOST = 10;
    /**
     * A dollar sign with the capitals written onto it ("US$", "$US", "A$", "NZ$") and the currency's
     * code (data file; keys folded, the letters matched in capitals only).
     */
    static final Map<String, String> SIGN_LETTERS = Lexicon.keyedPairs(QuantityParser.class, "currency-sign-letters.tsv");
    /** Words that name a currency after an amount, and its code (data file). */
    private static final Map<String, String> CURRENCY_WORDS = Lexicon.keyedPairs(QuantityParser.class, "currency-words.tsv");
    /** Whether a word (any case) names a currency after an amount ("dollars", "francs"; {@code currency-words.tsv}). */
    public static boolean currencyWord(String word) {
        return CURRENCY_WORDS.containsKey(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Signs written before an amount, and the currency's code (data file). */
    private static final Map<Character, String> CURRENCY_SIGNS = new HashMap<>();

    /** Currency codes written before the amount: "UAH 9.9 mln", "Rs 500 crore" (data file; case counts). */
    private static final java.util.Set<String> CURRENCY_CODES = Lexicon.wordsAsWritten(QuantityParser.class, "currency-codes.txt");

    /**
     * Units whose half is written in words ("half a mile", "a mile and a half", "a half-mile"), each
     * with its plural (data file): the figure is 0.5 or 1.5 of the unit, and its one word after it is
     * the plural, as a figure in digits gives it ("1.5 miles").
     */
    static final Map<String, String> HALF_UNITS = Lexicon.keyedPairs(QuantityParser.class, "half-units.tsv");

    /**
     * Words of a fraction after a number word, and the fraction's denominator ("two-thirds of the
     * vote", "three quarters of the homes"; data file): a number below it is a share, which is not
     * read as a figure (as a percentage is not), and not a count of thirds; one as large is a count
     * ("nine quarters of football").
     */
    static final Map<String, Integer> FRACTION_WORDS = new HashMap<>();

    /** Words that make an amount in pounds among the three words after them a weight: "weighing 130 pounds" (data file). */
    private static final java.util.Set<String> WEIGHT_WORDS = Lexicon.words(QuantityParser.class, "weight-words.txt");

    private static final java.util.Set<String> YEAR_PREPOSITIONS = java.util.Set.of(
            "in", "since", "by", "until", "from", "of", "to", "before", "after", "during", "through", "year");

    /** Hedges, longest first so "no more than" wins over "more than". */
    private static final String[][] HEDGES = {
        {"in", "excess", "of"}, {"no", "fewer", "than"}, {"no", "less", "than"}, {"no", "more", "than"},
        {"a", "minimum", "of"}, {"as", "many", "as"}, {"as", "much", "as"}, {"upwards", "of"}, {"more", "than"},
        {"at", "least"}, {"at", "most"}, {"close", "to"}, {"just", "under"}, {"just", "over"}, {"up", "to"},
        {"less", "than"}, {"fewer", "than"}, {"an", "estimated"}, {"over"}, {"above"}, {"nearly"}, {"almost"},
        {"about"}, {"around"}, {"some"}, {"approximately"}, {"roughly"}, {"estimated"}, {"under"}, {"below"},
        {"approx"}, {"circa"}};

    /**
     * The first letters, a to z as bits, of the words a quantity can start at ("e", "magnitude",
     * "a", the number words and vague quantities): a word that starts with another letter of A to
     * Z starts none, and {@link #at} is not tried there.
     */
    private static int wordStartLetters;

    static {
        SMALL_NUMBERS.putAll(NumberWords.basic());
        SMALL_NUMBERS.put("dozen", 12);
        Lexicon.pairs(QuantityParser.class, "scales.tsv").forEach((w, f) -> SCALES.put(w, Double.parseDouble(f)));
        Lexicon.pairs(QuantityParser.class, "money-scales.tsv").forEach((w, f) -> MONEY_SCALES.put(w, Double.parseDouble(f)));
        Lexicon.keyedPairs(QuantityParser.class, "fraction-words.tsv").forEach((w, d) -> FRACTION_WORDS.put(w, Integer.parseInt(d)));
        Lexicon.pairs(QuantityParser.class, "counting-units.tsv").forEach((w, f) -> COUNTING_UNITS.put(w, Double.parseDouble(f)));
        for (String[] row : Lexicon.rows(QuantityParser.class, "vague-quantities.tsv", 3)) {
            VAGUE.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
        }
        Lexicon.keyedPairs(QuantityParser.class, "currency-signs.tsv").forEach((sign, code) -> {
            if (sign.length() != 1) {
                throw new IllegalStateException("currency-signs.tsv: '" + sign + "' is not one character");
            }
            CURRENCY_SIGNS.put(sign.charAt(0), code);
        });
        java.util.Set<String> starts = new java.util.HashSet<>(List.of("e", "magnitude", "tens", "hundreds", "a", "half"));
        starts.addAll(VAGUE.keySet());
        starts.addAll(SMALL_NUMBERS.keySet());
        for (String w : starts) {
            char c = w.charAt(0);
            if (c < 'a' || c > 'z') {
                throw new IllegalStateException("a quantity word that starts with '" + c + "': " + w);
            }
            wordStartLetters |= 1 << (c - 'a');
        }
    }


    private final Tokens t;

    private QuantityParser(CharSequence text, int from, int to) {
        // A sentence's tokens are read from its paragraph's, which the date grammars tokenized.
        this.t = Tokens.within(text, from, to);
    }

    /** All quantities in {@code [from, to)}, left to right, none overlapping. */
    public static List<QuantityMatch> find(CharSequence text, int from, int to) {
        return new QuantityParser(text, from, to).scan();
    }

    /**
     * The number read at a token: value, precision, the token after it, and the token of a unit of
     * {@link #HALF_UNITS} whose half it reads ("half a mile", "a mile and a half": the mile), or -1.
     * Such a figure's words after it are its unit alone, in the plural: what it measures, not a word
     * that describes a noun further on ("half a mile away five years ago" measures no years).
     */
    private record Number(double value, double precision, int end, double[] vague, int unit) {
        Number(double value, double precision, int end, double[] vague) {
            this(value, precision, end, vague, -1);
        }
    }

    private List<QuantityMatch> scan() {
        List<QuantityMatch> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!mayStart(i)) {
                continue;
            }
            QuantityMatch m = at(i);
            if (m != null) {
                out.add(m);
                while (i + 1 < t.size() && t.start(i + 1) < m.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /** False at a word whose first letter, A to Z in either case, begins no word a quantity can start at. */
    boolean mayStart(int i) {
        if (t.type(i) != Tokens.WORD) {
            return true;
        }
        char c = (char) (t.text.charAt(t.start(i)) | 0x20);
        return c < 'a' || c > 'z' || (wordStartLetters & 1 << (c - 'a')) != 0;
    }

    private QuantityMatch at(int i) {
        int first = i;
        String currency = null;
        if (lettersBeforeSign(i) != null) {
            // "(US$1.5 million)": a match tried at the letters starts at them.
            i++;
        }
        String signedLetters = signThenLetters(i);
        if (t.type(i) == Tokens.PUNCT && CURRENCY_SIGNS.containsKey(t.text.charAt(t.start(i))) && t.type(i + 1) == Tokens.NUM) {
            currency = CURRENCY_SIGNS.get(t.text.charAt(t.start(i)));
            String lettered = lettersBeforeSign(i - 1);
            if (lettered != null) {
                // "A$40,000", "US$2 million": whose dollar the letters before the sign say.
                currency = lettered;
                first = i - 1;
            }
            i++;
        } else if (signedLetters != null) {
            // "$US1 million", "$A3 million": whose dollar the letters after the sign say.
            currency = signedLetters;
            i += 2;
        } else if (t.type(i) == Tokens.WORD && t.is(i, "e") && t.type(i + 1) == Tokens.NUM && t.end(i) == t.start(i + 1)
                && (i == 0 || t.type(i - 1) == Tokens.SPACE)) {
            currency = "EUR";
            i++;
        }
        if (currency == null && t.type(i) == Tokens.NUM) {
            int w = wordBefore(i);
            if (w >= 0 && CURRENCY_CODES.contains(t.str(w)) && t.skipSpace(w + 1) == i) {
                currency = CURRENCY_WORDS.getOrDefault(lower(w), t.str(w).equals("Rs") ? "INR" : t.str(w));
                first = w;
            }
        }
        boolean magnitudeBefore = false;
        int k = i;
        if (currency == null && lower(i).equals("magnitude")) {
            k = t.isChar(i + 1, '-') ? i + 2 : t.skipSpace(i + 1);
            if (lower(k).equals("of") || lower(k).equals("at")) {
                k = t.skipSpace(k + 1);
            }
            if (t.type(k) != Tokens.NUM) {
                return null;
            }
            magnitudeBefore = true;
        }
        Number n = number(k);
        if (n == null) {
            return null;
        }
        if (currency == null && !magnitudeBefore && !standalone(k)) {
            return null;
        }
        if (t.is(n.end(), "M") && !gluedMillion(n.end(), currency)) {
            // "a GeForce 9400M chip": a model's name, no count.
            return null;
        }
        if (gluedName(n.end()) && moneyScale(n.end(), currency) == null) {
            // "the 76ers", "a 3G network", "a 4x4", "the 1960s", "3pm": digits glued to letters
            // that are neither a scale nor a unit name, code or time; they count nothing.
            return null;
        }
        int end = n.end();
        double value = n.value();
        double precision = n.precision();
        double[] vague = n.vague();
        int halfEnd = vague == null && (t.type(k) == Tokens.WORD || precision == 1) ? andAHalf(end) : -1;
        if (halfEnd > 0) {
            // "two and a half", "a million and a half": half the number's unit more, as round as the half.
            precision = precision / 2;
            value = plus(value, precision);
            end = halfEnd;
        }
        // Ranges: "50 to 70", "50-70", "between 50 and 70", and a hedge between two: "five or six years".
        double rangeHigh = Double.NaN;
        int r = t.skipSpace(end);
        if (vague == null && (lower(r).equals("to") || lower(r).equals("or") || (t.isPunctIn(end, "-\u2013") && t.type(end + 1) == Tokens.NUM)
                || (lower(r).equals("and") && lower(wordBefore(first)).equals("between")))) {
            int s = t.isPunctIn(end, "-\u2013") ? end + 1 : t.skipSpace(r + 1);
            Number hi = number(s);
            if (hi != null && hi.vague() == null) {
                double scaleHi = hi.value();
                int afterHi = hi.end();
                double[] scale = scale(afterHi, currency);
                if (scale != null) {
                    scaleHi = times(scaleHi, scale[0]);
                    afterHi = (int) scale[1];
                    // "2 to 3 million": the low end takes the scale; so does it before a counting
                    // unit ("two to three dozen"), whose groups are never as large.
                    if (value < scaleHi / 1000 || scale[0] < 100 && times(value, scale[0]) <= scaleHi) {
                        value = times(value, scale[0]);
                        precision = times(precision, scale[0]);
                    }
                }
                if (scaleHi > value) {
                    rangeHigh = scaleHi;
                    end = afterHi;
                }
            }
        }
        if (Double.isNaN(rangeHigh)) {
            double[] scale = scale(end, currency);
            if (scale != null && vague == null) {
                value = times(value, scale[0]);
                precision = times(precision, scale[0]);
                end = (int) scale[1];
            } else if (scale != null && vague[1] <= SMALL_VAGUE_MOST) {
                // "several hundred", "several dozen": a vague count of a few groups; the figure is a
                // few times the group, not the few alone ([300, 1000), [36, 120)).
                vague = new double[] {times(vague[0], scale[0]), times(vague[1], scale[0])};
                value = vague[0];
                end = (int) scale[1];
            }
        }
        // Currency words after: "85 million euros".
        // "a two-million-euro booty": a currency joined to its scale by a hyphen ("a 200-pound man" weighs).
        boolean joined = t.isChar(end, '-') && end + 1 < t.size() && t.end(end - 1) == t.start(end) && t.end(end) == t.start(end + 1)
                && SCALES.containsKey(lower(end - 1));
        int c = joined ? end + 1 : t.skipSpace(end);
        if (currency == null && CURRENCY_WORDS.containsKey(lower(c)) && !weightInPounds(c, first)) {
            currency = CURRENCY_WORDS.get(lower(c));
            end = c + 1;
        }
        boolean magnitude = magnitudeBefore;
        int m = t.isChar(end, '-') ? end + 1 : t.skipSpace(end);
        if (!magnitude && lower(m).equals("magnitude")) {
            magnitude = true;
            end = m + 1;
        }
        if (!magnitude && lower(wordBefore(first)).equals("measuring")) {
            magnitude = value < 10 && precision < 1;
        }
        if (!magnitude && onRichterScale(end)) {
            // "registering 6.1 on the Richter scale", "about 6.0 on the Richter scale".
            magnitude = value < 10;
        }
        if (magnitude) {
            precision = Math.min(precision, 0.1);
        }
        // The hedge stands before the number, or before "magnitude".
        int hedgeAt = first;
        String[] hedge = hedgeBefore(hedgeAt);
        double low;
        double high;
        boolean lowOpen = false;
        boolean highOpen = false;
        String hedgeText = hedge == null ? "" : String.join(" ", hedge);
        int start = t.start(first);
        if (hedge != null) {
            start = hedgeStart(first, hedge.length);
        }
        if (!Double.isNaN(rangeHigh)) {
            low = value;
            high = rangeHigh;
            hedgeText = hedgeText.isEmpty() ? "range" : hedgeText + " range";
            if (lower(wordBefore(first)).equals("between")) {
                start = t.start(wordIndexBefore(first));
            }
        } else if (vague != null) {
            low = vague[0];
            high = vague[1];
            highOpen = true;
            if (hedgeText.isEmpty()) {
                hedgeText = "vague";
            }
        } else {
            double half = precision > 1 ? precision / 2 : (magnitude ? 0.05 : 0);
            low = plus(value, -half);
            high = plus(value, half);
            switch (hedgeText) {
                case "more than", "over", "above", "in excess of", "upwards of", "just over" -> {
                    low = value;
                    lowOpen = true;
                    high = Double.POSITIVE_INFINITY;
                }
                case "at least", "no fewer than", "no less than", "a minimum of" -> {
                    low = value;
                    high = Double.POSITIVE_INFINITY;
                }
                case "nearly", "almost", "close to", "just under" -> {
                    low = times(value, 0.9);
                    high = value;
                    highOpen = true;
                }
                case "up to", "as many as", "as much as", "at most", "no more than" -> {
                    low = 0;
                    high = value;
                }
                case "less than", "fewer than", "under", "below" -> {
                    low = 0;
                    high = value;
                    highOpen = true;
                }
                case "about", "around", "some", "approximately", "roughly", "an estimated", "estimated", "approx", "circa" -> {
                    double spread = Math.max(precision / 2, times(Math.abs(value), 0.1));
                    low = plus(value, -spread);
                    high = plus(value, spread);
                }
                default -> {
                    hedgeText = "";
                    // A figure rounded to its last digit stands for the values that round to it,
                    // halves up: "70" is [65, 75), "80" is [75, 85), so 70 and 80 disagree.
                    highOpen = half > 0;
                }
            }
        }
        if (low < 0 && value >= 0) {
            low = 0;
        }
        if (Double.isInfinite(high)) {
            highOpen = true;
        }
        low = rounded(low, precision);
        high = rounded(high, precision);
        // A converted amount in parentheses: "85 million euros ($108 million)".
        String also = null;
        int p = t.skipSpace(end);
        if (currency != null && t.isChar(p, '(')) {
            QuantityMatch inner = at(p + 1);
            if (inner != null && inner.currency() != null && t.isChar(t.firstAtOrAfter(inner.end()), ')')) {
                also = t.text.subSequence(inner.start(), inner.end()).toString();
                end = t.firstAtOrAfter(inner.end()) + 1;
            }
        }
        int textEnd = t.end(end - 1);
        return new QuantityMatch(start, textEnd, value, precision, hedgeText, low, lowOpen, high, highOpen,
                currency, magnitude, also, wordsBefore(first, 6), n.unit() >= 0 ? List.of(HALF_UNITS.get(lower(n.unit()))) : wordsAfter(end, 5),
                end < t.size() && t.type(end) == Tokens.SPACE);
    }

    /*
     * Bounds are computed in decimal, so "6.1" allows [6.05, 6.15], never 6.1499999999999995; a
     * figure's hedges step by half its unit or a tenth of it, so one decimal finer than the figure
     * holds every bound exactly, and rounding there removes what binary arithmetic adds.
     */
    static double times(double a, double b) {
        if (wholeOrHalf(a) && wholeOrHalf(b)) {
            return unsignedZero(a * b);
        }
        return BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)).doubleValue();
    }

    static double plus(double a, double b) {
        if (wholeOrHalf(a) && wholeOrHalf(b)) {
            return unsignedZero(a + b);
        }
        return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b)).doubleValue();
    }

    /** The largest magnitude {@link #wholeOrHalf} allows: 2^21. */
    static final double WHOLE_OR_HALF_LIMIT = 0x1p21;

    /**
     * Whether {@code v} is a whole number or a half of magnitude at most 2^21, as most figures and
     * their half units are ("43", "42.5", "1,200,000"). Such a number's decimal as {@code
     * BigDecimal.valueOf} reads it is its exact binary value (checked for every one of them), so the
     * sum or product of two is exact in binary as in decimal (a sum a half, a product a quarter, of
     * at most 2^42) and the decimal arithmetic, with its strings and big numbers, is not needed.
     */
    static boolean wholeOrHalf(double v) {
        double twice = v * 2;
        return Math.abs(v) <= WHOLE_OR_HALF_LIMIT && twice == Math.rint(twice);
    }

    /** Zero without a sign, as a decimal result gives it (a {@code BigDecimal} has no negative zero). */
    private static double unsignedZero(double v) {
        return v == 0 ? 0.0 : v;
    }

    /** {@code v} rounded one decimal finer than {@code precision} (0.1 gives two decimals, 1000 one). */
    static double rounded(double v, double precision) {
        if (!Double.isFinite(v)) {
            return v;
        }
        if (wholeOrHalf(v) && precision >= 0 && Double.isFinite(precision)) {
            // One decimal or more is kept (a precision of 0 to 1 has a scale of 0 or more), and such a number has at most one.
            return unsignedZero(v);
        }
        int decimals = precision >= 1 ? 0 : BigDecimal.valueOf(precision).stripTrailingZeros().scale();
        return BigDecimal.valueOf(v).setScale(decimals + 1, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A number at token k: digits with separators and decimals, a number word, or a vague count. */
    private Number number(int k) {
        if (t.type(k) == Tokens.NUM) {
            if (t.type(k + 1) == Tokens.WORD && isOrdinal(lower(k + 1))) {
                return null;
            }
            StringBuilder digits = new StringBuilder(t.str(k));
            int j = k + 1;
            boolean grouped = false;
            while (t.isChar(j, ',') && t.type(j + 1) == Tokens.NUM && t.length(j + 1) == 3) {
                digits.append(t.str(j + 1));
                j += 2;
                grouped = true;
            }
            String decimals = "";
            if (t.isChar(j, '.') && t.type(j + 1) == Tokens.NUM && !(t.isChar(j + 2, '.') && t.type(j + 3) == Tokens.NUM)) {
                decimals = t.str(j + 1);
                j += 2;
            }
            if (digits.length() > 15) {
                return null;
            }
            double value = Double.parseDouble(digits + (decimals.isEmpty() ? "" : "." + decimals));
            double precision;
            if (!decimals.isEmpty()) {
                precision = Math.pow(10, -decimals.length());
            } else {
                precision = roundingOf(digits);
            }
            if (!grouped && decimals.isEmpty() && digits.length() == 4 && value >= 1800 && value <= 2099) {
                // A bare four-digit number in this range is read as a year unless a count follows.
                String next = lower(t.skipSpace(j));
                if (SCALES.containsKey(next) || next.isEmpty() || Character.isUpperCase(first(t.skipSpace(j)))
                        || YEAR_PREPOSITIONS.contains(lower(wordBefore(k)))) {
                    return null;
                }
            }
            return new Number(value, precision, j, null);
        }
        if (t.type(k) != Tokens.WORD) {
            return null;
        }
        String w = lower(k);
        if (w.equals("tens") || w.equals("hundreds")) {
            int of = t.skipSpace(k + 1);
            int unit = t.skipSpace(of + 1);
            if (lower(of).equals("of") && (lower(unit).equals("thousands") || lower(unit).equals("millions"))) {
                double base = lower(unit).equals("thousands") ? 1e3 : 1e6;
                double lo = (w.equals("tens") ? 20 : 200) * base;
                return new Number(lo, base, unit + 1, new double[] {lo, lo * (w.equals("tens") ? 5 : 5)});
            }
        }
        if (VAGUE.containsKey(w)) {
            return new Number(VAGUE.get(w)[0], 1, k + 1, VAGUE.get(w));
        }
        if (w.equals("half")) {
            return halfOf(k);
        }
        if ((w.equals("a") || w.equals("an")) && HALF_UNITS.containsKey(lower(t.skipSpace(k + 1)))) {
            // "a mile and a half": one and a half of the unit, which the figure's words hold.
            int unit = t.skipSpace(k + 1);
            int half = andAHalf(unit + 1);
            return half < 0 ? null : new Number(1.5, 0.5, half, null, unit);
        }
        if (w.equals("a") && lower(t.skipSpace(k + 1)).equals("half")) {
            // "a half mile", "a half-mile walk": half the unit after it.
            int h = t.skipSpace(k + 1);
            int u = t.isChar(h + 1, '-') ? h + 2 : t.skipSpace(h + 1);
            return HALF_UNITS.containsKey(lower(u)) ? new Number(0.5, 0.5, h + 1, null, u) : null;
        }
        if (w.equals("a") && (lower(t.skipSpace(k + 1)).equals("dozen") || lower(t.skipSpace(k + 1)).equals("hundred")
                || lower(t.skipSpace(k + 1)).equals("thousand") || lower(t.skipSpace(k + 1)).equals("million"))) {
            int u = t.skipSpace(k + 1);
            double v = switch (lower(u)) {
                case "dozen" -> 12;
                case "hundred" -> 100;
                case "thousand" -> 1000;
                default -> 1e6;
            };
            return new Number(v, v, u + 1, null);
        }
        Integer small = SMALL_NUMBERS.get(w);
        if (small != null && !w.equals("hundred")) {
            int j = k + 1;
            if (t.isChar(j, '-') && SMALL_NUMBERS.containsKey(lower(j + 1)) && SMALL_NUMBERS.get(lower(j + 1)) < 10) {
                small += SMALL_NUMBERS.get(lower(j + 1));
                j += 2;
            }
            if (share(small, j)) {
                // "two-thirds", "three quarters of the homes": a share, not a count.
                return null;
            }
            if (w.equals("one") && !SCALES.containsKey(lower(t.skipSpace(j)))) {
                // "one" is too often a pronoun ("one of the ...") to count on its own.
                String next = lower(t.skipSpace(j));
                if (next.equals("of") || next.isEmpty()) {
                    return null;
                }
            }
            return new Number(small, 1, j, null);
        }
        return null;
    }

    /**
     * Whether the number {@code small}, read up to token {@code j}, is the numerator of a fraction:
     * a word of {@link #FRACTION_WORDS} hyphened to it, or apart from it before "of", whose
     * denominator is larger ("two-thirds", "three quarters of"; not "nine quarters of football").
     */
    private boolean share(int small, int j) {
        int f = t.isChar(j, '-') ? j + 1 : t.skipSpace(j);
        Integer denominator = FRACTION_WORDS.get(lower(f));
        return denominator != null && small < denominator && (f == j + 1 && t.isChar(j, '-') || lower(t.skipSpace(f + 1)).equals("of"));
    }

    /**
     * "half a" or "half an" at {@code k}: half of the scale or group after it ("half a million",
     * "half a dozen"), or half of a unit of {@link #HALF_UNITS} ("half a mile", the unit after the
     * figure); null before any other word ("half a chance").
     */
    private Number halfOf(int k) {
        int a = t.skipSpace(k + 1);
        if (!lower(a).equals("a") && !lower(a).equals("an")) {
            return null;
        }
        int u = t.skipSpace(a + 1);
        String unit = lower(u);
        Double group = SCALES.containsKey(unit) && !SPACED_NOT.contains(unit) ? SCALES.get(unit) : COUNTING_UNITS.get(unit);
        if (group != null) {
            double v = times(0.5, group);
            return new Number(v, v, u + 1, null);
        }
        return HALF_UNITS.containsKey(unit) ? new Number(0.5, 0.5, a + 1, null, u) : null;
    }

    /** The token after "and a half" when it follows {@code end} (across spaces), or -1. */
    private int andAHalf(int end) {
        int and = t.skipSpace(end);
        int a = t.skipSpace(and + 1);
        int half = t.skipSpace(a + 1);
        return lower(and).equals("and") && lower(a).equals("a") && lower(half).equals("half") ? half + 1 : -1;
    }

    /** {scale, next token} after a number of {@code currency} (or null): "million", "mln", "bn"; glued, those of {@link #GLUED_SCALES} as written ("80k", "$200MM") and any written in full. */
    private double[] scale(int j, String currency) {
        // "$2.6-million", "a two-million-euro booty": the scale joined by a hyphen.
        if (t.isChar(j, '-') && t.end(j - 1) == t.start(j) && t.type(j + 1) == Tokens.WORD && t.end(j) == t.start(j + 1)
                && lower(j + 1).endsWith("illion") && SCALES.containsKey(lower(j + 1))) {
            return new double[] {SCALES.get(lower(j + 1)), j + 2};
        }
        if (t.type(j) == Tokens.WORD && t.end(j - 1) == t.start(j)) {
            String w = lower(j);
            if (GLUED_SCALES.contains(t.str(j)) || SCALES.containsKey(w) && !SPACED_NOT.contains(w)) {
                // "fell 600m from the ridge": metres, no scale.
                return gluedMillion(j, currency) ? new double[] {SCALES.get(w), j + 1} : null;
            }
            Double money = moneyScale(j, currency);
            return money == null ? null : new double[] {money, j + 1};
        }
        int k = t.skipSpace(j);
        String w = lower(k);
        if (k > j && COUNTING_UNITS.containsKey(w)) {
            // "two dozen", "three dozen": the number counts groups; the figure is their sum, as
            // round as the groups ("two dozen" stands for [18, 30)).
            return new double[] {COUNTING_UNITS.get(w), k + 1};
        }
        if (SCALES.containsKey(w) && !SPACED_NOT.contains(w)) {
            int next = k + 1;
            if (t.isChar(next, '.') && w.length() <= 3) {
                next++;
            }
            return new double[] {SCALES.get(w), next};
        }
        return null;
    }

    /**
     * The factor of a scale letter of {@link #MONEY_SCALES} glued at {@code j} to the number before
     * it, or null: it counts in money (a currency before the number, or a currency word after the
     * letter: "$1B", "2b dollars"), and a letter of {@link #FRACTION_SCALES} also after a number with
     * a decimal fraction ("3.5B"). The caller has checked that the token at {@code j} is a glued word.
     */
    private Double moneyScale(int j, String currency) {
        Double factor = MONEY_SCALES.get(lower(j));
        if (factor == null) {
            return null;
        }
        if (currency != null || CURRENCY_WORDS.containsKey(lower(t.skipSpace(j + 1)))) {
            return factor;
        }
        boolean fraction = t.type(j - 1) == Tokens.NUM && t.isChar(j - 2, '.') && t.type(j - 3) == Tokens.NUM;
        return fraction && FRACTION_SCALES.contains(t.str(j)) ? factor : null;
    }

    /**
     * Whether a glued "m" or "M" at {@code j}, if there is one, stands for million: always in money
     * ("$5m", "11m euros"); without money a capital "M" never does ("9400M" names a model: the
     * figure is dropped), and a small "m" does unless a word of {@code metre-followers.txt} follows
     * ("6.1m users", "peaking at 6.9m."; "600m from the ridge" is 600, in metres, for the readers of
     * lengths). True where no glued "m" or "M" follows the number.
     */
    private boolean gluedMillion(int j, String currency) {
        if (t.type(j) != Tokens.WORD || t.end(j - 1) != t.start(j) || !(t.is(j, "m") || t.is(j, "M"))) {
            return true;
        }
        if (currency != null) {
            return true;
        }
        // The token after the "m" is a word only past a space: a word glued to it would be one token.
        int next = t.skipSpace(j + 1);
        if (CURRENCY_WORDS.containsKey(lower(next))) {
            return true;
        }
        return t.is(j, "m") && !(t.type(next) == Tokens.WORD && METRE_FOLLOWERS.contains(lower(next)));
    }

    /**
     * Whether the token at {@code j} is a word glued to the number before it that makes the number
     * part of a name, a code or a time ("76ers", "3G", "4x4", "1960s", "3pm", "1,000th"): any word
     * but a scale ({@link #GLUED_SCALES} as written, or one of scales.tsv), a counting unit ("2dozen") or a unit of
     * {@link #GLUED_UNITS} ("5km", "16GB").
     */
    boolean gluedName(int j) {
        if (t.type(j) != Tokens.WORD || t.end(j - 1) != t.start(j)) {
            return false;
        }
        String w = lower(j);
        return !GLUED_SCALES.contains(t.str(j)) && !SCALES.containsKey(w) && !COUNTING_UNITS.containsKey(w) && !GLUED_UNITS.contains(t.str(j));
    }

    /** Numbers that are part of a name or code ("COVID-19", "F-16", "G7") are not quantities. */
    private boolean standalone(int k) {
        if (k > 0 && t.type(k - 1) == Tokens.WORD && t.end(k - 1) == t.start(k)) {
            return false;
        }
        if (k > 1 && t.isPunctIn(k - 1, "-/#") && t.type(k - 2) == Tokens.WORD) {
            return false;
        }
        if (k > 1 && t.isPunctIn(k - 1, ".:/") && t.type(k - 2) == Tokens.NUM) {
            return false;
        }
        int j = k;
        int dots = 0;
        while (t.type(j) == Tokens.NUM || (t.isPunctIn(j, ",.") && t.type(j + 1) == Tokens.NUM)) {
            dots += t.isChar(j, '.') ? 1 : 0;
            j++;
        }
        if (dots > 1) {
            return false;
        }
        if (t.isPunctIn(j, ":/") && t.type(j + 1) == Tokens.NUM) {
            return false;
        }
        return !t.isChar(j, '%') && !lower(t.skipSpace(j)).equals("percent") && !lower(t.skipSpace(j)).equals("per");
    }

    private String[] hedgeBefore(int first) {
        List<String> words = new ArrayList<>();
        int k = first - 1;
        while (k >= 0 && words.size() < 3) {
            if (t.type(k) == Tokens.WORD) {
                words.add(0, lower(k));
            } else if (t.type(k) != Tokens.SPACE) {
                break;
            }
            k--;
        }
        for (String[] h : HEDGES) {
            if (h.length <= words.size()) {
                boolean match = true;
                for (int x = 0; x < h.length; x++) {
                    if (!h[x].equals(words.get(words.size() - h.length + x))) {
                        match = false;
                        break;
                    }
                }
                if (match) {
                    return h;
                }
            }
        }
        return null;
    }

    private int hedgeStart(int first, int hedgeWords) {
        int k = first - 1;
        int seen = 0;
        int start = t.start(first);
        while (k >= 0 && seen < hedgeWords) {
            if (t.type(k) == Tokens.WORD) {
                seen++;
                start = t.start(k);
            }
            k--;
        }
        return start;
    }

    /**
     * Whether "on the Richter scale" follows the token before {@code end}, or a word of degree and it
     * ("3.8 degrees on the Richter scale", "6 points on the Richter scale").
     */
    private boolean onRichterScale(int end) {
        int on = t.skipSpace(end);
        if (lower(on).equals("degrees") || lower(on).equals("points")) {
            on = t.skipSpace(on + 1);
        }
        int the = t.skipSpace(on + 1);
        int richter = t.skipSpace(the + 1);
        return lower(on).equals("on") && lower(the).equals("the") && lower(richter).equals("richter");
    }

    private List<String> wordsBefore(int first, int max) {
        List<String> out = new ArrayList<>();
        for (int k = first - 1; k >= 0 && out.size() < max; k--) {
            if (t.type(k) == Tokens.WORD || t.type(k) == Tokens.NUM) {
                out.add(0, t.str(k));
            } else if (t.type(k) == Tokens.PUNCT && !t.isPunctIn(k, "-'\u2019")) {
                break;
            }
        }
        return out;
    }

    private List<String> wordsAfter(int end, int max) {
        List<String> out = new ArrayList<>();
        for (int k = end; k < t.size() && out.size() < max; k++) {
            if (t.type(k) == Tokens.WORD) {
                out.add(t.str(k));
            } else if (t.type(k) == Tokens.PUNCT && !t.isPunctIn(k, "-'\u2019")) {
                break;
            }
        }
        return out;
    }

    private int wordIndexBefore(int i) {
        int k = i - 1;
        while (k >= 0 && t.type(k) == Tokens.SPACE) {
            k--;
        }
        return k;
    }

    /**
     * Whether the currency word at {@code c} is "pound" or "pounds" of a person's or thing's weight: one
     * of {@code weight-words.txt} stands among the three words before the amount, which starts at
     * {@code first} ("weighing 130 pounds", "is 5-foot-8, 135 pounds").
     */
    private boolean weightInPounds(int c, int first) {
        String w = lower(c);
        if (!w.equals("pound") && !w.equals("pounds")) {
            return false;
        }
        int k = first;
        for (int seen = 0; seen < 3; ) {
            k = wordIndexBefore(k);
            if (k < 0) {
                return false;
            }
            if (t.type(k) == Tokens.WORD) {
                if (WEIGHT_WORDS.contains(t.lower(k))) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    private int wordBefore(int i) {
        int k = wordIndexBefore(i);
        return k >= 0 && t.type(k) == Tokens.WORD ? k : -1;
    }

    private char first(int i) {
        return i >= 0 && i < t.size() ? t.text.charAt(t.start(i)) : ' ';
    }

    /**
     * The currency of capitals at {@code w} written onto the sign right after them, itself written
     * onto a number ("A$40,000", "US$2"), by {@link #SIGN_LETTERS}; null otherwise.
     */
    private String lettersBeforeSign(int w) {
        if (t.type(w) != Tokens.WORD || !capitals(w) || !t.isPunctIn(w + 1, "$") || t.end(w) != t.start(w + 1)
                || t.type(w + 2) != Tokens.NUM || t.end(w + 1) != t.start(w + 2)) {
            return null;
        }
        return SIGN_LETTERS.get(lower(w) + "$");
    }

    /**
     * The currency of a sign at {@code s} with capitals written onto it and a number onto them
     * ("$US1 million", "$A3"), by {@link #SIGN_LETTERS}; null otherwise.
     */
    private String signThenLetters(int s) {
        if (!t.isPunctIn(s, "$") || t.type(s + 1) != Tokens.WORD || t.end(s) != t.start(s + 1) || !capitals(s + 1)
                || t.type(s + 2) != Tokens.NUM || t.end(s + 1) != t.start(s + 2)) {
            return null;
        }
        return SIGN_LETTERS.get("$" + lower(s + 1));
    }

    /** Whether the word at {@code i} is written in capitals alone ("US", "NZ"). */
    private boolean capitals(int i) {
        for (int k = t.start(i); k < t.end(i); k++) {
            if (!Character.isUpperCase(t.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private String lower(int i) {
        return t.type(i) == Tokens.WORD ? t.lower(i) : "";
    }

    private static boolean isOrdinal(String w) {
        return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th");
    }

    /**
     * The rounding a whole number written in digits shows: 1 for "2,129" (given without its commas),
     * 10 for "20", 100 for "1500". The zeros after the first digit are taken as rounding.
     */
    public static double roundingOf(CharSequence digits) {
        double step = 1;
        for (int d = digits.length() - 1; d > 0 && digits.charAt(d) == '0'; d--) {
            step *= 10;
        }
        return step;
    }
}
