package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The house-style word lists: each loads, keeps its format, and holds no duplicate or conflicting line. */
class HouseStyleListsTest {

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = HouseStyleLists.class.getResourceAsStream(HouseStyleLists.FOLDER + file)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"spelling.tsv", "numbers.tsv", "compounds.tsv"})
    void eachLineIsTwoLowerCaseFieldsAndNoFormIsListedTwice(String file) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> first = new HashSet<>();
        Set<String> second = new HashSet<>();
        int n = 0;
        for (String line : lines(file)) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || !f[0].matches("[a-z0-9]+( [a-z0-9]+)*") || !f[1].matches("[a-z0-9:.]+")) {
                problems.add(file + ":" + n + " is not two lower-case fields: " + line);
                continue;
            }
            if (f[0].equals(f[1])) {
                problems.add(file + ":" + n + " replaces a form by itself: " + line);
            }
            if (!first.add(f[0])) {
                problems.add(file + ":" + n + " lists " + f[0] + " twice");
            }
            second.add(f[1]);
        }
        for (String f : first) {
            if (second.contains(f)) {
                problems.add(file + ": " + f + " is both replaced and a replacement");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(first.size() >= 3, file + " has lines");
        assertEquals(first.size(), HouseStyleLists.pairs(file).size(), "the loader reads every line of " + file);
    }

    @Test
    void theSpellingListIsGeneralEnglishOfSomeHundredPairs() {
        List<String[]> pairs = HouseStyleLists.pairs("spelling.tsv");
        assertTrue(pairs.size() >= 300, "a few hundred pairs: " + pairs.size());
        Map<String, Integer> patterns = new HashMap<>();
        for (String[] p : pairs) {
            for (String[] pattern : new String[][] {{"our", "or"}, {"ise", "ize"}, {"yse", "yze"}, {"ogue", "og"},
                {"tre", "ter"}, {"ence", "ense"}, {"ll", "l"}}) {
                if (p[0].contains(pattern[0]) && p[1].contains(pattern[1])) {
                    patterns.merge(pattern[0], 1, Integer::sum);
                }
            }
        }
        assertTrue(patterns.get("our") >= 20 && patterns.get("ise") >= 100 && patterns.get("yse") >= 3
                && patterns.get("ogue") >= 3 && patterns.get("tre") >= 10 && patterns.get("ence") >= 3
                && patterns.get("ll") >= 30, patterns.toString());
    }

    @Test
    void derivedFormsFollowTheirBase() {
        Map<String, String> s = HouseStyleLists.spelling();
        assertEquals("colored", s.get("coloured"));
        assertEquals("colorful", s.get("colourful"));
        assertEquals("neighborhood", s.get("neighbourhood"));
        assertEquals("favorite", s.get("favourite"));
        assertEquals("recognizing", s.get("recognising"));
        assertEquals("organization", s.get("organisation"));
        assertEquals("centered", s.get("centred"));
        assertEquals("centering", s.get("centring"));
        assertEquals("catalogs", s.get("catalogues"));
        assertEquals("defenses", s.get("defences"));
        assertEquals("advisors", s.get("advisers"));
        assertEquals("ok", s.get("okay"));
    }

    @Test
    void theSpellingMapTakesOneStep() {
        Map<String, String> s = HouseStyleLists.spelling();
        List<String> chained = new ArrayList<>();
        for (Map.Entry<String, String> e : s.entrySet()) {
            if (s.containsKey(e.getValue()) || e.getKey().equals(e.getValue())) {
                chained.add(e.getKey() + " -> " + e.getValue());
            }
        }
        assertEquals(List.of(), chained);
    }

    @Test
    void derivedFormsThatTwoPairsMakeDifferentlyAreLeftOut() {
        Map<String, String> m = HouseStyleLists.inflect(List.of(new String[] {"ab", "x"}, new String[] {"abs", "y"}));
        assertEquals("y", m.get("abs"), "a listed form wins over a derived one");
        assertEquals("xed", m.get("abed"));
        Map<String, String> clash = HouseStyleLists.inflect(List.of(new String[] {"cole", "kol"}, new String[] {"col", "qol"}));
        assertEquals(null, clash.get("coled"), "cole+d and col+ed are both coled");
        assertEquals(null, clash.get("coling"), "cole-ing and col+ing are both coling");
        assertEquals("kol", clash.get("cole"));
        assertEquals("kolful", clash.get("coleful"));
        assertEquals("qolful", clash.get("colful"));
    }

    @Test
    void numbersAreNumeralsWithTheirOrdinalEnding() {
        Map<String, String> n = HouseStyleLists.numbers();
        assertEquals("11", n.get("eleven"));
        assertEquals("11th", n.get("eleventh"));
        assertEquals("1st", n.get("first"));
        assertEquals("2nd", n.get("second"));
        assertEquals("3rd", n.get("third"));
        assertEquals("12th", n.get("twelfth"));
        assertEquals("90th", n.get("ninetieth"));
        for (Map.Entry<String, String> e : n.entrySet()) {
            assertTrue(e.getValue().matches("\\d+|\\d*(1st|2nd|3rd|[04-9]th|1[123]th)"), e.toString());
        }
    }

    @Test
    void compoundsCloseWithoutOtherChange() {
        assertEquals("percent", HouseStyleLists.compounds().get(List.of("per", "cent")));
        assertTrue(HouseStyleLists.compounds().size() >= 10);
        for (Map.Entry<List<String>, String> e : HouseStyleLists.compounds().entrySet()) {
            assertEquals(String.join("", e.getKey()), e.getValue());
            assertTrue(e.getKey().size() >= 2, e.toString());
        }
    }

    @Test
    void unitFormsAreWrittenAsKeyedAndEachOneFormIsAFormOfItself() throws IOException {
        Map<String, String> units = HouseStyleLists.units();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : lines("units.tsv")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String form = line.split("\t", -1)[0];
            if (!seen.add(form)) {
                problems.add("listed twice: " + form);
            }
            // A form not written as HouseStyle keys it ("kilometres") could never be met.
            if (!form.equals("%") && !HouseStyle.key(form).equals(form)) {
                problems.add("not written as keyed: " + form + " -> " + HouseStyle.key(form));
            }
        }
        for (String one : units.values()) {
            if (!one.equals(units.get(one))) {
                problems.add("one form that is not a form of itself: " + one);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(seen.size(), units.size(), "the loader reads every line");
        assertEquals("percent", units.get("%"));
        assertEquals("kilometer", units.get("km"));
        assertEquals("foot", units.get("feet"));
        assertEquals("mph", units.get("miles per hour"));
        // Units of another size, and letters that are as often something else, are not listed.
        for (String apart : List.of("m", "in", "ton", "tonne", "l", "g")) {
            assertTrue(!units.containsKey(apart), apart);
        }
    }

    @Test
    void aMalformedLineFailsWithItsFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HouseStyleLists.pairs("malformed.tsv"));
        assertEquals("house-style/malformed.tsv:4: expected two lower-case fields separated by one tab: Colour\tcolor", e.getMessage());
    }

    @Test
    void aMissingListFailsWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HouseStyleLists.pairs("nowhere.tsv"));
        assertEquals("missing word list house-style/nowhere.tsv", e.getMessage());
    }
}
