package org.crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A large corpus made from a small one, for measuring time per article as the corpus grows:
 * {@code java -cp ... org.crosscheck.bench.CorpusGenerator SOURCE OUT COPIES [--replicated]}
 * writes COPIES copies of every {@code .txt} file under SOURCE to {@code OUT/c1}, {@code OUT/c2},
 * ..., so every article has its own id ({@code c7/41/41_5ecb}).
 *
 * <ul>
 *   <li>By default the copies are <b>distinct articles</b>: copy 1 is the source as it is; in copy
 *       k &gt; 1 every word that starts with a capital ("Corlen", "CNN", the U and S of "U.S.") is
 *       replaced by an invented word (the same for the same word throughout copy k, another in
 *       every other copy, eight letters or as long, capitals kept), unless it is a month, a weekday or "I"; one of the
 *       source's 200 most frequent words in lower case at a sentence's start ("The", "Police") is
 *       written in lower case instead, so no other capitalised word is common to two copies. Names are what
 *       joins articles into stories (two articles are compared only when they share a name), so
 *       each copy tells the source's stories about people, places and organisations no other copy
 *       names, and forms stories of its own; a name is as common in the generated corpus as in the
 *       source. Lower-case words are kept, so the copies' texts still share passages, and what the
 *       extractors read in them (triggers, figures, dates) is the source's.</li>
 *   <li>With {@code --replicated} the copies are the source's files themselves (hard links where
 *       the file system allows, else copies): identical texts under distinct ids, the syndication
 *       case, where every story holds COPIES copies of each of its articles.</li>
 * </ul>
 *
 * Names replaced this way lose what word lists know of them (a first name, a country, a state), so
 * a distinct copy has somewhat fewer facts of people and places than the source. A benchmark's
 * tool, not a test.
 */
public final class CorpusGenerator {
    private CorpusGenerator() {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** How many of the source's most frequent words every copy keeps. */
    static final int FREQUENT = 200;
    /**
     * The shortest invented word: eight letters drawn from 18 consonants and 5 vowels in turn give
     * 65 million words, so two copies' words for one name (the U of "U.S.", a short name) almost
     * never meet by chance; with four letters they did, and joined the copies' stories.
     */
    static final int MIN_LENGTH = 8;
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        boolean replicated = List.of(args).contains("--replicated");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<Path, String> texts = new HashMap<>();
        Set<String> keep = new HashSet<>(CALENDAR);
        if (!replicated) {
            // The source's most frequent words in lower case, which carry its grammar ("The", "Police" at a sentence's start).
            Map<String, Integer> counts = new HashMap<>();
            for (Path p : files) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                texts.put(p, text);
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    // Written in lower case: a name is no frequent word, however often it is written.
                    if (m.group().equals(m.group().toLowerCase(Locale.ROOT))) {
                        counts.merge(m.group(), 1, Integer::sum);
                    }
                }
            }
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(FREQUENT)
                    .forEach(e -> keep.add(e.getKey()));
        }
        long written = 0;
        Map<String, String> taken = new HashMap<>();
        for (int k = 1; k <= copies; k++) {
            Map<String, String> names = new HashMap<>();
            for (Path p : files) {
                Path target = out.resolve("c" + k).resolve(source.relativize(p));
                Files.createDirectories(target.getParent());
                if (replicated) {
                    try {
                        Files.createLink(target, p);
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.copy(p, target);
                    }
                } else {
                    String text = texts.get(p);
                    Files.writeString(target, k == 1 ? text : rename(text, k, keep, names, taken), StandardCharsets.UTF_8);
                }
                written++;
            }
        }
        System.out.println("wrote " + written + " articles (" + files.size() + " x " + copies + ", "
                + (replicated ? "replicated" : "distinct") + ") under " + out);
    }

    /**
     * The text with every word that starts with a capital replaced by copy {@code k}'s invented word
     * for it, but for a month, a weekday and "I"; a frequent word at a sentence's start is written
     * in lower case instead, and so is a month or a weekday joined by a hyphen to the next word
     * ("November-end" reads as a name that every copy would share). {@code taken} holds every
     * invented word (folded) given so far, in any copy, and the name and copy it stands for.
     */
    static String rename(String text, int k, Set<String> keep, Map<String, String> names, Map<String, String> taken) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String w = m.group();
            String folded = w.toLowerCase(Locale.ROOT);
            String replacement;
            boolean joined = m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLetter(text.charAt(m.end() + 1));
            if (CALENDAR.contains(folded) && joined) {
                replacement = folded;
            } else if (!Character.isUpperCase(w.charAt(0)) || CALENDAR.contains(folded) || w.equals("I")) {
                replacement = w;
            } else if (keep.contains(folded) && sentenceStart(text, m.start())) {
                // In lower case, so that no capitalised word but a month or a weekday is common to two copies.
                replacement = folded;
            } else {
                replacement = names.computeIfAbsent(w, n -> unique(n, k, taken));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether only a line's start, or a sentence's end and quotes or spaces, come before {@code at}. */
    static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '`' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
    }

    /**
     * An invented word for {@code name} in copy {@code k} that no other name of any copy has been
     * given: two names' words met by chance (some hundreds in a hundred copies of ECB+, each
     * another name in another copy) and joined those copies' stories.
     */
    static String unique(String name, int k, Map<String, String> taken) {
        String owner = k + ":" + name;
        for (int attempt = 0;; attempt++) {
            String word = invented(name, k, attempt);
            String had = taken.putIfAbsent(word.toLowerCase(Locale.ROOT), owner);
            if (had == null || had.equals(owner)) {
                return word;
            }
        }
    }

    /** An invented word for {@code name} in copy {@code k}: syllables drawn from a hash of both, about as long, capitalised. */
    static String invented(String name, int k, int attempt) {
        long h = 1125899906842597L;
        for (char c : (k + ":" + name + (attempt == 0 ? "" : "#" + attempt)).toCharArray()) {
            h = 31 * h + c;
        }
        StringBuilder sb = new StringBuilder();
        int length = Math.max(MIN_LENGTH, name.length());
        while (sb.length() < length) {
            h = h * 6364136223846793005L + 1442695040888963407L;
            sb.append(CONSONANTS.charAt((int) ((h >>> 33) % CONSONANTS.length())));
            h = h * 6364136223846793005L + 1442695040888963407L;
            sb.append(VOWELS.charAt((int) ((h >>> 33) % VOWELS.length())));
        }
        boolean upper = name.length() == 1 || Character.isUpperCase(name.charAt(1));
        String word = sb.substring(0, length);
        return upper ? word.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
