package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/**
 * Standing attributes of named people and places in the forms English news writes them: an age
 * given through a pronoun or a description of the person named before, "now 45", a home town, a
 * population after "which has" or "population", a building's year in apposition. Each on invented
 * sentences, with forms that must not be read beside them.
 */
class StandingAttributesTest {

    /** The attributes an invented article of one paragraph gives, as "Entity: attribute value". */
    private static List<String> attributes(String paragraph) {
        String text = "Story\n\nMarch 3, 2011\n\n" + paragraph + "\n";
        return Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims().stream()
                .filter(AttributeClaim.class::isInstance).map(c -> ((AttributeClaim) c).value())
                .filter(v -> !v.contains("points in the game")).toList();
    }

    private static final String AFTER = " Marsh was released later.";

    @Test
    void anAgeThroughAPronounOpeningTheNextSentence() {
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. She is 45 and lives in Denver." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. She is 45 years old." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. She's now 45." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. She, 45, was held overnight." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. At 45, she is the oldest of the band." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. But she is forty-five." + AFTER));
    }

    @Test
    void aPronounAgeIsNotReadWhenItsPersonOrTimeIsInDoubt() {
        assertEquals(List.of(), attributes("Police arrested Lena Marsh and Dana Roe on Monday. She is 45 and lives in Denver." + AFTER),
                "two people before");
        assertEquals(List.of(), attributes("Police arrested Lena Marsh on Monday. At 45, she became a singer." + AFTER), "a past tense");
        assertEquals(List.of(), attributes("Police arrested Lena Marsh on Monday. She was 45 when she left." + AFTER), "a past tense");
        assertEquals(List.of(), attributes("Police arrested Lena Marsh on Monday. She is 45 minutes late." + AFTER), "no age");
        assertEquals(List.of(), attributes("She is 45 and lives in Denver. Police arrested Lena Marsh on Monday." + AFTER),
                "a pronoun never points forward");
    }

    @Test
    void thePronounPatternsAlone() {
        String s = "She is 45.";
        PronounAges.Found f = PronounAges.find(s, 0, s.length());
        assertEquals("She", f.pronoun());
        assertEquals(45, f.age());
        assertEquals("45", f.number().of(s));
        assertEquals("She is 45", f.span().of(s));
        String at = "At age 45, he's the oldest.";
        assertEquals("he", PronounAges.find(at, 0, at.length()).pronoun());
        assertEquals("At age 45", PronounAges.find(at, 0, at.length()).span().of(at));
        assertNull(PronounAges.find("She is 145.", 0, 11), "no age over the limit");
        assertNull(PronounAges.find("She is 120.", 0, 11), "the limit itself");
        assertEquals(119, PronounAges.find("She is 119.", 0, 11).age());
        assertNull(PronounAges.find("She is 0.", 0, 9), "no age of nought");
        assertEquals(1, PronounAges.find("She is 1.", 0, 9).age());
        assertNull(PronounAges.find("They are 45.", 0, 12), "not a person's pronoun");
        assertNull(PronounAges.find("Police said she is 45.", 0, 22), "the pronoun does not open the sentence");
    }

    @Test
    void anAgeOfADescriptionOrAfterNow() {
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. Marsh, now 45, was held overnight." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"),
                attributes("Police arrested Lena Marsh on Monday. The singer, who is 45, was held overnight." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"), attributes("Police arrested Lena Marsh on Monday. The singer, now 45, was held." + AFTER));
    }

    @Test
    void aPersonsNounRightBeforeTheNameIsThatPerson() {
        assertEquals(List.of("Lena Marsh: age 45"),
                attributes("Police arrested the singer Lena Marsh on Monday. The 45-year-old was held overnight." + AFTER));
        assertEquals(List.of("Lena Marsh: age 45"),
                attributes("Police arrested the singer Lena Marsh on Monday. The 45-year-old singer was held overnight." + AFTER));
        assertEquals(List.of("45-year-old: age 45"),
                attributes("Police arrested Lena Marsh and the singer on Monday. The 45-year-old was held overnight." + AFTER),
                "a singer the sentence does not name: the age stays a description");
    }

    @Test
    void aHomeTownBesideTheName() {
        String after = " Banks said he was happy.";
        assertEquals(List.of("Tom Banks: home town Denver"), attributes("Tom Banks, a native of Denver, scored 20 points." + after));
        assertEquals(List.of("Tom Banks: home town Boulder"), attributes("Tom Banks, a native of Boulder, Colorado, scored 20 points." + after));
        assertEquals(List.of("Tom Banks: age 25", "Tom Banks: home town Denver"),
                attributes("Tom Banks, 25, a Denver native, scored 20 points." + after));
        assertEquals(List.of("Tom Banks: home town Denver"), attributes("Denver native Tom Banks scored 20 points." + after));
        assertEquals(List.of("Tom Banks: home town Denver"), attributes("The Denver native Tom Banks scored 20 points." + after));
        assertEquals(List.of("Tom Banks: home town Denver"), attributes("He said Denver native Tom Banks scored 20 points." + after));
        assertEquals(List.of(), attributes("Tom Banks, a native of the city, scored 20 points." + after), "no place named");
        assertEquals(List.of(), attributes("Police said Big Orvale Lake Springs native Tom Banks scored 20 points." + after),
                "a place longer than three words");
        assertEquals(List.of("Tom Banks: home town Orvale Lake Springs"),
                attributes("Police said Orvale Lake Springs native Tom Banks scored 20 points." + after));
        assertEquals(List.of("Tom Banks: home town Denver"), attributes("In Boulder, Denver native Tom Banks scored 20 points." + after),
                "a comma before the place");
        assertEquals(List.of(), attributes("Tom Banks, from Denver, scored 20 points." + after), "from: where he came from today");
        assertEquals(List.of(), attributes("Tom Banks, a Denver native of sorts, scored 20 points." + after), "not a home town");
    }

    @Test
    void aCapitalisedWordBeforeThePlace() {
        assertTrue(HomeTowns.mayTell("Tom Banks, a native of Denver", 0, 29));
        assertTrue(HomeTowns.mayTell("Denver native Tom Banks", 7, 13), "the word itself, at the range's ends");
        assertTrue(!HomeTowns.mayTell("Denver native Tom Banks", 8, 13), "cut at its start");
        assertTrue(!HomeTowns.mayTell("Denver native Tom Banks", 7, 12), "cut at its end");
        assertTrue(!HomeTowns.mayTell("Tom Banks of Denver, a nation's pride", 0, 37));
        assertTrue(HomeTowns.mayTell("A NATIVE", 0, 8), "more than the patterns take, never less");
        assertEquals(List.of(), attributes("Tom Banks, a Denver man, scored 20 points." + AFTER), "no native: nothing sought");
        assertTrue(HomeTowns.capitalisedBefore("Port Au native", 0, 5));
        assertTrue(!HomeTowns.capitalisedBefore("In Boulder, Denver", 0, 12), "a comma between");
        assertTrue(HomeTowns.capitalisedBefore("In Boulder  Denver", 0, 12));
        assertTrue(!HomeTowns.capitalisedBefore("said Denver", 0, 5));
        assertTrue(!HomeTowns.capitalisedBefore("Denver", 0, 0), "the sentence's start");
        assertTrue(!HomeTowns.capitalisedBefore(", Denver", 0, 2), "no word before");
        assertTrue(!HomeTowns.capitalisedBefore("Xy said Denver", 3, 8), "a word outside the sentence is not read");
        assertTrue(HomeTowns.capitalisedBefore("xY Denver", 1, 3), "the word cut at the sentence's start");
    }

    @Test
    void aHomeTownIsComparedAcrossTheStoryAtOneLevel() {
        AttributeClaim denver = new AttributeClaim("a", new org.crosscheck.claims.Span(0, 1), "x", "Tom Banks", "tom banks", true,
                AttributeClaim.HOME_TOWN, "Denver", 0, false, 0, false, 15000, null, null);
        AttributeClaim boulder = new AttributeClaim("b", new org.crosscheck.claims.Span(0, 1), "x", "Tom Banks", "tom banks", true,
                AttributeClaim.HOME_TOWN, "Boulder", 0, false, 0, false, 16000, null, null);
        AttributeClaim colorado = new AttributeClaim("c", new org.crosscheck.claims.Span(0, 1), "x", "Tom Banks", "tom banks", true,
                AttributeClaim.HOME_TOWN, "Colorado", 0, false, 0, false, 16000, null, null);
        assertTrue(denver.wordValued() && denver.placeValued());
        assertTrue(denver.sameOccasionAs(boulder), "a home town does not change: articles a year apart are compared");
        assertTrue(denver.disagreesWith(boulder));
        assertTrue(!denver.disagreesWith(colorado), "a town and a state may both be right");
    }

    @Test
    void aPopulationAfterWhichHasOrPopulation() {
        assertEquals(List.of("Lindor: population 15000"), attributes("The quake hit Lindor, which has a population of 15,000."));
        assertEquals(List.of("Lindor: population 15000"), attributes("The quake hit Lindor, population 15,000, on Monday."));
        assertEquals(List.of("Lindor: population [13500, 16500]"), attributes("The quake struck Lindor, whose population is about 15,000."));
        assertEquals(List.of(), attributes("The quake hit Lindor, which has a population growth of 2 percent."), "no population figure");
    }

    @Test
    void aBuildingsYearInApposition() {
        assertEquals(List.of("the building: year built 1890"), attributes("The church, built in 1890, burned down on Monday."));
        assertEquals(List.of("the building: year built 1935"),
                attributes("The old warehouse, which was constructed in 1935, burned down on Monday."));
        assertEquals(List.of(), attributes("The church, rebuilt in 1890, burned down on Monday."), "rebuilt is not built");
    }

    @Test
    void anAgeAtDeathAfterAtAlone() {
        String after = " Marsh was a star.";
        assertEquals(List.of("Lena Marsh: age 85"), attributes("The singer Lena Marsh died Thursday at 85." + after));
        assertEquals(List.of("Lena Marsh: age 85"), attributes("The singer Lena Marsh died at 85 after a long illness." + after));
        assertEquals(List.of("Lena Marsh: age 85"), attributes("The singer Lena Marsh died at eighty-five, her family said." + after));
        assertEquals(List.of(), attributes("The singer Lena Marsh died at 5 a.m. on Thursday." + after), "a time of day");
        assertEquals(List.of(), attributes("The singer Lena Marsh died at 12:30 on Thursday." + after), "a clock time");
        assertEquals(List.of(), attributes("The singer Lena Marsh died at 85 Main Street on Thursday." + after), "an address");
        assertEquals(List.of(), attributes("The singer Lena Marsh died in 1998 at 85." + after), "a death long before");
    }

    @Test
    void anAgeThenIsNotTheAgeOnTheArticlesDay() {
        String after = " Banks was released later.";
        assertEquals(List.of(), attributes("Police said then-15-year-old Tom Banks was held overnight." + after));
        assertEquals(List.of(), attributes("Police said then 15-year-old Tom Banks was held overnight." + after));
        assertEquals(List.of("Tom Banks: age 15"), attributes("Police said 15-year-old Tom Banks was held overnight." + after));
        assertTrue(AttributeExtractor.THEN.matcher("the then- ").find());
        assertTrue(!AttributeExtractor.THEN.matcher("strengthen-").find(), "a word ending in then");
    }

    @Test
    void aNativeAsThePersonsNoun() {
        String after = " Banks was released later.";
        assertEquals(List.of("Tom Banks: age 28"),
                attributes("Police arrested Tom Banks on Monday. The 28-year-old Maryland native was held overnight." + after));
        assertEquals(List.of(),
                attributes("Police arrested Tom Banks on Monday. The 45-year-old American was held overnight." + after),
                "a nationality is not read as the person's noun");
        assertTrue(AttributeExtractor.PERSON_NOUNS.contains("native"));
    }
}
