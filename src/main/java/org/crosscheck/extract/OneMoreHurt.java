package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * One person hurt, told without a figure beside a toll of the dead: "two people have been killed
 * and another wounded", "killing two and wounding a third", "two were killed and another worker
 * was injured". The words of {@code one-more-words.txt} count one person more than the toll's, so
 * the report gives one injured. Read only right after "and" or a comma within {@link #WINDOW} words
 * of the toll, with the injury word of {@code count-verbs.txt} right before the phrase or after it
 * (one noun and "was"/"were" may stand between); a word of manner before the injury word
 * ("critically injuring a third") makes it a part of the injured, as for tolls, and is not read.
 */
final class OneMoreHurt {

    static final Set<String> ONE_MORE = Lexicon.words(OneMoreHurt.class, "one-more-words.txt");
    private static final Map<String, String> VERBS = Lexicon.pairs(OneMoreHurt.class, "count-verbs.txt");
    /** How many words after the toll the "and" may stand. */
    static final int WINDOW = 6;

    private OneMoreHurt() {
    }

    private record Word(String text, int start, int end) {
    }

    private static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
                    j++;
                }
                out.add(new Word(text.substring(i, j).toLowerCase(Locale.ROOT), i, j));
                i = j;
            } else {
                if (c == ',' || c == ';' || c == ':') {
                    out.add(new Word(String.valueOf(c), i, i + 1));
                }
                i++;
            }
        }
        return out;
    }

    private static boolean injury(String w) {
        return "injured".equals(VERBS.get(w));
    }

    /** The length in words of a phrase of {@link #ONE_MORE} starting at {@code k}, or 0. */
    private static int oneMore(List<Word> ws, int k) {
        if (k < ws.size() && ONE_MORE.contains(ws.get(k).text())) {
            return 1;
        }
        return k + 1 < ws.size() && ONE_MORE.contains(ws.get(k).text() + " " + ws.get(k + 1).text()) ? 2 : 0;
    }

    /** The span of "wounding another" or "another wounded" after a toll ending at {@code from}, or null. */
    static Span after(String text, int from, int to) {
        List<Word> ws = words(text, from, to);
        for (int k = 0; k < Math.min(ws.size(), WINDOW); k++) {
            String w = ws.get(k).text();
            if (w.equals(";") || w.equals(":")) {
                return null;
            }
            if (!w.equals("and") && !w.equals(",")) {
                continue;
            }
            int v = k + 1;
            // "and wounding another", "and injuring a third"
            if (v < ws.size() && injury(ws.get(v).text())) {
                int n = oneMore(ws, v + 1);
                if (n > 0 && !followedByFigure(ws, v + 1 + n)) {
                    return new Span(ws.get(v).start(), ws.get(v + n).end());
                }
                continue;
            }
            // "and another wounded", "and another worker was injured"
            int n = oneMore(ws, v);
            if (n == 0 || followedByFigure(ws, v + n)) {
                continue;
            }
            int j = v + n;
            if (j < ws.size() && !injury(ws.get(j).text()) && !ws.get(j).text().equals("was") && !ws.get(j).text().equals("were")
                    && Character.isLetter(ws.get(j).text().charAt(0))) {
                j++;
            }
            if (j < ws.size() && (ws.get(j).text().equals("was") || ws.get(j).text().equals("were"))) {
                j++;
            }
            if (j < ws.size() && injury(ws.get(j).text())) {
                return new Span(ws.get(v).start(), ws.get(j).end());
            }
        }
        return null;
    }

    /** Whether a number follows the phrase ("another 20 wounded"): the figure reader reads that one. */
    private static boolean followedByFigure(List<Word> ws, int k) {
        return k < ws.size() && (Character.isDigit(ws.get(k).text().charAt(0)) || ws.get(k).text().equals("of"));
    }
}
