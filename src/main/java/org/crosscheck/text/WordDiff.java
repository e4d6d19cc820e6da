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
 * comparator works on characters, so each distinct word in {@link HouseStyle} is coded as one
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

    /** One piece of a diff: words kept, removed (only in the first wording) or added (only in the second). */
    public record Piece(Kind kind, String text) {
    }

    /** What a piece of a diff is. */
    public enum Kind {
        KEEP, REMOVED, ADDED
    }

    /**
     * The diff as pieces, for a page that builds its own elements from them: the pieces that
     * {@link #render} styles, in its order, unescaped.
     */
    public static List<Piece> pieces(String first, String second, HouseStyle house) {
        List<Piece> out = new ArrayList<>();
        render(first, second, new Style() {
            public String keep(String w) {
                out.add(new Piece(Kind.KEEP, w));
                return "";
            }

            public String removed(String w) {
                out.add(new Piece(Kind.REMOVED, w));
                return "";
            }

            public String added(String w) {
                out.add(new Piece(Kind.ADDED, w));
                return "";
            }
        }, UnaryOperator.identity(), house);
        return out;
    }

    /** The plain diff of two wordings in house style {@code house}, for a message: a sentence's final full stop or comma left out. */
    public static String plain(String first, String second, HouseStyle house) {
        return render(unstopped(first), unstopped(second), PLAIN, UnaryOperator.identity(), house);
    }

    private static String unstopped(String s) {
        return FINAL_STOPS.matcher(s).replaceAll("");
    }

    /** A final run of stops and commas, compiled once (not at every call of {@code String.replaceAll}). */
    private static final java.util.regex.Pattern FINAL_STOPS = java.util.regex.Pattern.compile("[.,;]+$");

    /**
     * The diff, each piece passed through {@code escape} before it is styled. Words are compared
     * in house style, so "build-up" and "buildup", "6 p.m." and "6:00 p.m." are kept (as the first
     * wording writes them), and so is a run of changes whose words run together are the same
     * ("eleventh-hour" for "11th hour"). Marks outside words are not a difference; the words are
     * shown one space apart.
     */
    public static String render(String first, String second, Style style, UnaryOperator<String> escape, HouseStyle house) {
        List<HouseStyle.Unit> a = house.compared(first);
        List<HouseStyle.Unit> b = house.compared(second);
        Map<String, Character> code = new HashMap<>();
        String x = encode(a, code);
        String y = encode(b, code);
        if (x == null || y == null) {
            return style.removed(escape.apply(first)) + " " + style.added(escape.apply(second));
        }
        List<String> pieces = new ArrayList<>();
        List<HouseStyle.Unit> deleted = new ArrayList<>();
        List<HouseStyle.Unit> inserted = new ArrayList<>();
        Runnable flush = () -> {
            if (deleted.isEmpty() && inserted.isEmpty()) {
                return;
            }
            String removed = text(first, deleted);
            if (keys(deleted).equals(keys(inserted))) {
                pieces.add(style.keep(escape.apply(removed)));
            } else {
                String added = text(second, inserted);
                pieces.add((deleted.isEmpty() ? "" : style.removed(escape.apply(removed)))
                        + (inserted.isEmpty() ? "" : style.added(escape.apply(added))));
            }
            deleted.clear();
            inserted.clear();
        };
        int[] at = {0, 0};
        new StringsComparator(x, y).getScript().visit(new CommandVisitor<Character>() {
            @Override
            public void visitKeepCommand(Character c) {
                flush.run();
                pieces.add(style.keep(escape.apply(text(first, List.of(a.get(at[0]))))));
                at[0]++;
                at[1]++;
            }

            @Override
            public void visitDeleteCommand(Character c) {
                deleted.add(a.get(at[0]++));
            }

            @Override
            public void visitInsertCommand(Character c) {
                inserted.add(b.get(at[1]++));
            }
        });
        flush.run();
        return String.join(" ", pieces);
    }

    /** The units as written, one space apart. */
    private static String text(String s, List<HouseStyle.Unit> units) {
        StringBuilder sb = new StringBuilder();
        for (HouseStyle.Unit u : units) {
            sb.append(sb.length() == 0 ? "" : " ").append(s, u.start(), u.end());
        }
        return sb.toString();
    }

    /** The units' keys run together. */
    private static String keys(List<HouseStyle.Unit> units) {
        StringBuilder sb = new StringBuilder();
        for (HouseStyle.Unit u : units) {
            sb.append(u.key().replace(" ", ""));
        }
        return sb.toString();
    }

    /** Codes each distinct key as one private-use character; null if there are more than the area holds. */
    private static String encode(List<HouseStyle.Unit> units, Map<String, Character> code) {
        StringBuilder sb = new StringBuilder(units.size());
        for (HouseStyle.Unit u : units) {
            Character c = code.get(u.key());
            if (c == null) {
                if (code.size() >= 0x1900) {
                    return null;
                }
                c = (char) (0xE000 + code.size());
                code.put(u.key(), c);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
