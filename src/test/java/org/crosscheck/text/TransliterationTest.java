package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spelling keys, the looser tests for names one letter apart, the blocks they meet under, and their word lists. */
class TransliterationTest {

    @Test
    void keysWriteAlikeWhatTransliterationsSwap() {
        assertEquals(Transliteration.key("Kiev"), Transliteration.key("Kyiv"));
        assertEquals("kalamita", Transliteration.key("Calamita"));
        assertEquals("volf", Transliteration.key("Wolff"));
        assertTrue(Transliteration.variants("Alishvandi", "Alishbandi"));
        assertTrue(Transliteration.variants("Stoltenberg", "Stoltenburg"));
        assertFalse(Transliteration.variants("Russia", "Russian"));
        assertFalse(Transliteration.variants("Stoltenberg", "Xtoltenberg"), "the first letter is kept");
        assertFalse(Transliteration.variants("Stoltenberg", "Stoltenbers"), "the last letter is kept");
        assertFalse(Transliteration.variants("Wolfe", "Wolff"), "short words are not compared letter by letter");
    }

    @Test
    void blocksAreTheKeyAndInLongKeysTheKeyWithALetterInsideLeftOut() {
        assertEquals(List.of("rait"), Transliteration.blocks("Rait"));
        assertEquals(List.of("karavan", "kravan", "kaavan", "karvan", "karaan", "karavn"), Transliteration.blocks("Karavan"));
        assertEquals(List.of("karvan"), Transliteration.blocks("Karvan"), "six letters: the key alone");
        assertEquals(List.of("sizle"), Transliteration.blocks("Sizzle"), "six letters as written: the key alone");
        assertEquals(List.of("svizle", "sizle", "svzle", "svile", "svize"), Transliteration.blocks("Swizzle"),
                "seven letters as written, a doubled one counted twice, though the key has six");
        assertEquals(List.of(), Transliteration.blocks("--"));
        List<String> particle = Transliteration.blocks("LaCalamita");
        assertTrue(particle.contains("kalamita"), "and without its particle: " + particle);
        assertEquals(particle.size(), Set.copyOf(particle).size(), "each key once");
    }

    @Test
    void wordsTheWordRuleComparesShareABlock() {
        String[][] pairs = {{"Karavan", "Karvan"}, {"Khaledin", "Khaldin"}, {"Schenectady", "Schnectady"},
            {"Alishvandi", "Alishbandi"}, {"Stoltenberg", "Stoltenburg"}, {"Kiev", "Kyiv"}, {"Calamita", "LaCalamita"}, {"Sizzle", "Swizzle"}};
        for (String[] p : pairs) {
            List<String> a = Transliteration.blocks(p[0]);
            assertTrue(Transliteration.blocks(p[1]).stream().anyMatch(a::contains), p[0] + " " + p[1]);
            List<String> b = Transliteration.blocks(p[1]);
            assertTrue(Transliteration.blocks(p[0]).stream().anyMatch(b::contains), p[1] + " " + p[0]);
        }
        assertFalse(Transliteration.blocks("Karvan").stream().anyMatch(Transliteration.blocks("Kavouhi")::contains));
        assertFalse(Transliteration.blocks("Stoltenberg").stream().anyMatch(Transliteration.blocks("Xtoltenberg")::contains),
                "the first letter is never left out");
        assertFalse(Transliteration.blocks("Israeli").stream().anyMatch(Transliteration.blocks("Israel")::contains),
                "nor the last");
    }

    @Test
    void lettersTransliterationsWriteDifferently() {
        assertTrue(Transliteration.romanised("Heidar", "Heydar"));
        assertTrue(Transliteration.romanised("Younis", "Yunis"));
        assertTrue(Transliteration.romanised("Carolos", "Karolos"));
        assertTrue(Transliteration.romanised("Turkmenbashi", "Turkmenbaschi"));
        assertTrue(Transliteration.romanised("Kiev", "Kyiv"), "a y for i, though the key's ii is one letter");
        assertFalse(Transliteration.romanised("Hellmann", "Hellman"), "one letter doubled in one only");
        assertFalse(Transliteration.romanised("Heffner", "Hefner"), "a doubled letter");
        assertFalse(Transliteration.romanised("BlackBery", "BlackBerry"), "a doubled letter");
        assertFalse(Transliteration.romanised("Karavan", "Karvan"), "a vowel left out");
        assertFalse(Transliteration.romanised("Dargahan", "Dargehan"), "another vowel");
        assertEquals("ln", Transliteration.doubled("Hellmann"));
        assertEquals("", Transliteration.doubled("Kyiv"));
        assertEquals("e", Transliteration.doubled("Ve\u0301e"), "accents set aside");
    }

    @Test
    void aLetterDroppedInsideALongWord() {
        assertTrue(Transliteration.letterDropped("Karavan", "Karvan"));
        assertTrue(Transliteration.letterDropped("Khaldin", "Khaledin"));
        assertTrue(Transliteration.letterDropped("Schenectady", "Schnectady"));
        assertFalse(Transliteration.letterDropped("Israel", "Israeli"), "not at the end");
        assertFalse(Transliteration.letterDropped("Istrael", "Strael"), "not at the start");
        assertFalse(Transliteration.letterDropped("Dastran", "Dastrak"), "a swapped letter is not a dropped one");
        assertFalse(Transliteration.letterDropped("Karan", "Karvan"), "six letters at least in the shorter key");
        assertTrue(Transliteration.letterDropped("Kardan", "Karvdan"), "six letters are enough");
        assertFalse(Transliteration.letterDropped("Vassilis", "Vassilios"), "a short form");
        assertFalse(Transliteration.letterDropped("Karavan", "Karavan"));
        assertTrue(Transliteration.letterDropped("Sizzle", "Swizzle"), "six letters as written, though the key sizle has five");
        assertFalse(Transliteration.letterDropped("Sizle", "Swizle"), "five letters as written");
        assertEquals(6, Transliteration.letters("Sizzle"));
        assertEquals(7, Transliteration.letters("O'Sizzle"), "letters only");
    }

    @Test
    void firstNamesBeforeOneSurname() {
        assertTrue(Transliteration.firstNameVariants("Jon", "John"));
        assertTrue(Transliteration.firstNameVariants("Andre", "Anre"));
        assertTrue(Transliteration.firstNameVariants("Brian", "Bryant"));
        assertTrue(Transliteration.firstNameVariants("Elias", "Ilias"), "a vowel for a vowel");
        assertTrue(Transliteration.firstNameVariants("Kurbanguly", "Gurbanguly"), "k and g are listed");
        assertTrue(Transliteration.firstNameVariants("Gurbanguly", "Kurbanguly"), "either way round");
        assertTrue(Transliteration.firstNameVariants("Giannis", "Yiannis"));
        assertTrue(Transliteration.firstNameVariants("Tadeo", "Dadeo"), "d and t are listed");
        assertFalse(Transliteration.firstNameVariants("Mary", "Mark"), "a vowel for a consonant");
        assertFalse(Transliteration.firstNameVariants("Mark", "Park"), "consonants not listed");
        assertFalse(Transliteration.firstNameVariants("Dan", "Don"), "a swap in a name of three letters");
        assertTrue(Transliteration.firstNameVariants("Dane", "Dene"), "four letters are enough");
        assertTrue(Transliteration.firstNameVariants("Dene", "Dane"), "either way round");
        assertFalse(Transliteration.firstNameVariants("Paul", "Paula"), "a final vowel");
        assertFalse(Transliteration.firstNameVariants("Picture", "Pictures"), "a final s");
        assertTrue(Transliteration.firstNameVariants("Sara", "Sarah"), "a final consonant");
        assertFalse(Transliteration.firstNameVariants("Steve", "Steven"), "a short form");
        assertFalse(Transliteration.firstNameVariants("Anna-Mara", "Anna-Mora"), "a hyphen");
        assertTrue(Transliteration.firstNameVariants("Annamara", "Annamora"), "without one");
        assertFalse(Transliteration.firstNameVariants("Jon", "Jonathan"));
        assertFalse(Transliteration.firstNameVariants("John", "John"));
    }

    @Test
    void surnamesAfterOneFirstName() {
        assertTrue(Transliteration.surnameVariants("Rait", "Raite"));
        assertTrue(Transliteration.surnameVariants("Wolfe", "Wolff"));
        assertTrue(Transliteration.surnameVariants("Kougias", "Kouyias"));
        assertTrue(Transliteration.surnameVariants("Calamita", "LaCalamita"));
        assertTrue(Transliteration.surnameVariants("DeSantis", "Santis"), "either way round");
        assertFalse(Transliteration.surnameVariants("Lee", "Leeds"));
        assertFalse(Transliteration.surnameVariants("Roe", "Rose"), "four letters at least in the shorter key");
        assertTrue(Transliteration.surnameVariants("Rose", "Rosie"), "four letters are enough");
        assertFalse(Transliteration.surnameVariants("Mammal", "Mammals"), "a final s");
        assertFalse(Transliteration.surnameVariants("Askar", "Askhar"), "an h after a consonant");
        assertFalse(Transliteration.surnameVariants("Throat", "Throat-a"), "a hyphen");
        assertFalse(Transliteration.surnameVariants("Lamar", "Laramie"));
        assertFalse(Transliteration.surnameVariants("Lacalamita", "Calamita"), "a particle is joined before a capital");
        assertFalse(Transliteration.surnameVariants("DeSantos", "Santis"));
        assertFalse(Transliteration.surnameVariants("Santis", "DeSantos"));
        assertTrue(Transliteration.surnameVariants("George", "Georges"), "a first name of the lists with an s");
        assertTrue(Transliteration.surnameVariants("Williams", "William"), "either way round");
        assertFalse(Transliteration.surnameVariants("Ranger", "Rangers"), "no first name");
        assertTrue(Transliteration.surnameVariants("Jones-Drew", "Drew"), "a part of a double-barrelled name");
        assertTrue(Transliteration.surnameVariants("Drew", "Jones-Drew"), "either way round");
        assertTrue(Transliteration.surnameVariants("Brook-Senner", "Brook"), "the first part");
        assertFalse(Transliteration.surnameVariants("al-Rashid", "Rashid"), "a particle in lower case");
        assertFalse(Transliteration.surnameVariants("Brook-senner", "Brook"), "a part in lower case");
        assertFalse(Transliteration.surnameVariants("Li-Drew", "Drew"), "a part under three letters");
        assertFalse(Transliteration.surnameVariants("Jones-Dre", "Jones-Dre"), "both hyphened");
        assertFalse(Transliteration.surnameVariants("Jones-Drew", "Dre"), "under four letters");
        assertFalse(Transliteration.surnameVariants("Ann-Jo-Drew", "Drew"), "two hyphens");
        assertFalse(Transliteration.surnameVariants("Jones-Drew", "Jones-Drew-Kim"));
        assertFalse(Transliteration.surnameVariants("Jones-Drew", "Smith"), "neither part");
    }

    @Test
    void aFirstNameWithAnS() {
        assertTrue(Transliteration.firstNameWithS("Edward", "Edwards"));
        assertTrue(Transliteration.firstNameWithS("Edwards", "Edward"));
        assertFalse(Transliteration.firstNameWithS("Edward", "Edwardes"), "an s only");
        assertFalse(Transliteration.firstNameWithS("Edward", "Edward"));
        assertFalse(Transliteration.firstNameWithS("Mammal", "Mammals"));
        assertTrue(Transliteration.FIRST_NAMES.containsAll(java.util.Set.of("george", "mary")), "men's and women's lists");
    }

    @Test
    void particlesStandBeforeACapitalAndLeaveFourLetters() {
        assertEquals("Calamita", Transliteration.withoutParticle("LaCalamita"));
        assertEquals("Neil", Transliteration.withoutParticle("McNeil"));
        assertNull(Transliteration.withoutParticle("Lacalamita"));
        assertNull(Transliteration.withoutParticle("DeVal"), "three letters left");
        assertEquals("Vale", Transliteration.withoutParticle("DeVale"), "four letters are enough");
        assertNull(Transliteration.withoutParticle("Smith"));
        assertNull(Transliteration.withoutParticle("XYZebra"), "a capital after no particle");
    }

    @Test
    void anHAfterAConsonantIsATransliteration() {
        assertTrue(Transliteration.aspirated("Askar", "Askhar"));
        assertTrue(Transliteration.aspirated("Khalid", "Kalid"));
        assertTrue(Transliteration.aspirated("Abar", "Abhar"), "b is the first consonant listed");
        assertFalse(Transliteration.aspirated("Jon", "John"), "after a vowel it is a spelling");
        assertFalse(Transliteration.aspirated("Askar", "Askar"));
        assertFalse(Transliteration.aspirated("Askar", "Askhan"));
    }

    @Test
    void editsBetweenKeys() {
        Transliteration.Edit dropped = Transliteration.edit("karvan", "karavan");
        assertEquals(new Transliteration.Edit("karavan", "karvan", 3, 'a', ' ', false), dropped);
        Transliteration.Edit swapped = Transliteration.edit("elias", "ilias");
        assertEquals(new Transliteration.Edit("elias", "ilias", 0, 'e', 'i', true), swapped);
        assertEquals(4, Transliteration.edit("rait", "raite").at());
        assertNull(Transliteration.edit("rait", "rait"));
        assertNull(Transliteration.edit("rait", "raiths"));
        assertNull(Transliteration.edit("rait", "rota"));
        assertNull(Transliteration.edit("rait", "rtia"));
        assertNull(Transliteration.edit("", "a"));
        assertNull(Transliteration.edit("a", ""));
    }

    @Test
    void wordsInTheSingular() {
        assertEquals("island", Transliteration.singular("islands"));
        assertEquals("island", Transliteration.singular("island"));
        assertEquals("company", Transliteration.singular("companies"));
        assertEquals("box", Transliteration.singular("boxes"));
        assertEquals("church", Transliteration.singular("churches"));
        assertEquals("bush", Transliteration.singular("bushes"));
        assertEquals("press", Transliteration.singular("presses"));
        assertEquals("waltz", Transliteration.singular("waltzes"));
        assertEquals("press", Transliteration.singular("press"), "a word ending in ss");
        assertEquals("art", Transliteration.singular("arts"));
        assertEquals("gas", Transliteration.singular("gas"), "three letters: too short to tell");
        assertEquals("bus", Transliteration.singular("bus"));
        assertEquals("tie", Transliteration.singular("ties"), "too short for ies: a final s");
        assertEquals("axe", Transliteration.singular("axes"), "too short for es: a final s");
        assertEquals("race", Transliteration.singular("races"));
    }

    @Test
    void twoFirstNamesSharingTheirFirstLetter() {
        assertTrue(Transliteration.otherFirstNames("David", "Dale"));
        assertTrue(Transliteration.otherFirstNames("Mark", "Matt"));
        assertFalse(Transliteration.otherFirstNames("David", "Robert"), "another first letter");
        assertFalse(Transliteration.otherFirstNames("David", "david"), "one name");
        assertFalse(Transliteration.otherFirstNames("Dave", "David"), "the first three letters: an everyday form");
        assertFalse(Transliteration.otherFirstNames("Sam", "Samuel"));
        assertFalse(Transliteration.otherFirstNames("Jim", "James"), "a listed everyday form");
        assertFalse(Transliteration.otherFirstNames("James", "Jim"), "either way round");
        assertFalse(Transliteration.otherFirstNames("Jon", "John"), "a spelling of one name");
        assertFalse(Transliteration.otherFirstNames("Hurricanes", "Hurricane"), "singular and plural");
        assertFalse(Transliteration.otherFirstNames("Anna-Maria", "Alice"), "a hyphen");
        assertFalse(Transliteration.otherFirstNames("", "Dale"));
        assertFalse(Transliteration.otherFirstNames("Dale", ""));
        assertFalse(Transliteration.otherFirstNames("Steve", "Stephen"), "the first three letters");
        assertFalse(Transliteration.otherFirstNames("Karolos", "Carolos"), "a transliteration");
    }

    @Test
    void twoFirstNamesWhateverTheirFirstLetters() {
        assertTrue(Transliteration.twoFirstNames("Carl", "John"));
        assertTrue(Transliteration.twoFirstNames("David", "Dale"));
        assertTrue(Transliteration.twoFirstNames("Al", "Bo"), "two letters are a first name");
        assertFalse(Transliteration.twoFirstNames("Bill", "William"), "an everyday form of another letter");
        assertFalse(Transliteration.twoFirstNames("William", "Bill"), "either way round");
        assertFalse(Transliteration.twoFirstNames("Peggy", "Margaret"));
        assertFalse(Transliteration.twoFirstNames("Ted", "Theodore"), "a form in two lines");
        assertFalse(Transliteration.twoFirstNames("Ted", "Edward"), "a form in two lines");
        assertTrue(Transliteration.twoFirstNames("Edward", "Theodore"), "two names that share a form");
        assertFalse(Transliteration.twoFirstNames("Jim", "James"), "a listed everyday form of the same letter");
        assertFalse(Transliteration.twoFirstNames("Dave", "David"), "the first three letters");
        assertFalse(Transliteration.twoFirstNames("Jon", "John"), "a spelling of one name");
        assertFalse(Transliteration.twoFirstNames("Steve", "Steven"), "a short form");
        assertFalse(Transliteration.twoFirstNames("John", "JOHN"), "one name");
        assertFalse(Transliteration.twoFirstNames("J.", "Carl"), "an initial");
        assertFalse(Transliteration.twoFirstNames("Carl", "J."), "an initial");
        assertFalse(Transliteration.twoFirstNames("J", "Carl"), "an initial without its stop");
        assertFalse(Transliteration.twoFirstNames("Carl", "J"), "an initial without its stop");
        assertFalse(Transliteration.twoFirstNames("Jo.Ann", "Carl"), "a stop inside");
        assertFalse(Transliteration.twoFirstNames("Carl", "Jo.Ann"), "a stop inside");
        assertFalse(Transliteration.twoFirstNames("Anna-Maria", "Carl"), "a hyphen");
        assertFalse(Transliteration.twoFirstNames("Hurricanes", "Hurricane"), "singular and plural");
        assertFalse(Transliteration.twoFirstNames("Karolos", "Carolos"), "a transliteration");
        assertFalse(Transliteration.twoFirstNames("Schenectady", "Schnectady"), "a letter dropped");
        assertFalse(Transliteration.otherFirstNames("Jack", "Johnny"), "two forms of one name (John)");
    }

    @Test
    void twoSurnamesAreNoOneSurnameWrittenTwoWays() {
        assertTrue(Transliteration.twoSurnames("Smith", "Butler"));
        assertTrue(Transliteration.twoSurnames("Lindqvist", "Halvorsen"));
        assertFalse(Transliteration.twoSurnames("Smith", "SMITH"), "one name in another case");
        assertFalse(Transliteration.twoSurnames("Smith", "Smyth"), "one key");
        assertFalse(Transliteration.twoSurnames("Wolfe", "Wolff"), "a letter swapped");
        assertFalse(Transliteration.twoSurnames("Rait", "Raite"), "a letter added");
        assertFalse(Transliteration.twoSurnames("LaCalamita", "Calamita"), "a particle");
        assertFalse(Transliteration.twoSurnames("Jones-Drew", "Drew"), "one part of a double-barrelled name");
        assertFalse(Transliteration.twoSurnames("Klitschko", "Klitchsko"), "letters moved");
        assertFalse(Transliteration.twoSurnames("Kougias", "Kouyias"), "two romanisations");
        assertFalse(Transliteration.twoSurnames("Karavan", "Karvan"), "a short vowel left out");
        assertFalse(Transliteration.twoSurnames("", "Smith"));
        assertFalse(Transliteration.twoSurnames("Smith", ""));
    }

    @Test
    void theOtherLetterFormsListIsReadFromItsFile() {
        assertTrue(Transliteration.otherLetterForms("bill", "william"));
        assertTrue(Transliteration.otherLetterForms("william", "bill"));
        assertFalse(Transliteration.otherLetterForms("bill", "robert"), "forms of two names");
        assertFalse(Transliteration.otherLetterForms("carl", "john"), "names of no line");
        for (Set<String> forms : Transliteration.OTHER_LETTER_FORMS) {
            lowerCase(forms);
            assertTrue(forms.size() >= 2, forms + " holds a name and a form");
        }
    }

    @Test
    void theWordListsAreReadOnce() {
        lowerCase(Transliteration.NICKNAMES.keySet());
        lowerCase(Set.copyOf(Transliteration.NICKNAMES.values()));
        for (Map.Entry<String, String> e : Transliteration.NICKNAMES.entrySet()) {
            assertEquals(e.getKey().charAt(0), e.getValue().charAt(0), e.getKey() + " shares the first letter");
            assertFalse(e.getKey().regionMatches(0, e.getValue(), 0, Transliteration.NICKNAME_PREFIX),
                    e.getKey() + " shares the first three letters and needs no line");
        }
        assertEquals("james", Transliteration.NICKNAMES.get("jim"));
        lowerCase(Transliteration.PARTICLES);
        assertTrue(Transliteration.PARTICLES.containsAll(Set.of("la", "de", "mc", "van")));
        for (Map.Entry<String, String> e : Transliteration.SWAPS.entrySet()) {
            assertEquals(1, e.getKey().length(), e.getKey());
            assertEquals(1, e.getValue().length(), e.getValue());
        }
        assertEquals("g", Transliteration.SWAPS.get("k"));
        lowerCase(Transliteration.SHORT_FORMS.keySet());
        assertEquals("steven", Transliteration.SHORT_FORMS.get("steve"));
        assertTrue(Transliteration.shortForm("Steven", "Steve"));
        assertTrue(Transliteration.shortForm("Vassilis", "Vassilios"));
        assertFalse(Transliteration.shortForm("Steve", "Stephen"));
    }

    private static void lowerCase(Set<String> words) {
        assertFalse(words.isEmpty());
        for (String w : words) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
        }
    }

    @Test
    void aFirstNameKeyIsWhatItsEverydayFormsShare() {
        assertEquals("dav", Transliteration.firstNameKey("dave"));
        assertEquals("dav", Transliteration.firstNameKey("david"));
        assertEquals("jam", Transliteration.firstNameKey("jim"), "a listed nickname takes its full form");
        assertEquals("jam", Transliteration.firstNameKey("james"));
        assertEquals("alb", Transliteration.firstNameKey("al"), "listed: Al is Albert");
        assertEquals("bo", Transliteration.firstNameKey("bo"), "a name of three letters or fewer is kept whole");
        assertEquals("ann", Transliteration.firstNameKey("ann"));
    }

    @Test
    void aMisspellingOfASurnameHasItsLettersOneEditOrOneMoveApart() {
        assertTrue(Transliteration.misspelling("Kaltchsmid", "Kaltschmid"), "the s moved two places");
        assertTrue(Transliteration.misspelling("Rotsand", "Rostand"), "two letters swapped");
        assertTrue(Transliteration.misspelling("Kravitz", "Krawitz"), "one name's spellings");
        assertTrue(Transliteration.misspelling("Marlowe", "Marlow"), "a letter added");
        assertTrue(Transliteration.misspelling("petorvsky", "Petrovsky"), "case does not matter");
        assertFalse(Transliteration.misspelling("Rostand", "Rostand"), "the same word");
        assertFalse(Transliteration.misspelling("ROSTAND", "Rostand"), "the same word in capitals");
        assertFalse(Transliteration.misspelling("Bnard", "Brand"), "too short to tell");
        assertFalse(Transliteration.misspelling("Korsa", "Kosra"), "five letters are too few");
        assertTrue(Transliteration.misspelling("Kaltsc", "Kaltcs"), "six letters are enough");
        assertFalse(Transliteration.misspelling("Betrovsky", "Petrovsky"), "another first letter");
        assertFalse(Transliteration.misspelling("Randost", "Rostand"), "the same letters, moved too far");
        assertFalse(Transliteration.misspelling("Rostanda", "Rostnad"), "a letter added and two swapped");
        assertFalse(Transliteration.misspelling("Petrovskaya", "Petrovsky"), "another name");
        assertFalse(Transliteration.misspelling("Mar-lowe", "Marlowe"), "not a word of letters");
        assertFalse(Transliteration.misspelling("Marlowe", "Mar-lowe"), "not a word of letters");
        assertFalse(Transliteration.misspelling("Rangers", "Ranger"), "a plural");
    }
}
