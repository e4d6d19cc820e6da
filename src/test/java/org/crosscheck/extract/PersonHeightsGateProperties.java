package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PersonHeights#mayGiveHeight} lets through every sentence in which a height ({@link
 * PersonHeights#HEIGHT}, the part every pattern of a height holds) can be found, so the sentences it
 * stops give no height. Sentences written for the test.
 */
class PersonHeightsGateProperties {

    private static final Pattern HEIGHT = Pattern.compile("(?i)" + PersonHeights.HEIGHT);

    private static final List<String> WORDS = List.of(
            "Alan Brisco", "is", "stands", ",", "a", "who", "4", "6", "7", "8", "SIX", "Five", "seven", "three", "-", "\u2010",
            "foot", "Feet", "FT", "ft.", "inches", "tall", "left", "after", "soft", "forward", "6-foot-8", "six-feet", "7\u2010ft",
            "6 feet 8 inches", "metres");

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10).map(ws -> String.join(" ", ws).replace(" - ", "-").replace(" \u2010 ", "\u2010"));
    }

    @Property(tries = 3000)
    void aSentenceWithAHeightIsLetThrough(@ForAll("sentences") String text) {
        if (HEIGHT.matcher(text).find()) {
            assertTrue(PersonHeights.mayGiveHeight(text, 0, text.length()), text);
        }
    }

    @Example
    void aSentenceOfFeetWithoutAHeightIsStopped() {
        assertFalse(PersonHeights.mayGiveHeight("He left after the soft ground gave way.", 0, 39));
        assertFalse(PersonHeights.mayGiveHeight("It was three feet deep.", 0, 23));
        assertTrue(PersonHeights.mayGiveHeight("He is SIX FEET tall.", 0, 20));
        assertTrue(PersonHeights.mayGiveHeight("He is 7\u2010ft.", 0, 11));
        assertEquals(72, PersonHeights.HEIGHT_WORDS.length);
    }
}
