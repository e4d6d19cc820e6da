package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.junit.jupiter.api.Test;

/** The word lists and readers of records, marriages and calibres; whole sentences are in the golden files. */
class FigureAttributesTest {

    /** The claims of {@code text} read as one sentence, without people named. */
    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        Map<String, Set<Long>> calibres = new HashMap<>();
        FigureAttributes.sentence(text, "d", 0, text.length(), 0, List.of(), null, DateClaim.NO_DAY, null, out, calibres);
        return FigureAttributes.settle(out, calibres);
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertEquals("handgun", FigureAttributes.WEAPONS.get("revolver"));
        assertEquals("handgun", FigureAttributes.WEAPONS.get("pistol"));
        assertEquals("rifle", FigureAttributes.WEAPONS.get("rifle"));
        assertTrue(FigureAttributes.KNOCKOUTS.containsAll(Set.of("ko", "kos", "ko's", "knockouts")));
        assertTrue(FigureAttributes.MARRIAGE.containsAll(Set.of("married", "wed")));
        for (String w : FigureAttributes.WEAPONS.keySet()) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
    }

    @Test
    void aRecordHasADigitAHyphenAndADigit() {
        assertTrue(FigureAttributes.hasRecordShape("Brecht (41-2)", 0, 13));
        assertFalse(FigureAttributes.hasRecordShape("a well-known boxer", 0, 18));
        assertFalse(FigureAttributes.hasRecordShape("41- 2", 0, 5));
        assertFalse(FigureAttributes.hasRecordShape("-2 and 4-", 0, 9), "at the ends of the region");
        assertTrue(FigureAttributes.hasRecordShape("x 4-2", 0, 5));
        assertFalse(FigureAttributes.hasRecordShape("x 4-2", 0, 4), "past the region");
    }

    @Test
    void aFightersRecordWithItsKnockouts() {
        List<AttributeClaim> claims = read("Anton Brecht (41-2, 35 KOs) stopped the challenger.");
        assertEquals(1, claims.size());
        AttributeClaim c = claims.get(0);
        assertEquals(AttributeClaim.RECORD, c.attribute());
        assertEquals("Anton Brecht", c.entity());
        assertEquals("41-2", c.valueText());
        assertEquals("Anton Brecht (41-2, 35 KOs)", c.text());
        assertEquals("41-2, 35 KOs", c.written());
        assertTrue(c.person());
        assertEquals("41-2-1", read("Anton Brecht (41-2-1, 30 KOs) won.").get(0).valueText());
        assertEquals("42-2", read("Anton Brecht, 42-2, 36 KO's, won.").get(0).valueText());
        assertEquals("42-2", read("Anton Brecht, 42-2 with 36 knockouts, won.").get(0).valueText());
    }

    @Test
    void withoutAPersonOrAKnockoutCountNoRecord() {
        assertTrue(read("The Colts (11-4) clinched a berth.").isEmpty(), "a team's record");
        assertTrue(read("They beat the Jaguars, 31-24, on Thursday.").isEmpty(), "a score");
        assertTrue(read("Joe Bell (5-11,220) joined the team.").isEmpty(), "a height and a weight");
        assertTrue(read("Anton Brecht, 42-2, won.").isEmpty(), "after a comma only with knockouts");
    }

    @Test
    void aKnockoutCountIsADigitAndAWord() {
        assertTrue(FigureAttributes.knockouts("52-3, 46 KOs", 0, 12));
        assertTrue(FigureAttributes.knockouts("14-13-2, 12KOs", 0, 14));
        assertFalse(FigureAttributes.knockouts("52-3, 46 KOs", 0, 4));
        assertFalse(FigureAttributes.knockouts("52-3, 46 Kosovars", 0, 17));
    }

    @Test
    void aSurnameIsTheFullNameWrittenBeforeIt() {
        String text = "Champion Anton Brecht spoke. Later Brecht (41-2, 35 KOs) won.";
        int at = text.indexOf("Brecht (");
        String[] holder = FigureAttributes.holder(text, at, at + "Brecht".length(), 0, List.of());
        assertEquals("Anton Brecht", holder[0]);
        assertEquals(org.crosscheck.extract.People.personKey("Anton Brecht"), holder[1]);
        assertEquals(Integer.toString(at), holder[2]);
        String alone = "Brecht (41-2, 35 KOs) won.";
        assertEquals("Brecht", FigureAttributes.holder(alone, 0, 6, 0, List.of())[0]);
        String opening = "The Brecht camp.";
        assertEquals("Brecht", FigureAttributes.holder(opening, 0, 10, 0, List.of())[0], "The names nothing");
        assertEquals("4", FigureAttributes.holder(opening, 0, 10, 0, List.of())[2]);
        assertNull(FigureAttributes.holder("The (41-2)", 0, 3, 0, List.of()));
    }

    @Test
    void aMisspeltSurnameIsTheOnePersonItMaySpell() {
        String text = "Lena Marsh praised Anton Kaltschmid. Later Kaltchsmid (41-2, 35 KOs) won.";
        int at = text.indexOf("Kaltchsmid (");
        People.Mention anton = TestPeople.mention(text, "Anton Kaltschmid", "Anton Kaltschmid");
        People.Mention lena = TestPeople.mention(text, "Lena Marsh", "Lena Marsh");
        String[] holder = FigureAttributes.holder(text, at, at + "Kaltchsmid".length(), 0, List.of(lena, anton));
        assertEquals("Anton Kaltschmid", holder[0]);
        assertEquals(People.personKey("Anton Kaltschmid"), holder[1]);
        assertEquals(Integer.toString(at), holder[2]);
        assertEquals("Kaltchsmid", FigureAttributes.holder(text, at, at + "Kaltchsmid".length(), 0, List.of(lena))[0],
                "no one it may spell: as written");
        People.Mention titled = new People.Mention(anton.span(), anton.nameSpan(), "Anton Kaltschmid", "Coach Anton Kaltschmid",
                People.personKey("Coach Anton Kaltschmid"), true, null, null, null, true, null, 0, null);
        holder = FigureAttributes.holder(text, at, at + "Kaltchsmid".length(), 0, List.of(titled));
        assertEquals(AttributeExtractor.ownName("Coach Anton Kaltschmid"), holder[0]);
        assertEquals(People.personKey(holder[0]), holder[1]);
    }

    @Test
    void timesMarried() {
        List<AttributeClaim> claims = read("Nell Parry married twice.");
        assertEquals(1, claims.size());
        assertEquals(AttributeClaim.TIMES_MARRIED, claims.get(0).attribute());
        assertEquals(2, claims.get(0).low());
        assertEquals(1, read("Nell Parry married once.").get(0).low());
        assertEquals(3, read("Nell Parry was married three times.").get(0).low());
        assertEquals(4, read("Nell Parry had been married 4 times.").get(0).low());
        assertTrue(read("Nell Parry married Tom twice.").isEmpty());
    }

    @Test
    void aGunsCalibre() {
        List<AttributeClaim> claims = read("He pointed a .38-caliber revolver at them.");
        assertEquals(1, claims.size());
        AttributeClaim c = claims.get(0);
        assertEquals(AttributeClaim.CALIBRE, c.attribute());
        assertEquals("weapon:handgun", c.entityKey());
        assertEquals("the revolver", c.entity());
        assertEquals(".38", c.valueText());
        assertFalse(c.person());
        assertEquals(".357", read("He pulled out a. 357 revolver.").get(0).valueText());
        assertEquals(".22", read("He had a .22 calibre Ruger rifle.").get(0).valueText());
        assertTrue(read("He paid 5.38 dollars for a revolver.").isEmpty());
        assertTrue(read("The .38 was found by the revolver maker.").isEmpty(), "no gun noun after the calibre");
    }

    @Test
    void twoCalibresOfOneClassInOneDocumentGiveNone() {
        assertTrue(read("He had a .38-caliber revolver; the officer fired a .40-caliber pistol.").isEmpty());
        assertEquals(1, read("He had a .38-caliber revolver and a .22 rifle.").stream()
                .filter(c -> c.entityKey().equals("weapon:rifle")).count());
        assertEquals(1, read("He had a .38-caliber revolver, the .38 revolver police found.").size(), "one value once");
    }

    @Test
    void aWeightAfterANamedPersonOrAPronounOpeningTheSentence() {
        assertTrue(FigureAttributes.mayGiveWeight("He weighs 130 lbs.", 0, 18));
        assertTrue(FigureAttributes.mayGiveWeight("130 Pounds", 0, 10));
        assertFalse(FigureAttributes.mayGiveWeight("He weighs 60 kilograms.", 0, 23));
        assertTrue(read("Jose Ortega is 5-foot-8, 135 pounds.").isEmpty(), "no person named");
        List<AttributeClaim> out = new ArrayList<>();
        String text = "He is 5-feet-8 inches tall, weighing 130 pounds.";
        FigureAttributes.sentence(text, "d", 0, text.length(), 0, List.of(), null, DateClaim.NO_DAY, null, out, new HashMap<>());
        assertTrue(out.isEmpty(), "no one named before");
    }

    private static People.Mention mention(int start, int end, String fullName, String key) {
        return new People.Mention(new org.crosscheck.claims.Span(start, end), new org.crosscheck.claims.Span(start, end),
                fullName, fullName, key, true, null, null, null, true, null, 0, null);
    }

    @Test
    void aPronounsWeightIsThePersonNamedBefore() {
        String text = "He weighs 130 pounds.";
        List<AttributeClaim> out = new ArrayList<>();
        FigureAttributes.sentence(text, "d", 0, text.length(), 0, List.of(), mention(100, 110, "Jose Ortega", "the key"),
                DateClaim.NO_DAY, null, out, new HashMap<>());
        assertEquals(1, out.size());
        assertEquals("the key", out.get(0).entityKey(), "the person's own key");
        assertEquals("130 pounds", out.get(0).valueText());
        assertEquals("He weighs 130 pounds", out.get(0).text());
        out.clear();
        FigureAttributes.sentence(text, "d", 0, text.length(), 0, List.of(), mention(100, 118, "Actress Jose Ortega", "x"),
                DateClaim.NO_DAY, null, out, new HashMap<>());
        assertEquals("Jose Ortega", out.get(0).entity());
        assertEquals(People.personKey("Jose Ortega"), out.get(0).entityKey(), "without the descriptor");
        out.clear();
        String later = "Then he weighs 130 pounds.";
        FigureAttributes.sentence(later, "d", 0, later.length(), 0, List.of(), mention(100, 110, "Jose Ortega", "k"),
                DateClaim.NO_DAY, null, out, new HashMap<>());
        assertTrue(out.isEmpty(), "only opening the sentence");
    }

    @Test
    void aNamedPersonsWeightAndRecordByTheirMention() {
        String text = "Mr Ortega is 5-foot-8, 135 pounds.";
        int at = text.indexOf("Ortega");
        List<AttributeClaim> out = new ArrayList<>();
        FigureAttributes.sentence(text, "d", 0, text.length(), 0, List.of(mention(at, at + 6, "Jose Ortega", "jose ortega")),
                null, DateClaim.NO_DAY, null, out, new HashMap<>());
        assertEquals(1, out.size());
        assertEquals("jose ortega", out.get(0).entityKey());
        assertEquals("Mr Ortega is 5-foot-8, 135 pounds", out.get(0).text(), "the words as written");
        out.clear();
        FigureAttributes.sentence(text, "d", 0, text.length(), 0, List.of(mention(at, at + 3, "Ort", "ort")),
                null, DateClaim.NO_DAY, null, out, new HashMap<>());
        assertTrue(out.isEmpty(), "a mention that does not end the run names another");
    }

    @Test
    void aCalibreWhosePointEndsTheSentenceBefore() {
        String text = "He had a. 38-caliber revolver.";
        int from = text.indexOf("38");
        List<AttributeClaim> out = new ArrayList<>();
        FigureAttributes.sentence(text, "d", from, text.length(), 0, List.of(), null, DateClaim.NO_DAY, null, out, new HashMap<>());
        assertEquals(1, out.size());
        assertEquals(".38", out.get(0).valueText());
        out.clear();
        String none = "He paid. The 38 revolvers.";
        FigureAttributes.sentence(none, "d", none.indexOf("The"), none.length(), 0, List.of(), null, DateClaim.NO_DAY, null,
                out, new HashMap<>());
        assertTrue(out.isEmpty());
    }

    @Test
    void aRecordShapeNeedsADigitOnEachSide() {
        assertFalse(FigureAttributes.hasRecordShape("a-2", 0, 3));
        assertFalse(FigureAttributes.hasRecordShape("2-a", 0, 3));
        assertTrue(FigureAttributes.hasRecordShape("2-3", 0, 3));
    }
}
