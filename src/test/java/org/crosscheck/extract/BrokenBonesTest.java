package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** Which bone a named person broke; whole articles are in the rule cases. */
class BrokenBonesTest {

    private static List<AttributeClaim> read(String text) {
        return read(text, null);
    }

    private static List<AttributeClaim> read(String text, People.Mention before) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = new ArrayList<>();
        if (text.contains("Okafor")) {
            here.add(TestPeople.mention(text, "Okafor", "Dele Okafor"));
        }
        if (text.contains("Marsh")) {
            here.add(TestPeople.mention(text, "Marsh", "Ina Marsh"));
        }
        BrokenBones.sentence(text, "d", 0, text.length(), here, before, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void theFormsOfABrokenBone() {
        String[][] cases = {
            {"Okafor broke his left fibula in the third quarter.", "broke his left fibula", "left fibula"},
            {"Okafor missed a month after breaking his collarbone.", "breaking his collarbone", "collarbone"},
            {"Okafor fractured his clavicle on the ice.", "fractured his clavicle", "collarbone"},
            {"Okafor, who is back from his broken right tibia, ran well.", "his broken right tibia", "right tibia"},
            {"Okafor suffered a fractured kneecap.", "a fractured kneecap", "kneecap"},
            {"Okafor had broken his shinbone twice.", "broken his shinbone", "tibia"},
            {"Okafor broke his Femur.", "broke his Femur", "femur"},
            {"The team was without Marsh and Okafor (broken tibia) on Sunday.", "Okafor (broken tibia)", "tibia"},
            {"The team was without Okafor ( a fractured right patella ) on Sunday.", "Okafor ( a fractured right patella )", "right kneecap"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> found = read(c[0]);
            assertEquals(1, found.size(), c[0]);
            AttributeClaim a = found.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], a.valueText(), c[0]);
            assertEquals(c[2], a.word(), c[0]);
            assertEquals(AttributeClaim.BONE_BROKEN, a.attribute(), c[0]);
            assertEquals("Dele Okafor", a.entity(), c[0]);
            assertTrue(a.person(), c[0]);
            assertTrue(a.wordValued(), c[0]);
            assertTrue(a.eventBound(), c[0]);
            assertFalse(a.placeValued(), c[0]);
        }
    }

    @Test
    void thePersonOfAnOpeningPronoun() {
        String text = "He broke his jaw in the first round.";
        People.Mention okafor = TestPeople.mention("Dele Okafor", "Okafor", "Dele Okafor");
        List<AttributeClaim> found = read(text, okafor);
        assertEquals(1, found.size());
        assertEquals("jaw", found.get(0).valueText());
        assertEquals("Dele Okafor", found.get(0).entity());
    }

    @Test
    void aBracketAndAVerbInOneSentence() {
        String text = "Marsh (broken jaw) was out, and Okafor broke his femur.";
        List<AttributeClaim> found = read(text);
        assertEquals(2, found.size());
        assertEquals("Ina Marsh", found.get(0).entity());
        assertEquals("jaw", found.get(0).valueText());
        assertEquals("Marsh (broken jaw)", found.get(0).text());
        assertEquals("Dele Okafor", found.get(1).entity());
        assertEquals("femur", found.get(1).valueText());
    }

    @Test
    void aDescriptorOpeningTheNameIsNoPartOfThePerson() {
        String text = "Striker Dele Okafor broke his collarbone.";
        List<AttributeClaim> out = new ArrayList<>();
        People.Mention m = TestPeople.mention(text, "Striker Dele Okafor", "Striker Dele Okafor");
        BrokenBones.sentence(text, "d", 0, text.length(), List.of(m), null, DateClaim.NO_DAY, null, out);
        assertEquals(1, out.size());
        assertEquals("Dele Okafor", out.get(0).entity());
        assertEquals(People.personKey("Dele Okafor"), out.get(0).entityKey());
    }

    @Test
    void wordsThatGiveNoBoneOfANamedPerson() {
        String[] cases = {
            "The climber broke his femur in the fall.",              // no one named
            "Okafor broke his tibia and fibula in the crash.",        // two bones
            "Okafor broke his tibia, fibula in the crash.",           // two bones
            "Okafor suffered a broken left tibia and fibula.",        // two bones
            "Okafor broke his right and left fibula.",                // two sides
            "Okafor broke his ankle in the crash.",                   // a region of several bones
            "Okafor broke his leg in the crash.",                     // a region of several bones
            "Okafor said the striker broke his collarbone.",          // a verb of speech between
            "Okafor's son broke his collarbone.",                     // a possessor
            "Okafor broke the record on Sunday.",                     // no bone
            "Okafor (broken ankle) sat out.",                         // a region
        };
        for (String c : cases) {
            assertEquals(List.of(), read(c), c);
        }
    }

    @Test
    void theListedBonesAreOneWordLowerCaseAndCompareAsAListedBone() {
        for (var e : BrokenBones.BONES.entrySet()) {
            assertEquals(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getKey());
            assertTrue(BrokenBones.BONES.containsKey(e.getValue()), e.getValue() + " is itself a listed bone");
            assertFalse(e.getKey().contains(" "), e.getKey());
        }
        assertEquals("tibia", BrokenBones.BONES.get("shinbone"));
        assertFalse(BrokenBones.BONES.containsKey("ankle"));
        assertFalse(BrokenBones.BONES.containsKey("leg"));
    }
}
