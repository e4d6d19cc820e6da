package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Organisations as the doers of a happening a date is tied to, when its clause names no person. */
class NamedBodiesTest {

    private static final String HEAD = "Published: July 20, 2013 10:00 GMT\nRules news\n";

    private static DateClaim date(String body, String words) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        return d.claims().stream().filter(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .filter(c -> c.text().equals(words)).findFirst().orElseThrow();
    }

    @Test
    void aBodyNamedAsTheDoerKeysTheDate() {
        DateClaim may = date("The Karsa Interior Department proposed the new rules in May and took comments.", "May");
        assertEquals("proposal", may.about());
        assertEquals(List.of("karsa interior department"), may.participants());
        DateClaim tuesday = date("The Orvale City Council on Tuesday approved a bond of $3 million.", "Tuesday");
        assertEquals("approval", tuesday.about());
        assertEquals(List.of("orvale city council"), tuesday.participants());
        DateClaim year = date("Vell Oil Company sold the Dorn field in 1967 for $30 million.", "1967");
        assertEquals("sale", year.about());
        assertEquals(List.of("vell oil company"), year.participants());
        DateClaim fire = date("A blaze destroyed the Orvale Bible Church early Saturday.", "early Saturday");
        assertEquals("fire", fire.about(), "a body a happening is done to");
        assertEquals(List.of("orvale bible church"), fire.participants());
    }

    @Test
    void aTellerAPlaceAPersonOrARepeatedActIsNotTaken() {
        assertEquals(List.of(), date("The fire started on Friday, the Orvale Fire Department said.", "Friday").participants(),
                "across a comma: the body tells, it did not act");
        assertEquals(List.of(), date("A blaze broke out on Friday at the Orvale Bible Church.", "Friday").participants(),
                "after a preposition of place: where it happened");
        assertEquals(List.of("tomas vell"), date("Tomas Vell died on Friday at the Orvale Medical Center.", "Friday").participants(),
                "a person named: the person only");
        DateClaim arrest = date("The Lindor Police Department on Thursday arrested two men in the harbour.", "Thursday");
        assertEquals(List.of(), arrest.participants(), "police arrest many, day after day: not a kind of body-happening-kinds.txt");
    }

    @Test
    void onlyWholeNamesWithAnOrganisationsNounOfTwoWordsOrMore() {
        Set<String> names = Set.of("orvale city council", "city council", "council", "tomas vell", "friday club", "dorn");
        assertEquals(List.of("orvale city council"), NamedBodies.within(" the orvale city council met ", names),
                "the longer of two that overlap; a lone noun is no name");
        assertEquals(List.of(), NamedBodies.within(" the council and tomas vell met in dorn ", names));
        assertEquals(List.of(), NamedBodies.within(" the friday club met ", names), "a name with a calendar word");
        assertEquals(List.of("city council"), NamedBodies.within(" a city council vote ", names));
    }

    @Test
    void aBodyAfterAPrepositionOfPlaceIsWhereNotWho() {
        assertFalse(NamedBodies.doer(" died at the u s medical center ", "medical center"), "article and initials passed over");
        assertFalse(NamedBodies.doer(" a fire in orvale bible church ", "orvale bible church"));
        assertFalse(NamedBodies.doer(" in orvale bible church ", "orvale bible church"), "the preposition opening the words");
        assertTrue(NamedBodies.doer(" orvale bible church burned ", "orvale bible church"), "opening the words");
        assertTrue(NamedBodies.doer(" a fire at orvale bible church destroyed the orvale bible church ", "orvale bible church"),
                "one mention not after a preposition is enough");
        assertTrue(NamedBodies.doer(" the city council approved ", "city council"));
        assertFalse(NamedBodies.doer(" the city councillor ", "city council"), "whole words only");
    }

    @Test
    void theKindsAreLowerCaseKindsOfTheHappeningLists() {
        assertTrue(NamedBodies.KINDS.containsAll(Set.of("proposal", "sale", "fire")), NamedBodies.KINDS.toString());
        assertFalse(NamedBodies.KINDS.contains("arrest"), "an act police repeat");
        assertFalse(NamedBodies.KINDS.contains("attack"));
        for (String k : NamedBodies.KINDS) {
            assertTrue(k.matches("\\p{Ll}+"), k);
            assertTrue(EventExtractor.WORDS.containsValue(k) || Mentions.PASSING.containsValue(k),
                    k + ": a kind of happening-triggers.txt or passing-triggers.txt");
        }
        assertTrue(NamedBodies.organisation("orvale city council"));
        assertFalse(NamedBodies.organisation("tomas vell"));
    }
}
