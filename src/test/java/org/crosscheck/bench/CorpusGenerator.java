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
 *       k &gt; 1 every name (a word with a capital and lower-case letters after it that the source
 *       writes with a capital more often than in lower case, and no month or weekday) is replaced by an invented word, the
 *       same word for the same name throughout copy k and a different one in every other copy. Each
 *       copy then forms stories of its own, with the same structure as the source's, about people
 *       and places no other copy names: no two articles share a text, and a name is as common in
 *       the generated corpus as in the source.</li>
 *   <li>With {@code --replicated} the copies are the source's files themselves (hard links where
 *       the file system allows, else copies): identical texts under distinct ids, the syndication
 *       case, where every story holds COPIES copies of each of its articles.</li>
 * </ul>
 *
 * Names replaced this way lose what word lists know of them (a country, a state), so a distinct
 * copy has somewhat fewer place facts than the source. A benchmark's tool, not a test.
 */
public final class CorpusGenerator {
    private CorpusGenerator() {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
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
        Set<String> lower = new HashSet<>();
        if (!replicated) {
            // How often the source writes each word in lower case, and with a capital.
            Map<String, int[]> counts = new HashMap<>();
            for (Path p : files) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                texts.put(p, text);
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    String w = m.group();
                    String folded = w.toLowerCase(Locale.ROOT);
                    counts.computeIfAbsent(folded, x -> new int[2])[w.equals(folded) ? 0 : 1]++;
                }
            }
            counts.forEach((w, c) -> {
                if (c[0] >= c[1]) {
                    lower.add(w);
                }
            });
        }
        long written = 0;
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
                    Files.writeString(target, k == 1 ? text : rename(text, k, lower, names), StandardCharsets.UTF_8);
                }
                written++;
            }
        }
        System.out.println("wrote " + written + " articles (" + files.size() + " x " + copies + ", "
                + (replicated ? "replicated" : "distinct") + ") under " + out);
    }

    /** The text with every name replaced by copy {@code k}'s invented word for it. */
    static String rename(String text, int k, Set<String> lower, Map<String, String> names) {
        Matcher m = NAME.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String w = m.group();
            String folded = w.toLowerCase(Locale.ROOT);
            String replacement = lower.contains(folded) || CALENDAR.contains(folded) ? w
                    : names.computeIfAbsent(w, n -> invented(n, k));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** An invented word for {@code name} in copy {@code k}: syllables drawn from a hash of both, about as long, capitalised. */
    static String invented(String name, int k) {
        long h = 1125899906842597L;
        for (char c : (k + ":" + name).toCharArray()) {
            h = 31 * h + c;
        }
        StringBuilder sb = new StringBuilder();
        int length = Math.max(4, name.length());
        while (sb.length() < length) {
            h = h * 6364136223846793005L + 1442695040888963407L;
            sb.append(CONSONANTS.charAt((int) ((h >>> 33) % CONSONANTS.length())));
            h = h * 6364136223846793005L + 1442695040888963407L;
            sb.append(VOWELS.charAt((int) ((h >>> 33) % VOWELS.length())));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }
}
