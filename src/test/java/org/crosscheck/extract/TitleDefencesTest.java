package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.text.NumberWords;
import org.junit.jupiter.api.Test;

/** Which defence of a title a named champion's bout was; whole articles are in the rule cases. */
class TitleDefencesTest {

    private static People.Mention person(String text, String name) {
        return TestPeople.mention(text, name, "Anton " + name);
    }

    private static List<AttributeClaim> read(String text) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = text.contains("Vorst") ? List.of(person(text, "Vorst")) : List.of();
        TitleDefences.sentence(text, "d", 0, text.length(), here, null, DateClaim.NO_DAY, null, out);
        return out;
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertEquals("IBF", TitleDefences.BODIES.get("international boxing federation").toUpperCase(Locale.ROOT));
        assertEquals("wbo", TitleDefences.BODIES.get("wbo").toLowerCase(Locale.ROOT));
        assertTrue(TitleDefences.NOUNS.containsAll(List.of("title", "belt", "crown")));
        for (String w : TitleDefences.NOUNS) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
        }
        for (String k : TitleDefences.BODIES.keySet()) {
            assertEquals(k.strip().toLowerCase(Locale.ROOT), k);
        }
    }

    @Test
    void ordinalsInWordsAndDigits() {
        assertEquals(1, NumberWords.ordinal("first"));
        assertEquals(6, NumberWords.ordinal("Sixth"));
        assertEquals(20, NumberWords.ordinal("twentieth"));
        assertEquals(11, NumberWords.ordinal("11th"));
        assertEquals(22, NumberWords.ordinal("22nd"));
        assertEquals(-1, NumberWords.ordinal("six"));
        assertEquals(-1, NumberWords.ordinal("zeroth"));
        assertEquals(-1, NumberWords.ordinal("th"));
    }

    @Test
    void theFormsOfADefence() {
        String[][] cases = {
            {"The stoppage was Vorst's sixth IBF title defence.", "'s sixth IBF title defence", "6", "title defence (IBF)"},
            {"It was Vorst's sixth defense of the IBF belt.", "'s sixth defense of the IBF belt", "6", "title defence (IBF)"},
            {"Vorst made his fifth successful defence on Saturday.", "his fifth successful defence", "5", "title defence"},
            {"Vorst defended his International Boxing Federation crown for the fifth time.",
                "defended his International Boxing Federation crown for the fifth time", "5", "title defence (IBF)"},
            {"Vorst defended his WBO heavyweight crown for the 11th time.", "defended his WBO heavyweight crown for the 11th time",
                "11", "title defence (WBO)"},
            {"Vorst kept the world heavyweight title for the third straight time.",
                "kept the world heavyweight title for the third straight time", "3", "title defence"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            assertEquals(1, claims.size(), c[0]);
            AttributeClaim a = claims.get(0);
            assertEquals(c[1], a.text(), c[0]);
            assertEquals(c[2], String.valueOf((long) a.low()), c[0]);
            assertEquals(c[3], a.attribute(), c[0]);
            assertEquals("Anton Vorst", a.entity());
            assertTrue(a.eventBound());
            assertEquals(a.written(), a.valueText());
        }
    }

    @Test
    void notADefenceOfANamedHolder() {
        assertTrue(read("It was the champion's sixth IBF title defence.").isEmpty(), "no one named");
        assertTrue(read("Vorst retained his IBF and WBO titles for the fifth time.").isEmpty(), "two bodies");
        assertTrue(read("Vorst retained his IBF, IBO and WBO titles for the fifth time.").isEmpty(), "three bodies");
        assertTrue(read("Vorst won the fight for the fifth time.").isEmpty(), "no title");
        assertTrue(read("Vorst retained his Tuesday title for the fifth time.").isEmpty(), "a word of no title");
        assertTrue(read("Vorst retained his title for the fifth year.").isEmpty());
        assertTrue(read("Vorst's sixth Tuesday defence.").isEmpty());
        assertTrue(read("Vorst's sixth defence of the stadium's roof.").isEmpty(), "no title noun");
        assertTrue(read("Vorst's defence was poor.").isEmpty(), "no ordinal");
    }

    @Test
    void theBodyOfATitle() {
        assertEquals("IBF", TitleDefences.body("IBF ", false));
        assertEquals("IBF", TitleDefences.body("IBF title ", true));
        assertNull(TitleDefences.body("IBF title ", false));
        assertEquals("", TitleDefences.body("world heavyweight ", false));
        assertEquals("WBA", TitleDefences.body("World Boxing Association ", false));
        assertNull(TitleDefences.body("WBA and IBF ", false));
        assertNull(TitleDefences.body("Sunday ", false));
    }

    @Test
    void aDocumentThatGivesOneHolderTwoValuesGivesNone() {
        List<AttributeClaim> claims = new ArrayList<>();
        claims.addAll(read("It was Vorst's sixth IBF title defence."));
        claims.addAll(read("It was Vorst's sixth IBF title defence."));
        assertEquals(1, TitleDefences.settle(claims).size());
        claims.addAll(read("It was Vorst's fifth IBF title defence."));
        assertTrue(TitleDefences.settle(claims).isEmpty());
        List<AttributeClaim> two = new ArrayList<>(read("It was Vorst's sixth IBF title defence."));
        two.addAll(read("It was Vorst's third WBO title defence."));
        assertEquals(2, TitleDefences.settle(two).size(), "two titles");
    }

    @Test
    void theHolderIsTheNameBeforeHisOrThePossessive() {
        String text = "Lena Marsh said Vorst's sixth IBF title defence was easy.";
        List<AttributeClaim> out = new ArrayList<>();
        TitleDefences.sentence(text, "d", 0, text.length(), List.of(person(text, "Marsh"), person(text, "Vorst")), null,
                DateClaim.NO_DAY, null, out);
        assertEquals(1, out.size());
        assertEquals("Anton Vorst", out.get(0).entity());
        String other = "Vorst's trainer Lena Marsh said it was his sixth IBF title defence.";
        out.clear();
        TitleDefences.sentence(other, "d", 0, other.length(), List.of(person(other, "Vorst"), person(other, "Marsh")), null,
                DateClaim.NO_DAY, null, out);
        assertTrue(out.isEmpty(), "a verb of speech stands between");
    }

    @Test
    void aMisspeltSurnameIsTheOnePersonItMaySpell() {
        String text = "Anton Kaltschmid won. The knockout in Kaltchsmid's sixth defence of the IBF belt was quick.";
        int second = text.indexOf("The ");
        People.Mention anton = TestPeople.mention(text, "Anton Kaltschmid", "Anton Kaltschmid");
        List<AttributeClaim> out = new ArrayList<>();
        TitleDefences.sentence(text, "d", second, text.length(), List.of(), null, List.of(anton), DateClaim.NO_DAY, null, out);
        assertEquals(1, out.size());
        assertEquals("Anton Kaltschmid", out.get(0).entity());
        assertEquals(People.personKey("Anton Kaltschmid"), out.get(0).entityKey());
        assertEquals("title defence (IBF)", out.get(0).attribute());
        assertEquals(6, out.get(0).low());
        out.clear();
        TitleDefences.sentence(text, "d", second, text.length(), List.of(), null, DateClaim.NO_DAY, null, out);
        assertTrue(out.isEmpty(), "no one the article names");
        People.Mention other = TestPeople.mention(text, "Anton", "Ivo Kaltchsmidt");
        TitleDefences.sentence(text, "d", second, text.length(), List.of(), null, List.of(anton, other), DateClaim.NO_DAY, null, out);
        assertTrue(out.isEmpty(), "two people it may spell");
        String his = "Anton Kaltschmid won. The knockout in his sixth defence of the IBF belt was quick.";
        TitleDefences.sentence(his, "d", his.indexOf("The "), his.length(), List.of(), null, List.of(anton), DateClaim.NO_DAY, null, out);
        assertTrue(out.isEmpty(), "his, with no one before: no one");
        String lower = "Anton Kaltschmid won. The knockout in the kaltchsmid's sixth defence of the IBF belt was quick.";
        TitleDefences.sentence(lower, "d", lower.indexOf("The "), lower.length(), List.of(), null, List.of(anton), DateClaim.NO_DAY,
                null, out);
        assertTrue(out.isEmpty(), "no capitalised word before the possessive");
    }

    @Test
    void theOnePersonAMisspeltSurnameMaySpell() {
        String text = "Anton Kaltschmid met Ivo Brand and Kaltschmid. Lena Mardell came.";
        People.Mention anton = TestPeople.mention(text, "Anton Kaltschmid", "Anton Kaltschmid");
        People.Mention alone = TestPeople.mention(text, "Kaltschmid.", "Kaltschmid");
        People.Mention ivo = TestPeople.mention(text, "Ivo Brand", "Ivo Brand");
        People.Mention lena = TestPeople.mention(text, "Lena Mardell", "Lena Mardell");
        assertEquals(anton, People.misspeltSurname("Kaltchsmid", List.of(alone, anton, ivo, lena)));
        assertEquals(lena, People.misspeltSurname("Mradell", List.of(anton, ivo, lena)));
        assertNull(People.misspeltSurname("Brnad", List.of(anton, ivo, lena)), "too short to tell");
        assertNull(People.misspeltSurname("Kaltchsmid", List.of(anton, TestPeople.mention(text, "Ivo", "Ivo Kaltchsmidt"))),
                "two people it may spell");
        assertNull(People.misspeltSurname("Mardell", List.of(anton, lena)), "written as the person's own surname");
        assertNull(People.misspeltSurname("Mradell", List.of(lena, TestPeople.mention(text, "Ivo", "Ivo Mradell"))),
                "someone else has the surname as written");
        assertNull(People.misspeltSurname("Kaltchsmid", List.of(alone)), "a surname alone is no full name");
    }

    @Test
    void hisAfterAnOpeningHeIsThePersonBefore() {
        String text = "He won his sixth IBF title defence.";
        People.Mention anton = TestPeople.mention("Anton Kaltschmid", "Anton Kaltschmid", "Anton Kaltschmid");
        List<AttributeClaim> out = new ArrayList<>();
        TitleDefences.sentence(text, "d", 0, text.length(), List.of(), anton, List.of(), DateClaim.NO_DAY, null, out);
        assertEquals(1, out.size());
        assertEquals("Anton Kaltschmid", out.get(0).entity());
        out.clear();
        TitleDefences.sentence(text, "d", 0, text.length(), List.of(), null, List.of(), DateClaim.NO_DAY, null, out);
        assertTrue(out.isEmpty());
    }
}
