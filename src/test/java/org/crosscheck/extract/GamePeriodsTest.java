package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/** A quarter or half of a game is no date; a quarter or half of a year still is. Sentences of my own. */
class GamePeriodsTest {

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(GamePeriods.GAME_WORDS.contains("touchdown") && GamePeriods.GAME_WORDS.contains("overtime"));
        assertTrue(GamePeriods.CALENDAR_WORDS.contains("fiscal") && GamePeriods.CALENDAR_WORDS.contains("earnings"));
        assertFalse(GamePeriods.GAME_WORDS.contains("loss"), "a net loss is a company's too");
        assertFalse(GamePeriods.CALENDAR_WORDS.contains("year"), "a Player of the Year or a year-old record is no calendar");
    }

    private static List<String> dates(String body) {
        List<String> out = new ArrayList<>();
        for (Claim c : Extractor.extract(Cleaner.clean(Fixtures.document("d", "Published: March 3, 2023 10:00 GMT\n\n" + body + "\n")))
                .claims()) {
            if (c instanceof DateClaim d) {
                out.add(d.text() + "=" + d.value());
            }
        }
        return out;
    }

    @Test
    void aQuarterOrHalfOfAGameIsNoDate() {
        assertEquals(List.of(), dates("Mira Tollan scored twice in the third quarter."), "a game word in the sentence");
        assertEquals(List.of(), dates("The Otters rallied from a deficit in the second half."));
        assertEquals(List.of(), dates("A fourth-quarter interception sealed it."), "written as one word before a noun");
        assertEquals(List.of(), dates("The coach was dismissed in the first quarter of the season."), "of the season");
        assertEquals(List.of(), dates("Only one side looked awake in the first half of the match."), "of the match");
        assertEquals(List.of("Friday=2023-03-03"), dates("On Friday the Otters led the whole second half."));
    }

    @Test
    void aQuarterOrHalfOfAYearIsStillADate() {
        assertEquals(List.of("third quarter=2023-Q3"), dates("Profit rose in the third quarter."), "a word of business");
        assertEquals(List.of("second quarter=2023-Q2"), dates("The firm scored its best sales in the second quarter."),
                "a word of business beats a word of a game");
        assertEquals(List.of("first half=2023-H1"), dates("Prices climbed 4% in the first half."), "a share");
        assertEquals(List.of("fourth quarter=2023-Q4"), dates("Fiscal discipline will return in the fourth quarter."));
        assertTrue(dates("The team played well in the second quarter of 2022.").stream().anyMatch(d -> d.contains("2022")),
                "a quarter with its year is a date whatever the sentence says");
        assertEquals(List.of("second quarter=2023-Q2"), dates("Officials expect the bridge to open in the second quarter."),
                "no word of a game in the sentence nor the article");
    }

    @Test
    void aSentenceWithNeitherFollowsItsArticle() {
        String report = "The Otters scored a touchdown, a late field goal and 24 points in all to take the lead for good.\n\n"
                + "Nothing much happened in the third quarter.";
        assertFalse(dates(report).stream().anyMatch(d -> d.contains("third quarter")), "a game report");
        String notice = "The museum will scored its visitors.\n\nThe new wing opens in the third quarter.";
        assertTrue(dates(notice).stream().anyMatch(d -> d.contains("third quarter")), "one game word makes no game report");
    }
}
