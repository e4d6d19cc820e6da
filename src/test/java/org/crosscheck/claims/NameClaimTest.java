package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name as an article spells it, one word or a pair, and when another name writes it another way. */
class NameClaimTest {

    private static NameClaim name(String doc, String text, String context) {
        return new NameClaim(doc, new Span(0, text.length()), text, context);
    }

    private static NameClaim name(String doc, String text) {
        return name(doc, text, "_");
    }

    @Test
    void aPairIsTwoWords() {
        NameClaim pair = name("a", "Tall Grass");
        assertTrue(pair.pair());
        assertFalse(pair.single());
        assertEquals("tall", pair.first());
        assertEquals("grass", pair.last());
        assertEquals("tallgrass", pair.joined());
        assertEquals(List.of(), pair.blocks());
        NameClaim word = name("a", "Kiev");
        assertTrue(word.single());
        assertEquals("kiev", word.first());
        assertEquals("kiev", word.last());
        assertEquals("_", new NameClaim("a", new Span(0, 4), "Kiev", null).context());
    }

    @Test
    void aWordMeetsOthersUnderItsBlocks() {
        NameClaim word = name("d", "Karavan");
        List<NameBlock> blocks = word.blocks();
        assertEquals(7, blocks.size());
        assertEquals(new NameBlock("karavan", "d", "karavan"), blocks.get(0));
        assertEquals(new NameBlock("romanised:rvn", "d", "karavan"), blocks.get(6));
        assertTrue(blocks.stream().allMatch(b -> b.document().equals("d") && b.folded().equals("karavan")));
    }

    @Test
    void wordsThatAreTwoRomanisationsOfOneName() {
        assertTrue(name("b", "Heydar").romanisedFrom(name("a", "Heidar")));
        assertFalse(name("b", "Hefner").romanisedFrom(name("a", "Heffner")), "a doubled letter");
        assertTrue(name("b", "Karvan").romanisedFrom(name("a", "Karavan")), "a short vowel left out (since the twenty-third session)");
        assertFalse(name("b", "Teixiera").romanisedFrom(name("a", "Teixeira")), "two letters swapped");
        assertTrue(name("b", "Kyiv").supersededWith(name("a", "Kiev")));
        assertFalse(name("b", "Heydar").supersededWith(name("a", "Heidar")));
    }

    @Test
    void aBodysNameRenderedWithANounInEitherNumber() {
        assertTrue(name("b", "Central Elections Commission").renderedFrom(name("a", "Central Election Commission")));
        assertTrue(name("b", "National Telecommunication Regulatory").renderedFrom(name("a", "National Telecommunications Regulatory")));
        assertFalse(name("b", "Motion Pictures Arts").renderedFrom(name("a", "Motion Picture Arts")), "a noun not listed");
        assertFalse(name("b", "Central Election Office").renderedFrom(name("a", "Central Election Commission")), "not one name");
        assertFalse(name("b", "Elections Commission").renderedFrom(name("a", "Election Commission")), "two words");
    }

    @Test
    void pairsWhoseFirstNameOrSurnameIsRomanisedTwoWays() {
        assertTrue(name("b", "Yiannis Doukas").firstNameRomanisedFrom(name("a", "Giannis Doukas")));
        assertFalse(name("b", "John Owen").firstNameRomanisedFrom(name("a", "Jon Owen")), "a consonant added");
        assertFalse(name("b", "Yiannis").firstNameRomanisedFrom(name("a", "Giannis Doukas")), "a lone word has no first name");
        assertFalse(name("b", "Yiannis Doukas").firstNameRomanisedFrom(name("a", "Giannis")), "a lone word has no first name");
        assertTrue(name("b", "Alexis Kouyias").surnameRomanisedFrom(name("a", "Alexis Kougias")));
        assertFalse(name("b", "Duncan Raite").surnameRomanisedFrom(name("a", "Duncan Rait")), "a vowel at the end");
        assertFalse(name("b", "Kouyias").surnameRomanisedFrom(name("a", "Alexis Kougias")), "a lone word");
        assertFalse(name("b", "Alexis Kouyias").surnameRomanisedFrom(name("a", "Kougias")), "a lone word");
    }

    @Test
    void wordsThatAreVariants() {
        assertTrue(name("b", "Kyiv").variantOf(name("a", "Kiev")));
        assertTrue(name("b", "Karvan").variantOf(name("a", "Karavan")), "a letter dropped inside");
        assertFalse(name("b", "Kiev").variantOf(name("a", "KIEV")), "one spelling in two cases");
        assertFalse(name("b", "Karvan Village").variantOf(name("a", "Karavan")), "a pair is not a word");
        assertFalse(name("b", "Karavan").variantOf(name("a", "Karvan Village")), "a pair is not a word");
        assertFalse(name("b", "Ali").variantOf(name("a", "Aly")), "three letters");
        assertFalse(name("b", "Aly").variantOf(name("a", "Alyy")), "three letters");
        assertFalse(name("b", "Alyy").variantOf(name("a", "Aly")), "three letters");
        assertFalse(name("b", "Kiev").variantOf(name("a", "Kiel")), "not variants");
    }

    @Test
    void wordsInLongerNames() {
        assertTrue(name("b", "Alishbandi", "_").variantOf(name("a", "Alishvandi", "Heidar _")), "a surname alone");
        assertFalse(name("b", "Barak", "_").variantOf(name("a", "Barack", "_ Obama")), "a first name alone");
        assertTrue(name("b", "Karvan", "_").variantOf(name("a", "Karavan", "Ali _")), "a dropped letter, surname alone");
        assertTrue(name("b", "Karvan", "Ali _").variantOf(name("a", "Karavan", "_")), "a dropped letter, surname alone");
        assertFalse(name("b", "Karvan", "_").variantOf(name("a", "Karavan", "_ Ali")), "a dropped letter, a first name alone");
        assertFalse(name("b", "Karvan", "_ Ali").variantOf(name("a", "Karavan", "_")), "a dropped letter, a first name alone");
        assertFalse(name("b", "Walther", "_").variantOf(name("a", "Walter", "_ Bugden")), "a surname alone is not a first name");
        assertTrue(name("b", "Karvan", "Ali _").variantOf(name("a", "Karavan", "Ali _")), "sharing a word");
        assertTrue(name("b", "Heydar", "_ Alishbandi").variantOf(name("a", "Heidar", "_ Alishvandi")), "sharing a variant");
        assertFalse(name("b", "Barak", "Ehud _").variantOf(name("a", "Barack", "_ Obama")));
    }

    @Test
    void firstNamesBeforeOneSurname() {
        assertTrue(name("b", "John Owen").firstNameVariantOf(name("a", "Jon Owen")));
        assertFalse(name("b", "John Owens").firstNameVariantOf(name("a", "Jon Owen")), "another surname");
        assertFalse(name("b", "JON Owen").firstNameVariantOf(name("a", "Jon Owen")), "one spelling");
        assertFalse(name("b", "Katherine Gomes").firstNameVariantOf(name("a", "Catherine Gomes")), "left to the word rule");
        assertFalse(name("b", "Mark Owen").firstNameVariantOf(name("a", "Mary Owen")));
        assertFalse(name("b", "Owen").firstNameVariantOf(name("a", "Jon Owen")));
        assertFalse(name("b", "Jon Owen").firstNameVariantOf(name("a", "Owen")));
    }

    @Test
    void surnamesAfterOneFirstName() {
        assertTrue(name("b", "Duncan Raite").surnameVariantOf(name("a", "Duncan Rait")));
        assertTrue(name("b", "Anthony LaCalamita").surnameVariantOf(name("a", "Anthony Calamita")));
        assertFalse(name("b", "Dunkan Raite").surnameVariantOf(name("a", "Duncan Rait")), "another first name");
        assertFalse(name("b", "Duncan RAIT").surnameVariantOf(name("a", "Duncan Rait")), "one spelling");
        assertFalse(name("b", "Andrew Welzler").surnameVariantOf(name("a", "Andrew Wetzler")), "left to the word rule");
        assertFalse(name("b", "Andrew Wetzleria").surnameVariantOf(name("a", "Andrew Wetzler")));
        assertFalse(name("b", "Raite").surnameVariantOf(name("a", "Duncan Rait")));
        assertFalse(name("b", "Duncan Raite").surnameVariantOf(name("a", "Rait")));
    }

    @Test
    void aPairWrittenAsOneWord() {
        assertTrue(name("a", "Tall Grass").writtenAsOne(name("b", "TallGrass")));
        assertTrue(name("b", "TallGrass").writtenAsOne(name("a", "Tall Grass")), "either way round");
        assertFalse(name("b", "Tall-Grass").writtenAsOne(name("a", "Tall Grass")), "a hyphen is house style");
        assertFalse(name("b", "TallGrasses").writtenAsOne(name("a", "Tall Grass")));
        assertFalse(name("b", "Tall Grass").writtenAsOne(name("a", "Tall Grass")), "two pairs");
        assertFalse(name("b", "TallGrass").writtenAsOne(name("a", "TallGrass")), "two words");
    }

    @Test
    void threeWordsOfANameAreATriple() {
        NameClaim triple = name("a", "Fiji Islands Auto");
        assertTrue(triple.triple());
        assertFalse(triple.pair());
        assertFalse(triple.single());
        assertEquals(List.of(), triple.blocks());
        assertEquals("fiji island auto", triple.singular());
        assertEquals("fiji island auto", name("b", "Fiji Island Auto").singular());
        assertFalse(name("a", "Tall Grass").triple());
        assertFalse(name("a", "Kiev").triple());
        assertFalse(triple.variantOf(name("b", "Fiji Island Auto")), "the word rule leaves triples alone");
    }

    @Test
    void aWordOfANameInTheSingularAndThePlural() {
        assertTrue(name("a", "Fiji Islands Auto").inflectedOf(name("b", "Fiji Island Auto")));
        assertTrue(name("b", "Fiji Island Auto").inflectedOf(name("a", "Fiji Islands Auto")), "either way round");
        assertTrue(name("a", "Coastal Wetlands Trust").inflectedOf(name("b", "Coastal Wetland Trust")));
        assertTrue(name("a", "Eastern Counties Bank").inflectedOf(name("b", "Eastern County Bank")), "ies is y");
        assertTrue(name("a", "Harbour Churches Fund").inflectedOf(name("b", "Harbour Church Fund")), "es after ch");
        assertFalse(name("a", "Fiji Islands Auto").inflectedOf(name("b", "Fiji Islands Auto")), "one spelling");
        assertFalse(name("a", "Fiji Islands Auto").inflectedOf(name("b", "FIJI ISLANDS AUTO")), "case is house style");
        assertFalse(name("a", "Islands Auto Repair").inflectedOf(name("b", "Islands Auto Repairs")),
                "the word that ends the name");
        assertFalse(name("a", "Hurricanes Katrina Relief").inflectedOf(name("b", "Hurricane Katrina Relief")),
                "the word that opens the name");
        assertFalse(name("a", "Fiji Islands Auto").inflectedOf(name("b", "Fiji Islands Autos")));
        assertFalse(name("a", "Fiji Island Auto").inflectedOf(name("b", "Fiji Isles Auto")), "another word");
        assertFalse(name("a", "Main Bus Depot").inflectedOf(name("b", "Main Bu Depot")), "too short to tell");
        assertFalse(name("a", "Marine Mammals").inflectedOf(name("b", "Marine Mammal")), "two words");
        assertFalse(name("a", "Mammals").inflectedOf(name("b", "Mammal")), "one word");
    }

    @Test
    void twoFirstNamesForOnePersonOfASurname() {
        assertTrue(name("a", "David Stevens").otherFirstNameOf(name("b", "Dale Stevens")));
        assertTrue(name("b", "Dale Stevens").otherFirstNameOf(name("a", "David Stevens")), "either way round");
        assertFalse(name("a", "David Stevens").otherFirstNameOf(name("b", "Robert Stevens")), "another first letter");
        assertFalse(name("a", "David Stevens").otherFirstNameOf(name("b", "Dale Stephens")), "another surname");
        assertFalse(name("a", "David Stevens").otherFirstNameOf(name("b", "David Stevens")), "one name");
        assertFalse(name("a", "Dave Stevens").otherFirstNameOf(name("b", "David Stevens")), "an everyday form");
        assertFalse(name("a", "Jon Stevens").otherFirstNameOf(name("b", "John Stevens")), "a spelling, not a name");
        assertFalse(name("a", "Cranbrook RCMP").otherFirstNameOf(name("b", "Creston RCMP")), "an acronym is no surname");
        assertFalse(name("a", "David Stevens").otherFirstNameOf(name("b", "Dale")), "a word is no pair");
        assertFalse(name("a", "David Stevens Fund").otherFirstNameOf(name("b", "Dale Stevens Fund")), "a triple is no pair");
    }

    @Test
    void theEitherNumberModifiersAreLowerCaseSingularNouns() {
        assertFalse(NameClaim.EITHER_NUMBER.isEmpty());
        for (String noun : NameClaim.EITHER_NUMBER) {
            assertTrue(noun.matches("[a-z]+") && !noun.endsWith("s"), noun + ": one lower-case noun, in the singular");
        }
        assertTrue(NameClaim.EITHER_NUMBER.contains("election"));
    }

    @Test
    void aLongWordMeetsItsOtherRomanisationsUnderItsRomanisationKey() {
        List<String> keys = name("a", "Kurmalinsk").blocks().stream().map(NameBlock::key).toList();
        assertTrue(keys.contains("romanised:rmlns"), keys.toString());
        List<String> other = name("b", "Gurmalinsk").blocks().stream().map(NameBlock::key).toList();
        assertTrue(other.contains("romanised:rmlns"), other.toString());
        // Six letters: too short to be compared so (Amarsk, Emarsk could be two towns).
        assertFalse(name("a", "Amarsk").blocks().stream().anyMatch(b -> b.key().startsWith("romanised:")));
        // Seven letters exactly are enough.
        assertTrue(name("a", "Amarska").blocks().stream().anyMatch(b -> b.key().equals("romanised:mrs")));
        // A romanisation key of two letters gathers too many words: no such block.
        assertFalse(name("a", "Giorgakis").blocks().stream().anyMatch(b -> b.key().startsWith("romanised:")));
        // Three letters are enough.
        assertTrue(name("a", "Kasimbek").blocks().stream().anyMatch(b -> b.key().equals("romanised:smb")));
    }

    @Test
    void aRomanisationTheSpellingKeysMissIsReadOnlyForLongWordsOfOneName() {
        assertTrue(name("a", "Kurmalinsk").romanisationOf(name("b", "Gurmalinsk")));
        assertTrue(name("b", "Gurmalinsk").romanisationOf(name("a", "Kurmalinsk")));
        assertTrue(name("a", "Amarska").romanisationOf(name("b", "Emarska")));
        // Too short, and the same word.
        assertFalse(name("a", "Amarsk").romanisationOf(name("b", "Emarsk")));
        assertFalse(name("a", "Emarska").romanisationOf(name("b", "Amarsk")));
        assertFalse(name("a", "Kurmalinsk").romanisationOf(name("b", "Kurmalinsk")));
        // Pairs the spelling keys already join are the word rule's (variants; a letter left out).
        assertFalse(name("a", "Hormozgan").romanisationOf(name("b", "Hormuzgan")));
        assertFalse(name("a", "Kandaravan").romanisationOf(name("b", "Kandarvan")));
        // Not a romanisation: a consonant the list does not pair.
        assertFalse(name("a", "Kurmalinsk").romanisationOf(name("b", "Purmalinsk")));
        // Two people: other first names before the surname.
        assertFalse(name("a", "Kasimbekov", "Nurlan _").romanisationOf(name("b", "Gasimbekov", "Timur _")));
        assertTrue(name("a", "Kasimbekov", "Nurlan _").romanisationOf(name("b", "Gasimbekov", "Nurlan _")));
        // Only single words.
        assertFalse(name("a", "Nurlan Kasimbekov", "_").romanisationOf(name("b", "Kasimbekov")));
        assertFalse(name("a", "Kasimbekov").romanisationOf(name("b", "Nurlan Gasimbekov", "_")));
    }
}
