package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;

/**
 * {@link Holdings} searches for a holding or a possessive's count only in a sentence with a digit or
 * a number's word after white space ({@link PrisonTerms#mayHoldNumber}): on any sentence made of
 * names, possessives, verbs of holding, counts in digits and words, nouns of tallies and loose words,
 * it reads what searching every sentence reads. Sentences written for the test.
 */
class HoldingsGateProperties {

    private static final List<String> WORDS = List.of(
            "Roe", "Lund", "Roe's", "Lund\u2019s", "The Marsh Party", "Harbour Church,", "which", "now", "still", "has", "have",
            "had", "holds", "held", "controls", "counts", "his", "her", "their", "its", "a", "an", "the", "slim", "majority",
            "of", "at least", "more than", "some", "three", "Three", "THIRTY-ONE", "forty two", "seventy", "zero", "hundred",
            "someone", "often", "nineteen", "12", "2,100", "41st", "9th", "160", "career", "all-time", "points", "wins",
            "victory", "cats", "dogs", "seats", "members", "percent", "votes", "straight", "in the season", "own", "new",
            "(", ")", ",", ".", "-", "\u00a0ten", "\u212aelvin",
            // possessives written otherwise, and their letters inside other words
            "HIS", "Their", "Roe'S", "other", "there", "\u00e9his", "his\t4", "her\n12", "Lund's\u00a0ten", "Roe'", "s",
            // whole holdings, so that every form has sentences it reads
            "The Marsh Party holds 41 seats", "Harbour Church, which has at least 900 members", "Roe's 2,100 career points",
            "her three cats", "Lund's 41st victory, and", "hold a slim majority of 162 in", "his twenty-one all-time wins");

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12)
                .map(ws -> String.join(" ", ws).replace(" 's", "'s"));
    }

    private static List<AttributeClaim> read(String text, boolean gated) {
        List<People.Mention> here = new ArrayList<>();
        for (String[] p : new String[][] {{"Roe", "Ann Roe"}, {"Lund", "Pierce Lund"}}) {
            if (text.contains(p[0])) {
                here.add(TestPeople.mention(text, p[0], p[1]));
            }
        }
        List<AttributeClaim> out = new ArrayList<>();
        Holdings.sentence(text, "d", 0, text.length(), here, null, here, DateClaim.NO_DAY, null, out, gated);
        return out;
    }

    @Property(tries = 3000)
    void aSentencePassedOverGivesNoHoldingSearchingItWouldGive(@ForAll("sentences") String text) {
        assertEquals(read(text, false), read(text, true), text);
    }

    @Example
    void theGeneratedSentencesGiveHoldingsAndPossessivesCounts() {
        assertFalse(read("The Marsh Party holds 41 seats", true).isEmpty());
        assertFalse(read("Roe was fond of her three cats.", true).isEmpty());
        assertFalse(read("It was Lund's 41st victory, and a clean one.", true).isEmpty());
    }

    @Example
    void aSentenceWithoutANumberAfterWhiteSpaceIsPassedOver() {
        assertFalse(PrisonTerms.mayHoldNumber("Roe fed her own cats.", 0, 21));
        assertFalse(PrisonTerms.mayHoldNumber("Someone often sees her.", 0, 23), "number words inside longer words");
        assertTrue(PrisonTerms.mayHoldNumber("Roe fed her Three cats.", 0, 23));
        assertTrue(PrisonTerms.mayHoldNumber("Roe fed her 3 cats.", 0, 19));
        assertFalse(PrisonTerms.mayHoldNumber("Roe fed her \u212aelvin cats.", 0, 24), "a Kelvin sign is no letter of a word");
        assertFalse(PrisonTerms.mayHoldNumber("her \u0080 cats", 0, 10), "the first character past ASCII");
    }

    @Example
    void aPossessiveMustBeFollowedByItsCount() {
        assertTrue(Holdings.possessiveCount("Roe fed her three cats.", 0, 23));
        assertTrue(Holdings.possessiveCount("Roe's 58th win", 0, 14));
        assertTrue(Holdings.possessiveCount("THEIR\t12 seats", 0, 14));
        assertFalse(Holdings.possessiveCount("Roe fed her own cats, 12 of them.", 0, 33), "a number, but not after the possessive");
        assertFalse(Holdings.possessiveCount("Their 12 seats", 1, 14), "the region cuts the possessive");
        assertFalse(Holdings.possessiveCount("Roe's 12 seats", 0, 6), "the count past the region's end");
        assertFalse(Holdings.possessiveCount("another 12 seats", 0, 16), "her inside a word");
        assertTrue(Holdings.possessiveCount("\u00e9his 12 seats", 0, 13), "a letter past ASCII before: let through, the pattern decides");
        assertFalse(Holdings.possessiveCount("her\u00a012 seats", 0, 12), "a no-break space is no \\s");
        assertFalse(Holdings.possessiveCount("Roe's", 0, 5));
    }

    /** The first-letter test lets through every word start that comparing with every word would. */
    @Property(tries = 2000)
    void theFirstLetterTestPassesWhatComparingEveryWordPasses(@ForAll("sentences") String text) {
        assertEquals(PrisonTerms.mayHoldNumber(text, 0, text.length(), PrisonTerms.EVERY_FIRST),
                PrisonTerms.mayHoldNumber(text, 0, text.length()), text);
    }
}
