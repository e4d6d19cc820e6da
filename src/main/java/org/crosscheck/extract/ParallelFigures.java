package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ParallelFigure;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;

/**
 * Figures told in parallel sentences. Outlets reporting one event often tell a sentence in nearly
 * the same words (rewrites of one wire story), and where they disagree it is often in one figure
 * of it: "The ferry carried 212 passengers when it left Tarvik" against "The ferry was carrying
 * 240 passengers when it left Tarvik". Two sentences of two documents are parallel when most of
 * their content words are shared (in house style, folded and stemmed, every figure left out),
 * with enough of them ({@link #MIN_SHARED}), and the same names (capitalised words) in both. Of two parallel sentences, the figures in the same slot (the same word after the number:
 * the counted noun or unit; and the same word before it, or the same measure as read) are about
 * one thing, whatever the extractors made of their measure or event: each is given a
 * {@link ParallelFigure} of one slot, and the {@code quantity-conflict} rule compares them.
 *
 * <p>Sentences are paired through their rarest words ({@link #BLOCK_WORDS} of them, by how many of
 * the story's figure sentences hold each): only sentences that share one of them are compared,
 * never every pair of the story, and a word more than {@link #MAX_POSTING} sentences hold pairs
 * none. Slots are joined through any chain of parallel sentences, so every source that tells the
 * sentence is in one slot.
 */
public final class ParallelFigures {

    /** Content words two parallel sentences share at least (figures, function words and one-letter words not counted). */
    static final int MIN_SHARED = 4;
    /** The share of the shorter sentence's content words the longer holds at least. */
    static final double MIN_COVER = 0.75;
    /** The share of all content words of the two that both hold, at least (2 shared / (a + b)). */
    static final double MIN_DICE = 0.6;
    /** How many of a sentence's rarest words index it. */
    static final int BLOCK_WORDS = 3;
    /** A word held by more of the story's figure sentences than this indexes none. */
    static final int MAX_POSTING = 200;

    private static final Set<String> STOP_WORDS = Lexicon.words(Lexicon.class, "stopwords.txt");

    private ParallelFigures() {
    }

    /** One document's text and its figures, as the aligner reads them. */
    public record Source(String id, String text, List<QuantityClaim> figures) {

        /**
         * The document's figures among its claims, but those a figure of a person or thing holds
         * too ("he served four months", read as his time served): {@code attribute-conflict}
         * compares those, and one disagreement is one finding.
         */
        public static Source of(String id, String text, List<? extends Claim> claims) {
            List<org.crosscheck.claims.Span> held = new ArrayList<>();
            for (Claim c : claims) {
                if (c instanceof AttributeClaim a && a.scalar()) {
                    held.add(a.span());
                }
            }
            List<QuantityClaim> figures = new ArrayList<>();
            for (Claim c : claims) {
                if (c instanceof QuantityClaim q && held.stream().noneMatch(h -> h.start() < q.span().end() && q.span().start() < h.end())) {
                    figures.add(q);
                }
            }
            return new Source(id, text, figures);
        }
    }

    /** A sentence that gives figures: its document, content words, names, and figures with their slots. */
    record Told(int source, String key, Set<String> words, Set<String> names, List<Figure> figures) {
    }

    /** A figure of a sentence: its claim, the words either side of its number, and its place in the sentence's key. */
    record Figure(QuantityClaim claim, String before, String after, List<String> near, int index) {
    }

    /** How many units either side of a figure's number make its neighbourhood ({@link Figure#near}). */
    static final int NEAR = 3;

    /**
     * The parallel figures of these documents, by document id; {@code together} says whether two
     * documents may tell one sentence (of one event, of one story).
     */
    public static Map<String, List<ParallelFigure>> of(List<Source> sources, HouseStyle style, BiPredicate<String, String> together) {
        List<Told> told = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            told.addAll(sentences(i, sources.get(i), style));
        }
        Map<String, Integer> df = new HashMap<>();
        for (Told t : told) {
            for (String w : t.words()) {
                df.merge(w, 1, Integer::sum);
            }
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < told.size(); i++) {
            for (String w : rarest(told.get(i).words(), df)) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        // Figure nodes: sentence i's figure k is i * FIGURES + k; joined through parallel sentences.
        Map<Long, Long> parent = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < told.size(); i++) {
            Told a = told.get(i);
            Set<Integer> met = new HashSet<>();
            for (String w : rarest(a.words(), df)) {
                List<Integer> posting = index.get(w);
                if (posting.size() > MAX_POSTING) {
                    continue;
                }
                for (int j : posting) {
                    Told b = told.get(j);
                    if (j <= i || b.source() == a.source() || !met.add(j)
                            || !together.test(sources.get(a.source()).id(), sources.get(b.source()).id())) {
                        continue;
                    }
                    if (!parallel(a, b)) {
                        continue;
                    }
                    List<int[]> pairs = slots(a, b);
                    if (differing(a, b, pairs) > 1 || pairs.size() < Math.min(a.figures().size(), b.figures().size())) {
                        // Two sentences alike but for several figures tell two occasions ("six rifles
                        // and 12 magazines in the raid", "14 rifles and 31 magazines in five raids"),
                        // and so do two whose figures do not all line up ("blocked six shots" in the
                        // game, "grabbed 3 of his 11 rebounds and blocked two shots" in one run of it).
                        continue;
                    }
                    for (int[] pair : pairs) {
                        long x = node(i, pair[0]);
                        long y = node(j, pair[1]);
                        seen.add(x);
                        seen.add(y);
                        long rx = root(parent, x);
                        long ry = root(parent, y);
                        if (rx != ry) {
                            parent.put(rx, ry);
                        }
                    }
                }
            }
        }
        // The slot's name is the least of its members' sentence keys and places: the same for copies of one text.
        // A slot where one document gives two values holds two things (the raid's count and the
        // season's, told alike): it is dropped.
        Map<Long, String> slotOf = new HashMap<>();
        Map<Long, Map<String, Double>> valueOf = new HashMap<>();
        Set<Long> twoThings = new HashSet<>();
        for (long n : seen) {
            Told t = told.get((int) (n / FIGURES));
            String name = t.key() + "#" + n % FIGURES;
            long r = root(parent, n);
            slotOf.merge(r, name, (p, q) -> p.compareTo(q) <= 0 ? p : q);
            QuantityClaim q = figure(told, n).claim();
            Double before = valueOf.computeIfAbsent(r, k -> new HashMap<>()).putIfAbsent(q.document(), q.written());
            if (before != null && before != q.written()) {
                twoThings.add(r);
            }
        }
        Map<String, List<ParallelFigure>> out = new TreeMap<>();
        for (long n : new java.util.TreeSet<>(seen)) {
            if (twoThings.contains(root(parent, n))) {
                continue;
            }
            QuantityClaim q = figure(told, n).claim();
            out.computeIfAbsent(q.document(), k -> new ArrayList<>())
                    .add(new ParallelFigure(q.document(), q.span(), q.measure(), slotOf.get(root(parent, n))));
        }
        return out;
    }

    private static Figure figure(List<Told> told, long node) {
        return told.get((int) (node / FIGURES)).figures().get((int) (node % FIGURES));
    }

    /** How many of the paired figures of two sentences are written with different values. */
    static int differing(Told a, Told b, List<int[]> pairs) {
        int n = 0;
        for (int[] p : pairs) {
            if (a.figures().get(p[0]).claim().written() != b.figures().get(p[1]).claim().written()) {
                n++;
            }
        }
        return n;
    }

    /** At most this many figures a sentence; more are not aligned. */
    private static final int FIGURES = 1000;

    private static long node(int sentence, int figure) {
        return (long) sentence * FIGURES + figure;
    }

    private static long root(Map<Long, Long> parent, long n) {
        long r = n;
        for (Long p = parent.get(r); p != null; p = parent.get(r)) {
            r = p;
        }
        for (long m = n; m != r; ) {
            long next = parent.get(m);
            parent.put(m, r);
            m = next;
        }
        return r;
    }

    /** A sentence's {@link #BLOCK_WORDS} rarest content words, rarest first (alphabetical among equals). */
    static List<String> rarest(Set<String> words, Map<String, Integer> df) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((x, y) -> {
            int c = Integer.compare(df.getOrDefault(x, 0), df.getOrDefault(y, 0));
            return c != 0 ? c : x.compareTo(y);
        });
        return sorted.subList(0, Math.min(BLOCK_WORDS, sorted.size()));
    }

    /** Whether two sentences tell the same thing: their content words mostly shared, the same names in both. */
    static boolean parallel(Told a, Told b) {
        int shared = 0;
        for (String w : a.words()) {
            if (b.words().contains(w)) {
                shared++;
            }
        }
        int fewer = Math.min(a.words().size(), b.words().size());
        if (shared < MIN_SHARED || shared < MIN_COVER * fewer || 2.0 * shared < MIN_DICE * (a.words().size() + b.words().size())) {
            return false;
        }
        return a.names().equals(b.names());
    }

    /**
     * The figures of two parallel sentences that stand in one slot, as pairs of their places: the
     * same word after the number (the counted noun, the unit) and the same word before it, the
     * k-th such figure of the one sentence with the k-th of the other ("about 150 miles off the
     * coast and about 13 miles from the ship" told twice pairs 150 with 150, 13 with 13). A slot
     * the two sentences hold unequal numbers of figures in pairs none.
     */
    static List<int[]> slots(Told a, Told b) {
        List<int[]> out = new ArrayList<>();
        Map<String, List<Figure>> byWordsA = bySlot(a.figures(), f -> f.before() + "|" + f.after());
        Map<String, List<Figure>> byWordsB = bySlot(b.figures(), f -> f.before() + "|" + f.after());
        for (Map.Entry<String, List<Figure>> e : byWordsA.entrySet()) {
            List<Figure> theirs = byWordsB.get(e.getKey());
            if (theirs != null && theirs.size() == e.getValue().size()) {
                for (int k = 0; k < theirs.size(); k++) {
                    if (!oneThing(e.getValue().get(k), theirs.get(k))) {
                        continue;
                    }
                    out.add(new int[] {e.getValue().get(k).index(), theirs.get(k).index()});
                }
            }
        }
        return out;
    }

    /**
     * Whether two figures in one slot count one thing as their clauses read them: the same people
     * counted, no two acts (their forms stemmed alike: "carried", "carrying") or owners ("the navy seized seven boats", "the coastguard seized two
     * boats"), and the same content words beside the number ({@link #NEAR} units either side) or
     * the same measure ("40 houses were damaged" and "12 houses were badly damaged" count apart;
     * "14 officers were hurt" and "19 officers were injured" are both counts of the injured).
     */
    static boolean oneThing(Figure f, Figure g) {
        QuantityClaim p = f.claim();
        QuantityClaim q = g.claim();
        return p.sameSubjectAs(q) && (p.act() == null || q.act() == null || stem(p.act()).equals(stem(q.act())))
                && (p.owner() == null || q.owner() == null || p.owner().equals(q.owner()))
                && (new HashSet<>(f.near()).equals(new HashSet<>(g.near())) || p.measure().equals(q.measure()));
    }

    private static Map<String, List<Figure>> bySlot(List<Figure> figures, java.util.function.Function<Figure, String> slot) {
        Map<String, List<Figure>> out = new LinkedHashMap<>();
        for (Figure f : figures) {
            out.computeIfAbsent(slot.apply(f), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** The sentences of a document that give a figure, each once. */
    static List<Told> sentences(int source, Source s, HouseStyle style) {
        Map<Long, List<QuantityClaim>> bySentence = new LinkedHashMap<>();
        String text = s.text();
        // A line's sentences, split once for all the figures it gives.
        Map<Integer, List<int[]>> lines = new HashMap<>();
        for (QuantityClaim q : s.figures()) {
            int at = q.span().start();
            if (at >= text.length()) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', at) + 1;
            List<int[]> split = lines.computeIfAbsent(lineStart, from -> {
                int lineEnd = text.indexOf('\n', at);
                return Sentences.split(text, from, lineEnd < 0 ? text.length() : lineEnd);
            });
            for (int[] sentence : split) {
                if (sentence[0] <= at && at < sentence[1] && q.span().end() <= sentence[1]) {
                    bySentence.computeIfAbsent((long) sentence[0] << 32 | sentence[1], k -> new ArrayList<>()).add(q);
                }
            }
        }
        List<Told> out = new ArrayList<>();
        for (Map.Entry<Long, List<QuantityClaim>> e : bySentence.entrySet()) {
            Told t = told(source, text, (int) (e.getKey() >>> 32), (int) (long) e.getKey(), e.getValue(), style);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The sentence {@code [start, end)} of {@code text} as the aligner reads it, or null when it gives no figure it can place. */
    static Told told(int source, String text, int start, int end, List<QuantityClaim> claims, HouseStyle style) {
        List<HouseStyle.Unit> units = style.units(text.substring(start, end));
        Set<String> words = new HashSet<>();
        Set<String> names = new HashSet<>();
        StringBuilder key = new StringBuilder();
        List<String> stems = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            HouseStyle.Unit unit = units.get(u);
            String k = bare(unit.key());
            boolean figure = hasDigit(k);
            stems.add(figure ? "#" : stem(k));
            key.append(key.length() == 0 ? "" : " ").append(figure ? "#" : k);
            if (figure || k.length() < 2 || STOP_WORDS.contains(k)) {
                continue;
            }
            words.add(stem(k));
            if (Character.isUpperCase(text.charAt(start + unit.start()))) {
                names.add(k);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (QuantityClaim q : claims) {
            for (int u = 0; u < units.size() && figures.size() < FIGURES; u++) {
                HouseStyle.Unit unit = units.get(u);
                int from = start + unit.start();
                if (from >= q.span().start() && from < q.span().end() && "#".equals(stems.get(u))) {
                    // A unit written onto the number ("60m", "200ft", "$5") is the word after it.
                    String own = units(unit.key());
                    String before = u == 0 ? "^" : stems.get(u - 1);
                    String after = !own.isEmpty() ? own : u + 1 == units.size() ? "$" : stems.get(u + 1);
                    if (before.equals("#") || after.equals("#")) {
                        // A number written beside another (a telephone number, "0845 125 2222") is no count.
                        break;
                    }
                    List<String> near = new ArrayList<>();
                    for (int v = Math.max(0, u - NEAR); v <= Math.min(units.size() - 1, u + NEAR); v++) {
                        String w = bare(units.get(v).key());
                        if (v != u && !stems.get(v).equals("#") && w.length() > 1 && !STOP_WORDS.contains(w)) {
                            near.add(stems.get(v));
                        }
                    }
                    figures.add(new Figure(q, before, after, near, figures.size()));
                    break;
                }
            }
        }
        return figures.isEmpty() ? null : new Told(source, key.toString(), words, names, figures);
    }

    /** A unit's key without the full stops or marks it ends with ("riots." -> "riots"). */
    static String bare(String key) {
        int end = key.length();
        while (end > 0 && !Character.isLetterOrDigit(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end);
    }

    /** The unit written onto a number, its letters and signs: "60m" -> "m", "$5" -> "$", "5%" -> "%", "1,200." -> "". */
    static String units(String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetter(c) || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasDigit(String k) {
        for (int i = 0; i < k.length(); i++) {
            if (Character.isDigit(k.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A simple stem: a plural's or a verb form's ending taken off, then a final "e" or "y", so the
     * forms of one word meet ("carried", "carrying", "carries" -> "carr"; "injured", "injury" -> "injur").
     */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS) {
            if (w.length() >= ending.length() + 3 && w.endsWith(ending)) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        return w.length() > 3 && (w.endsWith("e") || w.endsWith("y")) ? w.substring(0, w.length() - 1) : w;
    }

    private static final String[] ENDINGS = {"ies", "ied", "ing", "ed", "es", "s"};
}
