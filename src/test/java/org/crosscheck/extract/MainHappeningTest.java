package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Which dates and figures an article gives for its own main happening, and which it does not. */
class MainHappeningTest {

    private static final String HEAD = "Published: May 7, 2022 09:00 GMT\n";

    /** The marked claims of a document whose main happening is {@code kind}, as "text = value". */
    private static List<String> marked(String kind, String text) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + text, List.of())));
        List<String> out = new ArrayList<>();
        for (Claim c : MainHappening.mark(d, kind).claims()) {
            if (c instanceof DateClaim dc && dc.mainHappening() != null
                    || c instanceof QuantityClaim q && q.mainHappening() != null) {
                out.add(c.text() + " = " + c.value());
            }
        }
        return out;
    }

    @Test
    void theLedesDateAndTheNextSentencesAreBothTheAttacks() {
        assertEquals(List.of("Friday = 2022-05-06", "Thursday = 2022-05-05"), marked("attack", """
                Gunman attacks Orvale market
                A gunman attacked the Orvale market on Friday, the police said.
                The attack on Thursday began near the fish stalls.
                """));
    }

    @Test
    void aValueIsMarkedAtItsFirstMentionOnly() {
        assertEquals(List.of("Friday = 2022-05-06"), marked("attack", """
                Gunman attacks Orvale market
                A gunman attacked the Orvale market on Friday, the police said.
                The attack on Friday began near the fish stalls.
                """));
    }

    @Test
    void backgroundQuotesRangesAndEndsOfDaysAreNotTheHappeningsDate() {
        assertEquals(List.of("Friday = 2022-05-06"), marked("attack", """
                Gunman attacks Orvale market
                A gunman attacked the Orvale market on Friday, the police said.
                A previous attack on the market on Tuesday had burnt two stalls.
                "We were warned of an attack on Wednesday," a trader said.
                The attack went on from Tuesday to Wednesday, witnesses said.
                The attack went on May 2-4, witnesses said.
                The attack began late Thursday near the gate.
                The attack began at 11 pm on Monday near the gate.
                """));
    }

    @Test
    void pastTheLedeAnIndefiniteHappeningIsAnotherOne() {
        assertEquals(List.of("magnitude 5.9 = magnitude 5.9", "Friday = 2022-05-06"), marked("quake", """
                Quake shakes Varnia
                A magnitude 5.9 earthquake struck Varnia on Friday, the survey said.
                On Tuesday, a magnitude 7.2 earthquake struck the coast of Morrowind.
                Rescuers reached survivors of the earthquake on Wednesday.
                """));
    }

    @Test
    void tollsMarkedAndTheirUpdatesTotalsAndHistoryNot() {
        assertEquals(List.of("12 = killed 12", "Friday = 2022-05-06", "14 = killed 14", "9 = killed 9"), marked("attack", """
                12 killed in Orvale market attack
                A gunman attacked the Orvale market on Friday, killing 14 people, the police said.
                The toll from the attack rose to 24 as more victims died in hospital.
                The attack killed 30 people so far, the hospital said.
                In 2004, an attack on the same market killed 40 people.
                Nobody said that no one was killed in the attack.
                The attack also killed 9 civilians near the gate.
                """));
    }

    @Test
    void aDayMoreThanAWeekFromTheTimestampIsAnotherHappenings() {
        assertEquals(List.of("Friday = 2022-05-06"), marked("election", """
                Party accused in election campaign
                The party was criticised on Friday during the election campaign.
                Voters go to the polls in the June 12 election.
                """));
    }

    @Test
    void aSentenceThatGivesTwoValuesForOneThingGivesNeither() {
        assertEquals(List.of("Friday = 2022-05-06"), marked("quake", """
                Quake shakes Varnia
                A strong earthquake struck Varnia on Friday, the survey said.
                The national centre said the quake measured magnitude 5.9, but the U.S. Geological Survey said the quake was a magnitude 6.1.
                """));
    }

    @Test
    void withoutAMainHappeningNothingIsMarked() {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt",
                HEAD + "Title\nA gunman attacked the market on Friday.\n", List.of())));
        assertEquals(d, MainHappening.mark(d, null));
    }

    @Test
    void theWordListsAreReadFromTheirFiles() {
        assertTrue(MainHappening.UPDATE_WORDS.containsAll(List.of("rose", "climbed", "increased", "now", "later", "updated")));
        assertTrue(MainHappening.DAY_PARTS.containsAll(List.of("late", "early", "night", "morning")));
    }

    @Test
    void aFigureOfAHappeningIntroducedPastTheLedeIsAnothers() {
        String text = "Published: May 7, 2022 09:00 GMT\nQuake shakes Varnia\n"
                + "A magnitude 5.9 earthquake struck Varnia on Friday, the survey said.\n"
                + "Seismologists registered a quake measuring 3.8 on Saturday.\n"
                + "The quake measured 5.9 at the Varnia station.\n";
        MainHappening m = MainHappening.reader(Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))));
        assertFalse(m.introducesAnother(span(text, "5.9 earthquake")), "the lede's quake is the article's");
        assertTrue(m.introducesAnother(span(text, "3.8")), "\"a quake\" past the lede is another");
        assertFalse(m.introducesAnother(span(text, "5.9 at")), "\"the quake\" is the article's");
    }

    private static org.crosscheck.claims.Span span(String text, String words) {
        int at = text.indexOf(words);
        return new org.crosscheck.claims.Span(at, at + 3);
    }
}
