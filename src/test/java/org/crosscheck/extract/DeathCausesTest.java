package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** What a named person died of; whole articles are in the rule cases. */
class DeathCausesTest {

    private static List<AttributeClaim> read(String text) {
        return read(text, null);
    }

    private static List<AttributeClaim> read(String text, People.Mention before) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = new ArrayList<>();
        if (text.contains("Okafor")) {
            here.add(TestPeople.mention(text, "Okafor", "Dele Okafor"));
        }
        DeathCauses.sentence(text, "d", 0, text.length(), here, before, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void theFormsOfACauseOfDeath() {
        String[][] cases = {
            {"Okafor died of pneumonia in a city hospital.", "died of pneumonia", "pneumonia"},
            {"Okafor died Thursday from heart failure.", "died Thursday from heart failure", "heart failure"},
            {"Okafor died yesterday from Alzheimer's disease at a hospice.", "died yesterday from Alzheimer's disease",
                "alzheimer's disease"},
            {"Okafor died yesterday of Alzheimer\u2019s.", "died yesterday of Alzheimer\u2019s", "alzheimer's disease"},
            {"Okafor died peacefully on Sunday of lung cancer.", "died peacefully on Sunday of lung cancer", "lung cancer"},
            {"Okafor succumbed to complications from a heart attack.", "succumbed to complications from a heart attack",
                "heart attack"},
            {"Okafor, 85, has died of congestive heart failure.", "died of congestive heart failure", "congestive heart failure"},
            {"Okafor passed away from renal failure.", "passed away from renal failure", "kidney failure"},
            {"Okafor died of a massive stroke.", "died of a massive stroke", "stroke"},
            {"Okafor died of complications of pneumonia.", "died of complications of pneumonia", "pneumonia"},
            {"Okafor DIED OF CANCER.", "DIED OF CANCER", "cancer"},
            {"Okafor died of coronary artery disease.", "died of coronary artery disease", "coronary heart disease"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> found = read(c[0]);
            assertEquals(1, found.size(), c[0]);
            AttributeClaim a = found.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.valueText(), c[0]);
            assertEquals(c[2], a.word(), c[0]);
            assertEquals(AttributeClaim.CAUSE_OF_DEATH, a.attribute(), c[0]);
            assertEquals("Dele Okafor", a.entity(), c[0]);
            assertEquals(People.personKey("Dele Okafor"), a.entityKey(), c[0]);
            assertTrue(a.person(), c[0]);
            assertTrue(a.wordValued(), c[0]);
            assertFalse(a.eventBound(), c[0]);
            assertFalse(a.placeValued(), c[0]);
            assertFalse(a.monthBound(), c[0]);
            assertEquals(c[0].indexOf(c[1]), a.span().start(), c[0]);
        }
    }

    @Test
    void theMonthMayIsNoHedge() {
        List<AttributeClaim> found = read("Okafor, who retired in May, died of cancer.");
        assertEquals(1, found.size());
        assertEquals("cancer", found.get(0).valueText());
    }

    @Test
    void aDescriptorOpeningTheNameIsNoPartOfThePerson() {
        String text = "Striker Dele Okafor died of cancer.";
        List<AttributeClaim> out = new ArrayList<>();
        People.Mention m = TestPeople.mention(text, "Striker Dele Okafor", "Striker Dele Okafor");
        DeathCauses.sentence(text, "d", 0, text.length(), List.of(m), null, DateClaim.NO_DAY, null, out);
        assertEquals(1, out.size());
        assertEquals("Dele Okafor", out.get(0).entity());
        assertEquals(People.personKey("Dele Okafor"), out.get(0).entityKey());
    }

    @Test
    void thePersonOfAnOpeningPronoun() {
        People.Mention okafor = TestPeople.mention("Dele Okafor", "Okafor", "Dele Okafor");
        List<AttributeClaim> found = read("She died of pneumonia a week later.", okafor);
        assertEquals(1, found.size());
        assertEquals("pneumonia", found.get(0).valueText());
        assertEquals("Dele Okafor", found.get(0).entity());
    }

    @Test
    void aNarrowerCauseAgreesWithAWiderOneAndTwoCausesDisagree() {
        AttributeClaim wide = read("Okafor died of heart failure.").get(0);
        AttributeClaim narrow = read("Okafor died of congestive heart failure.").get(0);
        AttributeClaim other = read("Okafor died of pneumonia.").get(0);
        assertFalse(wide.disagreesWith(narrow));
        assertFalse(narrow.disagreesWith(wide));
        assertTrue(other.disagreesWith(wide));
        assertTrue(narrow.disagreesWith(other));
    }

    @Test
    void wordsThatGiveNoCauseOfANamedPerson() {
        String[] cases = {
            "The climber died of pneumonia in the hospital.",          // no one named
            "Okafor died of pneumonia and heart failure.",              // two causes
            "Okafor died of cancer, emphysema and a stroke.",           // two causes
            "Okafor died of an apparent heart attack.",                 // a hedged cause
            "Okafor died of a suspected stroke.",                       // a hedged cause
            "Okafor is believed to have died of a stroke.",             // a hedged death
            "Police believe Okafor died of a stroke.",                  // a hedged death, the hedge before the name
            "Apparently Okafor died of a stroke.",                      // a hedge opening the sentence
            "Okafor died of natural causes.",                           // a vague cause, not listed
            "Okafor died of his injuries on Friday.",                   // wounds, not listed
            "Okafor is dying of cancer.",                               // still alive
            "Okafor said the patient died of pneumonia.",               // a verb of speech between
            "Okafor's mother died of cancer.",                          // a possessor
            "Okafor died in 2002 after a long illness.",                // no cause
            "Okafor died on the way to the hospital.",                  // no cause
            "Okafor died of strokes of bad luck.",                      // a word that only starts as a cause
        };
        for (String c : cases) {
            assertEquals(List.of(), read(c), c);
        }
    }

    @Test
    void theListedCausesAreLowerCaseAndCompareAsAListedCause() {
        for (var e : DeathCauses.CAUSES.entrySet()) {
            assertEquals(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getKey());
            assertEquals(e.getValue().toLowerCase(java.util.Locale.ROOT), e.getValue());
        }
        assertEquals("heart attack", DeathCauses.CAUSES.get("myocardial infarction"));
        assertEquals("kidney failure", DeathCauses.CAUSES.get("renal failure"));
        assertFalse(DeathCauses.CAUSES.containsKey("natural causes"));
        assertFalse(DeathCauses.CAUSES.containsKey("injuries"));
    }
}
