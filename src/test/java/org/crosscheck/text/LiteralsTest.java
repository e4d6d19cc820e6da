package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap tests before a pattern never say no where the pattern would match. */
class LiteralsTest {

    @Test
    void containsAnyFindsAWordAsWritten() {
        assertTrue(Literals.containsAny("officials said on Monday", "told", "said"));
        assertFalse(Literals.containsAny("officials Said on Monday", "told", "said"));
        assertFalse(Literals.containsAny("", "said"));
    }

    @Test
    void ignoringAsciiCaseFindsAWordInTheRegionOnly() {
        assertTrue(Literals.containsAnyIgnoringAsciiCase("A 33-YEAR-old man", 0, 17, "year"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("a phone Call", 0, 12, "call", "phone"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("xx Call", 3, 7, "call"));
        // Cut by the region's end, or before its start.
        assertFalse(Literals.containsAnyIgnoringAsciiCase("a phone call", 0, 11, "call"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("call here", 1, 9, "call"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("cal", 0, 3, "call"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("cAlm", 0, 4, "call"));
        // Only A to Z change case: the Kelvin sign is no k, as CASE_INSENSITIVE has it.
        assertFalse(Literals.containsAnyIgnoringAsciiCase("\u212Aey", 0, 3, "key"));
        assertFalse(Pattern.compile("key", Pattern.CASE_INSENSITIVE).matcher("\u212Aey").find());
        assertFalse(Literals.containsAnyIgnoringAsciiCase("[year]", 0, 6, "years"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("@EAR", 0, 4, "`ear"));
        // Words that start with other characters than a to z are tried where such a character stands.
        assertTrue(Literals.containsAnyIgnoringAsciiCase("the mayor's office", 0, 18, "'s", "zz"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("a 24-hour strike", 0, 16, "-hour"));
        assertFalse(Literals.containsAnyIgnoringAsciiCase("the mayors office", 0, 17, "'s"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase("Zebra", 0, 5, "'s", "zeb"), "a letter word beside an other one");
        assertEquals('a', "A".toLowerCase().charAt(0));
    }

    @Test
    void aFoldedRangeIsRememberedOnlyForTheSameTextAndBounds() {
        String text = "The climber Fell 200 metres; the Team missed two games.";
        assertTrue(Literals.containsAnyIgnoringAsciiCase(text, 0, 27, "fell"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase(text, 0, 27, "climber"), "the same range again");
        assertFalse(Literals.containsAnyIgnoringAsciiCase(text, 0, 27, "missed"), "same range, other words");
        String other = new String("The climber sat 200 metres away; the Team missed two games.");
        assertFalse(Literals.containsAnyIgnoringAsciiCase(other, 0, 27, "fell"), "another text with the same bounds");
        assertTrue(Literals.containsAnyIgnoringAsciiCase(other, 0, 27, "sat"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase(other, 1, 27, "sat"), "another start");
        assertFalse(Literals.containsAnyIgnoringAsciiCase(other, 1, 14, "sat"), "another end");
        assertTrue(Literals.containsAnyIgnoringAsciiCase(text, 28, text.length(), "missed"), "another range of the same text");
        assertFalse(Literals.containsAnyIgnoringAsciiCase(text, 28, text.length(), "fell"));
        assertEquals("he climber fell", Literals.folded(text, 1, 16));
        assertEquals("he climber fell", Literals.folded(text, 1, 16), "remembered");
        assertFalse(Literals.containsAnyIgnoringAsciiCase(text, 0, 27, ""), "an empty word is in no text");
    }

    @Test
    void aStringAndAnyOtherCharSequenceGiveTheSameAnswer() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "abcdeABCDE '-\u212A";
        String[] words = {"ab", "cd", "e'", "-a", "bad", "k"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            int to = from + random.nextInt(sb.length() - from + 1);
            String w = words[random.nextInt(words.length)];
            assertEquals(Literals.containsAnyIgnoringAsciiCase(sb, from, to, w),
                    Literals.containsAnyIgnoringAsciiCase(sb.toString(), from, to, w), sb + " " + from + " " + to + " " + w);
            String[] two = {w, words[random.nextInt(words.length)]};
            assertEquals(Literals.containsAnyIgnoringAsciiCase(sb.toString(), from, to, two),
                    Literals.scanIgnoringAsciiCase(sb.toString(), from, to, two), sb + " " + from + " " + to + " " + String.join("|", two));
        }
    }

    @Test
    void aScanOfGroupsTellsWhichGroupsTheRangeHoldsAWordOf() {
        String[] harm = {"kill", "hurt"};
        String[] none = {"reported", "there"};
        assertEquals(1, Literals.scanGroupsIgnoringAsciiCase("Nobody Was HURT", 0, 15, harm, none));
        assertEquals(2, Literals.scanGroupsIgnoringAsciiCase("None were REPORTED", 0, 18, harm, none));
        assertEquals(3, Literals.scanGroupsIgnoringAsciiCase("There, one killed", 0, 17, harm, none));
        assertEquals(0, Literals.scanGroupsIgnoringAsciiCase("There, one killed", 1, 10, harm, none), "cut by the range");
        assertEquals(0, Literals.scanGroupsIgnoringAsciiCase("\u212Aill the rest", 0, 13, harm, none), "no K, no there");
        assertEquals(0, Literals.scanGroupsIgnoringAsciiCase("", 0, 0, harm, none));
        assertEquals(1, Literals.scanGroupsIgnoringAsciiCase("a \u2019S", 0, 4, new String[] {"\u2019s"}), "a first character outside a to z");
    }

    @Test
    void aScanOfGroupsAnswersAsAScanOfEachGroup() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "abcdeABCDE '-\u212A";
        String[] words = {"ab", "cd", "e'", "-a", "bad", "k", "dab"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String[][] groups = new String[1 + random.nextInt(3)][];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = new String[] {words[random.nextInt(words.length)], words[random.nextInt(words.length)]};
            }
            int expected = 0;
            for (int g = 0; g < groups.length; g++) {
                expected |= Literals.scanIgnoringAsciiCase(text, from, to, groups[g]) ? 1 << g : 0;
            }
            assertEquals(expected, Literals.scanGroupsIgnoringAsciiCase(text, from, to, groups), text + " " + from + " " + to);
        }
    }

    @Test
    void aScanOfAStringFindsAWordInTheRangeIgnoringTheCaseOfAToZOnly() {
        assertTrue(Literals.scanIgnoringAsciiCase("Nobody Was HURT", 0, 15, "kill", "hurt"));
        assertTrue(Literals.scanIgnoringAsciiCase("a \u2019S", 0, 4, "\u2019s"), "a first character outside a to z");
        assertFalse(Literals.scanIgnoringAsciiCase("Nobody Was HURT", 0, 14, "kill", "hurt"), "cut by the range's end");
        assertFalse(Literals.scanIgnoringAsciiCase("Nobody Was HURT", 12, 15, "hurt"), "cut by the range's start");
        assertFalse(Literals.scanIgnoringAsciiCase("\u212Aill", 0, 4, "kill"), "the Kelvin sign is no K to a pattern without UNICODE_CASE");
        assertFalse(Literals.scanIgnoringAsciiCase("", 0, 0, "kill"));
        assertTrue(Literals.scanIgnoringAsciiCase("x-ray", 0, 5, "-r"));
    }

    @Test
    void theTableOfPairsOnlyPassesOverWordsTheTextCannotHold() {
        String text = "Ab ba, x0y";
        // Every pair of "aba" is in the text, but not the word: String.indexOf still decides.
        assertFalse(Literals.containsAnyIgnoringAsciiCase(text, 0, text.length(), "aba"));
        // 'p' and '0' share their low six bits: the table lets "xpy" through, the search does not.
        assertFalse(Literals.containsAnyIgnoringAsciiCase(text, 0, text.length(), "xpy"));
        assertTrue(Literals.containsAnyIgnoringAsciiCase(text, 0, text.length(), "xpy", "b b"), "a later word");
        assertTrue(Literals.containsAnyIgnoringAsciiCase(text, 0, text.length(), "a", "zz"), "a word of one character");
        long[] pairs = new long[64];
        for (String w : new String[] {"said", "an"}) {
            for (int k = 1; k < w.length(); k++) {
                int p = Literals.pair(w.charAt(k - 1), w.charAt(k));
                pairs[p >>> 6] |= 1L << p;
            }
        }
        assertTrue(Literals.mayHold(pairs, "aid"));
        assertTrue(Literals.mayHold(pairs, "sai"));
        assertTrue(Literals.mayHold(pairs, "x"), "no pair to miss");
        assertFalse(Literals.mayHold(pairs, "sad"));
        assertFalse(Literals.mayHold(pairs, "saidx"), "the last pair");
        assertFalse(Literals.mayHold(pairs, "xsaid"), "the first pair");
        assertEquals(Literals.pair('p', 'a'), Literals.pair('0', 'a'));
        assertTrue(Literals.pair('a', 'b') != Literals.pair('b', 'a'));
        assertTrue(Literals.pair('a', 'b') != Literals.pair('a', 'c'));
        assertTrue(Literals.pair('a', 'b') != Literals.pair('c', 'b'));
    }

    @Test
    void longTextsGiveTheAnswerOfAPlainSearch() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-.\u00e9\u2019";
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String folded = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
            String w;
            if (to - from >= 3 && random.nextBoolean()) {
                int a = from + random.nextInt(to - from - 2);
                w = text.substring(a, a + 1 + random.nextInt(Math.min(6, to - a))).toLowerCase(java.util.Locale.ROOT);
            } else {
                w = "" + alphabet.charAt(random.nextInt(26)) + alphabet.charAt(random.nextInt(26));
            }
            assertEquals(folded.contains(w), Literals.containsAnyIgnoringAsciiCase(text, from, to, w), text + " " + from + " " + to + " " + w);
        }
    }

    @Test
    void afterAsciiSpacePassesOverWhatAPatternsWhiteSpaceMatchesOnly() {
        assertEquals(4, Literals.afterAsciiSpace("ab \t,x", 2, 6));
        assertEquals(8, Literals.afterAsciiSpace("x \n\r\f\u000b\t ,", 1, 9));
        assertEquals(2, Literals.afterAsciiSpace("ab,", 2, 3), "a comma at once");
        assertEquals(4, Literals.afterAsciiSpace("ab  ", 2, 4), "only space to the end");
        assertEquals(3, Literals.afterAsciiSpace("ab  ,", 2, 3), "the stretch's end, not the text's");
        assertEquals(2, Literals.afterAsciiSpace("ab", 2, 2));
        // A no-break space and an em space are no \\s: a pattern's white space stops there too.
        assertEquals(1, Literals.afterAsciiSpace(" \u00a0,", 0, 3));
        assertEquals(0, Literals.afterAsciiSpace("\u2003,", 0, 2));
        for (char c = 0; c < 0x3000; c++) {
            boolean space = Pattern.compile("\\s").matcher(String.valueOf(c)).matches();
            assertEquals(space ? 1 : 0, Literals.afterAsciiSpace(String.valueOf(c), 0, 1), "character " + (int) c);
        }
    }
}
