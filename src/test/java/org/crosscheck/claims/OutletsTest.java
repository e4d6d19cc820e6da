package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutletsTest {

    @Test
    void hostsAreReadAsTheirOutletsDomain() {
        assertEquals("bbc.co.uk", Outlets.outlet("news.bbc.co.uk"));
        assertEquals("bbc.co.uk", Outlets.outlet("bbc.co.uk"));
        assertEquals("reuters.com", Outlets.outlet("uk.reuters.com"));
        assertEquals("latimes.com", Outlets.outlet("articles.latimes.com"));
        assertEquals("theage.com.au", Outlets.outlet("www.theage.com.au"));
        assertEquals("trend.az", Outlets.outlet("en.trend.az"), "a two-letter domain without a second-level label");
        assertEquals("reuters.com", Outlets.outlet("reuters.com"));
        assertEquals("localhost", Outlets.outlet("localhost"));
    }

    @Test
    void namesAreReadInLowerCaseWithSingleSpaces() {
        assertEquals("anadolu agency", Outlets.outlet("  Anadolu   Agency "));
        assertEquals("u.s. news", Outlets.outlet("U.S. News"), "a name with a dot and a space is no host");
        assertNull(Outlets.outlet(null));
        assertNull(Outlets.outlet("  "));
    }

    @Test
    void documentsAreOneOutletOnlyWhenBothAreKnownAndAlike() {
        Map<String, String> sources = new HashMap<>();
        sources.put("a", "news.bbc.co.uk");
        sources.put("b", "www.bbc.co.uk");
        sources.put("c", "uk.reuters.com");
        sources.put("d", null);
        sources.put("e", null);
        Outlets outlets = new Outlets(sources);
        assertTrue(outlets.same("a", "b"));
        assertTrue(outlets.same("b", "a"));
        assertFalse(outlets.same("a", "c"));
        assertFalse(outlets.same("d", "e"), "two unknown outlets are not taken for one");
        assertFalse(outlets.same("a", "d"));
        assertFalse(outlets.same("d", "a"));
        assertTrue(outlets.same("d", "d"), "an article is its own outlet");
        assertFalse(outlets.same("x", "y"), "documents it was not given");
    }

    @Test
    void theSecondLevelLabelsAreShortLowerCaseLabels() {
        assertFalse(Outlets.SECOND_LEVEL.isEmpty());
        for (String label : Outlets.SECOND_LEVEL) {
            assertTrue(label.matches("[a-z]{2,3}"), label);
        }
        assertTrue(Outlets.SECOND_LEVEL.containsAll(java.util.List.of("co", "com")));
    }
}
