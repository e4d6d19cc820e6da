package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Golden pairs for {@link Romanisation}: the spellings ECB+ taught it, both ways, and the misspellings it must not take. */
class RomanisationTest {

    @Test
    void twoRomanisationsOfOneNameAreTold() {
        // Greek: g or y before i, c or k, e or i.
        assertTrue(Romanisation.of("Kougias", "Kouyias"));
        assertTrue(Romanisation.of("Giannis", "Yiannis"));
        assertTrue(Romanisation.of("Carolos", "Karolos"));
        assertTrue(Romanisation.of("Elias", "Ilias"), "Elias is a listed first name, Ilias is not");
        // Persian: vowels, a short vowel left out, ai or i.
        assertTrue(Romanisation.of("Heidar", "Heydar"));
        assertTrue(Romanisation.of("Hormozgan", "Hormuzgan"));
        assertTrue(Romanisation.of("Hormouzgan", "Hormozgan"));
        assertTrue(Romanisation.of("Hormouzgan", "Hormuzgan"));
        assertTrue(Romanisation.of("Dargahan", "Dargehan"));
        assertTrue(Romanisation.of("Karavan", "Karvan"));
        assertTrue(Romanisation.of("Karvan", "Karavan"), "the vowel left out of the first word");
        assertTrue(Romanisation.of("Khaledin", "Khaldin"));
        assertTrue(Romanisation.of("Zainabieh", "Zinabieh"));
        // Turkmen and Russian: k or g, y or i, kh or h, sch or sh.
        assertTrue(Romanisation.of("Kurbanguly", "Gurbanguli"));
        assertTrue(Romanisation.of("Gurbanguly", "Gurbanguli"));
        assertTrue(Romanisation.of("Berdymukhamedov", "Berdimuhamedov"));
        assertTrue(Romanisation.of("Turkmenbaschi", "Turkmenbashi"));
        assertTrue(Romanisation.of("Kiev", "Kyiv"));
        // Arabic: ou or u, a or u, a short vowel before y.
        assertTrue(Romanisation.of("Younis", "Yunis"));
        assertTrue(Romanisation.of("Zeitoun", "Zeitun"));
        assertTrue(Romanisation.of("Salahaddin", "Salahuddin"));
        assertTrue(Romanisation.of("Jabaliya", "Jabalya"));
        assertTrue(Romanisation.of("Yusef", "Yousef"), "either way round");
        assertTrue(Romanisation.of("Mustapha", "Mustafa"), "ph or f");
        assertFalse(Romanisation.of("Sofia", "Sophia"), "two listed first names");
        assertTrue(Romanisation.of("Vendôme", "Vendome"), "one spelling: accents are set aside");
    }

    @Test
    void misspellingsAreNotRomanisations() {
        assertFalse(Romanisation.of("Teixeira", "Teixiera"), "two letters swapped");
        assertFalse(Romanisation.of("Hickok", "Hickock"), "a c added, not c for k");
        assertFalse(Romanisation.of("Heffner", "Hefner"), "a doubled letter");
        assertFalse(Romanisation.of("Miliote", "Milliote"), "a doubled letter");
        assertFalse(Romanisation.of("Schenectady", "Schnectady"), "a vowel left out beside a cluster");
        assertFalse(Romanisation.of("Alexandria", "Alexandra"), "a vowel left out beside a vowel");
        assertFalse(Romanisation.of("Bireuen", "Bireun"), "a vowel left out beside a vowel");
        assertFalse(Romanisation.of("Ethiopian", "Ethopian"), "a vowel left out beside a vowel");
        assertFalse(Romanisation.of("Alishvandi", "Alishbandi"), "v and b are not paired");
        assertFalse(Romanisation.of("Gavarzin", "Gabardin"), "another consonant");
        assertFalse(Romanisation.of("Salahuddin", "Salaluddin"), "h and l");
        assertFalse(Romanisation.of("Jermayne", "Jerymayne"), "a y added is no short vowel");
        assertFalse(Romanisation.of("Lennie", "Lenny"), "ie against y");
        assertFalse(Romanisation.of("Malcolm", "Malcom"), "a consonant dropped");
        assertFalse(Romanisation.of("Raite", "Rait"), "a vowel at the end");
        assertFalse(Romanisation.of("Catherine", "Katherine"), "two listed first names, each spelled one way by its bearer");
        assertFalse(Romanisation.of("Karavan", ""), "nothing");
        assertFalse(Romanisation.of("Stoltenberg", "Stoltenburg"), "e and u are not paired");
    }

    @Test
    void aShortVowelIsASingleVowelBetweenSingleConsonants() {
        assertTrue(Romanisation.shortVowel("karavan", 3));
        assertFalse(Romanisation.shortVowel("karavan", 1), "after the first letter: no vowel before the consonant");
        assertFalse(Romanisation.shortVowel("karavan", 5), "before the last letter: no vowel after the consonant");
        assertFalse(Romanisation.shortVowel("karavan", 2), "a consonant");
        assertFalse(Romanisation.shortVowel("bireuen", 4), "beside a vowel");
        assertFalse(Romanisation.shortVowel("bireuen", 5), "beside a vowel");
        assertFalse(Romanisation.shortVowel("schenectady", 3), "after a cluster");
        assertFalse(Romanisation.shortVowel("abcde", 0));
        assertTrue(Romanisation.shortVowel("abaca", 2), "the smallest word it holds in");
        assertFalse(Romanisation.shortVowel("abac", 2), "no vowel after");
        assertFalse(Romanisation.shortVowel("aeaba", 2), "a vowel just before");
        assertFalse(Romanisation.shortVowel("abaea", 2), "a vowel just after");
        assertFalse(Romanisation.shortVowel("abacd", 2), "a consonant two letters after");
        assertFalse(Romanisation.shortVowel("dbaca", 2), "a consonant two letters before");
    }

    @Test
    void swappedLettersAreTold() {
        assertTrue(Romanisation.swapped("teixeira", "teixiera"));
        assertTrue(Romanisation.swapped("ab", "ba"), "at the start");
        assertFalse(Romanisation.swapped("abc", "abc"), "the same word");
        assertFalse(Romanisation.swapped("abcd", "badc"), "two swaps");
        assertFalse(Romanisation.swapped("abc", "ab"), "different lengths");
        assertFalse(Romanisation.swapped("abc", "abd"), "one letter for another");
        assertFalse(Romanisation.swapped("abca", "acbb"), "a swap and a letter more");
    }

    @Test
    void theKeyKeepsTheLettersRomanisationsAgreeOn() {
        assertEquals("rmsn", Romanisation.key("Hormuzgan").replace("z", "s"), "vowels and gutturals set aside");
        assertEquals("rmzn", Romanisation.key("Hormouzgan"));
        assertEquals("fs", Romanisation.key("Pappas"), "p written f, the doubled letter collapsed");
        assertEquals("v", Romanisation.key("Kiev"));
        assertEquals("v", Romanisation.key("Kyiv"));
        assertEquals("vd", Romanisation.key("Wood"), "w written v");
        assertEquals("", Romanisation.key("-"));
    }

    @Test
    void lettersAreFoldedAndStripped() {
        assertEquals("vendome", Romanisation.letters("Vendôme"));
        assertEquals("jonesdrew", Romanisation.letters("Jones-Drew"));
        assertEquals("obrien", Romanisation.letters("O'Brien"));
    }

    @Test
    void anOlderRomanisationItsOwnerReplacedIsTold() {
        assertTrue(Romanisation.superseded("Kiev", "Kyiv"));
        assertTrue(Romanisation.superseded("Kyiv", "Kiev"), "either way round");
        assertFalse(Romanisation.superseded("Heidar", "Heydar"), "not listed");
        assertFalse(Romanisation.superseded("Kiev", "Kiev"));
    }

    @Test
    void everyListedAlternationIsARomanisationEitherWay() {
        for (Romanisation.Alternation a : Romanisation.ALTERNATIONS) {
            String x = "ma" + a.one() + a.before() + "ra";
            String y = "ma" + a.other() + a.before() + "ra";
            assertTrue(Romanisation.aligned(x, y), x + " and " + y);
            assertTrue(Romanisation.aligned(y, x), y + " and " + x);
            assertEquals(Romanisation.key(x), Romanisation.key(y), x + " and " + y);
        }
        assertTrue(Romanisation.ALTERNATIONS.size() >= 20, "the list is read");
    }

    @Test
    void gAndYAlternateOnlyBeforeI() {
        assertTrue(Romanisation.aligned("kougias", "kouyias"));
        assertFalse(Romanisation.aligned("kougas", "kouyas"), "not before i");
        assertFalse(Romanisation.aligned("kouga", "kouyi"), "the letter after must be i in both");
    }

    @Test
    void aLetterWrittenTwiceIsTold() {
        assertTrue(Romanisation.doubled("hefner", "heffner"));
        assertTrue(Romanisation.doubled("akha", "akkha"), "a k doubled before kh");
        assertTrue(Romanisation.doubled("ab", "abb"), "at the end");
        assertFalse(Romanisation.doubled("heffner", "hefner"), "the shorter second");
        assertFalse(Romanisation.doubled("ab", "aab".substring(1) + "x"), "another letter");
        assertFalse(Romanisation.doubled("ab", "cab"), "a letter before the first");
        assertFalse(Romanisation.doubled("abc", "abxc"), "a letter added, not doubled");
        assertFalse(Romanisation.of("akha", "akkha"), "k and kh or h would align them, but the k is doubled");
    }

    @Test
    void everyReplacedRomanisationIsListedOnceAndIsARomanisationOfItsReplacement() {
        assertFalse(Romanisation.OFFICIAL.isEmpty());
        for (java.util.Map.Entry<String, String> e : Romanisation.OFFICIAL.entrySet()) {
            String older = e.getKey();
            String now = e.getValue();
            assertTrue(older.matches("[a-z]+") && now.matches("[a-z]+"), older + " -> " + now + ": one lower-case word each");
            assertFalse(older.equals(now), older);
            assertFalse(Romanisation.OFFICIAL.containsKey(now), now + " is the spelling now, not an older one");
            // Only pairs the alternations join need a line: any other two spellings are reported anyway.
            assertTrue(Romanisation.of(older, now), older + " and " + now + " differ by the alternations");
            assertTrue(Romanisation.superseded(older, now) && Romanisation.superseded(now, older), older);
        }
        assertEquals("kyiv", Romanisation.OFFICIAL.get("kiev"));
    }
}
