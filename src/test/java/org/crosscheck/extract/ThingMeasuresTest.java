package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.junit.jupiter.api.Test;

/** The length of a thing given as a measure before its noun; whole articles are in the rule cases. */
class ThingMeasuresTest {

    private static List<AttributeClaim> read(String text) {
        return ThingMeasures.settle(SentenceReaders.read(ThingMeasures::sentence, text));
    }

    @Test
    void theNounListIsReadFromItsFile() {
        assertTrue(ThingMeasures.NOUNS.containsAll(List.of("dhow", "boat", "shark")));
        for (String w : ThingMeasures.NOUNS) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
        }
    }

    @Test
    void theFormsOfAMeasureBeforeItsNoun() {
        String[][] cases = {
            {"Guards stopped a 10-metre dhow.", "a 10-metre dhow", "thing:dhow", "10 metre", "10.0", "10.0"},
            {"The 10-metre-long dhow sank.", "The 10-metre-long dhow", "thing:dhow", "10 metre", "10.0", "10.0"},
            {"It was a 24- to 30-foot dhow.", "a 24- to 30-foot dhow", "thing:dhow", "24-30 foot (8 m)", "7.3152", "9.144"},
            {"They saw a 12 ft. shark.", "a 12 ft. shark", "thing:shark", "12 ft (4 m)", "3.6576", "3.6576"},
            {"They saw a 12-foot tiger shark.", "a 12-foot tiger shark", "thing:shark", "12 foot (4 m)", "3.6576", "3.6576"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entityKey(), c[0]);
            assertEquals(AttributeClaim.LENGTH, a.attribute());
            assertEquals(c[3], a.valueText(), c[0]);
            assertEquals(Double.parseDouble(c[4]), a.low(), 1e-6, c[0]);
            assertEquals(Double.parseDouble(c[5]), a.high(), 1e-6, c[0]);
        }
    }

    @Test
    void twoLengthsOfOneNounInADocumentAndOtherFormsGiveNone() {
        for (String s : List.of(
                "Guards stopped a 10-metre dhow and a 12-metre dhow.",
                "Guards stopped a dhow 10 metres from the shore.",
                "Two 10-metre dhows were seen.",
                "A 10-metre wave hit the coast.",
                "The 30-to-20-foot boat sank.")) {
            assertEquals(List.of(), read(s), s);
        }
        // One length written twice is one claim.
        assertEquals(1, read("A 10-metre dhow fled; the 10-metre dhow was caught.").size());
    }
}
