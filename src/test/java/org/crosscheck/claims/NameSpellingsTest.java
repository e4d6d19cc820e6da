package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spellings the articles keep apart: two or more write both, and none writes one without the other. */
class NameSpellingsTest {

    private static NameSpellings of(String... documentAndText) {
        List<NameClaim> names = new ArrayList<>();
        for (int i = 0; i < documentAndText.length; i += 2) {
            String text = documentAndText[i + 1];
            names.add(new NameClaim(documentAndText[i], new Span(0, text.length()), text, "_"));
        }
        return new NameSpellings(names);
    }

    @Test
    void twoArticlesThatEachWriteBothKeepThemApart() {
        NameSpellings s = of("a", "Orvale", "a", "Orvalle", "b", "Orvale", "b", "Orvalle", "c", "Orvale");
        assertTrue(s.distinguish("orvale", "orvalle"));
        assertTrue(s.distinguish("orvalle", "orvale"), "either order");
    }

    @Test
    void oneArticleWritingBothMayHaveMistypedOnce() {
        assertFalse(of("a", "Orvale", "a", "Orvalle", "b", "Orvale").distinguish("orvale", "orvalle"));
    }

    @Test
    void aSpellingSomeArticleWritesAloneIsAVariant() {
        NameSpellings s = of("a", "Orvale", "a", "Orvalle", "b", "Orvale", "b", "Orvalle", "c", "Orvalle", "d", "Orvale");
        assertFalse(s.distinguish("orvale", "orvalle"), "c writes Orvalle alone and d Orvale alone");
        assertFalse(of("a", "Orvale", "b", "Orvalle").distinguish("orvale", "orvalle"));
        assertFalse(of("a", "Orvale").distinguish("orvale", "orvalle"), "a spelling no article writes");
    }
}
