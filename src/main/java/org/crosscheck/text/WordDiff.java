package org.crosscheck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * A word-level diff of two wordings, from Commons Text's {@link StringsComparator}. The
 * comparator works on characters, so each distinct word (and each run of spaces) is coded as one
 * private-use character first. In each run of changes the old words come before the new ones,
 * as a reader expects.
 */
public final class WordDiff {

    /** How a piece of the diff is shown: kept words, removed words, added words. */
    public interface Style {
        String keep(String words);

        String removed(String words);

        String added(String words);
    }

    /** [-old-]{+new+}, as git's word diff writes it. */
    public static final Style PLAIN = new Style() {
        public String keep(String w) {
            return w;
        }

        public String removed(String w) {
            return wrap(w, "[-", "-]");
        }

        public String added(String w) {
            return wrap(w, "{+", "+}");
        }
    };

    private WordDiff() {
    }

    /** Marks around the words, the spaces at either end left outside them. */
    private static String wrap(String w, String open, String close) {
        String core = w.strip();
        if (core.isEmpty()) {
            return w;
        }
        int lead = w.indexOf(core.charAt(0));
        return w.substring(0, lead) + open + core + close + w.substring(lead + core.length());
    }

    /**
     * The plain diff, with typography set aside: curly and straight apostrophes are one, and a
     * sentence's final full stop or comma is not a difference.
     */
    public static String plain(String first, String second) {
        return render(typography(first), typography(second), PLAIN, UnaryOperator.identity());
    }

    private static String typography(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("[.,;]+$", "");
    }

    /** The diff, each piece passed through {@code escape} before it is styled. */
    public static String render(String first, String second, Style style, UnaryOperator<String> escape) {
        List<String> a = List.of(first.split("(?<=\\s)|(?=\\s)"));
        List<String> b = List.of(second.split("(?<=\\s)|(?=\\s)"));
        Map<String, Character> code = new HashMap<>();
        List<String> words = new ArrayList<>();
        String x = encode(a, code, words);
        String y = encode(b, code, words);
        if (x == null || y == null) {
            return style.removed(escape.apply(first)) + " " + style.added(escape.apply(second));
        }
        StringBuilder sb = new StringBuilder();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        Runnable flush = () -> {
            if (deleted.length() > 0) {
                sb.append(style.removed(escape.apply(deleted.toString())));
            }
            if (inserted.length() > 0) {
                sb.append(style.added(escape.apply(inserted.toString())));
            }
            deleted.setLength(0);
            inserted.setLength(0);
        };
        new StringsComparator(x, y).getScript().visit(new CommandVisitor<Character>() {
            @Override
            public void visitKeepCommand(Character c) {
                flush.run();
                sb.append(style.keep(escape.apply(words.get(c - 0xE000))));
            }

            @Override
            public void visitDeleteCommand(Character c) {
                deleted.append(words.get(c - 0xE000));
            }

            @Override
            public void visitInsertCommand(Character c) {
                inserted.append(words.get(c - 0xE000));
            }
        });
        flush.run();
        return sb.toString();
    }

    /** Codes each distinct token as one private-use character; null if there are more than the area holds. */
    private static String encode(List<String> tokens, Map<String, Character> code, List<String> words) {
        StringBuilder sb = new StringBuilder(tokens.size());
        for (String t : tokens) {
            Character c = code.get(t);
            if (c == null) {
                if (words.size() >= 0x1900) {
                    return null;
                }
                c = (char) (0xE000 + words.size());
                code.put(t, c);
                words.add(t);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
