package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Who a name is: a title after it, a full name in the headline, and the day a page's ages hold. */
class PeopleTest {

    private static ExtractedDocument extract(String text) {
        return Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
    }

    private static List<String> speakers(ExtractedDocument d) {
        return d.claims().stream().filter(QuoteClaim.class::isInstance).map(c -> String.valueOf(((QuoteClaim) c).speakerName())).toList();
    }

    private static List<String> titles(ExtractedDocument d) {
        return d.claims().stream().filter(RoleClaim.class::isInstance).map(c -> ((RoleClaim) c).value()).toList();
    }

    private static final String SEISMOLOGIST = "Published: May 2, 2010\nQuake shakes the coast\n"
            + "The governor, Abdolreza Karimi, said rescue teams were at work.\n"
            + "Office workers in the city left their buildings.\n"
            + "Mehdi Farsan, director of the seismology center in Tehran, dismissed fears of a tsunami, the agency reported.\n"
            + "\"The sea is not deep enough for a tsunami to form,\" he was quoted as saying.\n";

    @Test
    void aTitleNounAndWhatItIsOfAfterANameMakeAPerson() {
        ExtractedDocument d = extract(SEISMOLOGIST);
        assertEquals(List.of("Mehdi Farsan"), speakers(d));
        assertEquals(List.of("Mehdi Farsan: director"), titles(d).stream().filter(t -> t.startsWith("Mehdi")).toList());
    }

    @Test
    void wordsBeforeAnOrganisationsNounNameTheOrganisationNotAPerson() {
        ExtractedDocument d = extract("Published: May 2, 2010\nA patch\n"
                + "\"We are on it,\" said Mark Rollo, director of the Lindor Security Response Center, on Tuesday.\n"
                + "The chairman of the House Select Committee, Ann Vell, asked for a hearing.\n");
        // Since the twenty-ninth session the title set off before Ann Vell's name is hers.
        assertEquals(List.of("Mark Rollo: director in Lindor Security Response Center", "Ann Vell: chairman in House Select Committee"),
                titles(d), "no 'Response: director', no 'Select: chairman'");
        assertEquals(List.of("Mark Rollo"), speakers(d));
    }

    @Test
    void aTitleThatRunsPastTwelveWordsOrIntoSpeechIsNoTitle() {
        String tooLong = SEISMOLOGIST.replace("director of the seismology center in Tehran,",
                "director of the seismology center that the university in the capital has run since the war,");
        assertEquals(List.of(), titles(extract(tooLong)).stream().filter(t -> t.startsWith("Mehdi")).toList());
        // Farsan is no person then, and "he" is the person named before him: since the twenty-ninth
        // session the governor set off before his name ("The governor, Abdolreza Karimi,").
        assertEquals(List.of("Abdolreza Karimi"), speakers(extract(tooLong)));
        String speech = "Published: May 2, 2010\nQuake shakes the coast\n"
                + "Mehdi Farsan, director of the center said the sea is calm.\n";
        assertEquals(List.of(), titles(extract(speech)).stream().filter(t -> t.startsWith("Mehdi")).toList());
    }

    @Test
    void aTitleAfterANameRunsToElevenWordsAndEndsAtACommaOrAFullStop() {
        String eleven = SEISMOLOGIST.replace("director of the seismology center in Tehran,",
                "director of the seismology center at the old university in Tehran,");
        assertEquals(List.of("Mehdi Farsan"), speakers(extract(eleven)));
        String twelve = SEISMOLOGIST.replace("director of the seismology center in Tehran,",
                "director of the seismology center at the old university in the capital,");
        assertEquals(List.of("Abdolreza Karimi"), speakers(extract(twelve)), "not Farsan: the governor named before him");
        String stop = "Published: May 2, 2010\nQuake shakes the coast\n"
                + "The agency quoted Mehdi Farsan, director of the seismology center.\n"
                + "\"The sea is not deep enough for a tsunami to form,\" he said.\n";
        assertEquals(List.of("Mehdi Farsan"), speakers(extract(stop)));
    }

    private static final String BODY = "Producers wanted someone who could make the evening fun.\n"
            + "Danby sings at home and cooks for his children every weekend.\n"
            + "\"My kids are the best thing that ever happened to me,\" he said.\n";

    @Test
    void aFullNameInTheHeadlineNamesTheSurnameInTheBody() {
        assertEquals(List.of("Hugh Danby"), speakers(extract("Published: May 2, 2010\nActor Hugh Danby to host the awards gala\n" + BODY)));
        assertEquals(List.of("Hugh Danby"), speakers(extract("Published: May 2, 2010\nHugh Danby to host the awards gala\n" + BODY)));
        assertEquals(List.of("Anna Mae Danby"), speakers(extract("Published: May 2, 2010\nAnna Mae Danby to host the awards gala\n"
                + BODY.replace(" he said", " she said").replace("his children", "her children"))));
    }

    @Test
    void aHeadlineNameWhoseSurnameTheBodyNeverUsesAloneNamesNoOne() {
        String body = "Producers wanted someone who could make the evening fun.\n"
                + "The singer cooks for his children every weekend.\n"
                + "\"My kids are the best thing that ever happened to me,\" he said.\n";
        assertEquals(List.of("null"), speakers(extract("Published: May 2, 2010\nActor Hugh Danby to host the awards gala\n" + body)));
    }

    @Test
    void aHeadlineInTitleCaseNamesNoOne() {
        assertEquals(List.of("null"), speakers(extract("Published: May 2, 2010\nActor Hugh Danby To Host The Awards Gala\n" + BODY)));
    }

    @Test
    void aPageThatShowsOnlyItsUpdateDatesItsAgesByIt() {
        String body = "Sect leader Warren Jeffs was arraigned in Texas on Wednesday.\n"
                + "The 54-year-old Jeffs entered no plea at the short hearing, a spokesman said.\n";
        ExtractedDocument d = extract("Updated 12/2/2010 1:31 AM\nSect leader arraigned\n" + body);
        AttributeClaim age = d.claims().stream().filter(AttributeClaim.class::isInstance).map(AttributeClaim.class::cast)
                .findFirst().orElseThrow();
        assertEquals("updated 2010-12-02", age.daySource());
        ExtractedDocument undated = extract("Sect leader arraigned\n" + body);
        AttributeClaim unknown = undated.claims().stream().filter(AttributeClaim.class::isInstance).map(AttributeClaim.class::cast)
                .findFirst().orElseThrow();
        assertNull(unknown.daySource());
    }

    @Test
    void aTitleWordAfterAListedFirstNameIsASurname() {
        ExtractedDocument d = extract("Published: May 2, 2010\nA new coach\n"
                + "Team president Dan King named a new coach on Monday.\n"
                + "\"We owe it to our fans,\" King said.\n"
                + "Boston Mayor Ann Lee said the team was welcome.\n"
                + "\"We are proud,\" Judge said.\n");
        assertEquals(List.of("Dan King: president", "Ann Lee: mayor"), titles(d));
        assertEquals(List.of("Dan King", "null"), speakers(d), "a title word alone with no such surname names no one");
    }

    @Test
    void aTitleWordIsNoSurnameBeforeAnotherCapitalOrAfterAnUnlistedName() {
        ExtractedDocument d = extract("Published: May 2, 2010\nA street\n"
                + "Team president Dan King Street was closed on Monday.\n"
                + "Team president Zorvath King spoke on Monday.\n");
        assertEquals(List.of(), titles(d).stream().filter(t -> t.contains("King")).toList());
    }

    @Test
    void anAppositiveTitleMayHaveWordsBeforeItsNounAndWhereItIsHeldAfter() {
        ExtractedDocument d = extract("Published: May 2, 2010\nA flaw\n"
                + "Ann Roe, a researcher with Lindor Labs, said the flaw was serious.\n"
                + "Kim Sallow, climate program director at the Centre for Arctic Studies, said the rule was weak.\n"
                + "Lee Varn, a manager who works nights, said he heard two shots.\n"
                + "Ivo Brant, killing the chief executive officer, fled.\n"
                + "Presently, parliament has one member from the region.\n");
        assertEquals(List.of("Ann Roe: researcher", "Kim Sallow: director in Centre for Arctic Studies"), titles(d),
                "no title for a manager 'who works nights', a participle, or words with a stop word");
    }

    @Test
    void anAppositiveTitleAfterASurnameAloneMayHaveWordsBeforeItsNounOnlyAfterAnArticle() {
        ExtractedDocument d = extract("Published: May 2, 2010\nA leak\n"
                + "Carl Voss spoke to reporters on Monday.\n"
                + "Voss, an associate director at the bureau, said he was unhappy.\n"
                + "Inspector Dana Pell said on Monday she was at home.\n"
                + "Pell, field office director, said nothing.\n");
        assertEquals(List.of("Carl Voss: director", "Dana Pell: inspector"), titles(d),
                "after a surname alone, lower-case words before the noun only when 'a', 'an' or 'the' opens the title");
    }

    @Test
    void anAppositiveTitleWithWordsBeforeItsNounMayRunOnWithWhatItIsOf() {
        ExtractedDocument d = extract("Published: May 2, 2010\nA leak\n"
                + "Tara Brisk, the associate director of the Valmora Bureau, spoke on Monday.\n"
                + "Lia Moss, the former associate director of the Varth Bureau, said nothing.\n"
                + "Owen Tarr, an assistant director of the Varth Museum who joined in May, said nothing.\n"
                + "Ivo Brant, a field director of a bank in Lindor and a keen sailor, said nothing.\n");
        assertEquals(List.of("Tara Brisk: director in Valmora Bureau", "Lia Moss: director in Varth Bureau, not current"), titles(d),
                "to the comma only: not into a clause, and not past twelve words");
    }

    @Test
    void aWordBeforeATitlesNounIsNoStopWordClauseWordOrParticiple() {
        java.util.function.Function<String, Words.Word> word = w -> Words.of(w, 0, w.length()).get(0);
        assertEquals(true, People.titleModifier(word.apply("climate")));
        assertEquals(false, People.titleModifier(word.apply("has")));
        assertEquals(false, People.titleModifier(word.apply("killing")));
        assertEquals(false, People.titleModifier(word.apply("named")));
        assertEquals(false, People.titleModifier(word.apply("who")));
        assertEquals(false, People.titleModifier(word.apply("Climate")));
        assertEquals(false, People.titleModifier(word.apply("to")));
    }

    @Test
    void aRelativeClauseGivesATitleHeldBeforeWhenItsVerbSaysSo() {
        ExtractedDocument d = extract("Published: May 2, 2010\nA death\n"
                + "Carl Voss, who was director of the bureau in the 1970s, died on Thursday.\n"
                + "Ada Lind, who is a spokeswoman for the council, said the road was closed.\n"
                + "Ben Hale, who said he saw the fire, ran to the door.\n");
        assertEquals(List.of("Carl Voss: director, not current", "Ada Lind: spokesperson"), titles(d).stream()
                .map(t -> t.replaceAll(" in .*?(,|$)", "$1")).toList());
        assertEquals(2, People.titleClauseVerb(Words.of("had been the", 0, 12), 0));
        assertEquals(1, People.titleClauseVerb(Words.of("was the", 0, 7), 0));
        assertEquals(0, People.titleClauseVerb(Words.of("said he", 0, 7), 0));
    }
}
