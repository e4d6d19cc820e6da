package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** The age of a person described by what was done to them; whole articles are in the rule cases. */
class DescribedAgesTest {

    private static List<AttributeClaim> read(String text) {
        return SentenceReaders.read(DescribedAges::sentence, text);
    }

    @Test
    void theFormsOfADescriptionByAnAct() {
        String[][] cases = {
            {"Jurors heard him sexually assaulting a 12-year-old girl.", "assaulting a 12-year-old girl", "done:assaulted girl", "12",
                "the assaulted girl"},
            {"Jurors heard him assaulting the 11-year old girl.", "assaulting the 11-year old girl", "done:assaulted girl", "11",
                "the assaulted girl"},
            {"Riots followed the shooting of a 15-year-old boy by police.", "shooting of a 15-year-old boy", "done:shot boy", "15",
                "the shot boy"},
            {"The December 6 killing of a 15-year-old teenager set off riots.", "killing of a 15-year-old teenager",
                "done:killed teenager", "15", "the killed teenager"},
            {"He is accused of kidnapping an eight-year-old boy.", "kidnapping an eight-year-old boy", "done:kidnapped boy", "8",
                "the kidnapped boy"},
            {"Police say a man stabbed a 30 year old woman.", "stabbed a 30 year old woman", "done:stabbed woman", "30",
                "the stabbed woman"},
            {"A KILLING OF A 40-YEAR-OLD MAN shocked the town.", "KILLING OF A 40-YEAR-OLD MAN", "done:killed man", "40",
                "the killed man"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.entityKey(), c[0]);
            assertEquals(Double.parseDouble(c[3]), a.low(), c[0]);
            assertEquals(a.low(), a.high(), c[0]);
            assertEquals(c[4], a.entity(), c[0]);
            assertEquals("age", a.attribute());
            assertTrue(a.person());
            assertTrue(a.identified(), "a described person is compared");
            assertTrue(a.eventBound(), "only inside one event");
        }
    }

    @Test
    void theAgeOfANamedPersonIsNotBoundToAnEvent() {
        AttributeClaim named = new AttributeClaim("d", new org.crosscheck.claims.Span(0, 12), "Ann Roe, 12", "Ann Roe", "an roe", true,
                "age", "12", 12, false, 12, false, DateClaim.NO_DAY, null, null);
        assertFalse(named.eventBound(), "compared across the story");
        AttributeClaim described = read("He shot a 20-year-old man.").get(0);
        assertTrue(described.eventBound());
        assertFalse(described.withEntity("Dan Roe", "dan roe").eventBound(), "bound by its key, not its attribute");
    }

    @Test
    void notADescriptionByAnAct() {
        assertTrue(read("He hired a 30-year-old man as his driver.").isEmpty(), "not an act done to the person");
        assertTrue(read("He fathered a child with a 15-year-old girl.").isEmpty(), "no act before the article");
        assertTrue(read("Police shot a 20-year-old dog.").isEmpty(), "not a person noun");
        assertTrue(read("He shot a 20-year-old man-made target.").isEmpty(), "a noun that goes on with a hyphen");
        assertTrue(read("Police are assaulting a 120-year-old man.").isEmpty(), "an age no one has");
        assertTrue(read("Police are assaulting a 0-year-old man.").isEmpty(), "an age of none");
        assertTrue(read("Police are assaulting a many-year-old man.").isEmpty(), "no number");
        assertTrue(read("They attacked a 12-year-old girl.").isEmpty(), "'attacked' is no act of the list");
        assertTrue(read("Killing a 12 month old girl.").isEmpty(), "months are not years of age");
        assertTrue(read("The killing of 12-year-old girls.").isEmpty(), "no article: several");
        assertTrue(read("He killed a 12-year-old girls' coach.").isEmpty(), "girls' coach: no person noun");
        assertTrue(read("He was a 40-year-old man.").isEmpty(), "no act before the article");
        assertTrue(read("A 40-year-old man was killed.").isEmpty(), "the act after the description is not read");
    }

    @Test
    void everyAgeOfTheSentenceIsRead() {
        List<AttributeClaim> claims = read("He shot a 20-year-old man and stabbed a 31-year-old woman.");
        assertEquals(2, claims.size());
        assertEquals("done:shot man", claims.get(0).entityKey());
        assertEquals("done:stabbed woman", claims.get(1).entityKey());
    }

    @Test
    void onlyTheSentenceIsRead() {
        String text = "He shot a 20-year-old man. Later he stabbed a 31-year-old woman.";
        List<AttributeClaim> out = new ArrayList<>();
        DescribedAges.sentence(text, "d", 0, text.indexOf('.') + 1, DateClaim.NO_DAY, null, out);
        assertEquals(1, out.size());
        assertEquals(20.0, out.get(0).low());
        out.clear();
        DescribedAges.sentence("Nothing here is ol.", "d", 0, 19, DateClaim.NO_DAY, null, out);
        assertTrue(out.isEmpty());
    }

    @Test
    void aDocumentWithTwoAgesUnderOneDescriptionGivesNeither() {
        String text = "He was convicted of assaulting a 12-year-old girl. He was also accused of assaulting a 14-year-old girl. "
                + "Police said he shot a 30-year-old man.";
        List<AttributeClaim> out = new ArrayList<>();
        int from = 0;
        for (String sentence : text.split("(?<=\\.) ")) {
            int start = text.indexOf(sentence, from);
            DescribedAges.sentence(text, "d", start, start + sentence.length(), DateClaim.NO_DAY, null, out);
            from = start + sentence.length();
        }
        assertEquals(3, out.size());
        List<AttributeClaim> kept = AttributeExtractor.oneValueEach(out);
        assertEquals(1, kept.size());
        assertEquals("done:shot man", kept.get(0).entityKey());
    }

    @Test
    void actsAreFormsOfOneOrTwoWordsThatNameAParticiple() {
        Map<String, String> acts = DescribedAges.ACTS;
        assertFalse(acts.isEmpty());
        acts.forEach((form, act) -> {
            assertTrue(form.matches("[a-z]+( of)?"), form);
            assertTrue(act.matches("[a-z]+(ed|en|ot)"), act);
            assertTrue(acts.containsValue(act));
        });
        assertEquals("killed", acts.get("murder of"));
        assertEquals("shot", acts.get("shooting"));
        assertFalse(acts.containsKey("hired"), "an act a person may do to several of one description");
        assertFalse(acts.containsKey("attacked"));
    }

    private static List<AttributeClaim> aged(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        DescribedAges.aged(text, "d", 0, text.length(), DateClaim.NO_DAY, null, List.of(), out);
        return out;
    }

    @Test
    void aPersonDescribedByACompoundAge() {
        String[][] cases = {
            {"A 59-year-old grandmother on her way to a service was killed.", "59-year-old grandmother", "59"},
            {"Lopez was aiming for an 11-year old girl in the crowd.", "11-year old girl", "11"},
            {"Two sisters, 8- and 10-year-old girls, described the shooting.", "10-year-old girls", "10"},
            {"A photographer admired the 27-year-old's firm body.", "27-year-old", "27"},
            {"He took the 14-year-old the night after the wedding.", "14-year-old", "14"},
            {"Police said the 30-year-old was released.", "30-year-old", "30"},
            {"Witnesses saw a thirty-six-year-old Australian man.", null, null},
            {"Two 40-year-old women were hurt.", "40-year-old women", "40"},
            {"The 17-year-old, a student, was shot.", "17-year-old", "17"},
            {"Jurors heard from the 16-years-old boy.", "16-years-old boy", "16"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = aged(c[0]);
            if (c[1] == null) {
                assertTrue(claims.isEmpty(), c[0]);
                continue;
            }
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(AttributeClaim.DESCRIBED + c[2], a.entityKey(), c[0]);
            assertEquals(Double.parseDouble(c[2]), a.low(), c[0]);
            assertEquals(a.low(), a.high(), c[0]);
            assertEquals("age", a.attribute());
            assertTrue(a.person());
            assertFalse(a.identified(), "compared only once the story's people tie it to a name");
        }
    }

    @Test
    void notAPersonDescribedByAge() {
        for (String text : new String[] {
            "They restored a 100-year-old house near the river.",
            "The 27-year-old law was struck down.",
            "She was 59 years old.",
            "A 200-year-old tradition ended.",
            "The 59-year-older grandmother left.",
            "A 150-year-old.",
        }) {
            assertTrue(aged(text).isEmpty(), text);
        }
        List<AttributeClaim> out = new ArrayList<>();
        String text = "Jurors heard him assaulting a 12-year-old girl.";
        DescribedAges.sentence(text, "d", 0, text.length(), DateClaim.NO_DAY, null, out);
        DescribedAges.aged(text, "d", 0, text.length(), DateClaim.NO_DAY, null, List.of(out.get(0).span()), out);
        assertEquals(1, out.size(), "an age read with its act is not read again");
        assertEquals("done:assaulted girl", out.get(0).entityKey());
        String two = "Police said a 12-year-old girl saw him assaulting a 14-year-old girl.";
        List<AttributeClaim> both = new ArrayList<>();
        DescribedAges.aged(two, "d", 0, two.length(), DateClaim.NO_DAY, null,
                List.of(new org.crosscheck.claims.Span(two.indexOf("assaulting"), two.length() - 1)), both);
        assertEquals(1, both.size(), "only the age inside a span already read is left out");
        assertEquals(AttributeClaim.DESCRIBED + 12, both.get(0).entityKey());
        String edge = "Police said a 12-year-old girl saw it.";
        List<AttributeClaim> touching = new ArrayList<>();
        int at = edge.indexOf("12");
        DescribedAges.aged(edge, "d", 0, edge.length(), DateClaim.NO_DAY, null,
                List.of(new org.crosscheck.claims.Span(0, at), new org.crosscheck.claims.Span(at + 2, edge.length())), touching);
        assertEquals(1, touching.size(), "spans that only touch the figure leave it");
        assertEquals(1, aged("A 119-year-old woman died.").size());
        assertTrue(aged("A 120-year-old woman died.").isEmpty(), "no one is 120");
        assertTrue(aged("A 0-year-old girl.").isEmpty());
        assertEquals(1, aged("A 1-year-old girl was found.").size());
        assertEquals("27-year-old", aged("He admired the 27-year-old's firm body.").get(0).entity());
        assertEquals("59-year-old grandmother", aged("A 59-year-old grandmother died.").get(0).entity());
    }

    @Test
    void wordsAfterAnAgeUsedAsANoun() {
        assertTrue(DescribedAges.AFTER_NOUN.contains("who"));
        assertTrue(DescribedAges.AFTER_NOUN.contains("the"));
        assertFalse(DescribedAges.AFTER_NOUN.contains("and"), "a list of describing words: a 100-year-old and crumbling house");
        DescribedAges.AFTER_NOUN.forEach(w -> assertTrue(w.matches("[a-z]+"), w));
    }
}
