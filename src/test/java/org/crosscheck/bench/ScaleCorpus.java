package org.crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of any number of articles made from a small one, for the scaling goal of issue 15
 * (time an article from 10,000 to 1,000,000 articles):
 *
 * <pre>
 * java -cp ... org.crosscheck.bench.ScaleCorpus SOURCE OUT N distinct|replicated
 * </pre>
 *
 * writes N articles: article i is the source's file {@code i % F} (F files, sorted by path) in
 * replica {@code i / F}, written to {@code OUT/r00000/...}, {@code OUT/r00001/...}, so every
 * article has its own id ({@code r00041/12/12_3ecb}); the last replica may hold only the source's
 * first files. Nothing is random: the same arguments write the same bytes.
 *
 * <ul>
 *   <li>{@code replicated}: every replica is the source's files themselves (hard links where the
 *       file system allows, else copies): identical texts under distinct ids, the syndication case
 *       and the copies path.</li>
 *   <li>{@code distinct}: replica 0 is the source as it is; in replica k &gt; 0 each story is
 *       another story, told about other people, places and figures, as a corpus of many stories
 *       is. Every word starting with a capital (a name, a place, an organisation, the U and S of
 *       "U.S.") is replaced by a word made for that name and that replica alone, the same
 *       throughout the replica (so its articles still join into its stories), another in every
 *       other replica (so replicas never join: two articles are compared for a story only when
 *       they share a name); months, weekdays and "I" are kept, and one of the source's most
 *       frequent lower-case words written with a capital at a sentence's start ("The", "Police")
 *       is written in lower case. Each figure written in one to three digits is moved by the
 *       replica's own amount (the same figure, the same new figure, throughout the replica, so
 *       its agreements and disagreements stay what they were), except where it is part of a
 *       date, a clock time, a score or a longer number.</li>
 * </ul>
 *
 * The made-up word is not drawn by chance: the replica and the name's number in the source's
 * sorted list of names are packed into 38 bits, scrambled by a bijection, and spelled as six
 * syllables, so two names of any two replicas can never get one word, and no table of the words
 * given so far is needed (the old {@link CorpusGenerator} kept one: some 20 million entries at a
 * million articles). A benchmark's tool, not a test.
 */
public final class ScaleCorpus {
    private ScaleCorpus() {
    }

    /** How the replicas are made. */
    enum Mode { REPLICATED, DISTINCT }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}:/])(?<!\\p{N}[.,])\\p{N}{1,3}(?![\\p{L}\\p{N}:/]|[.,]\\p{N})");
    /** How many of the source's most frequent lower-case words a sentence's start writes in lower case. */
    static final int FREQUENT = 200;
    /** Bits of the packed number that hold the name's number; the rest (14 bits) hold the replica. */
    static final int NAME_BITS = 24;
    static final int BITS = 38;
    static final long MASK = (1L << BITS) - 1;
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    /** Months as dates abbreviate them: a figure beside one is a day, not a count. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Words after a figure that make it a clock time. */
    private static final Set<String> CLOCK = Set.of("a", "p", "am", "pm", "o", "gmt", "utc", "hours", "hrs");
    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";
    /** Syllables: 18 consonants times 5 vowels; six of them spell every 38-bit number (90^6 > 2^38). */
    private static final int SYLLABLES = CONSONANTS.length() * VOWELS.length();
    static final int WORD_SYLLABLES = 6;

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: ScaleCorpus SOURCE OUT N distinct|replicated");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long n = Long.parseLong(args[2].replace("_", "").replace(",", ""));
        Mode mode = Mode.valueOf(args[3].toUpperCase(Locale.ROOT));
        long written = write(source, out, n, mode);
        System.out.println("wrote " + written + " articles (" + mode.name().toLowerCase(Locale.ROOT) + ") under " + out);
    }

    /** Writes {@code n} articles made from {@code source} under {@code out}; returns how many. */
    static long write(Path source, Path out, long n, Mode mode) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .txt files under " + source);
        }
        Source src = mode == Mode.DISTINCT ? Source.read(files) : null;
        int f = files.size();
        int replicas = (int) ((n + f - 1) / f);
        // Replicas are independent: written on every core, each file's bytes the same whatever the order.
        try {
            java.util.stream.IntStream.range(0, replicas).parallel().forEach(replica -> {
                int count = (int) Math.min(f, n - (long) replica * f);
                try {
                    for (int i = 0; i < count; i++) {
                        Path p = files.get(i);
                        Path target = out.resolve(replicaFolder(replica)).resolve(source.relativize(p).toString());
                        Files.createDirectories(target.getParent());
                        if (mode == Mode.REPLICATED) {
                            try {
                                Files.createLink(target, p);
                            } catch (UnsupportedOperationException | IOException e) {
                                Files.copy(p, target);
                            }
                        } else {
                            Files.writeString(target, src.replica(i, replica), StandardCharsets.UTF_8);
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return Math.max(0, n);
    }

    /** The folder of replica {@code k}: {@code r00000}, {@code r00001}, ... (sorted as numbered). */
    static String replicaFolder(int k) {
        return String.format(Locale.ROOT, "r%05d", k);
    }

    /** The source's texts with what a distinct replica needs: its names numbered, its frequent words. */
    record Source(List<String> texts, Map<String, Integer> names, Set<String> frequent, Template[] templates) {

        static Source read(List<Path> files) throws IOException {
            List<String> texts = new ArrayList<>();
            for (Path p : files) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return of(texts);
        }

        static Source of(List<String> texts) {
            Map<String, Integer> counts = new HashMap<>();
            TreeSet<String> capitalised = new TreeSet<>();
            for (String text : texts) {
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    String w = m.group();
                    String folded = w.toLowerCase(Locale.ROOT);
                    if (w.equals(folded)) {
                        counts.merge(w, 1, Integer::sum);
                    } else {
                        capitalised.add(folded);
                    }
                }
            }
            Set<String> frequent = new java.util.HashSet<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(FREQUENT).forEach(e -> frequent.add(e.getKey()));
            Map<String, Integer> names = new HashMap<>();
            for (String name : capitalised) {
                names.put(name, names.size());
            }
            if (names.size() >= 1 << NAME_BITS) {
                throw new IllegalArgumentException("more than 2^" + NAME_BITS + " names in the source");
            }
            return new Source(List.copyOf(texts), names, frequent, new Template[texts.size()]);
        }

        /**
         * The source's text {@code i} as replica {@code k} tells it: {@code figures(rename(text, k), k)},
         * rendered from the text's {@link Template} (made once, for every replica).
         */
        String replica(int i, int k) {
            if (k == 0) {
                return texts.get(i);
            }
            Template t = templates[i];
            if (t == null) {
                t = template(texts.get(i));
                templates[i] = t;
            }
            return t.render(k);
        }

        /**
         * The text as replica 1 tells it, with where its made-up words and moved figures are: every
         * made-up word has {@code 2 * WORD_SYLLABLES} letters and is never a month or a clock word,
         * so the words around each figure, and so which figures move, are the same in every
         * replica past 0; only the words and the amount differ.
         */
        Template template(String text) {
            Matcher m = WORD.matcher(text);
            StringBuilder sb = new StringBuilder(text.length() + 256);
            List<int[]> slots = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                sb.append(text, last, m.start());
                last = m.end();
                String w = m.group();
                String replacement = kept(text, m, w);
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    boolean upper = w.length() == 1 || Character.isUpperCase(w.charAt(1));
                    slots.add(new int[] {sb.length(), -1, names.get(w.toLowerCase(Locale.ROOT)), upper ? 1 : 0});
                    sb.append(styled(word(1, names.get(w.toLowerCase(Locale.ROOT))), w));
                }
            }
            sb.append(text, last, text.length());
            String one = sb.toString();
            Matcher f = FIGURE.matcher(one);
            while (f.find()) {
                if (!keepFigure(one, f.start(), f.end(), f.group())) {
                    slots.add(new int[] {f.start(), f.end(), Integer.parseInt(f.group()), 0});
                }
            }
            slots.sort(java.util.Comparator.comparingInt(a -> a[0]));
            return new Template(one, slots.toArray(new int[0][]));
        }

        /**
         * What {@link #rename} writes for word {@code w} at {@code m} other than a made-up word:
         * a month or weekday joined by a hyphen in lower case, a lower-case word, a month, a weekday
         * or "I" as it is, a frequent word at a sentence's start in lower case; {@code null} for a name.
         */
        String kept(String text, Matcher m, String w) {
            String folded = w.toLowerCase(Locale.ROOT);
            boolean joined = m.end() + 1 < text.length() && text.charAt(m.end()) == '-'
                    && Character.isLetter(text.charAt(m.end() + 1));
            if (CALENDAR.contains(folded) && joined) {
                return folded;
            } else if (w.equals(folded) || CALENDAR.contains(folded) || w.equals("I")) {
                return w;
            } else if (frequent.contains(folded) && CorpusGenerator.sentenceStart(text, m.start())) {
                return folded;
            }
            return null;
        }

        /**
         * {@code text} with every word starting with a capital replaced by replica {@code k}'s word
         * for it, but for a month, a weekday and "I"; a frequent word at a sentence's start is
         * written in lower case instead, and so is a month or a weekday joined by a hyphen to the
         * next word ("November-end" reads as a name every replica would share).
         */
        String rename(String text, int k) {
            Matcher m = WORD.matcher(text);
            StringBuilder sb = new StringBuilder(text.length() + 256);
            while (m.find()) {
                String w = m.group();
                String replacement = kept(text, m, w);
                if (replacement == null) {
                    replacement = styled(word(k, names.get(w.toLowerCase(Locale.ROOT))), w);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }

    /**
     * A text as replica 1 tells it, and its slots, in order: {start, -1, name, upper} where a
     * made-up word stands, {start, end, figure, 0} where a moved figure does.
     */
    record Template(String one, int[][] slots) {

        /** The text as replica {@code k} (past 0) tells it. */
        String render(int k) {
            StringBuilder sb = new StringBuilder(one.length() + 16);
            int at = 0;
            int by = shift(k);
            for (int[] slot : slots) {
                sb.append(one, at, slot[0]);
                if (slot[1] < 0) {
                    String w = word(k, slot[2]);
                    sb.append(slot[3] == 1 ? w.toUpperCase(Locale.ROOT) : Character.toUpperCase(w.charAt(0)) + w.substring(1));
                    at = slot[0] + w.length();
                } else {
                    sb.append(slot[2] + by);
                    at = slot[1];
                }
            }
            sb.append(one, at, one.length());
            return sb.toString();
        }
    }

    /** {@code word} written as {@code like} is: in capitals when it is, else with a capital first. */
    static String styled(String word, String like) {
        boolean upper = like.length() == 1 || Character.isUpperCase(like.charAt(1));
        return upper ? word.toUpperCase(Locale.ROOT) : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The made-up word (lower case) for name number {@code name} in replica {@code k}: one word for one pair, always. */
    static String word(int k, int name) {
        if (k < 0 || k >= 1 << (BITS - NAME_BITS) || name < 0 || name >= 1 << NAME_BITS) {
            throw new IllegalArgumentException("replica " + k + " or name " + name + " out of range");
        }
        long x = scramble(((long) k << NAME_BITS) | name);
        StringBuilder sb = new StringBuilder(2 * WORD_SYLLABLES);
        for (int s = 0; s < WORD_SYLLABLES; s++) {
            int syllable = (int) (x % SYLLABLES);
            x /= SYLLABLES;
            sb.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
        }
        return sb.toString();
    }

    /**
     * A bijection of the 38-bit numbers that spreads neighbours apart (odd multipliers and
     * shifted exclusive ors, each invertible modulo 2^38), so one replica's words share no
     * visible prefix and no two names read as variants of one spelling.
     */
    static long scramble(long x) {
        x &= MASK;
        x = (x * 0x2545F4914F6CDD1DL) & MASK;
        x ^= x >>> 19;
        x = (x * 0x9E3779B97F4A7C15L) & MASK;
        x ^= x >>> 17;
        x = (x * 0xBF58476D1CE4E5B9L) & MASK;
        x ^= x >>> 21;
        return x;
    }

    /** How far replica {@code k} moves its figures: 1 to 7, never 0 past replica 0. */
    static int shift(int k) {
        return k == 0 ? 0 : 1 + Math.floorMod(k * 5 + 3, 7);
    }

    /**
     * {@code text} with every figure of one to three digits moved up by {@link #shift}, but a
     * figure beside a month (a day), before a clock word or after a colon (a time), in a score
     * ("3-2") or a longer number ("1,500", "2.5").
     */
    static String figures(String text, int k) {
        int by = shift(k);
        if (by == 0) {
            return text;
        }
        Matcher m = FIGURE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String figure = m.group();
            boolean keep = keepFigure(text, m.start(), m.end(), figure);
            m.appendReplacement(sb, keep ? figure : Integer.toString(Integer.parseInt(figure) + by));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether the figure at {@code start..end} stays: not all ASCII digits, a day, a clock time, a score. */
    static boolean keepFigure(String text, int start, int end, String figure) {
        return !figure.chars().allMatch(c -> c >= '0' && c <= '9')
                || besideMonth(text, start, end) || clock(text, end) || score(text, start, end);
    }

    private static boolean besideMonth(String text, int start, int end) {
        return MONTHS.contains(wordBefore(text, start)) || MONTHS.contains(wordAfter(text, end));
    }

    private static boolean clock(String text, int end) {
        return CLOCK.contains(wordAfter(text, end)) && !wordAfter(text, end).isEmpty();
    }

    private static boolean score(String text, int start, int end) {
        boolean before = start >= 2 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '\u2013')
                && Character.isDigit(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2013')
                && Character.isDigit(text.charAt(end + 1));
        return before || after;
    }

    /** The word (lower case, letters only) that ends just before {@code at}, past spaces and a full stop; "" if none. */
    static String wordBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /** The word (lower case, letters only) that starts just after {@code at}, past spaces; "" if none. */
    static String wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i).toLowerCase(Locale.ROOT);
    }
}
