package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap test before the ages after a name never rules out a place where one of their patterns matches. */
class AgeAfterTriggerTest {

    @Test
    void tellsWhereAnAgeAfterANameMayStand() {
        String text = "Dana Roe, 33, Lee Mar (40) and Kim Ode is 51 but Ann Vell said so";
        assertTrue(AttributeExtractor.mayHaveAgeAfter(text, 8, text.length()), "a comma");
        assertTrue(AttributeExtractor.mayHaveAgeAfter(text, 21, text.length()), "a bracket after a space");
        assertTrue(AttributeExtractor.mayHaveAgeAfter(text, 38, text.length()), "white space and 'is'");
        assertFalse(AttributeExtractor.mayHaveAgeAfter(text, 58, text.length()), "white space and another word");
        assertFalse(AttributeExtractor.mayHaveAgeAfter("Kim Odeis 51", 7, 12), "'is' glued to the name");
        assertTrue(AttributeExtractor.mayHaveAgeAfter("Kim Ode\tIS 51", 7, 13), "'IS' after a tab");
        assertFalse(AttributeExtractor.mayHaveAgeAfter("Dana Roe  ", 8, 10), "only space to the end");
        assertFalse(AttributeExtractor.mayHaveAgeAfter("Dana Roe, 33", 8, 8), "the sentence ends at the name");
        assertFalse(AttributeExtractor.mayHaveAgeAfter("Dana Roe , 33", 8, 9), "the comma past the sentence's end");
        assertTrue(AttributeExtractor.mayHaveAgeAfter("Dana Roe", 9, 8), "a name past the end is left to the patterns");
    }

    /** Random stretches of the pieces ages are written with: where the test says no, no pattern matches. */
    @Test
    void neverRulesOutAMatch() {
        List<String> pieces = List.of(", ", "33", ", ", " (", "(", ")", " is ", " Is ", "is ", "aged ", "age ", "a ", "an ",
                "-year-old", " years old", "who ", " and", ".", ";", "\t", "\n", " ", "x", "I", "\u00a0", "thirty-three", "said",
                ", 33,", " (33)", ", aged 33", " is 33.", ", a 33-year-old", ", who is 33,", " \n, 33 and");
        Random random = new Random(33);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder("Dana Roe");
            for (int k = random.nextInt(7); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            int to = 8 + random.nextInt(text.length() - 7);
            boolean any = false;
            for (Pattern p : AttributeExtractor.AGE_AFTER) {
                any |= p.matcher(text).region(8, to).lookingAt();
            }
            if (any) {
                matched++;
                assertTrue(AttributeExtractor.mayHaveAgeAfter(text, 8, to), text + " to " + to);
            }
        }
        assertTrue(matched > 2_000, "the random texts give ages often: " + matched);
    }
}
