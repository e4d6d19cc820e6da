package org.crosscheck.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@link HouseStyle}, read once from {@code house-style/*.tsv} beside this
 * class. Each line holds two fields separated by one tab, the form to replace and its house
 * form; {@code #} starts a comment line. An editor extends a list by adding lines.
 * <ul>
 *   <li>{@code spelling.tsv}: British and American spellings of one word, in their base form
 *       (colour, color). The inflected forms are derived: colours, coloured, colouring,
 *       colourful, recognised, recognising, organisation, centred, centring.</li>
 *   <li>{@code numbers.tsv}: number words and their numerals (eleven, 11; eleventh, 11th).</li>
 *   <li>{@code compounds.tsv}: compounds written open or closed (per cent, percent).</li>
 *   <li>{@code units.tsv}: units of measure after a number and their one form (kilometers, kilometer;
 *       km, kilometer; %, percent).</li>
 * </ul>
 */
final class HouseStyleLists {

    static final String FOLDER = "house-style/";
    /**
     * Endings of derived forms, each as {after a base in e, after any other base}; "-" drops the
     * base's e: recognise-d, recognis-ing, organis-ation; colour-ed, colour-ful, neighbour-hood,
     * favour-ite, behaviour-al.
     */
    private static final String[][] ENDINGS = {{"s", "s"}, {"d", "ed"}, {"-ing", "ing"}, {"r", "er"}, {"rs", "ers"},
        {"-ation", "ation"}, {"-ations", "ations"}, {"-able", "able"}, {"ful", "ful"}, {"less", "less"},
        {"ite", "ite"}, {"ites", "ites"}, {"al", "al"}, {"ally", "ally"}, {"hood", "hood"}, {"hoods", "hoods"},
        {"ly", "ly"}, {"ist", "ist"}, {"ists", "ists"}, {"y", "y"}, {"ism", "ism"}};

    private static Map<String, String> spelling;
    private static Map<String, String> numbers;
    private static Map<List<String>, String> compounds;
    private static Map<String, String> units;

    private HouseStyleLists() {
    }

    /** British -> American, base and inflected forms. */
    static synchronized Map<String, String> spelling() {
        if (spelling == null) {
            spelling = inflect(pairs("spelling.tsv"));
        }
        return spelling;
    }

    /** Number word -> numeral. */
    static synchronized Map<String, String> numbers() {
        if (numbers == null) {
            Map<String, String> m = new HashMap<>();
            for (String[] p : pairs("numbers.tsv")) {
                m.put(p[0], p[1]);
            }
            numbers = Map.copyOf(m);
        }
        return numbers;
    }

    /** The words of an open compound -> the closed one. */
    static synchronized Map<List<String>, String> compounds() {
        if (compounds == null) {
            Map<List<String>, String> m = new HashMap<>();
            for (String[] p : pairs("compounds.tsv")) {
                m.put(List.of(p[0].split(" ")), p[1]);
            }
            compounds = Map.copyOf(m);
        }
        return compounds;
    }

    /** A unit's form after a number (its words one space apart: "miles per hour") -> its one form ("mph"). */
    static synchronized Map<String, String> units() {
        if (units == null) {
            Map<String, String> m = new HashMap<>();
            for (String[] p : pairs("units.tsv")) {
                m.put(p[0], p[1]);
            }
            units = Map.copyOf(m);
        }
        return units;
    }

    /**
     * The base pairs with their derived forms. A derived form that two pairs derive differently is
     * left out, and so is any form that is also an American form, so the map takes one step: no
     * American form is replaced again.
     */
    static Map<String, String> inflect(List<String[]> pairs) {
        Map<String, String> derived = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (String[] p : pairs) {
            for (String[] ending : ENDINGS) {
                String british = inflected(p[0], ending);
                String american = inflected(p[1], ending);
                String before = derived.putIfAbsent(british, american);
                if (before != null && !before.equals(american)) {
                    clash.add(british);
                }
            }
        }
        derived.keySet().removeAll(clash);
        Map<String, String> out = new HashMap<>(derived);
        for (String[] p : pairs) {
            out.put(p[0], p[1]);
        }
        out.keySet().removeAll(new HashSet<>(out.values()));
        // Looked up only, never walked: a read-only view, not a copy of some nine thousand entries.
        return Collections.unmodifiableMap(out);
    }

    private static String inflected(String base, String[] ending) {
        if (base.endsWith("e")) {
            String e = ending[0];
            return e.startsWith("-") ? base.substring(0, base.length() - 1) + e.substring(1) : base + e;
        }
        return base + ending[1];
    }

    /**
     * The lines of one list as pairs, comments and blank lines left out. A line that is not two
     * non-empty lower-case fields separated by one tab fails with the file and line.
     */
    static List<String[]> pairs(String file) {
        String name = FOLDER + file;
        if (!Lexicon.exists(HouseStyleLists.class, name)) {
            throw new IllegalStateException("missing word list " + name);
        }
        List<String[]> out = new ArrayList<>();
        for (Lexicon.Line line : Lexicon.lines(HouseStyleLists.class, name)) {
            String text = line.text();
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] f = text.split("\t", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank() || !f[0].equals(f[0].strip())
                    || !f[1].equals(f[1].strip()) || !f[0].equals(HouseStyle.fold(f[0]))
                    || !f[1].equals(HouseStyle.fold(f[1]))) {
                throw new IllegalStateException(name + ":" + line.number()
                        + ": expected two lower-case fields separated by one tab: " + text);
            }
            out.add(f);
        }
        return out;
    }
}
