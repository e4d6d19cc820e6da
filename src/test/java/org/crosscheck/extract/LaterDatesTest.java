package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Days told as a length of time after another happening ("arrested 12 days after the shooting"). */
class LaterDatesTest {

    private static final String HEAD = "Published: March 20, 2022 09:00 GMT\nOrvale guard case\n";

    /** The days {@link LaterDates} added, as "words = value, kind, people". */
    private static List<String> added(String body) {
        return addedTo(HEAD + body);
    }

    private static List<String> addedTo(String page) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", page, List.of())));
        List<String> out = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && "DATE".equals(dc.type()) && dc.text().matches("(?s).*\\b(?:after|following)\\b.*")) {
                out.add(dc.text() + " = " + dc.value() + ", " + dc.about() + ", " + dc.participants());
            }
        }
        return out;
    }

    @Test
    void aLaterHappeningIsDatedFromTheEarlierOnesDayInItsClause() {
        assertEquals(List.of("12 days after the shooting = 2022-03-15, arrest, [tom vale]"),
                added("Tom Vale was arrested 12 days after the shooting on March 3 in Orvale.\n"));
        assertEquals(List.of("two weeks after the robbery = 2021-05-16, arrest, [ann lor]"),
                added("Ann Lor was arrested two weeks after the robbery on May 2, 2021, the police said.\n"));
        assertEquals(List.of("three days following the blaze = 2022-03-06, arrest, [tom vale]"),
                added("Tom Vale was arrested three days following the blaze on March 3 at the Orvale depot.\n"));
    }

    @Test
    void aLaterHappeningIsDatedFromTheOneDayTheDocumentGivesTheEarlierOne() {
        assertEquals(List.of("12 days after the attack = 2022-03-15, arrest, [tom vale]"),
                added("Tom Vale attacked a guard on March 3 in Orvale, the police said.\n"
                        + "The guard was taken to a hospital in Orvale.\n"
                        + "Vale was arrested 12 days after the attack.\n"));
    }

    @Test
    void anEarlierHappeningIsDatedBackFromTheLaterOnesDayJustBeforeTheLength() {
        assertEquals(List.of("nine days after suffering a heart attack = 2022-03-02, attack, [mara vell]"),
                added("Singer Mara Vell died on Friday, March 11, nine days after suffering a heart attack.\n"));
        assertEquals(List.of("a week after suffering a heart attack = 2022-03-04, attack, [mara vell]"),
                added("Singer Mara Vell died on March 11 at a hospital in Orvale - a week after suffering a heart attack.\n"));
    }

    @Test
    void noDayFromVagueOrLongLengthsSpansHeldOrAHappeningThatNamesNoOne() {
        assertEquals(List.of(), added("Tom Vale was arrested a few days after the shooting on March 3 in Orvale.\n"));
        assertEquals(List.of(), added("Tom Vale was arrested three months after the shooting on March 3 in Orvale.\n"));
        assertEquals(List.of(), added("Singer Mara Vell died on March 11 after lying in a coma for a week following a heart attack.\n"));
        assertEquals(List.of(), added("The depot was closed 12 days after the shooting on March 3 in Orvale.\n"));
        assertEquals(List.of(), added("Tom Vale was arrested 12 days after the shooting, the police said.\n"));
        assertEquals(List.of(), added("Tom Vale was arrested, the police said, 12 days after the shooting on March 3.\n"));
    }

    @Test
    void noDayWhenTheDocumentDatesTheHappeningItself() {
        assertEquals(List.of(), added("Tom Vale was arrested on March 14 in Orvale.\n"
                + "Vale was arrested 12 days after the shooting on March 3.\n"));
        assertEquals(List.of(), added("Singer Mara Vell died on Friday, March 11, nine days after suffering a heart attack on March 1.\n"));
    }

    @Test
    void aWeekdayOfAnUndatedReportGivesAWeekdayComparedAsOne() {
        assertEquals(List.of("nine days after suffering a heart attack = XXXX-WXX-2, attack, [mara vell]"),
                addedTo("Mara Vell dies\nSinger Mara Vell died on Thursday, nine days after suffering a heart attack.\n"));
        assertEquals(List.of("seven days after suffering a heart attack = XXXX-WXX-4, attack, [mara vell]"),
                addedTo("Mara Vell dies\nSinger Mara Vell died Thursday at a hospital in Orvale, seven days after suffering a heart attack.\n"));
        assertEquals(List.of(), addedTo("Mara Vell dies\nSinger Mara Vell died Thursday at a hospital in Orvale, a week after suffering a heart attack.\n"),
                "a week back from a bare Thursday is no one weekday");
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt",
                "Mara Vell dies\nSinger Mara Vell died on Thursday, two days after suffering a heart attack.\n", List.of())));
        DateClaim derived = d.claims().stream().filter(c -> c instanceof DateClaim dc && "DATE".equals(dc.type()) && dc.text().startsWith("two days"))
                .map(c -> (DateClaim) c).findFirst().orElseThrow();
        assertEquals(java.time.DayOfWeek.TUESDAY, derived.weekdayOnly(), "its weekday is its value's");
        assertEquals("a Tuesday", derived.shown());
        DateClaim plain = new DateClaim("d", derived.span(), "two days", "DATE", "XXXX-WXX-2", null, null, false,
                DateClaim.NO_DAY, DateClaim.NO_DAY, null, null, null, List.of());
        assertEquals(null, plain.weekdayOnly(), "words that count no day from a happening have no weekday of their value");
    }

    /** The days a derived date may be, first and last. */
    private static List<String> span(String body, String words) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body, List.of())));
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && "DATE".equals(dc.type()) && dc.text().equals(words)) {
                return List.of(java.time.LocalDate.ofEpochDay(dc.earliest()).toString(), java.time.LocalDate.ofEpochDay(dc.latest()).toString());
            }
        }
        throw new AssertionError("no date " + words);
    }

    @Test
    void aLengthInWeeksGivesDaysEitherSideAndOneInDaysOneDay() {
        assertEquals(List.of("2021-05-14", "2021-05-18"),
                span("Ann Lor was arrested two weeks after the robbery on May 2, 2021, the police said.\n", "two weeks after the robbery"));
        assertEquals(List.of("2022-03-02", "2022-03-06"),
                span("Singer Mara Vell died on Friday, March 11, a week after suffering a heart attack.\n", "a week after suffering a heart attack"));
        assertEquals(List.of("2022-03-15", "2022-03-15"),
                span("Tom Vale was arrested 12 days after the shooting on March 3 in Orvale.\n", "12 days after the shooting"));
    }

    private static ExtractedDocument doc(String page) {
        return Extractor.extract(Cleaner.clean(new Document("d", "d.txt", page, List.of())));
    }

    private static List<DateClaim> datesOf(ExtractedDocument d) {
        return d.claims().stream().filter(c -> c instanceof DateClaim).map(c -> (DateClaim) c).toList();
    }

    private static List<org.crosscheck.claims.EventClaim> triggersOf(ExtractedDocument d) {
        return d.claims().stream().filter(c -> c instanceof org.crosscheck.claims.EventClaim)
                .map(c -> (org.crosscheck.claims.EventClaim) c).toList();
    }

    private static org.crosscheck.claims.EventClaim trigger(ExtractedDocument d, String words) {
        return triggersOf(d).stream().filter(e -> e.text().equals(words)).findFirst().orElseThrow();
    }

    @Test
    void theEarlierHappeningsOwnDayIsTheOneWrittenNearAfterItsWord() {
        ExtractedDocument d = doc(HEAD + "On March 1 the guards met. The shooting on March 3 was filmed. The robbery took place in March 2021.\n");
        assertEquals("March 3", LaterDates.nearDate(d.document().text(), trigger(d, "shooting"), datesOf(d)).text());
        assertEquals(null, LaterDates.nearDate(d.document().text(), trigger(d, "met"), datesOf(d)), "a date before the word is not its");
        assertEquals(null, LaterDates.nearDate(d.document().text(), trigger(d, "robbery"), datesOf(d)), "a month is no one day");
        ExtractedDocument far = doc(HEAD + "The shooting of the old night guard at the depot came on March 3.\n");
        assertEquals(null, LaterDates.nearDate(far.document().text(), trigger(far, "shooting"), datesOf(far)), "too far from its word");
    }

    @Test
    void oneDayIsACalendarDayOrABareWeekdayComparedByItsWeekday() {
        ExtractedDocument d = doc(HEAD + "Tom Vale was arrested on March 3. Ann Lor was arrested in March 2021. Ed Rho was arrested this week.\n");
        List<DateClaim> dates = datesOf(d);
        assertEquals(List.of(true, false, false), dates.stream().filter(dc -> !"DURATION".equals(dc.type())).map(LaterDates::oneDay).toList());
        ExtractedDocument undated = doc("Vale arrested\nTom Vale was arrested on Thursday in Orvale.\n");
        DateClaim thursday = datesOf(undated).get(0);
        assertEquals(true, LaterDates.oneDay(thursday));
        assertEquals(java.time.DayOfWeek.THURSDAY, LaterDates.weekday(thursday));
        ExtractedDocument dated = doc(HEAD + "Tom Vale was arrested on Thursday in Orvale.\n");
        assertEquals(null, LaterDates.weekday(datesOf(dated).get(0)), "a weekday read against the page's own date is its calendar day");
    }

    @Test
    void theEarlierHappeningsWordStandsAtMostFourWordsAfterAfter() {
        assertEquals(List.of("12 days after he was hurt in the attack = 2022-03-15, arrest, [tom vale]"),
                added("Tom Vale was arrested 12 days after he was hurt in the attack on March 3.\n"));
        assertEquals(List.of(), added("Tom Vale was arrested 12 days after he was hurt badly in the attack on March 3.\n"));
    }

    @Test
    void theAddedDaysStandInTheOrderOfTheText() {
        ExtractedDocument d = doc(HEAD + "Tom Vale was arrested 12 days after the shooting on March 3 in Orvale.\n");
        List<org.crosscheck.claims.Span> spans = d.claims().stream().map(Claim::span).toList();
        List<org.crosscheck.claims.Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        assertEquals(sorted, spans);
    }
}
