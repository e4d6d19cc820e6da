package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.text.Lexicon;
import org.junit.jupiter.api.Test;

/** Figures that belong to a named holder; sentences written for the test, in several forms. */
class HoldingsTest {

    private static final long DAY = java.time.LocalDate.of(2012, 3, 8).toEpochDay();

    /** The claims of one sentence, with "Roe" (Ann Roe) and "Lund" (Pierce Lund) as the people it names. */
    private static List<AttributeClaim> read(String text) {
        List<People.Mention> here = new ArrayList<>();
        for (String[] p : new String[][] {{"Roe", "Ann Roe"}, {"Lund", "Pierce Lund"}}) {
            if (text.contains(p[0])) {
                here.add(TestPeople.mention(text, p[0], p[1]));
            }
        }
        List<AttributeClaim> out = new ArrayList<>();
        Holdings.sentence(text, "d", 0, text.length(), here, null, here, DAY, null, out);
        return out;
    }

    /** "entity: attribute = value" of each claim, in order. */
    private static List<String> said(String text) {
        return read(text).stream().map(a -> a.entity() + ": " + a.attribute() + " = " + a.valueText()).toList();
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertEquals("seats", Holdings.SIZES.get("seat"));
        assertEquals("members", Holdings.SIZES.get("member"));
        assertEquals("members", Holdings.HOLDINGS.get("members"));
        assertTrue(Holdings.TIMES_VERBS.contains("hosted"));
        assertTrue(Holdings.CAREER_TALLIES.containsAll(List.of("wins", "defeats")));
        for (String file : List.of("times-verbs.txt", "career-tallies.txt")) {
            for (String w : Lexicon.words(Holdings.class, file)) {
                assertEquals(w.strip().toLowerCase(Locale.ROOT), w, file);
            }
        }
        assertEquals("defeats", HeldCounts.NOUNS.get("losses"));
        assertTrue(HeldCounts.EXACT.contains("cats"));
    }

    @Test
    void aSizeWrittenBeforeItsNoun() {
        assertEquals(List.of("Senate: count of seats = 120"), said("The vote in the 120-seat Senate was close."));
        assertEquals(List.of("Riverside Baptist Church: count of members = 4000"),
                said("Riverside Baptist Church, a 4,000-member congregation, held a vigil."));
        assertEquals(List.of("Harbour Board: count of members = 12"),
                said("The decision of the Harbour Board - a 12-member panel of port officials - was final."));
        assertEquals(List.of("Maple Grove police force: count of members = 9"),
                said("He bribed the nine-member Maple Grove police force to look away."));
        assertEquals(List.of("rural hospital: count of beds = 40"), said("Patients filled the 40-bed rural hospital on Monday."));
        assertTrue(said("A five-member family was rescued.").isEmpty(), "any family: no one named, nothing definite");
        assertTrue(said("It was a 10-car pile-up.").isEmpty(), "no size of a standing thing");
        assertTrue(said("The rubber-stamp assembly met.").isEmpty());
        assertTrue(said("The 1-seat majority held.").isEmpty(), "a size of one is no count");
    }

    @Test
    void aThingsHoldingAfterItsName() {
        assertEquals(List.of("Green League: count of seats = 41"), said("The Green League holds 41 seats in the chamber."));
        assertEquals(List.of("Lindor Fellowship: count of members = [10000, ∞)"),
                said("The Lindor Fellowship, which has at least 10,000 members, denied it."));
        assertEquals(List.of("Unionists: count of seats = 162"),
                said("Prime Minister Jon Alder's Unionists hold a slim majority of 162 in the chamber."));
        assertTrue(said("They hold 41 seats.").isEmpty(), "no name");
        assertEquals(List.of("Greens: count of members = 900"), said("Ann Roe’s Greens have 900 members."),
                "the possessor holds no members: her party does");
        assertTrue(said("The Unionists hold a majority of 52 percent.").isEmpty(), "a share, not seats");
        assertTrue(said("The Green League holds 41 meetings a year.").isEmpty(), "no holding");
    }

    @Test
    void aPersonsTallyAfterAPossessive() {
        assertEquals(List.of("Ann Roe: count of points = 2100"), said("Roe's 2,100 career points lead the school."));
        assertEquals(List.of("Ann Roe: count of cats = 3"), said("Roe was fond of her three cats."));
        assertEquals(List.of("Ann Roe: count of wins = 41"), said("It was Roe's 41st victory, and a clean one."));
        assertTrue(said("Roe's 14 points came late.").isEmpty(), "points with no career word: maybe one game's");
        assertTrue(said("Roe's 2,100 career points in the season").isEmpty(), "a season's");
        assertTrue(said("It was Roe's 12th straight win.").isEmpty(), "a streak");
        assertTrue(said("It was Roe's 6th title defence.").isEmpty(), "a defence, not titles");
        assertTrue(said("They lost their three cats.").isEmpty(), "their: no one person");
    }

    @Test
    void tallliesInBracketsAfterAName() {
        assertEquals(List.of("Ann Roe: count of wins = 44", "Ann Roe: count of wins by knockout = 30", "Ann Roe: count of defeats = 2"),
                said("Roe (44 wins, 30 by knockout, two defeats) came back."));
        assertTrue(said("Roe (24 points, 10 rebounds) led the team.").isEmpty(), "a game's line");
        assertTrue(said("Roe (33) was arrested.").isEmpty());
    }

    @Test
    void aSuspension() {
        assertEquals(List.of("Ann Roe: number of games suspended = 4"), said("Roe was suspended four games for doping."));
        assertEquals(List.of("Pierce Lund: number of games suspended = 6"),
                said("Lund was suspended by the League for the first six games of the year."));
        assertEquals(List.of("Ann Roe: number of games suspended = 3"), said("Roe, banned for three matches, appealed."));
        assertTrue(said("The team was suspended four games.").isEmpty(), "no one named");
        assertTrue(read("Roe was suspended four games.").get(0).eventBound());
    }

    @Test
    void howManyTimesACareerDidAThing() {
        assertEquals(List.of("Ann Roe: count of times hosted awards = 8"), said("Roe has hosted the awards eight times."));
        assertEquals(List.of("Pierce Lund: count of times won open = 3"), said("Lund won the Open three times."));
        assertTrue(said("Roe did it eight times.").isEmpty(), "no verb of a career");
        assertTrue(said("Roe has hosted it eight times.").isEmpty(), "an object only a pronoun names");
        assertTrue(said("Roe has hosted the awards once, and was shot 11 times.").isEmpty());
    }

    @Test
    void anAveragePerGame() {
        List<AttributeClaim> a = read("Roe averaged 8.6 rebounds a game.");
        assertEquals(1, a.size());
        assertEquals("average rebounds per game", a.get(0).attribute());
        assertEquals(8.55, a.get(0).low(), 1e-9);
        assertEquals(8.65, a.get(0).high(), 1e-9);
        assertEquals(List.of("Ann Roe: average points per game (career) = [19.95, 20.05]"),
                said("In her career Roe averaged 20.0 points per game."));
        assertEquals(List.of("Ann Roe: average rebounds per game (season) = [11.5, 12.5]"),
                said("Roe is averaging 12 rebounds per game this season."));
        assertTrue(said("Roe averaged 12 rebounds per game in her career and 14 this season.").isEmpty(), "career and season");
        assertTrue(said("The team averaged 80 points a game.").isEmpty());
    }

    @Test
    void aTallyOfAnotherDayIsAnUpdate() {
        AttributeClaim a = read("Roe's 2,100 career points lead the school.").get(0);
        AttributeClaim later = new AttributeClaim("e", a.span(), a.text(), a.entity(), a.entityKey(), true, a.attribute(), "2,120",
                2120, false, 2120, false, DAY + 3, null, "E1");
        AttributeClaim same = new AttributeClaim("f", a.span(), a.text(), a.entity(), a.entityKey(), true, a.attribute(), "2,120",
                2120, false, 2120, false, DAY, null, "E1");
        AttributeClaim unknown = new AttributeClaim("g", a.span(), a.text(), a.entity(), a.entityKey(), true, a.attribute(), "2,120",
                2120, false, 2120, false, DateClaim.NO_DAY, null, "E1");
        AttributeClaim ours = new AttributeClaim("d", a.span(), a.text(), a.entity(), a.entityKey(), true, a.attribute(), "2,100",
                2100, false, 2100, false, DAY, null, "E1");
        assertFalse(ours.sameOccasionAs(later), "days apart: a rising total");
        assertTrue(ours.sameOccasionAs(same));
        assertTrue(ours.sameOccasionAs(unknown));
        assertTrue(ours.disagreesWith(same));
    }

    @Test
    void helpers() {
        assertEquals("Senate", Holdings.thing("the Senate's"));
        assertEquals(null, Holdings.thing("It"));
        assertEquals(10000, Holdings.number("10,000"));
        assertEquals(4, Holdings.number("Four"));
        assertEquals("wins", Holdings.plural("victory"));
        assertEquals("defeats", Holdings.plural("defeat"));
        assertEquals(null, Holdings.plural("defence"));
        double[] h = Holdings.hedged("at least", 10);
        assertEquals(10, h[0]);
        assertTrue(Double.isInfinite(h[1]));
        assertEquals(9, Holdings.hedged("nearly", 10)[0], 1e-9);
        assertEquals(11, Holdings.hedged("about", 10)[1], 1e-9);
        assertEquals(10, Holdings.hedged(null, 10)[1]);
    }

    @Test
    void aSentenceWithoutAPatternsWordsIsNotSearchedAndOneWithThemIsReadInAnyCase() {
        for (String verb : List.of("has", "have", "had", "hold", "holds", "held", "control", "controls", "controlled", "count",
                "counts")) {
            assertTrue(java.util.Arrays.stream(Holdings.HOLDS_WORDS).anyMatch(verb::contains), verb);
        }
        for (String[] words : List.of(Holdings.HOLDS_WORDS, Holdings.MAJORITY_WORDS, Holdings.POSSESSIVE_WORDS, Holdings.ORDINAL_WORDS)) {
            for (String w : words) {
                assertEquals(w.toLowerCase(Locale.ROOT), w);
            }
        }
        assertEquals(List.of("Green League: count of seats = 41"), said("The Green League HOLDS 41 seats in the chamber."));
        assertEquals(List.of("Green League: count of seats = 41"), said("The Green League Controlled 41 seats in the chamber."));
        assertEquals(List.of("Unionists: count of seats = 162"), said("The Unionists wield a slim MAJORITY of 162 in the chamber."),
                "no verb of HOLDS: the majority is still read");
        assertEquals(List.of("Ann Roe: count of cats = 3"), said("Roe was fond of HER three cats."));
        assertEquals(List.of("Ann Roe: count of points = 2100"), said("Roe\u2019s 2,100 career points lead the school."));
        assertEquals(List.of("Ann Roe: count of wins = 41"), said("It was Roe\u2019s 41st victory, and a clean one."));
        assertEquals(List.of("Ann Roe: count of wins = 41"), said("It was Roe'S 41st victory, and a clean one."));
        // Only the words inside the range count.
        String text = "The Green League holds 41 seats. The chamber met.";
        List<AttributeClaim> out = new ArrayList<>();
        Holdings.sentence(text, "d", 33, text.length(), List.of(), null, List.of(), DAY, null, out);
        assertTrue(out.isEmpty());
        Holdings.sentence(text, "d", 0, 32, List.of(), null, List.of(), DAY, null, out);
        assertEquals(1, out.size());
    }
    @Test
    void aSizeIsSoughtOnlyWhereAHyphenStandsBeforeASizeWord() {
        assertEquals(2 * Holdings.SIZES.size(), Holdings.SIZE_WORDS.length, "every size word, after each hyphen");
        for (String w : Holdings.SIZES.keySet()) {
            assertTrue(List.of(Holdings.SIZE_WORDS).containsAll(List.of("-" + w, "\u2010" + w)), w);
        }
        assertEquals(List.of("-seat", "\u2010seat", "-az", "\u2010az"), List.of(Holdings.sizeWords(List.of("seat", "az"))));
        assertEquals(List.of(), List.of(Holdings.sizeWords(List.of())));
        // A word the guard could miss: then every sentence with a hyphen is searched, as before it.
        assertEquals(null, Holdings.sizeWords(List.of("seat", "bunk")), "a k: the Kelvin sign is a k to the pattern's lower case");
        assertEquals(null, Holdings.sizeWords(List.of("Seat")));
        assertEquals(null, Holdings.sizeWords(List.of("seat", "")));
        assertEquals(null, Holdings.sizeWords(List.of("s\u00e9at")));
        assertEquals(null, Holdings.sizeWords(List.of("sea`")), "the character before a");
        assertEquals(null, Holdings.sizeWords(List.of("sea{")), "the character after z");
        // Read as before in any case of A to Z and after either hyphen.
        assertEquals(List.of("Senate: count of seats = 120"), said("The vote in the 120-SEAT Senate was close."));
        assertEquals(List.of("Senate: count of seats = 120"), said("The vote in the 120\u2010Seat Senate - a rubber-stamp body - was close."));
        assertEquals(List.of("Senate: count of seats = 120"), said("The well-known 120\u2010seat Senate was close."));
        assertTrue(said("The Lindor-based Senate met in a pile-up of bills.").isEmpty());
    }
}
