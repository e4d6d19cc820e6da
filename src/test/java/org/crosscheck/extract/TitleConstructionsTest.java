package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/**
 * Titles read in the constructions added in the twenty-ninth session: a title set off before a
 * name ("The head of the union, Ann Ray, said"), a title the name is the subject of ("Ann Ray is
 * the chief executive of Telvar."), and a verb that gives a title (", who heads Telvar,").
 */
class TitleConstructionsTest {

    private static List<String> titles(String sentence) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt",
                "Published: May 2, 2010\nA deal\n" + sentence + "\n", List.of())));
        return d.claims().stream().filter(RoleClaim.class::isInstance)
                .map(c -> ((RoleClaim) c).person() + " | " + ((RoleClaim) c).title() + " | " + ((RoleClaim) c).role()
                        + (((RoleClaim) c).current() ? "" : " | past"))
                .toList();
    }

    @Test
    void aTitleSetOffBeforeANameIsTheNamesInEveryOpening() {
        assertEquals(List.of("Ann Ray | head of the union | head"),
                titles("The head of the union, Ann Ray, said the strike would go on."));
        assertEquals(List.of("Ann Ray | Telvar's chief executive | ceo"),
                titles("Telvar's chief executive, Ann Ray, said the deal was done."));
        assertEquals(List.of("Ann Ray | company's chairman | chairman"),
                titles("The deal was done, said the company's chairman, Ann Ray."));
        assertEquals(List.of("Ann Ray | chairman | chairman"),
                titles("The board met its chairman, Ann Ray, on Monday."));
        assertEquals(List.of("Ann Ray | chairman | chairman"),
                titles("The board met a chairman, Ann Ray, on Monday."));
    }

    @Test
    void aNameAfterATitleAndACommaIsNoAppositionWhenAVerbFollowsIt() {
        assertEquals(List.of(), titles("After talks with the president, Ann Ray said the deal was done."));
        assertEquals(List.of(), titles("When he met the chairman, Ann Ray left the room."));
    }

    @Test
    void aTitleBeforeACommaMustOpenWithAnArticleOrPossessiveOrTheSentenceOrFollowSpeech() {
        assertEquals(List.of(), titles("Talks stalled as chairman, Ann Ray, walked out."));
        assertEquals(List.of(), titles("The president's wife, Ann Ray, said the talks went well."),
                "a wife is no title: the title must end at the comma");
    }

    @Test
    void aLoneWordOrAnOrganisationsNounBeforeTheCommaIsNoTitledPerson() {
        assertEquals(List.of(), titles("He was tried by a judge in Fulton County, Georgia, last year."));
        assertEquals(List.of(), titles("He spoke to the attorney general's office, Eric Nichols, on Monday.")
                .stream().filter(t -> t.contains("office")).toList());
    }

    @Test
    void aTitleTheNameIsTheSubjectOfIsHeldNowOrBeforeAsTheVerbSays() {
        assertEquals(List.of("Ann Ray | chief executive of Telvar | ceo"), titles("Ann Ray is the chief executive of Telvar."));
        assertEquals(List.of("Ann Ray | chief executive of Telvar | ceo | past"), titles("Ann Ray was the chief executive of Telvar."));
        assertEquals(List.of("Ann Ray | chief executive in 2005 | ceo"), titles("Ann Ray became chief executive in 2005."));
        assertEquals(List.of(), titles("Ann Ray is the president's sister."));
        assertEquals(List.of("Ann Ray | police chief | chief"), titles("Ann Ray has been appointed police chief."));
        assertEquals(List.of("Ann Ray | mayor of Denver | mayor"), titles("Ann Ray was elected mayor of Denver."));
        assertEquals(List.of("Ann Ray | chief executive in 2005 | ceo"),
                titles("Ann Ray, who was named chief executive in 2005, said little."));
        assertEquals(List.of(), titles("Ann Ray was named in the lawsuit."));
        assertEquals(List.of(), titles("Ann Ray was chief executive when the firm collapsed and the banks called in their loans."));
    }

    @Test
    void aVerbAfterWhoGivesTheTitleItsNounStandsFor() {
        assertEquals(List.of("Ann Ray | heads Telvar Systems | head"), titles("Ann Ray, who heads Telvar Systems, said the deal was done."));
        assertEquals(List.of("Ann Ray | leads the union | leader"), titles("Ann Ray, who leads the union, said the strike would go on."));
        assertEquals(List.of("Ann Ray | coached the Chargers | coach | past"), titles("Ann Ray, who coached the Chargers, said little."));
        assertEquals(List.of("Ann Ray | chairs the Senate committee | chairman"),
                titles("Ann Ray, who chairs the Senate committee, said little."));
    }

    @Test
    void aHeadingVerbWithNothingHeadedOrRunningOnIsNoTitle() {
        assertEquals(List.of(), titles("Ann Ray, who leads by example, said little."), "nothing capitalised nor a body headed");
        assertEquals(List.of(), titles("Ann Ray, who led the inquiry into the collapse that the Telvar board ordered, said little."));
        assertEquals(List.of(), titles("Ann Ray, who runs marathons, said little."), "not a verb of the list");
    }

    @Test
    void theHeadingVerbsListGivesATitleNounAndATenseForEachVerb() {
        HeadingVerbs.Heading heads = HeadingVerbs.of("heads");
        assertEquals("head", heads.noun());
        assertTrue(heads.current());
        assertEquals(new HeadingVerbs.Heading("coach", false), HeadingVerbs.of("coached"));
        assertNull(HeadingVerbs.of("runs"));
        for (String verb : HeadingVerbs.VERBS.keySet()) {
            assertTrue(Roles.NOUNS.contains(HeadingVerbs.of(verb).noun()), verb);
            assertEquals(verb.toLowerCase(java.util.Locale.ROOT), verb);
        }
        assertTrue(People.TITLE_CLAUSE_VERBS.containsKey("is"));
    }

    @Test
    void aHeadingVerbsListIsReadInLowerCaseWithItsTense() {
        java.util.Map<String, HeadingVerbs.Heading> read = HeadingVerbs.read("good-heading-verbs.tsv");
        assertEquals(java.util.Map.of("heads", new HeadingVerbs.Heading("head", true), "led", new HeadingVerbs.Heading("leader", false)), read);
    }

    @Test
    void aHeadingVerbsListWithABadLineIsRefused() {
        assertThrows(IllegalStateException.class, () -> HeadingVerbs.read("bad-heading-verbs.tsv"), "no tense");
        assertThrows(IllegalStateException.class, () -> HeadingVerbs.read("bad-tense-heading-verbs.tsv"), "neither now nor past");
        assertThrows(IllegalStateException.class, () -> HeadingVerbs.read("bad-noun-heading-verbs.tsv"), "no title noun");
        assertThrows(IllegalStateException.class, () -> HeadingVerbs.read("twice-heading-verbs.tsv"), "a verb twice");
    }
}
