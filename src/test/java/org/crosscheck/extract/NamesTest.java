package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.Fixtures;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

class NamesTest {

    private static Map<String, Integer> names(String text) {
        return Names.of(Cleaner.clean(Fixtures.document("n", text))).counts();
    }

    @Test
    void wordsThatLabelFiguresAreNoNames() {
        Map<String, Integer> n = names("Harlow Mills Inc. said its profit rose to C$4.1 million, or US$3.5 million, in the year "
                + "ended Aug. 31. The dividend is payable Dec. 15 to holders of record. Brenton Corp. agreed.\n");
        assertTrue(n.containsKey("harlow mills inc"), n.toString());
        assertTrue(n.containsKey("brenton corp"), n.toString());
        for (String not : new String[] {"c", "us", "aug", "dec", "inc", "corp"}) {
            assertFalse(n.containsKey(not), not + " in " + n);
        }
        // A name before a full stop and a number is still one when it is long or dotted inside.
        Map<String, Integer> m = names("Shares fell in Ostrava. 12 traders left the U.S. 30 days later.\n");
        assertTrue(m.containsKey("ostrava"), m.toString());
        assertTrue(m.containsKey("u.s"), m.toString());
        // The adjective of a currency written out names money, not a story; the country itself is a name.
        Map<String, Integer> c = names("Profit at Velmar Foods rose to 4 million Canadian dollars, helped by sales in Canada.\n");
        assertFalse(c.containsKey("canadian"), c.toString());
        assertTrue(c.containsKey("canada"), c.toString());
        assertTrue(c.containsKey("velmar foods"), c.toString());
        assertFalse(Names.beforeCurrencyWord("Canadian Dollars", 8, 16));
        // A currency's small part after a country's adjective or abbreviation is money too.
        Map<String, Integer> p = names("Shares of Velmar Foods rose 40 Canadian cents, and 12 US cents in New York; Canadian buyers agreed.\n");
        assertFalse(p.containsKey("canadian") && p.get("canadian") > 1, p.toString());
        assertFalse(p.containsKey("us"), p.toString());
        assertTrue(p.containsKey("velmar foods"), p.toString());
        assertTrue(Names.beforeCurrencyWord("Canadian cents", 8, 14));
        assertTrue(Names.beforeCurrencyWord("Euro pence.", 4, 11));
        assertFalse(Names.beforeCurrencyWord("Canadian centres", 8, 16));
        assertFalse(Names.beforeCurrencyWord("Canadian Cents", 8, 14));
        assertTrue(Names.CURRENCY_PARTS.contains("cents") && Names.CURRENCY_PARTS.contains("pence"));
        assertFalse(Names.CURRENCY_PARTS.contains("centres"));
        assertTrue(Names.numberLabel("No. 2", 0, 2, 5));
        assertFalse(Names.numberLabel("No.2", 0, 2, 4));
        assertFalse(Names.numberLabel("Nor. x", 0, 3, 6));
    }

    @Test
    void aNumberLabelEndsWhereItsSpanEnds() {
        // A sign or a full stop at or past the span's end is not the word's.
        assertTrue(Names.numberLabel("C$5", 0, 1, 3));
        assertFalse(Names.numberLabel("C$5", 0, 1, 1));
        assertFalse(Names.numberLabel("No", 0, 2, 2));
        // Four letters before the stop may label a figure; five may not.
        assertTrue(Names.numberLabel("Sept. 5", 0, 4, 7));
        assertFalse(Names.numberLabel("Septe. 5", 0, 5, 8));
        // The number must stand inside the span, after at least one space.
        assertTrue(Names.numberLabel("No.  7", 0, 2, 6));
        assertFalse(Names.numberLabel("No. 2", 0, 2, 4));
        assertFalse(Names.numberLabel("No. ", 0, 2, 4));
        assertFalse(Names.numberLabel("N0. 2", 0, 2, 5), "a digit inside the word: no abbreviation");
    }

    @Test
    void aCurrencyWordMustStandWhollyInsideTheSpan() {
        assertTrue(Names.beforeCurrencyWord("Swiss  francs", 5, 13));
        assertFalse(Names.beforeCurrencyWord("Swiss ", 5, 6), "nothing after the spaces");
        assertFalse(Names.beforeCurrencyWord("Swiss francs", 5, 6), "the word is past the span's end");
        assertFalse(Names.beforeCurrencyWord("Swissfrancs", 5, 11), "no space before it");
        // The word ends at the span's end, not at the text's: "francsX" is no currency word.
        assertTrue(Names.beforeCurrencyWord("Swiss francsX", 5, 12));
        assertFalse(Names.beforeCurrencyWord("Swiss francsX", 5, 13));
    }

    @Test
    void titleCaseIsToldFromSentenceCase() {
        String a = "Laid-Off Baker Wounds Three at Dellmont Bakery";
        assertTrue(Names.titleCased(a, 0, a.length()));
        String b = "Baker wounds three at a bakery in Dellmont";
        assertFalse(Names.titleCased(b, 0, b.length()));
        // One word of four letters in lower case is allowed ("with", "from"), two are not.
        String c = "Storm Hits Marlow with Floods";
        assertTrue(Names.titleCased(c, 0, c.length()));
        String d = "Storm hits Marlow with floods";
        assertFalse(Names.titleCased(d, 0, d.length()));
        // Too few long words to tell.
        String e = "Fire in Orvale";
        assertFalse(Names.titleCased(e, 0, e.length()));
    }

    @Test
    void aTitleCasedHeadlineCountsOnlyTheNamesItsBodyNames() {
        Map<String, Integer> n = names("Laid-Off Baker Wounds Three at Dellmont Bakery: Police\n"
                + "A baker who had been laid off returned to the Dellmont Bakery on Friday and wounded three people, "
                + "police said. Tessa Marwick, who runs the bakery, said the staff hid in a store room.\n");
        assertFalse(n.containsKey("laid-off baker wounds"), n.toString());
        assertFalse(n.containsKey("three"), n.toString());
        // The headline's mention of a name the body has counts three times, as any headline's.
        assertEquals(4, n.get("dellmont bakery"), n.toString());
        assertEquals(1, n.get("tessa marwick"), n.toString());
    }

    @Test
    void aSentenceCaseHeadlineKeepsItsNames() {
        Map<String, Integer> n = names("Floods close roads around Marlow Vale\n"
                + "Roads into the valley were closed on Monday after two days of rain, and officials said the river "
                + "would not fall before the weekend. Shops stayed shut and the school sent its pupils home.\n");
        assertEquals(3, n.get("marlow vale"), n.toString());
    }

    @Test
    void aHeadlineRunIsCutToTheLongestNamesOfTheBody() {
        assertEquals(List.of("dellmont bakery"), Names.namesWithin("dellmont bakery shooting", Set.of("dellmont bakery", "dellmont")));
        assertEquals(List.of("tessa marwick", "dellmont"),
                Names.namesWithin("tessa marwick sues dellmont", Set.of("tessa marwick", "dellmont")));
        assertEquals(List.of("kraal"), Names.namesWithin("kraal", Set.of("kraal")));
        assertEquals(List.of(), Names.namesWithin("suspended worker kills", Set.of("dellmont")));
    }

    @Test
    void titleAndInstitutionWordsAreStrippedFromTheFrontOfAPersonsName() {
        assertTrue(Names.ROLE_WORDS.containsAll(Set.of("secretary-general", "spokesman", "ministry", "of", "the", "dr")));
        for (String w : Names.ROLE_WORDS) {
            assertEquals(w.toLowerCase(java.util.Locale.ROOT).strip(), w, "one lower-case word a line");
        }
        assertFalse(Names.ROLE_WORDS.contains("jens"));
        assertEquals("jens stoltenberg", Names.personalName("nato secretary-general jens stoltenberg"));
        assertEquals(null, Names.personalName("jens stoltenberg"));
        assertTrue(Names.personLike("jens stoltenberg"));
        assertFalse(Names.personLike("interior ministry"));
    }

    @Test
    void titleCaseCountsWordsOfFourLettersOrMore() {
        assertTrue(Names.titleCased("Work Hits Town", 0, 14), "three capitalised words of four letters");
        assertFalse(Names.titleCased("Fox Hit The Car", 0, 15), "words of three letters do not count");
        assertTrue(Names.titleCased("Rain Hits Town with", 0, 19), "one long word in lower case is allowed");
        assertFalse(Names.titleCased("Rain Hits Town with some", 0, 24), "two are not");
        assertFalse(Names.titleCased("Rain Hits", 0, 9), "two capitalised words are too few");
        assertFalse(Names.titleCased("x Rain Hits Town", 2, 9), "only the range is read");
    }
}
