package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** What each date is the date of: a happening its clause names, and the people it names. */
class MentionsTest {

    private static final String HEAD = "Published: December 19, 2005 09:00 GMT\nCrime boss Carmine Ostrava dies at 77\n";

    private static List<DateClaim> dates(String body) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        return d.claims().stream().filter(DateClaim.class::isInstance).map(DateClaim.class::cast).toList();
    }

    private static DateClaim date(String body, String words) {
        return dates(body).stream().filter(c -> c.text().equals(words)).findFirst().orElseThrow();
    }

    private static DateClaim claim(String text, String value, LocalDate from, LocalDate to, boolean borrowed, String about,
                                   String... people) {
        return new DateClaim("d", new Span(0, text.length()), text, "DATE", value, null, null, borrowed,
                from == null ? DateClaim.NO_DAY : from.toEpochDay(), to == null ? DateClaim.NO_DAY : to.toEpochDay(),
                null, null, about, List.of(people));
    }

    private static DateClaim year(int y) {
        return claim(Integer.toString(y), Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false, "charge", "a b");
    }

    private static DateClaim day(String text, LocalDate d, boolean borrowed) {
        return claim(text, d.toString(), d, d, borrowed, "death", "mark felt");
    }

    private static DateClaim weekday(String text) {
        return claim(text, "XXXX-WXX-1", null, null, false, "rehab", "dana perrin");
    }

    @Test
    void aDateTakesTheHappeningOfItsClauseAndThePersonItNames() {
        DateClaim d = date("Ostrava was indicted in 1969 in New Jersey.", "1969");
        assertEquals("charge", d.about());
        assertEquals(List.of("carmine ostrava"), d.participants());
    }

    @Test
    void aPronounStandsForThePersonNamedBeforeIt() {
        DateClaim d = date("Carmine Ostrava ran a crew in Greenwich Village. In 1969, he was indicted in New Jersey.", "1969");
        assertEquals("charge", d.about());
        assertEquals(List.of("carmine ostrava"), d.participants());
    }

    @Test
    void aSurnameAloneIsTheBearerTheArticleNamesMost() {
        String body = "Carmine Ostrava ran a crew. Carmine Ostrava was feared. His brother Louis Ostrava is a priest. "
                + "Ostrava was indicted in 1969 in New Jersey.";
        assertEquals(List.of("carmine ostrava"), date(body, "1969").participants());
    }

    @Test
    void datesInQuotesOfOtherVerbsOrFarFromTheirHappeningAreNotMarked() {
        assertNull(date("\"Ostrava was indicted in 1969 for nothing,\" his lawyer Ruth Amsel said.", "1969").about());
        assertNull(date("Ostrava's lawyer announced in 1969 that he was indicted.", "1969").about(), "announced dates itself");
        assertNull(date("Ostrava was indicted by a grand jury sitting in the county of Bergen in 1969.", "1969").about(),
                "more than three words from its happening's word");
        assertNull(date("Ostrava went to a hospital in 1969.", "1969").about(), "no happening's word");
    }

    @Test
    void twoDatesForOnePersonsHappeningsOfOneKindMarkNeither() {
        List<DateClaim> found = dates("Ostrava was arrested in 1990 and arrested again in 1992.");
        assertEquals(2, found.stream().filter(c -> c.text().matches("199[02]")).count());
        assertTrue(found.stream().allMatch(c -> c.about() == null), found.toString());
    }

    @Test
    void weekdayOnlyReadsABareWeekday() {
        assertEquals(DayOfWeek.TUESDAY, weekday("Tuesday").weekdayOnly());
        assertEquals(DayOfWeek.THURSDAY, weekday("Thursday night").weekdayOnly());
        assertNull(weekday("Tuesday, Dec. 9").weekdayOnly());
        assertNull(weekday("Tuesday 9").weekdayOnly());
        assertNull(weekday("last week").weekdayOnly());
    }

    @Test
    void yearsApartDisagreeButNotYearsFarApart() {
        assertTrue(year(1969).mentionDisagreesWith(year(1970)));
        assertTrue(year(1970).mentionDisagreesWith(year(1969)));
        assertFalse(year(1969).mentionDisagreesWith(year(1969)));
        assertFalse(year(2004).mentionDisagreesWith(year(2009)), "two occasions, not one misdated");
    }

    @Test
    void daysDisagreeWhenTheyCannotBeOneDay() {
        LocalDate thu = LocalDate.of(2004, 7, 22);
        assertTrue(day("Friday", thu.plusDays(1), false).mentionDisagreesWith(day("Thursday", thu, false)));
        assertFalse(day("yesterday", thu.plusDays(1), false).mentionDisagreesWith(day("Thursday", thu, false)),
                "a day apart, one not naming its day");
        assertFalse(day("Friday night", thu.plusDays(1), false).mentionDisagreesWith(day("Thursday", thu, false)),
                "a day apart with a part of the day");
        assertTrue(day("Monday", thu.plusDays(4), false).mentionDisagreesWith(day("Thursday", thu, false)));
        assertFalse(day("July 7", thu.plusDays(15), false).mentionDisagreesWith(day("Thursday", thu, false)),
                "more than two weeks apart: two occasions");
        assertTrue(day("Friday", thu.plusDays(1), true).mentionDisagreesWith(day("July 22", thu, false)),
                "a date read against a lent date is compared by its weekday: July 22, 2004 was a Thursday");
        assertFalse(day("Thursday", thu, true).mentionDisagreesWith(day("July 22", thu, false)));
        assertFalse(day("Friday", thu.plusDays(1), true).mentionDisagreesWith(day("in July", thu, false)),
                "words that do not name their day give no weekday");
    }

    private static DateClaim monthDay(String text, String md) {
        return claim(text, "XXXX-" + md, null, null, false, "sinking", "ravi anand");
    }

    @Test
    void monthsAndDaysWithoutAYearDisagreeByMonthAndDay() {
        assertTrue(monthDay("November 18", "11-18").mentionDisagreesWith(monthDay("November 19", "11-19")));
        assertTrue(monthDay("18 November", "11-18").mentionDisagreesWith(monthDay("Nov. 21", "11-21")));
        assertFalse(monthDay("November 19", "11-19").mentionDisagreesWith(monthDay("19 November", "11-19")), "one day");
        assertFalse(monthDay("March 2", "03-02").mentionDisagreesWith(monthDay("November 19", "11-19")), "months apart: two occasions");
        assertTrue(monthDay("November 5", "11-05").mentionDisagreesWith(monthDay("November 19", "11-19")), "two weeks apart");
        assertFalse(monthDay("November 4", "11-04").mentionDisagreesWith(monthDay("November 19", "11-19")), "more than two weeks");
        assertTrue(monthDay("December 30", "12-30").mentionDisagreesWith(monthDay("January 2", "01-02")), "across the new year");
        assertFalse(monthDay("the night of November 18", "11-18").mentionDisagreesWith(monthDay("November 19", "11-19")),
                "a day apart with a part of the day");
        LocalDate lent = LocalDate.of(2011, 11, 19);
        assertTrue(day("November 18", lent.minusDays(1), true).mentionDisagreesWith(day("November 19, 2008", LocalDate.of(2008, 11, 19), false)),
                "a year lent by the story says nothing; the month and day are the source's");
        assertFalse(day("November 19", lent, true).mentionDisagreesWith(day("November 19, 2008", LocalDate.of(2008, 11, 19), false)));
        assertFalse(day("Friday", lent, true).mentionDisagreesWith(day("November 18, 2011", lent.minusDays(1), false)),
                "a weekday names no month and day: compared by its weekday (a day apart)");
        assertFalse(monthDay("November", "11-18").monthDay(), "words that name no day");
        assertFalse(claim("in 2008", "2008", LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), false, "sinking", "ravi anand").monthDay());
    }

    @Test
    void bareWeekdaysDisagreeByTheirDays() {
        assertTrue(weekday("Tuesday").mentionDisagreesWith(weekday("Friday")));
        assertTrue(weekday("Sunday").mentionDisagreesWith(weekday("Monday")), "next to each other, no part of the day");
        assertFalse(weekday("Thursday night").mentionDisagreesWith(weekday("Friday")), "a night may be either day");
        assertFalse(weekday("Saturday").mentionDisagreesWith(weekday("Sunday morning")));
        assertTrue(weekday("Saturday").mentionDisagreesWith(weekday("Monday morning")));
        assertFalse(weekday("Tuesday").mentionDisagreesWith(weekday("Tuesday")));
    }

    @Test
    void participantsAreSharedOnlyForOneKind() {
        DateClaim a = claim("1969", "1969", LocalDate.of(1969, 1, 1), LocalDate.of(1969, 12, 31), false, "charge",
                "carmine ostrava", "old tappan");
        DateClaim b = claim("1970", "1970", LocalDate.of(1970, 1, 1), LocalDate.of(1970, 12, 31), false, "charge",
                "carmine ostrava");
        DateClaim c = claim("1970", "1970", LocalDate.of(1970, 1, 1), LocalDate.of(1970, 12, 31), false, "arrest",
                "carmine ostrava");
        DateClaim none = claim("1970", "1970", LocalDate.of(1970, 1, 1), LocalDate.of(1970, 12, 31), false, null);
        assertTrue(a.sharesParticipantWith(b));
        assertFalse(a.sharesParticipantWith(c));
        assertFalse(none.sharesParticipantWith(none));
        assertFalse(b.sharesParticipantWith(claim("x", "x", null, null, false, "charge", "louis ostrava")));
        assertTrue(b.sharesParticipantWith(claim("x", "x", null, null, false, "charge", "carm ostrava")),
                "an everyday form of the first name (eighteenth session)");
        assertTrue(claim("x", "x", null, null, false, "plea", "fred vell").sharesParticipantWith(
                claim("y", "y", null, null, false, "plea", "frederick vell")));
        assertFalse(claim("x", "x", null, null, false, "plea", "fred vell").sharesParticipantWith(
                claim("y", "y", null, null, false, "plea", "frederick vale")), "another surname");
        assertEquals("Carmine Ostrava", a.participantsWith(b));
        DateClaim initial = claim("1970", "1970", LocalDate.of(1970, 1, 1), LocalDate.of(1970, 12, 31), false, "charge",
                "j. carmine ostrava");
        assertTrue(initial.sharesParticipantWith(a), "one name ends the other");
        assertTrue(a.sharesParticipantWith(initial));
        assertFalse(initial.sharesParticipantWith(claim("x", "x", null, null, false, "charge", "mine ostrava")),
                "whole words only");
        assertEquals("Carmine Ostrava", b.participantsWith(a));
    }

    @Test
    void aHappeningsWordNearItsDate() {
        String text = "In 1969, he was indicted. He died Thursday at home. The jury, which sat for weeks, indicted him in 1970.";
        assertTrue(Mentions.near(text, span(text, "1969"), span(text, "indicted")), "the date opens the sentence");
        assertTrue(Mentions.near(text, span(text, "Thursday"), span(text, "died")));
        assertFalse(Mentions.near(text, span(text, "1970"), span(text, "jury")), "too far");
        assertTrue(Mentions.opensSentence(text, text.indexOf("1969")));
        assertTrue(Mentions.opensSentence(text, 0));
        assertFalse(Mentions.opensSentence(text, text.indexOf("Thursday")));
        String later = "Police arrested him, and on Friday, he was charged.";
        assertFalse(Mentions.near(later, span(later, "Friday"), span(later, "charged")), "a comma, not at the start");
    }

    @Test
    void onlyDatesOfDaysMonthsYearsAndWeekdaysAreMarked() {
        assertEquals("charge", date("Ostrava was indicted in May 2005 in New Jersey.", "May 2005").about());
        assertEquals("charge", date("Ostrava was indicted Tuesday in New Jersey.", "Tuesday").about());
        assertNull(date("Ostrava was indicted for three years running.", "three years").about(), "a duration");
        assertNull(date("Ostrava was indicted each year.", "each year").about(), "a set");
        assertNull(date("Ostrava was indicted this year in New Jersey.", "this year").about(),
                "a year read against the article's date");
        assertEquals("charge", date("Ostrava was indicted this month in New Jersey.", "this month").about(),
                "a month read against the article's date is compared");
    }

    @Test
    void aBareWeekdayBesideAPartOfTheDayIsMarkedWithThatPartInItsWords() {
        DateClaim late = dates("Ostrava died late Thursday at home.").stream().filter(c -> c.about() != null).findFirst().orElseThrow();
        assertEquals("death", late.about());
        assertEquals("late Thursday", late.text());
        assertTrue(late.saysPartOfDay());
        DateClaim night = dates("Ostrava died on Friday night at home.").stream().filter(c -> c.about() != null).findFirst().orElseThrow();
        assertEquals("Friday night", night.text());
        assertEquals("death", date("Ostrava died Thursday at home.", "Thursday").about());
        assertFalse(date("Ostrava died Thursday at home.", "Thursday").saysPartOfDay());
        assertNull(date("Ostrava died at dawn Thursday at home.", "Thursday").about(),
                "a part of the day the comparison does not read leaves the weekday unmarked");
    }

    @Test
    void thePartOfTheDayIsTakenOnEitherSideOfTheWeekdayOnly() {
        String text = "He died early  Friday.";
        DateClaim bare = claim("Friday", "XXXX-WXX-5", null, null, false, null);
        DateClaim at = new DateClaim("d", new Span(text.indexOf("Friday"), text.indexOf("Friday") + 6), "Friday", "DATE", "XXXX-WXX-5",
                null, null, false, DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        DateClaim wide = Mentions.withDayPart(text, at);
        assertEquals("early  Friday", wide.text());
        assertEquals(new Span(text.indexOf("early"), text.indexOf("Friday") + 6), wide.span());
        String after = "He died Friday   morning, police said.";
        DateClaim at2 = new DateClaim("d", new Span(8, 14), "Friday", "DATE", "XXXX-WXX-5",
                null, null, false, DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        assertEquals("Friday   morning", Mentions.withDayPart(after, at2).text());
        DateClaim year = claim("1969", "1969", LocalDate.of(1969, 1, 1), LocalDate.of(1969, 12, 31), false, null);
        assertEquals(year, Mentions.withDayPart("late 1969 ", year), "only a bare weekday takes a part of the day");
        assertEquals(bare, Mentions.withDayPart("Friday", bare));
        DateClaim noon = new DateClaim("d", new Span(8, 14), "Friday", "DATE", "XXXX-WXX-5",
                null, null, false, DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        assertNull(Mentions.withDayPart("He died Friday noon.", noon), "a part of the day after it that the comparison does not read");
        assertNull(Mentions.withDayPart("He died dawn Friday.", new DateClaim("d", new Span(13, 19), "Friday", "DATE", "XXXX-WXX-5",
                null, null, false, DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of())), "nor before it");
        assertTrue(DateClaim.partOfDay("late") && DateClaim.partOfDay("Night") && !DateClaim.partOfDay("noon") && !DateClaim.partOfDay("lately"));
    }

    @Test
    void aDateAtEitherEdgeOfAQuotationIsTheSpeakers() {
        assertNull(date("\"1969 was when Ostrava was indicted,\" his lawyer Ruth Amsel said.", "1969").about());
        assertNull(date("\"Ostrava was indicted in 1969\", his lawyer Ruth Amsel said.", "1969").about());
    }

    /**
     * The document's claims read again with one quotation of {@code [from, to)} spoken by {@code speaker}
     * (null: no one), the dates' marks taken off first: what the quote reader takes for one quotation
     * varies with the marks, so the quotation is given here.
     */
    private static List<DateClaim> datesWithQuote(String body, String quoted, String speaker) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        String text = d.document().text();
        int from = text.indexOf(quoted);
        List<org.crosscheck.claims.Claim> claims = new java.util.ArrayList<>();
        for (org.crosscheck.claims.Claim c : d.claims()) {
            if (c instanceof DateClaim dc) {
                claims.add(dc.withAbout(null, List.of()));
            } else if (!(c instanceof org.crosscheck.claims.QuoteClaim)) {
                claims.add(c);
            }
        }
        claims.add(new org.crosscheck.claims.QuoteClaim("d", new Span(from, from + quoted.length()), quoted, speaker, speaker,
                speaker, null, null, speaker != null, null, false, false, null, DateClaim.NO_DAY, false));
        return Mentions.mark(d.withClaims(claims)).claims().stream().filter(DateClaim.class::isInstance)
                .map(DateClaim.class::cast).filter(DateClaim::clock).toList();
    }

    @Test
    void aPassageOfAnotherReportQuotedWholeIsReadAsTheArticlesOwn() {
        String passage = "A gunman shot three people at an office tower.\n"
                + "Witnesses heard gunfire around 10:30 a.m. on the second floor.\n"
                + "Officers searched the building.";
        String body = "A blog copied the station's report:\n\"" + passage + " \" (Channel Nine)";
        assertEquals("attack", datesWithQuote(body, passage, null).get(0).about(),
                "a quotation of several paragraphs that no one is said to speak");
        assertNull(datesWithQuote(body, passage, "Dale Runcorn").get(0).about(), "a speaker's words over paragraphs stay the speaker's");
        String line = "Witnesses heard gunfire around 10:30 a.m. on the second floor.";
        assertNull(datesWithQuote("A blog wrote: \"" + line + "\"", line, null).get(0).about(),
                "a quotation of one paragraph stays a quotation");
    }

    @Test
    void aVerbJoinedAfterTheDateWithADateOfItsOwnIsNotTheDatesHappening() {
        String body = "Carmine Ostrava rescued a freighter on November 11 and also sank a smuggler's boat on November 19.";
        assertNull(date(body, "November 11").about(), "the joined sinking has its own date");
        assertEquals("attack", dates("Carmine Ostrava entered the office about 10 a.m. and opened fire.").stream()
                .filter(DateClaim::clock).findFirst().orElseThrow().about(), "a joined verb without a date of its own");
        String text = "rescued a ship on May 11 and sank a boat on May 19. Later on May 20 it sank.";
        List<Span> spans = List.of(span(text, "May 11"), span(text, "May 19"), span(text, "May 20"));
        assertTrue(Mentions.joinedAfter(text, span(text, "May 11"), span(text, "sank"), spans));
        assertFalse(Mentions.joinedAfter(text, span(text, "May 11"), span(text, "sank"), List.of(spans.get(0), spans.get(2))),
                "a date past the sentence's end is not the verb's");
        assertFalse(Mentions.joinedAfter(text, span(text, "May 19"), span(text, "rescued"), spans), "the verb before the date");
        String open = "rescued a ship on May 11 and sank a boat on May 19";
        assertTrue(Mentions.joinedAfter(open, span(open, "May 11"), span(open, "sank"),
                List.of(span(open, "May 11"), span(open, "May 19"))), "a sentence that runs to the end of the text");
        String close = "rescued a ship on May 11 and sank May 19.";
        Span verb = new Span(close.indexOf("sank"), close.indexOf("May 19"));
        assertTrue(Mentions.joinedAfter(close, span(close, "May 11"), verb, List.of(span(close, "May 11"), span(close, "May 19"))),
                "a date right at the verb's end");
        String plain = "rescued a ship on May 11 as it sank a boat on May 19.";
        assertFalse(Mentions.joinedAfter(plain, span(plain, "May 11"), span(plain, "sank"),
                List.of(span(plain, "May 11"), span(plain, "May 19"))), "no joining word between");
    }

    @Test
    void twoWeekdaysForOnePersonsHappeningsOfOneKindMarkNeitherButOneDayTwiceMarksBoth() {
        assertTrue(dates("Ostrava was arrested Tuesday and was arrested again Friday.").stream()
                .allMatch(c -> c.about() == null));
        List<DateClaim> same = dates("Ostrava was arrested in 1990. Ostrava was arrested in 1990 by the FBI.");
        assertEquals(2, same.stream().filter(c -> "arrest".equals(c.about())).count(), same.toString());
    }

    @Test
    void datesWhosePartsEachNameSomeoneTheOtherDoesNotAreTwoOccasions() {
        LocalDate mon = LocalDate.of(2011, 1, 3);
        DateClaim velko = claim("Monday", mon.toString(), mon, mon, false, null, "harbour hawks", "tom velko");
        DateClaim ortel = claim("Wednesday", mon.plusDays(2).toString(), mon.plusDays(2), mon.plusDays(2), false, null,
                "harbour hawks", "sam ortel");
        DateClaim velkoAgain = claim("Wednesday", mon.plusDays(2).toString(), mon.plusDays(2), mon.plusDays(2), false, null,
                "harbour hawks", "tom velko");
        DateClaim surname = claim("Wednesday", "x", mon, mon, false, null, "velko");
        DateClaim nobody = claim("Wednesday", "x", mon, mon, false, null);
        assertTrue(velko.namesOthersThan(ortel), "the team in common, two players");
        assertTrue(ortel.namesOthersThan(velko));
        assertFalse(velko.namesOthersThan(velkoAgain), "the same people");
        assertFalse(velko.namesOthersThan(surname), "a surname is the same person; the other side names nobody else");
        assertFalse(surname.namesOthersThan(velko));
        assertFalse(velko.namesOthersThan(nobody), "a part that names nobody is not told apart");
        assertFalse(nobody.namesOthersThan(velko));
    }

    @Test
    void aLentWeekdayAndAWrittenDayAreComparedWithinTwoWeeks() {
        LocalDate tue = LocalDate.of(2008, 12, 9);
        DateClaim written = claim("Tuesday, December 9", tue.toString(), tue, tue, false, "rehab", "a b");
        DateClaim friday = claim("Friday", "x", tue.plusDays(3), tue.plusDays(3), true, "rehab", "a b");
        assertTrue(written.mentionDisagreesWith(friday));
        assertTrue(friday.mentionDisagreesWith(written));
        DateClaim fridayFar = claim("Friday", "x", tue.plusDays(1564), tue.plusDays(1564), true, "rehab", "a b");
        assertTrue(written.mentionDisagreesWith(fridayFar),
                "a bare weekday read against a date lent by a story of another year is only a weekday");
        assertTrue(fridayFar.mentionDisagreesWith(written));
        DateClaim fridayAYearOn = claim("Friday", "x", tue.plusDays(367), tue.plusDays(367), true, "rehab", "a b");
        assertTrue(written.mentionDisagreesWith(fridayAYearOn), "a year and two days: another year's story");
        DateClaim thursdayAYearOn = claim("Thursday", "x", tue.plusDays(366), tue.plusDays(366), true, "rehab", "a b");
        assertFalse(written.mentionDisagreesWith(thursdayAYearOn), "a year to the day: not past it");
        DateClaim fridayInAYear = claim("Friday", "x", tue.plusDays(360), tue.plusDays(360), true, "rehab", "a b");
        assertFalse(written.mentionDisagreesWith(fridayInAYear), "within a year: two occasions");
        DateClaim fridayLater = claim("Friday", "x", tue.plusDays(17), tue.plusDays(17), true, "rehab", "a b");
        assertFalse(written.mentionDisagreesWith(fridayLater), "more than two weeks apart");
        DateClaim lentFar = claim("December 26", "x", tue.plusDays(17), tue.plusDays(17), true, "rehab", "a b");
        assertFalse(written.mentionDisagreesWith(lentFar), "a day written without its year, read against a lent date");
        DateClaim tuesdayAtTheEdge = claim("Monday", "x", tue.plusDays(13), tue.plusDays(13), true, "rehab", "a b");
        assertTrue(written.mentionDisagreesWith(tuesdayAtTheEdge), "thirteen days: compared by weekday");
        DateClaim edge = claim("Tuesday", "x", tue.plusDays(14), tue.plusDays(14), true, "rehab", "a b");
        assertFalse(written.mentionDisagreesWith(edge), "fourteen days: compared, the same weekday");
        DateClaim writtenFriday = claim("Friday, December 12", "x", tue.plusDays(3), tue.plusDays(3), false, "rehab", "a b");
        assertFalse(writtenFriday.mentionDisagreesWith(friday), "both the same Friday");
        DateClaim unanchored = claim("Monday", "XXXX-WXX-1", null, null, false, "rehab", "a b");
        assertTrue(written.mentionDisagreesWith(unanchored), "an undated report's Monday against a written Tuesday: a day apart, no part of the day");
    }

    @Test
    void aWordThatNamesAHappeningOnlyBesideADateMarksIt() {
        DateClaim gone = date("Ostrava suddenly disappeared from the scene in 1958.", "1958");
        assertEquals("disappearance", gone.about(), "articles add no distance");
        assertEquals(List.of("carmine ostrava"), gone.participants());
        assertEquals("rehab", date("Ostrava checked herself in on Tuesday, December 13, 2005.", "Tuesday, December 13, 2005").about(),
                "the kind of the trigger list's 'checked into'");
        assertEquals("shooting", date("Ostrava was shot dead on Friday.", "Friday").about());
        assertNull(date("Ostrava was shot by a guard of the Varga family on Friday.", "Friday").about(), "too far");
        assertNull(date("Ostrava moved to Florida in 1957 and married a singer.", "1957").about(),
                "a date before 'and' is the first verb's");
        assertNull(date("Ostrava retired to a farm after his 1986 accident.", "1986").about(), "the date of a noun");
        assertEquals("retirement", date("Ostrava retired in 1986.", "1986").about());
        assertNull(date("Ostrava joined the Born Free Foundation in 1984.", "1984").about(), "a name, not a word");
        assertNull(date("Ostrava's lawyer announced Friday he was shot dead.", "Friday").about(),
                "a verb with a date of its own stands nearer");
        assertEquals("killing", date("The crowd that Ostrava led on Friday killed a guard.", "Friday").about(),
                "a word after the date, no 'and' between");
    }

    /**
     * The stop of a title or an initial between a date and a word read beside it ends no sentence
     * (before the thirty-ninth session "In 1958, Mr. Ostrava shot and killed ..." was untied, as if
     * "Mr." ended its sentence); a real stop still parts them.
     */
    @Test
    void theStopOfATitleOrAnInitialPartsNoDateFromItsWord() {
        DateClaim titled = date("In 1958, Mr. Ostrava shot and killed a rival in a card game.", "1958");
        assertEquals("shooting", titled.about());
        assertEquals(List.of("carmine ostrava"), titled.participants());
        assertEquals("shooting", date("On March 3, 1958, Dr. Ostrava shot and killed a rival in a card game.", "March 3, 1958").about());
        assertEquals("shooting", date("In 1958, C. Ostrava shot and killed a rival in a card game.", "1958").about());
        assertNull(date("The winter was mild in 1958. Ostrava shot and killed a rival in a card game.", "1958").about(),
                "a sentence's own stop still parts them");
        assertTrue(org.crosscheck.text.Sentences.endsAbbreviation("Mr. Ostrava", 2));
        assertTrue(org.crosscheck.text.Sentences.endsAbbreviation("the U.S. team", 7));
        assertFalse(org.crosscheck.text.Sentences.endsAbbreviation("in 1958. Then", 7), "a number ends a sentence");
        assertFalse(org.crosscheck.text.Sentences.endsAbbreviation("a rival. Then", 7), "a word that is no abbreviation");
        assertFalse(org.crosscheck.text.Sentences.endsAbbreviation("Mr, Ostrava", 2), "no stop");
        assertFalse(org.crosscheck.text.Sentences.endsAbbreviation(". Then", 0), "a stop at the start");
    }

    private static String datedNoun(String text, String date) {
        return Mentions.datedNoun(text, span(text, date));
    }

    @Test
    void aDateBeforeANounOfAHappeningIsThatHappeningsDate() {
        assertEquals("killing", datedNoun("Students marched over the May 9 killing of a cook.", "May 9"));
        assertEquals("raid", datedNoun("Papers seized in a 2007 raid were read out.", "2007"));
        assertEquals("verdict", datedNoun("An appeals court threw out a 2009 conviction of the mayor.", "2009"), "a conviction is a verdict");
        assertEquals("verdict", datedNoun("The court overturned the 2009 convictions.", "2009"));
        assertEquals("raid", datedNoun("Papers seized during an April 2007 raid were read out.", "April 2007"));
        assertEquals("robbery", datedNoun("Nobody was hurt in Monday's heist.", "Monday"), "a possessive date");
        assertEquals("crash", datedNoun("Two lanes stayed shut after the March 2 fatal collision near Elm.", "March 2"),
                "one word between");
        assertEquals("killing", datedNoun("He denied the 1998 murder, his lawyer said.", "1998"), "punctuation after the noun");
        assertEquals("killing", datedNoun("He was charged in the 1998 murder", "1998"), "the end of the text");
        assertEquals("killing", datedNoun("The 1998 murder was never solved.", "1998"), "a listed word after it");
        assertNull(datedNoun("The June 2 murder trial opens in Kent.", "June 2"), "the noun modifies the trial");
        assertNull(datedNoun("The June 2 fatal collision inquiry opens.", "June 2"), "the second noun modifies the inquiry");
        assertNull(datedNoun("Police said on May 9 killing was rare.", "May 9"), "no determiner opens the phrase");
        assertNull(datedNoun("Since 2007 raids were rare.", "2007"), "a word not listed");
        assertNull(datedNoun("The 2007 season was his best.", "2007"));
        assertNull(datedNoun("The 2007 hard fought season was long.", "2007"), "two words between");
        assertNull(datedNoun("In the 2007, killing was rare.", "2007"), "a comma after the date");
        assertNull(datedNoun("The 2007 Murder Squad report.", "2007"), "a capitalised word is a name");
        assertNull(datedNoun("The May 9 vote on the killing.", "May 9"));
        assertNull(datedNoun("The 2007", "2007"), "nothing after the date");
    }

    @Test
    void aNounOfAHappeningDatedBeforeItTakesTheDateFromTheClausesVerb() {
        DateClaim held = date("Ostrava was arrested on Friday over the March 4 killing of a guard.", "March 4");
        assertEquals("killing", held.about(), "the killing's day, not the arrest's");
        assertEquals(List.of("carmine ostrava"), held.participants());
        assertEquals("arrest", date("Ostrava was arrested on Friday over the March 4 killing of a guard.", "Friday").about());
        assertNull(date("Ostrava went on trial on Friday in the March 4 murder trial.", "March 4").about(),
                "a noun that only modifies another");
        DateClaim unnamed = date("Crowds gathered in the square after the March 4 killing.", "March 4");
        assertEquals("killing", unnamed.about(), "a day that names its happening, whoever the clause names");
        assertEquals(List.of(), unnamed.participants());
        assertNull(date("Crowds gathered in the square after the 2004 killing.", "2004").about(),
                "a year with no one named is not the article's own happening");
    }

    @Test
    void aDateTiedByItsNounGivesWayToADayItsClauseTiesToOneKind() {
        String body = "Ostrava was shot on Monday in Newark. Ostrava spoke on the radio about the March 4 killing of his brother.";
        assertEquals("shooting", date(body, "Monday").about(), "the clause's day is kept");
        assertNull(date(body, "March 4").about(), "the noun's day, of the same family for the same person, gives way");
        assertEquals("killing", date("Ostrava spoke on the radio about the March 4 killing of his brother.", "March 4").about());
        String both = "Ostrava was blamed for the March 4 killing of a guard and the March 9 killing of a clerk.";
        assertNull(date(both, "March 4").about(), "two days by nouns of one kind: neither");
        assertNull(date(both, "March 9").about());
        String clauses = "Ostrava was shot on Monday. Ostrava was shot again on Thursday.";
        assertNull(date(clauses, "Monday").about(), "two days by clauses of one kind: neither, as before");
    }

    @Test
    void everyNounOfADatedHappeningNamesAKindOfTheOtherLists() {
        assertEquals("killing", Mentions.DATED_NOUNS.get("murder"));
        assertTrue(Mentions.DATED_NOUN_FOLLOWERS.contains("of"));
        java.util.Set<String> kinds = new java.util.HashSet<>(EventExtractor.WORDS.values());
        kinds.addAll(Mentions.PASSING.values());
        for (var e : Mentions.DATED_NOUNS.entrySet()) {
            assertFalse(EventExtractor.WORDS.containsKey(e.getKey()), e.getKey() + " is a trigger already");
            assertTrue(kinds.contains(e.getValue()), e.getKey() + ": " + e.getValue());
        }
    }

    @Test
    void synonymsAndNominalisationsOfAHappeningKeyItsDateWithTheOthers() {
        DateClaim arrested = date("Ostrava was arrested on Tuesday in Newark.", "Tuesday");
        DateClaim nabbed = date("Agents nabbed Ostrava on Wednesday at a diner.", "Wednesday");
        assertEquals("arrest", nabbed.about());
        assertEquals(List.of("carmine ostrava"), nabbed.participants());
        assertTrue(nabbed.sameFamilyAs(arrested), "nabbed and arrested: one key");
        assertTrue(nabbed.sharesParticipantWith(arrested));
        DateClaim died = date("Ostrava died on Thursday in a hospital.", "Thursday");
        DateClaim passed = date("Ostrava passed away on Friday at his home.", "Friday");
        DateClaim dead = date("Ostrava was found dead in his cell on March 3.", "March 3");
        assertEquals("death", passed.about());
        assertEquals("death", dead.about(), "'found' opens the listed words: the finding is the death's");
        assertTrue(passed.sameFamilyAs(died) && dead.sameFamilyAs(died));
        assertNull(date("Ostrava's body was found on March 3.", "March 3").about(), "a finding alone dates the finding");
        assertEquals("killing", date("Ostrava was slain in 1979 in Brooklyn.", "1979").about());
        assertEquals("killing", date("Ostrava was murdered in 1979.", "1979").about());
        DateClaim shot = date("Ostrava was shot on Monday.", "Monday");
        assertTrue(date("Ostrava was murdered on Monday.", "Monday").sameFamilyAs(shot), "a murder and a shooting: the attack family");
        DateClaim sentencing = date("Ostrava faced sentencing on May 3 in Newark.", "May 3");
        assertEquals("sentence", sentencing.about());
        assertFalse(sentencing.sameFamilyAs(arrested), "a sentencing and an arrest are two happenings");
        assertFalse(sentencing.sameFamilyAs(died), "a sentencing and a death are two happenings");
        assertFalse(died.sameFamilyAs(shot), "a death and a shooting are two happenings (shot Monday, died Thursday)");
    }

    @Test
    void aDeathByOnesOwnHandARaidAndABombThatExplodedAreReadBesideTheirDates() {
        DateClaim died = date("Ostrava died on Thursday in a hospital.", "Thursday");
        DateClaim hanged = date("Ostrava hanged himself in his cell on Tuesday.", "Tuesday");
        assertEquals("death", hanged.about(), "a phrase of the list, the place between not counted");
        assertEquals(List.of("carmine ostrava"), hanged.participants());
        assertTrue(hanged.sameFamilyAs(died), "a suicide and a death: one key");
        assertEquals("death", date("Ostrava hung himself on Tuesday.", "Tuesday").about());
        assertEquals("death", date("On Tuesday Ostrava committed suicide.", "Tuesday").about());
        assertEquals("death", passing("Marsh killed herself in 1961.", "1961"), "the longer form before 'killed'");
        assertEquals("killing", passing("Marsh killed him in 1961.", "1961"), "'killed' alone is a killing");
        assertEquals("death", passing("Marsh hanged herself in 1961.", "1961"));
        assertEquals("death", passing("Marsh hung herself in 1961.", "1961"));
        assertEquals("death", passing("Marsh killed himself in 1961.", "1961"));
        assertNull(passing("Marsh hanged a picture in 1961.", "1961"), "'hanged' alone names nothing");
        DateClaim raided = date("Agents raided Ostrava's home on Monday.", "Monday");
        assertEquals("raid", raided.about());
        assertEquals(List.of("carmine ostrava"), raided.participants());
        assertEquals("attack", passing("A bomb exploded on Friday at a bank.", "Friday"));
        assertEquals("attack", passing("The bomb detonated at 5 p.m. at a bank.", "5 p.m."));
        DateClaim clock = date("The bomb detonated at about 5:30 p.m. at a bank in Salem.", "about 5:30 p.m.");
        assertEquals("attack", clock.about(), "a clock time is the time of its clause's happening, whoever it names");
    }

    @Test
    void aHouseThatBurnedDownAndDeathsAreReadBesideTheirDates() {
        assertEquals("fire", passing("Marsh's barn burned down in 1961.", "1961"));
        assertEquals("fire", passing("Marsh's barn burnt down in 1961.", "1961"));
        assertNull(passing("Marsh burned a letter in 1961.", "1961"), "'burned' alone names nothing");
        DateClaim died = date("Ostrava died on Thursday in a hospital.", "Thursday");
        DateClaim deaths = date("The deaths of Ostrava on Thursday shook Newark.", "Thursday");
        assertEquals("death", deaths.about());
        assertTrue(deaths.sameFamilyAs(died), "deaths and died: one key");
        assertEquals("death", passing("Two deaths on Friday shook the town.", "Friday"));
    }

    private static final Happenings.About NONE = new Happenings.About(null, null, false, false);

    private static String passing(String text, String date) {
        return Mentions.passing(text, span(text, date), NONE);
    }

    @Test
    void aPassingWordIsTheNearestListedWordOfTheDatesSentence() {
        assertEquals("disappearance", passing("Marsh vanished on Friday.", "Friday"));
        assertEquals("shooting", passing("Marsh was shot dead on Friday.", "Friday"), "the longest listed form");
        assertEquals("killing", passing("Marsh was killed Friday, vanished later.", "Friday"), "the nearer");
        assertEquals("killing", passing("Marsh killed Friday vanished", "Friday"), "as near: the first");
        assertEquals("disappearance", passing("Marsh was killed by two guards Friday vanished", "Friday"), "the nearer, after");
        assertEquals("birth", passing("Born in 1923 in Nashville, Marsh modelled.", "1923"), "a word opening its sentence");
        assertNull(passing("The Born Free trust in 1923 met.", "1923"), "a capitalised word inside its sentence is a name");
        assertNull(passing("Marsh vanished. On Friday she wrote.", "Friday"), "another sentence");
        assertNull(passing("Marsh vanished; Friday she wrote.", "Friday"));
        assertNull(passing("Marsh vanished\nFriday she wrote.", "Friday"));
        assertNull(passing("Marsh vanished? Friday she wrote.", "Friday"));
        assertNull(passing("Marsh vanished! Friday she wrote.", "Friday"));
        assertNull(passing("Marsh wrote on Friday about nothing.", "Friday"), "no listed word");
        assertNull(passing("Marsh vanished in the long cold winter of 1957.", "1957"), "too far");
        assertEquals("disappearance", passing("Marsh vanished from the scene in 1957.", "1957"), "articles do not count");
        assertEquals("disappearance", passing("In 1957, Marsh vanished.", "1957"), "the date opens the sentence");
        String padded = "x ".repeat(Mentions.PASSING_REACH) + "Marsh vanished on Friday." + " x".repeat(Mentions.PASSING_REACH);
        assertEquals("disappearance", passing(padded, "Friday"));
        assertEquals("disappearance", passing("vanished Friday", "Friday"), "at the very edges of the text");
        assertEquals("expulsion", passing("Marsh was ousted in 2002.", "2002"));
        assertEquals("expulsion", passing("Marsh was excommunicated in 2002.", "2002"));
        assertEquals("expulsion", passing("Marsh was ejected from the sect in 2003.", "2003"), "articles do not count");
        assertEquals("disclosure", passing("Marsh kept silent until finally coming forward in May 2005.", "May 2005"));
        assertEquals("disclosure", passing("In 2005, Marsh came forward.", "2005"), "the date opens the sentence");
        assertEquals("stop", passing("Marsh was pulled over on Friday.", "Friday"));
        assertEquals("disclosure", passing("Marsh broke cover, admitting in 2006 that he was the source.", "2006"));
        assertEquals("stop", passing("Police pulled her over on Friday.", "Friday"));
        assertEquals("stop", passing("Marsh was stopped by troopers on Friday.", "Friday"));
    }

    @Test
    void aNearerTriggerOrVerbWithADateOfItsOwnWins() {
        String text = "Lawyers announced Friday Marsh vanished.";
        Span date = span(text, "Friday");
        assertNull(Mentions.passing(text, date, new Happenings.About(null, span(text, "announced"), true, false)), "nearer");
        String tie = "Lawyers announced Friday vanished.";
        assertNull(Mentions.passing(tie, span(tie, "Friday"), new Happenings.About(null, span(tie, "announced"), true, false)),
                "as near: the verb of its own");
        String far = "Marsh vanished on Friday in the end, lawyers announced.";
        assertEquals("disappearance", Mentions.passing(far, span(far, "Friday"),
                new Happenings.About(null, span(far, "announced"), true, false)), "a verb too far to be the date's");
        String farther = "Lawyers said on Friday that Marsh vanished.";
        assertEquals("disappearance", Mentions.passing("Marsh vanished Friday, lawyers said.", span("Marsh vanished Friday, lawyers said.", "Friday"),
                new Happenings.About(null, span("Marsh vanished Friday, lawyers said.", "said"), true, false)), "a verb across a comma");
        assertNull(Mentions.passing(farther, span(farther, "Friday"), new Happenings.About(null, span(farther, "said"), true, false)));
        String nearer = "Marsh vanished after she died Friday.";
        assertNull(Mentions.passing(nearer, span(nearer, "Friday"), new Happenings.About("death", span(nearer, "died"), false, false)),
                "a trigger nearer");
        String asNear = "Marsh vanished Friday died.";
        assertNull(Mentions.passing(asNear, span(asNear, "Friday"), new Happenings.About("death", span(asNear, "died"), false, false)),
                "a trigger as near");
        String after = "Marsh vanished Friday as she died.";
        assertEquals("disappearance", Mentions.passing(after, span(after, "Friday"),
                new Happenings.About("death", span(after, "died"), false, false)), "a trigger farther");
        String gone = "Marsh vanished Friday after the guard at the gate of the farm had died.";
        assertEquals("disappearance", Mentions.passing(gone, span(gone, "Friday"),
                new Happenings.About("death", span(gone, "died"), false, false)), "a trigger too far");
    }

    @Test
    void aDateBeforeAJoinedVerbOrANounIsNotAPassingWords() {
        assertNull(passing("Marsh moved in 1957 and married.", "1957"));
        assertNull(passing("Marsh moved in 1957 but married.", "1957"));
        assertNull(passing("Marsh moved in 1957 or married.", "1957"));
        assertNull(passing("Marsh moved in 1957 then married.", "1957"));
        assertEquals("marriage", passing("Marsh married in 1957 and moved.", "1957"), "the word before the date");
        assertNull(passing("Marsh retired after his 1986 accident.", "1986"));
        assertNull(passing("Marsh was killed after the 1986 storm.", "1986"));
        assertEquals("killing", passing("Marsh spoke of the 1986 killed men.", "1986"), "the word right after the noun's date");
        assertFalse(Mentions.beforeNoun("Marsh died in 1986.", span("Marsh died in 1986.", "1986"), span("Marsh died in 1986.", "died")));
        assertFalse(Mentions.apart("xx 1986 killed", new Span(3, 7), new Span(5, 14)), "overlapping");
        assertFalse(Mentions.apart("killed 1986", new Span(0, 8), new Span(0, 6)), "overlapping, before");
        assertTrue(Mentions.apart("killed 1986", new Span(7, 11), new Span(0, 6)));
        assertTrue(Mentions.apart("1986 killed", new Span(0, 4), new Span(5, 11)));
        assertTrue(Mentions.apart("died1986", new Span(4, 8), new Span(0, 4)), "touching, before");
        assertTrue(Mentions.apart("1986died", new Span(0, 4), new Span(4, 8)), "touching, after");
        assertFalse(Mentions.beforeNoun("the 1986killed", new Span(4, 8), new Span(8, 14)), "the word touching the date");
        assertTrue(Mentions.joined(" and "));
        assertFalse(Mentions.joined(" sandy "), "whole words");
        assertEquals(0, Mentions.gap("died1986", new Span(4, 8), new Span(0, 4)));
        assertEquals(2, Mentions.gap("died in the city 1986", new Span(17, 21), new Span(0, 4)), "articles do not count");
        assertEquals(2, Mentions.gap("1986 in the city died", new Span(0, 4), new Span(17, 21)));
    }

    @Test
    void aMessageShowsALentOrUnreadWeekdayAsAWeekday() {
        LocalDate fri = LocalDate.of(2013, 4, 26);
        assertEquals("a Friday", claim("Friday", "2013-04-26", fri, fri, true, "rehab", "a b").shown(), "read against a lent date");
        assertEquals("a Friday", claim("Friday", "XXXX-WXX-5", null, null, false, "rehab", "a b").shown(), "read against nothing");
        assertEquals("2013-04-26", claim("Friday", "2013-04-26", fri, fri, false, "rehab", "a b").shown(), "its own timestamp's");
        assertEquals("2013-04-26", claim("April 26", "2013-04-26", fri, fri, false, "rehab", "a b").shown(), "no weekday, its own year");
    }

    @Test
    void aMessageShowsAMonthAndDayWhoseYearWasLentWithoutTheYear() {
        LocalDate day = LocalDate.of(2011, 11, 18);
        assertEquals("November 18", claim("November 18", "2011-11-18", day, day, true, "sinking", "a b").shown(), "the year lent");
        assertEquals("November 18", claim("18 November", "2011-11-18", day, day, true, "sinking", "a b").shown(), "day first");
        assertEquals("November 18", claim("Tuesday, Nov. 18", "2011-11-18", day, day, true, "sinking", "a b").shown(),
                "a weekday beside the month and day");
        assertEquals("2011-11-18", claim("November 18", "2011-11-18", day, day, false, "sinking", "a b").shown(), "its own timestamp's year");
        assertEquals("2008-11-18", claim("November 18, 2008", "2008-11-18", LocalDate.of(2008, 11, 18), LocalDate.of(2008, 11, 18), true,
                "sinking", "a b").shown(), "the words write the year");
        assertEquals("2008-11-18", claim("Nov. 18 '08", "2008-11-18", LocalDate.of(2008, 11, 18), LocalDate.of(2008, 11, 18), true,
                "sinking", "a b").shown(), "a year written short");
        assertEquals("2011-11-18", claim("the day before", "2011-11-18", day, day, true, "sinking", "a b").shown(),
                "no month named: the value as read");
        LocalDate may = LocalDate.of(2011, 5, 1);
        LocalDate mayEnd = LocalDate.of(2011, 5, 31);
        assertEquals("May", claim("in May", "2011-05", may, mayEnd, true, "sale", "a b").shown(), "a month whose year was lent");
        assertEquals("December", claim("last December", "2011-12", LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 31), true,
                "sale", "a b").shown(), "a month read back from a lent date");
        assertEquals("2011-05", claim("in May", "2011-05", may, mayEnd, false, "sale", "a b").shown(), "a month of its own year");
        assertEquals("2011-05", claim("that month", "2011-05", may, mayEnd, true, "sale", "a b").shown(), "no month named");
        assertEquals("2011", claim("this year", "2011", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31), true, "sale", "a b").shown(),
                "a year alone: nothing else to show");
    }

    @Test
    void everyPluralOfTheListNamesTheKindItsSingularNames() {
        assertEquals("attack", Mentions.PASSING.get("shootings"));
        assertEquals("arrest", Mentions.PASSING.get("apprehended"));
        assertEquals("arrest", Mentions.PASSING.get("taken into custody"));
        int plurals = 0;
        for (var e : Mentions.PASSING.entrySet()) {
            String w = e.getKey();
            if (w.contains(" ") || !w.endsWith("s")) {
                continue;
            }
            for (String singular : List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2))) {
                String kind = EventExtractor.WORDS.getOrDefault(singular, Mentions.PASSING.get(singular));
                if (kind != null) {
                    plurals++;
                    assertEquals(kind, e.getValue(), w + " names what " + singular + " names");
                    break;
                }
            }
        }
        assertTrue(plurals >= 10, "plurals checked: " + plurals);
    }

    @Test
    void everyWordOfThePassingListNamesAKind() {
        assertEquals("rehab", Mentions.PASSING.get("checked herself in"));
        assertEquals("disappearance", Mentions.PASSING.get("vanished"));
        assertTrue(Mentions.PASSING.keySet().stream().allMatch(w -> w.split(" ").length <= 3), "at most three words a form");
        assertTrue(Mentions.PASSING.keySet().stream().noneMatch(EventExtractor.WORDS::containsKey),
                "no form is also a trigger of the event list");
    }

    @Test
    void nearCountsTheWordsBetween() {
        String three = "He was indicted for fraud in 1969.";
        assertTrue(Mentions.near(three, span(three, "1969"), span(three, "indicted")), "three words between");
        String four = "He was indicted for a fraud in 1969.";
        assertFalse(Mentions.near(four, span(four, "1969"), span(four, "indicted")), "four words between");
        String touching = "He died1969.";
        assertTrue(Mentions.near(touching, span(touching, "1969"), span(touching, "died")));
        String overlap = "indicted";
        assertTrue(Mentions.near(overlap, new Span(0, 8), new Span(2, 5)), "overlapping spans");
        String after = "On Friday, he died at home.";
        assertTrue(Mentions.near(after, span(after, "Friday"), span(after, "died")), "On Friday opens the sentence");
        String two = "On Friday, in a hospital, he died.";
        assertFalse(Mentions.near(two, span(two, "Friday"), span(two, "died")), "two commas between");
        String name = "She checked into Harbour Bay Treatment Center on Friday.";
        assertTrue(Mentions.near(name, span(name, "Friday"), span(name, "checked into")), "a name counts as one word");
        String lower = "She checked the papers of a small treatment center on Friday.";
        assertFalse(Mentions.near(lower, span(lower, "Friday"), span(lower, "checked")), "six words, no phrase of place");
        assertEquals(0, Mentions.words("  "));
        assertEquals(2, Mentions.words(" Harbour Bay Treatment Center on "));
        assertEquals(3, Mentions.words(" Harbour Bay in Malibu "), "two names and a word between");
    }

    @Test
    void opensSentenceReadsWhatStandsBefore() {
        assertTrue(Mentions.opensSentence("He fell. 1969 was hard.", 9));
        assertTrue(Mentions.opensSentence("He fell.\nIn 1969, he ran.", 12));
        assertTrue(Mentions.opensSentence("\u201cIn 1969, he ran.", 4));
        assertFalse(Mentions.opensSentence("He ran in 1969, then fell.", 10));
        assertFalse(Mentions.opensSentence("Within 1969, he ran.", 7), "a word ending in -in is not In");
    }

    @Test
    void aDateAfterOneOpeningWordAndItsCommaOpensItsSentence() {
        assertTrue(Mentions.opensSentenceAfterOneWord("He fell. In 1969, he ran.", 12), "as opensSentence");
        assertTrue(Mentions.opensSentenceAfterOneWord("He fell. Then, on May 2, he ran.", 18));
        assertTrue(Mentions.opensSentenceAfterOneWord("He fell. Later, in 1969, he ran.", 19));
        assertTrue(Mentions.opensSentenceAfterOneWord("Then, May 2, he ran.", 6), "no preposition, at the start of the text");
        assertFalse(Mentions.opensSentenceAfterOneWord("He fell. Only then, on May 2, he ran.", 23), "two words before the comma");
        assertFalse(Mentions.opensSentenceAfterOneWord("He fell. then, on May 2, he ran.", 18), "a word in lower case is no opening");
        assertFalse(Mentions.opensSentenceAfterOneWord("He fell. Then on May 2, he ran.", 17), "no comma after the word");
        assertFalse(Mentions.opensSentenceAfterOneWord("He fell. Then, upon May 2, he ran.", 20), "a word ending in -on is not on");
        assertFalse(Mentions.opensSentenceAfterOneWord(", May 2, he ran.", 2), "a comma and no word");
    }

    @Test
    void aVerbOfItsOwnBeforeTheDateTakesIt() {
        String text = "Pell apologized to the pastor Saturday if the fire was hers.";
        assertTrue(Mentions.ownVerbBefore(text, span(text, "Saturday"), span(text, "fire")));
        String before = "The fire, Pell said, began Saturday.";
        assertFalse(Mentions.ownVerbBefore(before, span(before, "Saturday"), span(before, "fire")), "the trigger comes first");
        String other = "Pell spoke to the pastor Saturday about the fire.";
        assertFalse(Mentions.ownVerbBefore(other, span(other, "Saturday"), span(other, "fire")), "no verb of its own");
        String comma = "Pell apologized, and Saturday the fire burned.";
        assertFalse(Mentions.ownVerbBefore(comma, span(comma, "Saturday"), span(comma, "fire")), "a comma between");
    }

    @Test
    void occasionsAreTwoWeeksOrAYearApartAtMost() {
        LocalDate d = LocalDate.of(2004, 7, 1);
        assertTrue(day("July 15", d.plusDays(14), false).mentionDisagreesWith(day("July 1", d, false)), "two weeks");
        assertFalse(day("July 16", d.plusDays(15), false).mentionDisagreesWith(day("July 1", d, false)), "past two weeks");
        assertTrue(year(1969).mentionDisagreesWith(year(1971)), "a year between");
        assertFalse(year(1969).mentionDisagreesWith(year(1972)));
        DateClaim month = claim("May 2012", "2012-05", LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 31), false, "quake", "a b");
        DateClaim april = claim("April 2012", "2012-04", LocalDate.of(2012, 4, 1), LocalDate.of(2012, 4, 30), false, "quake", "a b");
        assertTrue(month.mentionDisagreesWith(april));
        assertTrue(april.mentionDisagreesWith(month));
        DateClaim inMay = claim("May 3", "2012-05-03", LocalDate.of(2012, 5, 3), LocalDate.of(2012, 5, 3), false, "quake", "a b");
        assertFalse(month.mentionDisagreesWith(inMay), "a day of the month");
        DateClaim tuesday = claim("Tuesday", "2012-05-01", LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 1), true, "quake", "a b");
        DateClaim friday = claim("Friday", "2012-05-04", LocalDate.of(2012, 5, 4), LocalDate.of(2012, 5, 4), false, "quake", "a b");
        assertTrue(tuesday.mentionDisagreesWith(friday), "a lent date is compared by its weekday");
        assertTrue(friday.mentionDisagreesWith(tuesday));
        assertTrue(tuesday.mentionDisagreesWith(inMay), "a lent weekday against a day written in full: by its weekday (May 3 is a Thursday)");
        assertTrue(inMay.mentionDisagreesWith(tuesday));
        DateClaim thursday = claim("Thursday", "2012-05-03", LocalDate.of(2012, 5, 3), LocalDate.of(2012, 5, 3), true, "quake", "a b");
        assertFalse(thursday.mentionDisagreesWith(inMay), "the written day's own weekday");
        DateClaim lateMay = claim("May 24", "2012-05-24", LocalDate.of(2012, 5, 24), LocalDate.of(2012, 5, 24), false, "quake", "a b");
        assertFalse(tuesday.mentionDisagreesWith(lateMay), "more than two weeks from the lent date: two occasions");
        DateClaim may = claim("May", "2012-05", LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 31), false, "quake", "a b");
        assertFalse(tuesday.mentionDisagreesWith(may), "a month names no day, so no weekday");
    }

    @Test
    void aClockTimeTakesItsHappeningWithItsHedgeAndZoneInItsWords() {
        DateClaim t = dates("The fire broke out at about 8.40pm BST in the roof of the store.").stream()
                .filter(DateClaim::clock).findFirst().orElseThrow();
        assertEquals("about 8.40pm BST", t.text());
        assertEquals("fire", t.about());
        assertEquals(List.of(), t.participants(), "a bare time's day is a reading: it is not set against people's dates");
        DateClaim local = dates("The quake struck at 7:37 AM local time near the coast.").stream()
                .filter(DateClaim::clock).findFirst().orElseThrow();
        assertEquals("7:37 AM local time", local.text());
        assertEquals("quake", local.about());
    }

    @Test
    void aClockTimeOfAReportOfNoKnownDayTakesItsHappening() {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt",
                "Fire destroys Orvale store\nThe fire broke out at about 4 p.m. in the roof of the store.\n", List.of())));
        DateClaim t = d.claims().stream().filter(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .filter(c -> c.text().endsWith("4 p.m.")).findFirst().orElseThrow();
        assertEquals("XXXX-XX-XXT16:00", t.value());
        assertEquals("about 4 p.m.", t.text(), "its hedge in its words");
        assertEquals("fire", t.about());
        assertEquals(List.of(), t.participants());
    }

    @Test
    void aDocumentWithTwoTimesForOneKindOfHappeningMarksNeither() {
        List<DateClaim> times = dates("The fire broke out at 8 p.m. in the roof. A second fire started at 11 p.m. in the car park.")
                .stream().filter(DateClaim::clock).toList();
        assertEquals(2, times.size());
        assertTrue(times.stream().allMatch(t -> t.about() == null), times.toString());
        List<DateClaim> same = dates("The fire broke out at 8 p.m. in the roof. A second fire started at about 8 p.m. in the car park.")
                .stream().filter(DateClaim::clock).toList();
        assertTrue(same.stream().allMatch(t -> "fire".equals(t.about())), "two times that may be one moment: " + same);
    }

    @Test
    void aGameClockOrABareHourAndMinuteIsNoTimeOfDay() {
        assertTrue(dates("Tom Velko sank a jump shot with 3:12 left in the second quarter.").stream()
                .filter(DateClaim::clock).allMatch(t -> t.about() == null), "a game clock");
        assertTrue(dates("The referee stopped the fight at 2:56 of the sixth round.").stream()
                .filter(DateClaim::clock).allMatch(t -> t.about() == null), "no a.m., p.m. or 24-hour form");
        assertTrue(dates("The quake struck at 09:10 hours near the coast.").stream()
                .filter(DateClaim::clock).anyMatch(t -> "quake".equals(t.about())), "a 24-hour time");
        assertTrue(dates("The quake struck at 3pm near the coast.").stream()
                .filter(DateClaim::clock).anyMatch(t -> "quake".equals(t.about())), "pm written against the hour");
    }

    @Test
    void aTimeJoinedToAWordByAHyphenIsNoTimeOfDay() {
        assertTrue(dates("Tom Velko checked in at the under-16:00 TV timeout and scored.").stream()
                .filter(DateClaim::clock).allMatch(t -> t.about() == null), "a mark on a game clock");
        assertTrue(dates("Tom Velko checked in at 16:00 for the media day.").stream()
                .filter(DateClaim::clock).anyMatch(t -> "rehab".equals(t.about())), "the same time standing alone");
        DateClaim first = new DateClaim("d", new Span(2, 8), "3 p.m.", "TIME", "2013-07-19T15:00", null, null, false,
                15905, 15905, null, null, null, List.of());
        assertFalse(Mentions.timeOfDay("a-3 p.m. on Friday", first), "joined to a word that opens the text");
        assertTrue(Mentions.timeOfDay("--3 p.m. on Friday", first), "a dash is no word");
    }

    @Test
    void aClockTimeTakesAHappeningNamedOnlyBesideADate() {
        DateClaim t = dates("Witnesses heard gunfire around 10:30 a.m. on the second floor.").stream()
                .filter(DateClaim::clock).findFirst().orElseThrow();
        assertEquals("around 10:30 a.m.", t.text());
        assertEquals("attack", t.about());
    }

    @Test
    void aJuryThatFoundAPersonGuiltyDatesAVerdict() {
        DateClaim d = date("Carmine Ostrava ran a chain of laundries. In March 2009 a jury found him guilty of tax fraud.", "March 2009");
        assertEquals("verdict", d.about(), "found him guilty is a verdict, though found alone dates itself");
        assertEquals(List.of("carmine ostrava"), d.participants());
        assertEquals("verdict", date("Ida Marsh ran a laundry. On Monday a court found her guilty of fraud.", "Monday").about(), "her");
        assertNull(date("Carmine Ostrava ran a chain of laundries. Police found him on Monday at a laundry.", "Monday").about(),
                "found alone is a finding, no verdict");
        assertEquals("verdict", Mentions.PASSING.get("found him guilty"));
    }

    @Test
    void theAndANounForOnePersonStandForThePersonNamedBeforeIt() {
        DateClaim d = date("Carmine Ostrava shot a deputy in 2005. In April 2007 the suspect was found guilty of murder.", "April 2007");
        assertEquals("verdict", d.about(), "found guilty is a verdict, though found alone dates itself");
        assertEquals(List.of("carmine ostrava"), d.participants());
        assertTrue(Happenings.REFERRING_NOUNS.contains("suspect"));
        assertFalse(Happenings.REFERRING_NOUNS.contains("victim"), "often one of several people");
        assertNull(date("Carmine Ostrava shot a deputy in 2005. In April 2007 a suspect was found guilty of murder.", "April 2007")
                .about(), "a suspect is someone not named before");
        assertEquals(List.of(), date("Carmine Ostrava shot a deputy in 2005. In April 2007 a gunman killed five people before a guard "
                + "killed the gunman.", "April 2007").participants(), "the gunman is the one the clause brought in");
        assertEquals(List.of(), date("Carmine Ostrava shot a deputy in 2005. In April 2007 an actor killed five people before a guard "
                + "killed the actor.", "April 2007").participants(), "brought in by \"an\"");
    }

    @Test
    void theAndAnAgeWrittenAsANounStandForThePersonNamedBeforeIt() {
        DateClaim d = date("Carmine Ostrava shot a deputy in 2005. In April 2007 the 41-year-old was indicted in Bergen.", "April 2007");
        assertEquals("charge", d.about());
        assertEquals(List.of("carmine ostrava"), d.participants(), "the 41-year-old");
        assertEquals(List.of("carmine ostrava"), date("Carmine Ostrava shot a deputy in 2005. In April 2007 The 41-year-old was "
                + "indicted in Bergen.", "April 2007").participants(), "written with a capital");
        assertNull(date("Carmine Ostrava shot a deputy in 2005. In April 2007 a 41-year-old was indicted in Bergen.", "April 2007")
                .about(), "a 41-year-old is someone not named before");
        assertNull(date("Carmine Ostrava shot a deputy in 2005. In April 2007 an 18-year-old was indicted in Bergen.", "April 2007")
                .about(), "brought in by \"an\"");
        assertNull(date("Carmine Ostrava shot a deputy in 2005. In April 2007 the 41-year old was indicted in Bergen.", "April 2007")
                .about(), "no hyphen between year and old: not read");
        assertNull(date("Carmine Ostrava shot a deputy in 2005. In April 2007 the 41-year-long feud was indicted in Bergen.",
                "April 2007").about(), "a length of years, no age");
        assertNull(date("Carmine Ostrava shot a deputy in 2005. In April 2007 the year-old firm was indicted in Bergen.",
                "April 2007").about(), "no number");
    }

    @Test
    void everyReferringNounStandsForThePersonNamedBeforeIt() {
        for (String n : Happenings.REFERRING_NOUNS) {
            DateClaim d = date("Carmine Ostrava ran a crew in Greenwich Village. In 1969 the " + n + " was indicted in New Jersey.", "1969");
            assertEquals(List.of("carmine ostrava"), d.participants(), n);
        }
    }

    @Test
    void datesMoreThanADayApartAreTheEventDateRulesToCompare() {
        DateClaim monday = day("Monday", LocalDate.of(2011, 1, 3), false);
        assertFalse(monday.moreThanADayFrom(day("Tuesday", LocalDate.of(2011, 1, 4), false)));
        assertFalse(day("Tuesday", LocalDate.of(2011, 1, 4), false).moreThanADayFrom(monday));
        assertFalse(monday.moreThanADayFrom(monday));
        assertTrue(monday.moreThanADayFrom(day("Wednesday", LocalDate.of(2011, 1, 5), false)));
        assertTrue(day("Wednesday", LocalDate.of(2011, 1, 5), false).moreThanADayFrom(monday));
        assertFalse(year(2011).moreThanADayFrom(monday), "a year holds the day");
    }

    @Test
    void aPhraseOfPlaceAddsNoDistanceBetweenAHappeningAndItsTimeAfterIt() {
        String roof = "The fire broke out in the roof of the old store at 8.49pm.";
        assertTrue(Mentions.near(roof, span(roof, "8.49pm"), span(roof, "fire")), "the verb that it took place, then its place");
        String two = "She was arrested at her home in Orvale on Wednesday.";
        assertTrue(Mentions.near(two, span(two, "Wednesday"), span(two, "arrested")), "two phrases of place");
        String into = "She checked into a small treatment center on Friday.";
        assertTrue(Mentions.near(into, span(into, "Friday"), span(into, "checked into")), "into a place");
        String where = "He died in the hospital where he was taken on Friday.";
        assertFalse(Mentions.near(where, span(where, "Friday"), span(where, "died")), "the phrase runs into another clause");
        String longer = "He died in the big old grey stone house by the lake on Friday.";
        assertFalse(Mentions.near(longer, span(longer, "Friday"), span(longer, "died")), "more than five words after the preposition");
        String before = "On Friday in the roof of the old store a fire broke out.";
        assertFalse(Mentions.near(before, span(before, "Friday"), span(before, "fire")), "only a place after the happening's word is left out");
        assertEquals(" at", Mentions.withoutPlaces(" in the roof of the store at "));
        assertEquals(" that occurred", Mentions.withoutPlaces(" that occurred in the neighborhood "));
        assertEquals(" in the hospital where he was taken on", Mentions.withoutPlaces(" in the hospital where he was taken on "));
        assertEquals(" in", Mentions.withoutPlaces(" in "), "a preposition with nothing after it is the date's");
        assertEquals(" on", Mentions.withoutPlaces(" in g b c d e on "), "five words");
        assertEquals(" in g b c d e f on", Mentions.withoutPlaces(" in g b c d e f on "), "six words");
        assertEquals(" in", Mentions.withoutPlaces(" in the a an b in "), "articles are not counted");
        assertEquals(" in the winter of", Mentions.withoutPlaces(" in the winter of "), "a phrase that holds the date");
        assertEquals(", police said on", Mentions.withoutPlaces(" in Orvale, police said on "), "a comma ends a phrase and stays");
        String comma = "The blaze, which broke out on the roof of the store at about 8.40pm, spread.";
        assertTrue(Mentions.near(comma, span(comma, "about 8.40pm"), span(comma, "blaze")), "a clause that says only that it took place");
        String said = "The blaze broke out in Orvale, police said on Friday.";
        assertFalse(Mentions.near(said, span(said, "Friday"), span(said, "blaze")), "a comma after the place");
    }

    @Test
    void aVerbThatSaysOnlyThatTheHappeningTookPlaceAddsNoDistance() {
        String had = "She told us of a shooting that had happened the previous day.";
        assertTrue(Mentions.near(had, span(had, "the previous day"), span(had, "shooting")));
        String occurred = "Two were grazed in a shooting that occurred on Elm Street Monday.";
        assertTrue(Mentions.near(occurred, span(occurred, "Monday"), span(occurred, "shooting")), "with a phrase of place after it");
        String happened = "The crash happened shortly after 7 p.m.";
        assertTrue(Mentions.near(happened, span(happened, "7 p.m."), span(happened, "crash")));
        String other = "He asked about a shooting that had worried the whole town on Monday.";
        assertFalse(Mentions.near(other, span(other, "Monday"), span(other, "shooting")), "another verb counts");
        assertEquals("", Mentions.withoutOccurrence(" that had taken place ").strip());
        assertEquals("at", Mentions.withoutOccurrence(", which broke out at").strip(), "a clause of its own after a comma");
        assertEquals(", police said at", Mentions.withoutOccurrence(", police said at").strip());
        assertEquals(" that occurredly", Mentions.withoutOccurrence(" that occurredly"), "a whole word only");
        assertEquals(" had a fight that occurred", Mentions.withoutOccurrence(" had a fight that occurred"), "only right after the noun");
        for (String v : Mentions.OCCURRENCE_VERBS) {
            assertEquals("", Mentions.withoutOccurrence(" that " + v + " ").strip(), v);
        }
    }

    private static String alarmOf(String text, String time) {
        return Mentions.alarm(text, span(text, time));
    }

    @Test
    void aClockTimeBesideAnAlarmAboutAHappeningIsTheAlarmsTime() {
        assertEquals("report of the fire", alarmOf("The fire was reported at 3:33 a.m. and is under investigation.", "3:33 a.m."));
        assertEquals("report of the attack", alarmOf("Gunfire was reported at about 3 p.m. in the area.", "about 3 p.m."));
        assertEquals("report of the fire", alarmOf("Crews were alerted to the fire on the roof of the mill at 21:15 GMT.", "21:15"));
        assertEquals("report of the fire", alarmOf("A neighbour reported a blaze shortly after 3:30 a.m.", "shortly after 3:30 a.m."));
        assertEquals("report of the fire", alarmOf("Crews were called to a fire at the Marlow store just after 6am.", "just after 6am"));
        assertEquals("report of the crash", alarmOf("Police responded to the Lindor Road crash at 7:01 p.m.", "7:01 p.m."));
        assertEquals("report of the fire", alarmOf("The fire had been spotted at 9pm.", "9pm"));
        assertNull(alarmOf("Firefighters were called to the church at about 9:40 p.m.", "about 9:40 p.m."), "no happening's word");
        assertNull(alarmOf("The fire was reported. At 9pm crews arrived.", "9pm"), "another sentence");
        assertNull(alarmOf("The fire broke out at 9pm.", "9pm"), "no alarm verb");
        assertNull(alarmOf("The fire was reported to the council, which met for a long session and voted at 9pm.", "9pm"),
                "the time too far from the alarm");
        assertNull(alarmOf("The old man was reported missing at 9pm.", "9pm"), "the subject names no happening");
        assertNull(alarmOf("A misfire was reported at 9pm.", "9pm"), "a whole word only");
        for (String v : Mentions.ALARM_VERBS) {
            assertEquals("report of the fire", alarmOf("The fire was " + v + " at 9pm.", "9pm"), v);
        }
    }

    @Test
    void everyPlacePrepositionOpensAPhraseAndEveryClauseWordEndsOne() {
        for (String p : Mentions.PLACE_PREPOSITIONS) {
            assertEquals(" at", Mentions.withoutPlaces(" " + p + " the old house at "), p);
        }
        for (String w : Mentions.CLAUSE_WORDS) {
            assertEquals(" in the house " + w + " at", Mentions.withoutPlaces(" in the house " + w + " at "), w);
        }
    }

    @Test
    void fourDigitsWithAZoneAfterThemAreATimeOfDay() {
        DateClaim t = new DateClaim("d", new Span(9, 13), "2045", "TIME", "2013-07-19T20:45", null, null, false,
                15905, 15905, null, null, null, List.of());
        assertTrue(Mentions.timeOfDay("at about 2045 GMT on Friday", t));
        assertFalse(Mentions.timeOfDay("at about 2045 XYZ on Friday", t), "no zone");
        assertFalse(Mentions.timeOfDay("at about 2045 on Friday", t), "nothing after them");
        DateClaim late = new DateClaim("d", new Span(9, 13), "2445", "TIME", "2013-07-19T20:45", null, null, false,
                15905, 15905, null, null, null, List.of());
        assertFalse(Mentions.timeOfDay("at about 2445 GMT on Friday", late), "no hour of a day");
        DateClaim bare = new DateClaim("d", new Span(3, 7), "1630", "TIME", "2013-07-19T16:30", null, null, false,
                15905, 15905, null, null, null, List.of());
        assertTrue(Mentions.timeOfDay("at 1630 BST", bare), "the zone ends the text");
    }

    @Test
    void everyGameClockWordEndsATimeOfDay() {
        for (String w : Mentions.GAME_CLOCK_WORDS) {
            String text = "at 3 p.m. " + w + " now";
            DateClaim t = new DateClaim("d", new Span(3, 9), "3 p.m.", "TIME", "2013-07-19T15:00", null, null, false,
                    15905, 15905, null, null, null, List.of());
            assertFalse(Mentions.timeOfDay(text, t), w);
        }
        DateClaim t = new DateClaim("d", new Span(3, 9), "3 p.m.", "TIME", "2013-07-19T15:00", null, null, false,
                15905, 15905, null, null, null, List.of());
        assertTrue(Mentions.timeOfDay("at 3 p.m. on Friday", t));
    }

    private static DateClaim clockAt(String text, String words) {
        int at = text.indexOf(words);
        return new DateClaim("d", new Span(at, at + words.length()), words, "TIME", "2013-07-19T20:00", null, null, false,
                15905, 15905, null, null, null, List.of());
    }

    @Test
    void aHedgeIsAWholeWordJustBeforeTheTime() {
        assertEquals("about 8 p.m.", Mentions.hedged("about 8 p.m. it began", clockAt("about 8 p.m. it began", "8 p.m.")).text(),
                "a hedge that opens the text");
        assertEquals("8 p.m.", Mentions.hedged("thereabout 8 p.m.", clockAt("thereabout 8 p.m.", "8 p.m.")).text(),
                "the end of another word is no hedge");
        assertEquals("8 p.m.", Mentions.hedged("about  8 p.m.", clockAt("about  8 p.m.", "8 p.m.")).text(),
                "one space between hedge and time");
        assertEquals("shortly after 8 p.m.", Mentions.hedged("It began shortly after 8 p.m.", clockAt("It began shortly after 8 p.m.", "8 p.m.")).text(),
                "the longest hedge");
        assertEquals("8 p.m. GMT", Mentions.hedged("It began at 8 p.m. GMT.", clockAt("It began at 8 p.m. GMT.", "8 p.m.")).text());
        assertEquals("8 p.m.", Mentions.hedged("It began at 8 p.m. AND spread", clockAt("It began at 8 p.m. AND spread", "8 p.m.")).text(),
                "capitals that are no zone");
    }

    @Test
    void aTimeOfDaySaysSo() {
        assertTrue(Mentions.timeOfDay("at 9:10 hours on Monday", clockAt("at 9:10 hours on Monday", "9:10")));
        assertTrue(Mentions.timeOfDay("at 9:10 hrs on Monday", clockAt("at 9:10 hrs on Monday", "9:10")));
        assertFalse(Mentions.timeOfDay("at 9:10 on Monday", clockAt("at 9:10 on Monday", "9:10")));
        assertTrue(Mentions.timeOfDay("at 21:10 on Monday", clockAt("at 21:10 on Monday", "21:10")));
        assertTrue(Mentions.timeOfDay("at noon on Monday", clockAt("at noon on Monday", "noon")));
    }

    @Test
    void aClockTimeThatNamesItsDayKeepsItsPeople() {
        DateClaim t = dates("Carmine Ostrava was arrested at 3 p.m. Friday in Springfield.").stream()
                .filter(DateClaim::clock).findFirst().orElseThrow();
        assertEquals("arrest", t.about());
        assertEquals(List.of("carmine ostrava"), t.participants());
        DateClaim bare = dates("Carmine Ostrava was arrested at 3 p.m. in Springfield.").stream()
                .filter(DateClaim::clock).findFirst().orElseThrow();
        assertEquals("arrest", bare.about());
        assertEquals(List.of(), bare.participants());
    }

    @Test
    void itOrTheIncidentWithAVerbOfTakingPlaceIsTheHappeningTheSentenceBeforeNamed() {
        DateClaim it = date("Carmine Ostrava saw a blaze destroy the depot. It broke out in the roof at about 9 p.m.", "about 9 p.m.");
        assertEquals("fire", it.about());
        DateClaim incident = date("A blaze destroyed the depot. The incident had occurred shortly after 9 p.m.", "shortly after 9 p.m.");
        assertEquals("fire", incident.about());
        DateClaim first = date("A quake struck the town and a blaze destroyed the depot. It happened at 9 p.m.", "9 p.m.");
        assertEquals("quake", first.about(), "the first happening the sentence before names");
        assertEquals("quake", date("A quake shook the island. It hit at 1:53 p.m. local time, the agency reported.", "1:53 p.m. local time").about(),
                "'hit' says it took place, as 'struck' does");
        assertNull(date("A blaze destroyed the depot. It spread at about 9 p.m.", "9 p.m.").about(), "a verb that says more");
        assertNull(date("The depot stood empty. It happened at about 9 p.m.", "9 p.m.").about(), "nothing named before");
        assertNull(date("A blaze destroyed the depot. The man happened to pass at about 9 p.m.", "9 p.m.").about(),
                "a noun that is no happening");
        assertNull(date("A blaze destroyed the depot. At 9 p.m. it happened again.", "9 p.m.").about(), "the time before the verb");
        assertNull(date("A blaze destroyed the depot. It broke out, Carmine Ostrava said at 9 p.m.", "9 p.m.").about(),
                "a comma between the verb and the time");
        assertEquals("fire", date("A blaze destroyed the depot. It broke out at 9 p.m., police said.", "9 p.m.").about(),
                "a saying past a comma does not take the time");
        DateClaim own = date("A blaze destroyed the depot. It broke out in the yard as police confirmed at 9 p.m.", "9 p.m.");
        assertNull(own.about(), "a verb with a date of its own nearer than the verb of taking place");
    }

    @Test
    void aCopulaRightBeforeADateThatEndsItsClauseSaysWhenTheHappeningBeforeWas() {
        assertEquals("fire", date("A blaze destroyed the depot. It was at about 9 p.m.", "about 9 p.m.").about());
        DateClaim day = date("A blaze destroyed the depot. It was on Sunday.", "Sunday");
        assertEquals("fire", day.about(), "a day of the happening the sentence before named");
        assertEquals(List.of(), day.participants());
        assertEquals("fire", date("A blaze destroyed the depot. It was Sunday, police said.", "Sunday").about(), "no word between");
        assertNull(date("A blaze destroyed the depot. It was Sunday and the town slept.", "Sunday").about(), "the date does not end its clause");
        assertNull(date("A blaze destroyed the depot. The depot was quiet on Sunday.", "Sunday").about(), "a word that says more");
        assertNull(date("A blaze destroyed the depot. It was, police said, on Sunday.", "Sunday").about(), "a comma before the date");
        assertNull(date("A blaze destroyed the depot. It was quiet on Sunday.", "Sunday").about(), "two words between");
        assertNull(date("A blaze destroyed the depot. It was, on Sunday, put out.", "Sunday").about(), "a comma between the copula and the date");
        assertNull(date("The depot stood empty. It was on Sunday.", "Sunday").about(), "nothing named before");
    }

    @Test
    void theNounTheSentenceBeforeNamedStandsForItsHappening() {
        assertEquals("fire", date("A blaze caused downtime at the mill. The downtime began at about 8:30 a.m.", "about 8:30 a.m.").about());
        assertEquals("fire", date("A blaze caused power cuts in the town. The cut began at about 8:30 a.m.", "about 8:30 a.m.").about(),
                "the word without its plural s");
        assertEquals("fire", date("A blaze caused a power cut in the town. The cuts began at about 8:30 a.m.", "about 8:30 a.m.").about(),
                "the word with a plural s");
        assertNull(clockIn("A blaze caused downtime at the mill. The crew began at about 8:30 a.m.").about(),
                "a noun the sentence before does not name");
        assertNull(clockIn("A blaze caused downtime at the Ox mill. The Ox began at about 8:30 a.m.").about(),
                "a name is no noun that refers back");
        assertNull(clockIn("A blaze caused downtime at the mill. A downtime began at about 8:30 a.m.").about(),
                "no referring determiner");
    }

    @Test
    void anOpeningAttributionIsPassedOverBeforeTheWordsThatReferBack() {
        assertEquals("fire", date("A blaze destroyed the depot. According to police, it broke out at 9 p.m.", "9 p.m.").about());
        DateClaim day = date("A blaze destroyed the depot. According to the chief, the incident happened on Sunday.", "Sunday");
        assertEquals("fire", day.about());
        assertEquals(Map.of("Sunday", Mentions.TIED), whyUntied("A blaze destroyed the depot. According to police, the incident happened on Sunday."));
        assertNull(date("A blaze destroyed the depot. According to police it broke out at 9 p.m.", "9 p.m.").about(), "no comma after the teller");
        assertNull(date("A blaze destroyed the depot. As reported by police, it broke out at 9 p.m.", "9 p.m.").about(), "another opening");
    }

    private static DateClaim clockIn(String body) {
        return dates(body).stream().filter(DateClaim::clock).findFirst().orElseThrow();
    }

    @Test
    void aSentenceThatGoesOnAboutThePersonWhoseHappeningTheSentenceBeforeDatedTakesItsClockTime() {
        DateClaim t = clockIn("Carmine Ostrava was detained on Sunday in Springfield. Ostrava failed a breath test at about 1 a.m. "
                + "on Route 9, a trooper said.");
        assertEquals("arrest", t.about(), "the surname opens the sentence; the attribution after a comma does not count");
        assertEquals("about 1 a.m.", t.text());
        assertEquals(List.of(), t.participants(), "a bare clock time keeps no people");
        assertEquals("arrest", clockIn("Carmine Ostrava was detained on Sunday in Springfield. He failed a breath test "
                + "shortly after 1 a.m.").about(), "a pronoun for the person");
        assertEquals("arrest", clockIn("Carmine Ostrava was detained on Sunday in Springfield. Carmine Ostrava, 41, failed "
                + "a breath test at 1 a.m.").about(), "the full name");
    }

    @Test
    void aClockTimeIsNotTakenByTheSentenceBeforeWhenItsOwnSentenceSaysMoreOrNamesAnotherDay() {
        assertNull(clockIn("Carmine Ostrava was detained on Sunday in Springfield. Ostrava was released at 5 p.m.").about(),
                "a happening's word of its own");
        assertNull(clockIn("Carmine Ostrava was detained on Sunday in Springfield. Ostrava told reporters at 5 p.m. he was calm.")
                .about(), "a verb with a date of its own");
        assertNull(clockIn("Carmine Ostrava was detained on Sunday in Springfield. The road was closed. Ostrava sat in a cell "
                + "at 5 p.m.").about(), "not the sentence right before");
        assertNull(clockIn("Carmine Ostrava was detained on Sunday in Springfield. Police said Ostrava sat in a cell at 5 p.m.")
                .about(), "the person is not the sentence's opening");
        assertNull(clockIn("Carmine Ostrava was detained on Sunday in Springfield. Ruth Amsel sat in a cell at 5 p.m.").about(),
                "another person");
        assertNull(clockIn("Carmine Ostrava was detained on Dec. 18 in Springfield. Ostrava sat in a cell at 5 p.m. Dec. 20.")
                .about(), "another day named");
        DateClaim sameDay = clockIn("Carmine Ostrava was detained on Dec. 18 in Springfield. Ostrava sat in a cell at 5 p.m. Dec. 18.");
        assertEquals("arrest", sameDay.about(), "the same day named");
        assertEquals(List.of("carmine ostrava"), sameDay.participants(), "a time that names its day keeps its people");
        assertNull(clockIn("Carmine Ostrava ran a depot in Springfield. Ostrava sat in his office at 5 p.m.").about(),
                "no date tied before");
        assertNull(clockIn("Carmine Ostrava was detained on Dec. 12 and was indicted on Dec. 18. Ostrava sat in a cell at 5 p.m.")
                .about(), "the sentence before dates two kinds for the person");
        List<DateClaim> two = dates("Carmine Ostrava was detained at 3 p.m. Dec. 18 in Springfield. Ostrava sat in a cell at 5 p.m.");
        assertEquals("arrest", two.stream().filter(c -> c.text().equals("3 p.m. Dec. 18")).findFirst().orElseThrow().about());
        assertNull(two.stream().filter(c -> c.text().equals("5 p.m.")).findFirst().orElseThrow().about(),
                "a time the sentence before gives is a moment of its own");
    }

    @Test
    void aVerbWithADateOfItsOwnTakesTheTimeOnlyOnItsSideOfAComma() {
        assertNull(date("A blaze destroyed the depot. It happened as confirmed at 9 p.m.", "9 p.m.").about(), "nearer");
        assertNull(date("A blaze destroyed the depot. It happened at 9 p.m. police confirmed.", "9 p.m.").about(), "as near");
        assertEquals("fire", date("A blaze destroyed the depot. It happened at 9 p.m., police confirmed.", "9 p.m.").about(),
                "past a comma");
        assertEquals("", Mentions.between("ab", new Span(0, 1), new Span(1, 2)));
        assertEquals(" x ", Mentions.between("a x b", new Span(4, 5), new Span(0, 1)), "the word before the date");
    }

    @Test
    void theHappeningNamedBeforeMayOpenItsSentenceAndTheClausesOwnMayCloseIt() {
        assertEquals("fire", date("Fire destroyed the depot. It happened at 9 p.m.", "9 p.m.").about(), "a trigger opening the sentence before");
        assertNull(date("A quake struck the town. It happened at 9 p.m. as dozens of people watched the blaze; none fled.", "9 p.m.")
                .about(), "a happening of its own at the clause's end");
        assertEquals("fire", date("A blaze destroyed the depot. It happened 20:49.", "20:49").about(), "a time with no letters");
    }

    @Test
    void everyGenericNounStandsForTheHappeningNamedBefore() {
        for (String n : Happenings.GENERIC_NOUNS) {
            DateClaim d = date("A blaze destroyed the depot. The " + n + " happened at about 9 p.m.", "about 9 p.m.");
            assertEquals("fire", d.about(), n);
            DateClaim that = date("A blaze destroyed the depot. That " + n + " took place at about 9 p.m.", "about 9 p.m.");
            assertEquals("fire", that.about(), n);
        }
    }

    @Test
    void aClauseOpenedByWhenRightAfterADateIsItsHappening() {
        DateClaim d = date("Carmine Ostrava lost his depot on Tuesday, when a blaze destroyed it.", "Tuesday");
        assertEquals("fire", d.about());
        assertEquals(List.of("carmine ostrava"), d.participants());
        String when = "She was walking home at about 7 p.m. when she was struck by a blaze.";
        assertFalse(Mentions.near(when, span(when, "about 7 p.m."), span(when, "blaze")), "four words after when");
        String close = "He lost his depot on Tuesday, When a blaze destroyed it.";
        assertTrue(Mentions.near(close, span(close, "Tuesday"), span(close, "blaze")), "any case");
        String later = "He lost his depot on Tuesday and later when a blaze destroyed it.";
        assertFalse(Mentions.near(later, span(later, "Tuesday"), span(later, "blaze")), "when after other words");
        String whence = "He lost his depot on Tuesday, whence a blaze spread.";
        assertFalse(Mentions.near(whence, span(whence, "Tuesday"), span(whence, "blaze")), "a whole word only");
        String before = "When a blaze broke out on Tuesday, he left.";
        assertTrue(Mentions.near(before, span(before, "Tuesday"), span(before, "blaze")), "before the date, as before");
        assertEquals("arrest", date("Carmine Ostrava was arrested on Tuesday, when a blaze destroyed the depot.", "Tuesday").about(),
                "the clause's own happening, nearer, wins");
    }

    @Test
    void aPlaceBetweenATimeAndItsWhenAddsNoDistance() {
        String route = "He was driving at about 1 a.m. on Route 9 when the police stopped him.";
        assertTrue(Mentions.near(route, span(route, "about 1 a.m."), span(route, "stopped him")), "the place, then when");
        assertEquals(" the police ", Mentions.afterPlaceAndWhen(" on Route 9 when the police "));
        assertEquals(" the police ", Mentions.afterPlaceAndWhen(" on Route 9, when the police "), "a comma before when");
        assertEquals(" police", Mentions.afterPlaceAndWhen(" on Route 9 near the Alder exit when police"),
                "a second phrase of place and articles add no words");
        assertEquals(" x", Mentions.afterPlaceAndWhen(" in b c d e f when x"), "five words");
        assertNull(Mentions.afterPlaceAndWhen(" in b c d e f g when x"), "six words");
        assertNull(Mentions.afterPlaceAndWhen(" in when x"), "no place before when");
        assertNull(Mentions.afterPlaceAndWhen(" on when"), "too short");
        assertNull(Mentions.afterPlaceAndWhen(" after lunch when x"), "no preposition of place");
        assertNull(Mentions.afterPlaceAndWhen(" on Route 9 and later when x"), "a clause word before when");
        assertNull(Mentions.afterPlaceAndWhen(" on Route 9, later when x"), "a comma inside the place");
        assertNull(Mentions.afterPlaceAndWhen(" on Route 9. when x"), "a stop before when");
        assertNull(Mentions.afterPlaceAndWhen(" on Route 9 x"), "no when");
        String far = "He was driving at about 1 a.m. on Route 9 when the county highway patrol officers stopped him.";
        assertFalse(Mentions.near(far, span(far, "about 1 a.m."), span(far, "stopped him")), "four words after when");
        DateClaim stop = date("Carmine Ostrava was driving his van at about 1 a.m. on Route 9 when police stopped him.", "about 1 a.m.");
        assertEquals("stop", stop.about());
    }

    @Test
    void aTimeMeasuredFromAHappeningAfterItIsNotItsTime() {
        String before = "It was four years before he broke cover.";
        assertFalse(Mentions.near(before, span(before, "four years before"), span(before, "broke cover")));
        String after = "He left the day after the blaze.";
        assertFalse(Mentions.near(after, span(after, "the day after"), span(after, "blaze")));
        String comma = "The day before, a blaze destroyed the hall.";
        assertTrue(Mentions.near(comma, span(comma, "The day before"), span(comma, "blaze")), "a comma: the date stands alone");
        String later = "Two days later he was arrested.";
        assertTrue(Mentions.near(later, span(later, "Two days later"), span(later, "arrested")), "later: the happening's own time");
        String behind = "A blaze broke out the day before.";
        assertTrue(Mentions.near(behind, span(behind, "the day before"), span(behind, "blaze")), "the happening's word before the date");
        String word = "On Friday beforehand a blaze broke out.";
        assertTrue(Mentions.near(word, span(word, "On Friday beforehand"), span(word, "blaze")), "a whole word only");
    }

    @Test
    void aHeadingBeforeAPhraseOfPlaceIsPartOfIt() {
        assertEquals(" for speeding at", Mentions.withoutPlaces(" for speeding westbound on Route 9 at "));
        assertEquals(" at", Mentions.withoutPlaces(" east on Main Street at "));
        assertEquals(" at", Mentions.withoutPlaces(" north-bound on Main Street at "));
        assertEquals(" westbound at", Mentions.withoutPlaces(" westbound at "), "no place after it");
        assertEquals(" westbound on", Mentions.withoutPlaces(" westbound on "), "a preposition with nothing after it");
        assertEquals(" homebound on Main Street at".replace(" on Main Street", ""), Mentions.withoutPlaces(" homebound on Main Street at "),
                "no heading: the place alone goes");
        assertTrue(Mentions.heading("Westbound"));
        assertTrue(Mentions.heading("south-bound"));
        assertTrue(Mentions.heading("west"));
        assertFalse(Mentions.heading("homebound"));
        assertFalse(Mentions.heading("bound"));
        assertFalse(Mentions.heading("westward"));
        String stop = "Carmine Ostrava was stopped for speeding westbound on Route 9 at approximately 1:30 a.m.";
        assertEquals("stop", date(stop, "approximately 1:30 a.m.").about());
    }

    @Test
    void aTownsStateOrCountryBetweenCommasIsPartOfItsPlace() {
        assertEquals(" on", Mentions.withoutPlaces(" in Rancho Mirage, Calif., on "));
        assertEquals(" on", Mentions.withoutPlaces(" in Lindor, New South Wales, on "), "three words");
        assertEquals(", New South Wales Province, on", Mentions.withoutPlaces(" in Lindor, New South Wales Province, on "),
                "four words are no state");
        assertEquals(", police said on", Mentions.withoutPlaces(" in Lindor, police said on "));
        assertEquals(", Greece police said on", Mentions.withoutPlaces(" in Lindor, Greece police said on "), "no comma after it");
        assertEquals(2, Mentions.regionEnd(new String[] {"x", "Calif.,", "on"}, 1));
        assertEquals(1, Mentions.regionEnd(new String[] {"x", "Calif.", "on"}, 1), "no closing comma");
        assertEquals(3, Mentions.regionEnd(new String[] {"x", "", "Calif.,"}, 1) + 2, "an empty word is no state");
        assertEquals(1, Mentions.regionEnd(new String[] {"x"}, 1), "nothing after the town");
        DateClaim d = date("Carmine Ostrava died in Rancho Mirage, Calif., on Thursday, for all we know, his agent confirms.", "Thursday");
        assertEquals("death", d.about(), "the state's commas do not part the death from its day, the saying's does");
        DateClaim said = date("Carmine Ostrava died in Rancho Mirage, police confirm on Thursday.", "Thursday");
        assertNull(said.about(), "a saying after the town's comma");
    }

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void aChargeAfterAPleaOrAVerdictAddsNoDistance() {
        assertEquals(" in ", Mentions.withoutCharge(" to obstruction of justice in "));
        assertEquals(" in ", Mentions.withoutCharge(" of tax-law fraud in "));
        assertEquals(" of killing a guard in ", Mentions.withoutCharge(" of killing a guard in "), "a verb's charge stays");
        assertEquals(" fraud in ", Mentions.withoutCharge(" to one count of wire fraud in "), "four words at most");
        assertEquals(" in Lindor ", Mentions.withoutCharge(" in Lindor "), "no to, of or with");
        assertEquals(" to ", Mentions.withoutCharge(" to "), "no words after it");
        assertEquals(" with Ana in ", Mentions.withoutCharge(" with Ana in "), "a name is no charge");
        assertTrue(Mentions.CHARGE_VERBS.contains("guilty"));
    }

    @Test
    void theDoerAfterByIsTakenOutOfTheWordsBeforeADate() {
        assertEquals(" on ", Mentions.withoutAgent(" by a stray bullet on "));
        assertEquals(" on ", Mentions.withoutAgent(" by the Lindor County Harbour Police on "), "a name of several words is one");
        assertTrue(Mentions.withoutAgent(" by the Harbour Police ").isBlank(), "the doer right before the date");
        assertEquals(" in Lindor ", Mentions.withoutAgent(" by an officer in Lindor "), "a place after the doer stays");
        assertEquals(" on ", Mentions.withoutAgent(" by two officers on "), "three words at most: two");
        assertEquals(" on ", Mentions.withoutAgent(" by three armed officers on "), "three words");
        assertEquals(" by four tall armed officers on ", Mentions.withoutAgent(" by four tall armed officers on "), "more than three words");
        assertEquals(" by ", Mentions.withoutAgent(" by "), "the date's own by");
        assertEquals(" by the ", Mentions.withoutAgent(" by the "), "an article only is no doer");
        assertEquals(" by running on ", Mentions.withoutAgent(" by running on "), "a verb in -ing is no doer");
        assertEquals(" by police, on ", Mentions.withoutAgent(" by police, on "), "a comma ends the part");
        assertEquals(" by police after ", Mentions.withoutAgent(" by police after "), "a clause word after the doer");
        assertEquals(" by a jury sitting in ", Mentions.withoutAgent(" by a jury sitting in "), "a verb in -ing after the doer");
        assertEquals(" after the police on ", Mentions.withoutAgent(" after the police on "), "no by");
        assertEquals(" by 2pm on ", Mentions.withoutAgent(" by 2pm on "), "a figure is no doer");
        assertEquals(" on ", Mentions.withoutAgent(" by police on "));
        assertEquals(" on", Mentions.withoutAgent(" by police on"), "no space after, none added");
        assertTrue(Mentions.withoutAgent(" by police ").isBlank(), "one word of doer right before the date");
        assertEquals(" on ", Mentions.withoutAgent(" by a big armed squad on "), "articles do not count towards the three");
    }

    @Test
    void aWeekdayThatNamesItsHappeningIsMarkedWithoutPeople() {
        DateClaim d = date("Two guards linked to Saturday's shooting were arrested.", "Saturday");
        assertEquals("attack", d.family());
        assertEquals(List.of(), d.participants());
        assertEquals("attack", date("Two guards linked to Saturday\u2019s deadly shooting were arrested.", "Saturday").family());
        assertNull(date("Two officers were arrested on Saturday after the shooting.", "Saturday").about(), "no possessive, no one named");
        assertNull(date("Two guards linked to Saturday's very big loud shooting were arrested.", "Saturday").about(),
                "more than two words between");
        assertNull(date("Guards linked to Saturday's shooting were held. Earlier on Friday a shooting wounded a guard.", "Saturday").about(),
                "another day tied to a shooting in the document");
        assertEquals("attack", date("Guards linked to Saturday's shooting were held. On Friday a crowd marched past the shooting site.", "Saturday").family(),
                "another day far from its happening's word does not count");
        assertTrue(Mentions.possessive("Saturday's shooting", new Span(0, 8), new Span(11, 19)));
        assertFalse(Mentions.possessive("the shooting Saturday's", new Span(13, 21), new Span(4, 12)), "the word before the date");
    }

    @Test
    void aWeekdayThatNamesItsHappeningIsSetAgainstTheOtherDaysOfItsFamily() {
        String named = "Ostrava was shot dead on Friday. Two guards held after Saturday's shooting were questioned.";
        assertNull(date(named, "Friday").about(), "a named day and an unnamed one of the same family, days apart");
        assertNull(date(named, "Saturday").about());
        String same = "Ostrava was shot dead on Saturday. Two guards held after Saturday's shooting were questioned.";
        assertEquals(List.of("carmine ostrava"), date(same, "Saturday").participants(), "the same day: both kept");
        DateClaim possessive = dates(same).stream().filter(c -> c.text().equals("Saturday")).toList().get(1);
        assertEquals("attack", possessive.family());
        assertEquals(List.of(), possessive.participants());
        String two = "Two guards held after Saturday's shooting were questioned. Friday's shooting wounded a guard.";
        assertNull(date(two, "Saturday").about(), "two unnamed days of one family");
        assertNull(date(two, "Friday").about());
        String people = "Ostrava was shot dead on Friday. Ruth Amsel was shot on Saturday.";
        assertEquals(List.of("carmine ostrava"), date(people, "Friday").participants(), "named days of different people");
        assertEquals(List.of("ruth amsel"), date(people, "Saturday").participants());
        String families = "Two guards held after Saturday's shooting were questioned. Ruth Amsel was arrested on Friday.";
        assertEquals("attack", date(families, "Saturday").family(), "another family's day");
        assertEquals("arrest", date(families, "Friday").family());
        String toldOnly = "Ostrava was shot dead on Friday. Earlier on Thursday a shooting wounded a guard.";
        assertEquals("shooting", date(toldOnly, "Friday").about(), "a named day is not set against the days only told");
        assertNull(date(toldOnly, "Thursday").about());
    }

    @Test
    void aClockTimeIsNotAnotherDayOfAnUnnamedWeekday() {
        String after = "Two guards held after Saturday's shooting were questioned. At 9 p.m. on Friday a shooting wounded a guard.";
        assertEquals("attack", date(after, "Saturday").family());
        assertEquals("attack", date(after, "9 p.m. on Friday").family());
        String before = "At 9 p.m. on Friday a shooting wounded a guard. Two guards held after Saturday's shooting were questioned.";
        assertEquals("attack", date(before, "Saturday").family());
        assertEquals("attack", date(before, "9 p.m. on Friday").family());
    }

    @Test
    void aPassiveVerbKeepsItsDateAcrossItsDoer() {
        assertEquals("arrest", date("Ostrava was arrested by the Harbour Police on Tuesday.", "Tuesday").about());
        assertEquals(List.of("carmine ostrava"), date("Ostrava was arrested by the Harbour Police on Tuesday.", "Tuesday").participants());
        assertNull(date("Ostrava was arrested by a squad of six armed harbour officers on Tuesday.", "Tuesday").about());
    }

    private static Map<String, String> whyUntied(String body) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Mentions.whyUntied(d).forEach((c, r) -> out.put(c.text(), r));
        return out;
    }

    @Test
    void whyADateIsTiedToNoHappeningIsTheReadersOwnDecision() {
        assertEquals(Map.of("1969", Mentions.TIED), whyUntied("Ostrava was indicted in 1969 in New Jersey."));
        assertEquals(Map.of("Tuesday", "no happening's word in its sentence"), whyUntied("The weather was mild on Tuesday."));
        assertEquals(Map.of("Tuesday", "a happening's word only outside its clause"),
                whyUntied("The weather was mild on Tuesday; the fire was out."));
        assertEquals(Map.of("Tuesday", "a verb with a date of its own"), whyUntied("The company said on Tuesday that it would close."));
        assertEquals(Map.of("Monday", "inside a quotation"), whyUntied("\"We met on Monday,\" Ostrava said."));
        assertEquals("not a day: a span, a set or a hedged date", whyUntied("He lived there for three years.").get("three years"));
        assertEquals(Map.of("this year", "not a day: relative or wide, not resolved"), whyUntied("Sales fell this year."));
        assertEquals(Map.of("Monday", "the happening's word too far"),
                whyUntied("Ostrava was arrested in Ohio, where he had moved with his two sisters and their many cats and dogs, on Monday."));
        assertEquals(Map.of("Monday", "a clause naming no one"), whyUntied("A fire broke out on Monday."));
        assertEquals(Map.of("Monday", "two days of one kind", "Tuesday", "two days of one kind"),
                whyUntied("Ostrava was arrested on Monday and Tuesday."));
        assertEquals(15, Mentions.UNTIED_REASONS.size());
    }

    @Test
    void askingWhyChangesNoClaim() {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt",
                HEAD + "Ostrava was arrested on Monday and Tuesday. He was indicted in 1969.\n", List.of())));
        Map<DateClaim, String> why = Mentions.whyUntied(d);
        assertEquals(java.util.Set.copyOf(d.claims().stream().filter(DateClaim.class::isInstance).toList()), why.keySet(),
                "every date claim of the document");
        assertEquals(d.claims(), Mentions.mark(d).claims(), "marking again ties the same dates");
    }

    @Test
    void aSaleIsDatedAcrossItsObjectAndPriceAndAReportedPriceIsNoVerb() {
        // Thirty-seventh session: the price closes the verb's phrase, and "a reported" sum tells of no reporting.
        DateClaim d = date("Carmine Ostrava sold two of his Ohio gravel pits for a reported $4 million in 1962.", "1962");
        assertEquals("sale", d.about());
        assertEquals(List.of("carmine ostrava"), d.participants());
        assertEquals("sale", date("Carmine Ostrava sold the bakery for $900,000 in 1971.", "1971").about());
        assertNotEquals("sale", date("Carmine Ostrava sold the bakery in Dayton, then bought a farm for $9 million in 1971.", "1971").about(),
                "a comma parts the sale from the farm's price and date");
        assertNotEquals("sale", date("Carmine Ostrava sold the bakery and all of its old delivery vans to a chain from Toledo for "
                + "a reported $2 million in 1971.", "1971").about(), "an object longer than the price rule reaches");
        assertNotEquals("sale", date("Carmine Ostrava sold the bakery for a reported $2 million, and in 1971 he moved.", "1971").about(),
                "the date is past the price's comma");
    }

    @Test
    void aVerbAfterItsSubjectStillDatesItself() {
        assertNull(date("Carmine Ostrava reported the theft of his car on Monday.", "Monday").about(), "a verb dates itself");
    }

    @Test
    void theNounOfABodysActKeysTheKindItsVerbKeys() {
        // Thirty-seventh session: "the 2003 approval" and "approved in 2003" name one kind of happening.
        assertEquals("approval", Mentions.DATED_NOUNS.get("approval"));
        assertEquals("proposal", Mentions.DATED_NOUNS.get("proposal"));
        assertEquals("adoption", Mentions.DATED_NOUNS.get("adoption"));
        assertEquals(Mentions.PASSING.get("approved"), Mentions.DATED_NOUNS.get("approval"));
        assertEquals(Mentions.PASSING.get("proposed"), Mentions.DATED_NOUNS.get("proposal"));
        assertEquals(Mentions.PASSING.get("finalized"), Mentions.DATED_NOUNS.get("adoption"));
        // "adopted" is not read: one adopts a child, a guise or a stance as well as a rule.
        assertNull(Mentions.PASSING.get("adopted"));
        assertEquals("adoption", Mentions.datedNoun("the March 3 adoption of the plan", new Span(4, 11)));
    }
}
