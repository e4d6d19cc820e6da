package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The abbreviation definitions are searched only from where a match can begin (a bracket, or up to
 * ten characters before " ("): the matches must be those of a search over every position, in the
 * same order.
 */
class DefinitionsSearchTest {

    private static final String[] PIECES = {"(", ")", " (", " ", "  ", "\n", ".", ",", "&", "A", "B", "I", "E", "a", "e",
        "x", "IE", "IEA", "MoD", "NATO", "AT&T", "Internet Explorer", "International Energy Agency", "of", "the",
        "ABCDEFGHIJ", "ABCDEFGHIJK", "\u00e9", "\u201c", "\u2014", "1", "Federal Bureau of Investigation (FBI)",
        "IEA (International Energy Agency)", "(IE)", "X (", "Ab (cd)"};

    @Test
    void randomTextsGiveTheMatchesOfASearchOverEveryPosition() {
        Random random = new Random(29);
        int withMatches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<String> longForms = everyPosition(HouseStyle.LONG_AFTER, text);
            assertEquals(longForms, fromStarts(HouseStyle.LONG_AFTER, text, HouseStyle::longFormFrom), text);
            assertEquals(everyPosition(HouseStyle.SHORT_AFTER, text),
                    fromStarts(HouseStyle.SHORT_AFTER, text, (t, from) -> t.indexOf('(', from)), text);
            if (!longForms.isEmpty()) {
                withMatches++;
            }
        }
        assertFalse(withMatches < 1000, "too few texts with a long form: " + withMatches);
    }

    @Test
    void aLongFormStartsUpToTenCharactersBeforeItsBracket() {
        assertEquals(0, HouseStyle.longFormFrom("ABCDEFGHIJ (x y z)", 0));
        assertEquals(1, HouseStyle.longFormFrom("ABCDEFGHIJK (x y z)", 0));
        assertEquals(5, HouseStyle.longFormFrom("ABCDEFGHIJK (x y z)", 5));
        assertEquals(-1, HouseStyle.longFormFrom("IE (", 1));
        assertEquals(-1, HouseStyle.longFormFrom("no bracket here", 0));
        assertEquals(List.of("0-8:IE"), fromStarts(HouseStyle.LONG_AFTER, "IE (abc)", HouseStyle::longFormFrom));
    }

    @Test
    void definitionsAtTheTextsFirstCharacterAndAfterABracketThereAreFound() {
        assertEquals(java.util.Map.of("iea", "international energy agency"),
                HouseStyle.ofStory(List.of("IEA (International Energy Agency) said so.")).abbreviations());
        assertEquals(java.util.Map.of("ie", "internet explorer"),
                HouseStyle.ofStory(List.of("(a) Internet Explorer (IE) crashed.")).abbreviations());
        assertEquals(java.util.Map.of("ie", "internet explorer", "iea", "international energy agency"),
                HouseStyle.ofStory(List.of("(IE) Internet Explorer (IE) and IEA (International Energy Agency).")).abbreviations());
    }

    private static List<String> everyPosition(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    /** The loop {@code HouseStyle.definitions} runs. */
    private static List<String> fromStarts(Pattern p, String text, BiFunction<String, Integer, Integer> next) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = next.apply(text, 0); from >= 0 && m.find(from); from = next.apply(text, m.end())) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }
}
