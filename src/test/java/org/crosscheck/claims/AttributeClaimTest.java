package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When two ages are a conflict, a birthday, or the years between two articles. */
class AttributeClaimTest {

    private static AttributeClaim age(String doc, int age, String published) {
        long day = published == null ? DateClaim.NO_DAY : LocalDate.parse(published).toEpochDay();
        return new AttributeClaim(doc, new Span(0, 2), "x", "Tara Reid", "tara reid", true, "age", Integer.toString(age),
                age, false, age, false, day, published == null ? null : "published " + published, null);
    }

    @Test
    void agesOfOneDayThatDifferDisagree() {
        AttributeClaim a = age("a", 33, "2008-09-02");
        AttributeClaim b = age("b", 32, "2008-09-02");
        assertTrue(a.disagreesWith(b));
        assertFalse(a.agedBetween(b));
        assertFalse(a.birthdayMayExplain(b), "no birthday fits between two articles of one day");
        assertFalse(a.disagreesWith(age("c", 33, null)));
    }

    @Test
    void aBirthdayMayExplainOneYearWhenADateIsUnknown() {
        assertTrue(age("a", 33, null).birthdayMayExplain(age("b", 32, "2008-09-02")));
        assertTrue(age("a", 32, null).birthdayMayExplain(age("b", 33, null)));
        assertFalse(age("a", 33, "2009-01-10").birthdayMayExplain(age("b", 32, "2008-09-02")), "dates known: agedBetween decides");
        assertFalse(age("a", 34, null).birthdayMayExplain(age("b", 32, null)), "two years apart");
    }

    @Test
    void monthsApartTheLaterArticleMayGiveOneYearMoreAndThatIsNoDisagreement() {
        AttributeClaim september = age("b", 32, "2008-09-02");
        assertTrue(age("a", 33, "2009-01-10").agedBetween(september), "a birthday between: both may be right");
        assertTrue(age("a", 32, "2009-01-10").agedBetween(september), "no birthday yet");
        assertTrue(september.agedBetween(age("a", 33, "2009-01-10")), "either order");
        assertFalse(age("a", 31, "2009-01-10").agedBetween(september), "the later is younger");
        assertFalse(age("a", 34, "2009-01-10").agedBetween(september), "two years in four months");
        assertFalse(age("a", 33, "2008-09-20").agedBetween(september), "within a month: one age");
        assertFalse(age("a", 33, "2008-10-02").agedBetween(september), "thirty days: one age");
        assertTrue(age("a", 33, "2008-10-03").agedBetween(september), "thirty-one days");
    }

    @Test
    void theYearsBetweenArticlesExplainTheAgesTheyGrewInto() {
        AttributeClaim in2008 = age("a", 33, "2008-09-02");
        assertTrue(in2008.agedBetween(age("b", 36, "2012-03-20")));
        assertTrue(in2008.agedBetween(age("b", 37, "2012-03-20")));
        assertTrue(age("b", 37, "2012-03-20").agedBetween(in2008), "either order");
        assertFalse(in2008.agedBetween(age("b", 33, "2012-03-20")), "no older four years on");
        assertFalse(in2008.agedBetween(age("b", 40, "2012-03-20")));
        assertFalse(in2008.agedBetween(age("b", 36, null)), "a date unknown");
    }

    @Test
    void withoutADateOnlyArticlesOfOneEventSpeakOfOneTime() {
        assertTrue(age("a", 36, null).timeApartUnknown(age("b", 32, "2008-12-13")));
        assertTrue(age("a", 36, null).withEvent("E1").timeApartUnknown(age("b", 32, null).withEvent("E2")));
        assertFalse(age("a", 36, null).withEvent("E1").timeApartUnknown(age("b", 32, null).withEvent("E1")));
        assertFalse(age("a", 36, "2012-07-07").timeApartUnknown(age("b", 32, "2008-12-13")), "both dates known");
    }

    @Test
    void aPersonIsComparedOnlyOnceNamedInFull() {
        assertTrue(age("a", 33, null).identified());
        AttributeClaim surname = new AttributeClaim("a", new Span(0, 2), "x", "Reid", "reid", true, "age", "33", 33, false,
                33, false, DateClaim.NO_DAY, null, null);
        assertFalse(surname.identified());
        assertTrue(surname.withEntity("Tara Reid", "tara reid").identified());
        assertEquals("attribute|a|tara reid|age|[33, 33]", age("a", 33, null).key());
        assertEquals("Tara Reid: age 33", age("a", 33, null).value());
        assertEquals("date unknown", age("a", 33, null).dayText());
    }

    private static AttributeClaim figure(String doc, String attribute, double value, String event) {
        return new AttributeClaim(doc, new Span(0, 2), "x", "Anton Brecht", "anton brecht", true, attribute, "w", value,
                false, value, false, DateClaim.NO_DAY, null, event);
    }

    @Test
    void aPrisonTermOfANamedYearIsComparedAcrossEventsAndOneWithoutItsYearIsNot() {
        AttributeClaim a = figure("a", AttributeClaim.PRISON_TERM + " (2004)", 3, "E1");
        AttributeClaim b = figure("b", AttributeClaim.PRISON_TERM + " (2004)", 5, "E2");
        assertTrue(a.pastOfItsYear());
        assertTrue(b.sameOccasionAs(a));
        assertTrue(figure("a", AttributeClaim.TIME_SERVED + " (1998)", 1, "E1").pastOfItsYear());
        AttributeClaim c = figure("c", AttributeClaim.PRISON_TERM, 3, "E1");
        AttributeClaim d = figure("d", AttributeClaim.PRISON_TERM, 5, "E2");
        assertFalse(c.pastOfItsYear());
        assertFalse(d.sameOccasionAs(c));
        assertTrue(figure("e", AttributeClaim.PRISON_TERM, 5, "E1").sameOccasionAs(c));
        // Another event-bound attribute with a year in brackets is not a term's: still inside one event.
        assertFalse(figure("f", AttributeClaim.TITLE_DEFENCE + " (2004)", 6, "E1").pastOfItsYear());
        assertFalse(figure("g", AttributeClaim.TITLE_DEFENCE + " (2004)", 7, "E2").sameOccasionAs(figure("f", AttributeClaim.TITLE_DEFENCE + " (2004)", 6, "E1")));
        // Only a year of four digits ends the name.
        assertFalse(figure("h", AttributeClaim.PRISON_TERM + " (204)", 3, "E1").pastOfItsYear());
        assertFalse(figure("h", AttributeClaim.PRISON_TERM + " (2004) x", 3, "E1").pastOfItsYear());
    }

    private static AttributeClaim service(String doc, int years, String published, String event) {
        return new AttributeClaim(doc, new Span(0, 2), "x", "Anton Brecht", "anton brecht", true, AttributeClaim.SERVICE_YEARS,
                Integer.toString(years), years, false, years, false,
                published == null ? DateClaim.NO_DAY : LocalDate.parse(published).toEpochDay(), null, event);
    }

    @Test
    void yearsOfServiceAreComparedAcrossEventsOnceTheTimeBetweenIsAccountedFor() {
        AttributeClaim first = service("a", 12, "2010-06-08", "E1");
        assertTrue(first.growsWithTime());
        // Both dates known: compared across events, the months between explaining one year more.
        assertTrue(service("b", 15, "2011-02-15", "E2").sameOccasionAs(first));
        assertTrue(service("b", 13, "2011-02-15", "E2").agedBetween(first));
        assertTrue(first.agedBetween(service("b", 12, "2011-02-15", "E2")));
        assertFalse(service("b", 15, "2011-02-15", "E2").agedBetween(first));
        assertFalse(service("b", 11, "2011-02-15", "E2").agedBetween(first));
        // Two years and a half on: two or three more.
        assertTrue(service("c", 14, "2012-12-20", "E3").agedBetween(first));
        assertTrue(service("c", 15, "2012-12-20", "E3").agedBetween(first));
        assertFalse(service("c", 16, "2012-12-20", "E3").agedBetween(first));
        // A month apart or less: one figure, no growing.
        assertFalse(service("d", 13, "2010-07-01", "E2").agedBetween(first));
        // A date unknown: only inside one event.
        assertFalse(service("e", 15, null, "E2").sameOccasionAs(first));
        assertTrue(service("e", 15, null, "E1").sameOccasionAs(first));
        // Years of service against an age never grow into each other.
        assertFalse(age("f", 13, "2011-02-15").agedBetween(first));
        assertFalse(first.agedBetween(age("f", 13, "2011-02-15")));
        // Two reports of two events on one day: compared, with no growing.
        assertTrue(service("h", 15, "2010-06-08", "E2").sameOccasionAs(first));
        // A range of years is no one figure.
        AttributeClaim range = new AttributeClaim("g", new Span(0, 2), "x", "Anton Brecht", "anton brecht", true,
                AttributeClaim.SERVICE_YEARS, "more than 10", 10, true, Double.POSITIVE_INFINITY, false,
                LocalDate.parse("2011-02-15").toEpochDay(), null, "E2");
        assertFalse(range.growsWithTime());
        assertFalse(range.sameOccasionAs(first));
    }

    @Test
    void aRecordReadsAsWinsLossesAndDraws() {
        assertEquals("41-2", figure("a", AttributeClaim.RECORD, AttributeClaim.record(41, 2, 0), null).valueText());
        assertEquals("45-7-2", figure("a", AttributeClaim.RECORD, AttributeClaim.record(45, 7, 2), null).valueText());
        assertEquals("0-0-1", figure("a", AttributeClaim.RECORD, AttributeClaim.record(0, 0, 1), null).valueText());
        assertEquals(".357", figure("a", AttributeClaim.CALIBRE, 357, null).valueText());
        assertEquals("2", figure("a", AttributeClaim.TIMES_MARRIED, 2, null).valueText());
    }

    @Test
    void recordsOneBoutApart() {
        AttributeClaim r = figure("a", AttributeClaim.RECORD, AttributeClaim.record(52, 3, 0), "E1");
        assertTrue(r.oneBoutApart(figure("b", AttributeClaim.RECORD, AttributeClaim.record(53, 3, 0), "E1")));
        assertTrue(r.oneBoutApart(figure("b", AttributeClaim.RECORD, AttributeClaim.record(52, 4, 0), "E1")));
        assertTrue(r.oneBoutApart(figure("b", AttributeClaim.RECORD, AttributeClaim.record(52, 3, 1), "E1")));
        assertTrue(figure("b", AttributeClaim.RECORD, AttributeClaim.record(51, 3, 0), "E1").oneBoutApart(r), "either way");
        assertFalse(r.oneBoutApart(figure("b", AttributeClaim.RECORD, AttributeClaim.record(54, 3, 0), "E1")));
        assertFalse(r.oneBoutApart(figure("b", AttributeClaim.RECORD, AttributeClaim.record(53, 4, 0), "E1")));
        assertFalse(r.oneBoutApart(r), "the same record");
        AttributeClaim drawn = figure("a", AttributeClaim.RECORD, AttributeClaim.record(45, 7, 1), "E1");
        assertTrue(drawn.oneBoutApart(figure("b", AttributeClaim.RECORD, AttributeClaim.record(45, 7, 2), "E1")));
        assertFalse(figure("a", AttributeClaim.CALIBRE, 38, "E1").oneBoutApart(figure("b", AttributeClaim.CALIBRE, 39, "E1")));
        assertFalse(r.oneBoutApart(figure("b", AttributeClaim.CALIBRE, AttributeClaim.record(53, 3, 0), "E1")));
    }

    @Test
    void recordsMarriagesAndCalibresAreComparedOnlyInsideOneEvent() {
        for (String attribute : new String[] {AttributeClaim.RECORD, AttributeClaim.TIMES_MARRIED, AttributeClaim.CALIBRE}) {
            AttributeClaim a = figure("a", attribute, 2, "E1");
            assertTrue(a.eventBound(), attribute);
            assertTrue(a.sameOccasionAs(figure("b", attribute, 3, "E1")), attribute);
            assertFalse(a.sameOccasionAs(figure("b", attribute, 3, "E2")), attribute);
            assertFalse(a.sameOccasionAs(figure("b", attribute, 3, null)), attribute);
            assertFalse(figure("a", attribute, 2, null).sameOccasionAs(figure("b", attribute, 3, null)), attribute);
            assertTrue(a.disagreesWith(figure("b", attribute, 3, "E1")), attribute);
        }
        AttributeClaim age = age("a", 33, null);
        assertFalse(age.eventBound());
        assertTrue(age.sameOccasionAs(age("b", 32, null).withEvent("E2")), "ages across a story");
    }

    private static AttributeClaim named(String key, boolean person) {
        return new AttributeClaim("a", new Span(0, 2), "x", key, key, person, "age", "33", 33, false, 33, false,
                DateClaim.NO_DAY, null, null);
    }

    @Test
    void onePersonWithAndWithoutAMiddleName() {
        assertTrue(named("veti mae page", true).sameEntityAs(named("veti page", true)));
        assertTrue(named("veti page", true).sameEntityAs(named("veti mae page", true)));
        assertTrue(named("veti page", true).sameEntityAs(named("veti page", true)));
        assertFalse(named("veti mae page", true).sameEntityAs(named("veti ann page", true)), "two middle names");
        assertFalse(named("veti mae page", true).sameEntityAs(named("mae page", true)), "another first name");
        assertFalse(named("veti mae page", true).sameEntityAs(named("veti mae", true)), "another last name");
        assertFalse(named("page", true).sameEntityAs(named("veti page", true)), "a surname alone");
        assertFalse(named("page", true).sameEntityAs(named("page mae page", true)), "a surname alone");
        assertFalse(named("page mae page", true).sameEntityAs(named("page", true)), "a surname alone");
        assertFalse(named("veti page", true).sameEntityAs(named("page", true)), "a surname alone");
        assertFalse(named("veti mae page", false).sameEntityAs(named("veti page", false)), "things by key only");
        assertFalse(named("veti mae page", true).sameEntityAs(named("veti page", false)));
    }

    private static AttributeClaim weight(String doc, int pounds, String published, String event) {
        long day = published == null ? DateClaim.NO_DAY : LocalDate.parse(published).toEpochDay();
        return new AttributeClaim(doc, new Span(0, 2), "x", "Jose Ortega", "jose ortega", true, AttributeClaim.WEIGHT, "w",
                pounds, false, pounds, false, day, published == null ? null : "published " + published, event);
    }

    @Test
    void weightsAreComparedWithinAMonthAndMayBeYearsApartWhenADateIsUnknown() {
        AttributeClaim june = weight("a", 135, "2005-06-25", "E1");
        assertEquals("135 pounds", june.valueText());
        assertFalse(june.eventBound());
        assertTrue(june.sameOccasionAs(weight("b", 130, "2005-06-25", "E2")));
        assertTrue(june.sameOccasionAs(weight("b", 130, "2005-07-26", "E2")), "31 days");
        assertFalse(june.sameOccasionAs(weight("b", 130, "2005-07-27", "E2")), "32 days");
        assertTrue(june.sameOccasionAs(weight("b", 130, null, "E2")), "a date unknown");
        assertTrue(june.timeApartUnknown(weight("b", 130, null, "E2")));
        assertFalse(june.timeApartUnknown(weight("b", 130, null, "E1")), "one event");
        assertFalse(june.timeApartUnknown(weight("b", 130, "2005-06-25", "E2")), "both dated");
        assertFalse(june.timeApartUnknown(age("b", 30, null)), "an age and a weight");
        assertFalse(age("b", 30, null).timeApartUnknown(june), "an age and a weight");
    }

    private static AttributeClaim fall(String written, double low, double high) {
        return new AttributeClaim("a", new Span(0, 2), "x", "Rhys Alden", "rhys alden", true, AttributeClaim.FALL, written, low,
                false, high, false, DateClaim.NO_DAY, null, "E1");
    }

    @Test
    void aFallInFeetAndItsConversionInMetresAgree() {
        AttributeClaim feet = fall("200ft", 200 * 0.3048, 200 * 0.3048);
        assertFalse(feet.disagreesWith(fall("60m", 60, 60)), "60.96 and 60 are within 2 %");
        assertTrue(feet.disagreesWith(fall("58m", 58, 58)), "58 is 5 % short");
        assertTrue(feet.disagreesWith(fall("64m", 64, 64)));
        assertTrue(fall("150 metres", 150, 150).disagreesWith(fall("200 metres", 200, 200)));
        assertTrue(figure("a", "age", 60, null).disagreesWith(figure("b", "age", 61, null)), "no leeway for other attributes");
        assertEquals("200ft (61 m)", feet.valueText());
        assertEquals("about 60 metres", fall("about 60 metres", 54, 66).valueText());
        assertEquals("60m", fall("60m", 60, 60).valueText());
        assertEquals("more than 200ft", new AttributeClaim("a", new Span(0, 2), "x", "Rhys Alden", "rhys alden", true,
                AttributeClaim.FALL, "more than 200ft", 61, true, Double.POSITIVE_INFINITY, true, DateClaim.NO_DAY, null, null)
                .valueText());
    }

    @Test
    void fallsGamesMissedAndTimesShotAreOfOneEvent() {
        for (String a : new String[] {AttributeClaim.FALL, AttributeClaim.GAMES_MISSED, AttributeClaim.TIMES_SHOT}) {
            assertTrue(figure("a", a, 3, "E1").eventBound(), a);
            assertTrue(figure("a", a, 3, "E1").sameOccasionAs(figure("b", a, 4, "E1")), a);
            assertFalse(figure("a", a, 3, "E1").sameOccasionAs(figure("b", a, 4, "E2")), a);
        }
        assertFalse(figure("a", "age", 3, "E1").eventBound());
    }

    private static AttributeClaim distance(String written, double low, double high, boolean highOpen) {
        return new AttributeClaim("a", new Span(0, 2), "x", "Lindor", "lindor", false, AttributeClaim.DISTANCE_FROM + "Valmora",
                written, low, false, high, highOpen, DateClaim.NO_DAY, null, null);
    }

    @Test
    void aPlacesDistanceInMilesAndItsConversionInKilometresAgree() {
        AttributeClaim miles = distance("940 miles", 940 * 1.609344, 940 * 1.609344, false);
        assertTrue(miles.placeDistance());
        assertFalse(figure("a", AttributeClaim.FALL, 3, "E1").placeDistance());
        assertFalse(miles.disagreesWith(distance("1,500 kilometers", 1500, 1500, false)), "1,513 and 1,500 are within 2 %");
        assertTrue(miles.disagreesWith(distance("1,450 kilometers", 1450, 1450, false)), "4 % short");
        assertTrue(miles.disagreesWith(distance("1,580 kilometers", 1580, 1580, false)), "4 % over");
        assertTrue(distance("1,500 kilometers", 1500, 1500, false).disagreesWith(distance("1,150 kilometers", 1150, 1150, false)));
        assertEquals("940 miles (1513 km)", miles.valueText(), "converted, the middle of its range");
        assertEquals("about 940 miles (1513 km)", distance("about 940 miles", 1361, 1664, false).valueText());
        assertEquals("1,150 kilometers", distance("1,150 kilometers", 1150, 1150, false).valueText());
        assertEquals("32km", distance("32km", 32, 32, false).valueText());
        assertEquals("1,150 km", distance("1,150 km", 1150, 1150, false).valueText());
        assertEquals("more than 900 miles", distance("more than 900 miles", 1448, Double.POSITIVE_INFINITY, true).valueText());
        assertTrue(distance("more than 900 miles", 1448, Double.POSITIVE_INFINITY, true)
                .disagreesWith(distance("1,150 kilometers", 1150, 1150, false)));
        assertFalse(miles.eventBound(), "places do not move: compared across the story");
    }
    private static AttributeClaim word(String doc, String attribute, String written, String published) {
        long day = published == null ? DateClaim.NO_DAY : LocalDate.parse(published).toEpochDay();
        return new AttributeClaim(doc, new Span(0, 2), "x", "Dana Roe", "dana roe", true, attribute, written, 0, false, 0,
                false, day, published == null ? null : "published " + published, null);
    }

    @Test
    void residencesDifferOnlyAtOneLevelAndNotOneInsideTheOthersWords() {
        AttributeClaim lindor = word("a", AttributeClaim.RESIDENCE, "Lindor", "2009-05-05");
        assertTrue(lindor.wordValued());
        assertTrue(lindor.disagreesWith(word("b", AttributeClaim.RESIDENCE, "Varth", "2009-05-05")));
        assertFalse(lindor.disagreesWith(word("b", AttributeClaim.RESIDENCE, "lindor", "2009-05-05")));
        assertFalse(lindor.disagreesWith(word("b", AttributeClaim.RESIDENCE, "South Lindor", "2009-05-05")),
                "one name inside the other's words may be one place");
        assertFalse(lindor.disagreesWith(word("b", AttributeClaim.RESIDENCE, "Varth County", "2009-05-05")), "a county and a town");
        assertFalse(lindor.disagreesWith(word("b", AttributeClaim.RESIDENCE, "Queens", "2009-05-05")), "a borough and a town");
        assertTrue(word("a", AttributeClaim.RESIDENCE, "Orvale County", null)
                .disagreesWith(word("b", AttributeClaim.RESIDENCE, "Varth County", null)), "two counties");
        assertFalse(lindor.disagreesWith(word("b", "age", "36", "2009-05-05")), "a word and a figure are never compared");
        assertEquals("Lindor", lindor.valueText());
    }

    @Test
    void theLevelOfAPlace() {
        assertEquals("town", word("a", AttributeClaim.RESIDENCE, "Lindor", null).placeLevel());
        assertEquals("county", word("a", AttributeClaim.RESIDENCE, "Macomb  County", null).placeLevel());
        assertEquals("county", word("a", AttributeClaim.RESIDENCE, "Orleans Parish", null).placeLevel());
        assertEquals("township", word("a", AttributeClaim.RESIDENCE, "Bruce Township", null).placeLevel());
        assertEquals("borough", word("a", AttributeClaim.RESIDENCE, "Staten Island", null).placeLevel());
        assertEquals("street", word("a", AttributeClaim.RESIDENCE, "Newton Street", null).placeLevel());
        assertEquals("building", word("a", AttributeClaim.RESIDENCE, "Varth Senior Condominiums", null).placeLevel());
        assertEquals("town", word("a", AttributeClaim.RESIDENCE, "Street", null).placeLevel(), "one word is a town's name");
        for (var e : AttributeClaim.PLACE_LEVELS.entrySet()) {
            assertEquals(e.getValue(), word("a", AttributeClaim.RESIDENCE, e.getKey(), null).placeLevel(), e.getKey());
            if (!e.getKey().contains(" ")) {
                // A one-word entry is also a last word: "Orvale County".
                assertEquals(e.getValue(), word("a", AttributeClaim.RESIDENCE, "Orvale " + e.getKey(), null).placeLevel(), e.getKey());
            }
        }
    }

    @Test
    void coloursAreComparedAsTheirColour() {
        AttributeClaim gray = word("a", AttributeClaim.COLOUR, "gray", "2013-08-03");
        assertEquals("grey", gray.word());
        assertEquals("grey", gray.valueText());
        assertFalse(gray.disagreesWith(word("b", AttributeClaim.COLOUR, "Grey", "2013-08-03")));
        assertTrue(gray.disagreesWith(word("b", AttributeClaim.COLOUR, "silver", "2013-08-03")));
        assertFalse(word("a", AttributeClaim.COLOUR, "Lindor", null).disagreesWith(word("b", AttributeClaim.COLOUR, "lindor", null)));
        for (var e : AttributeClaim.COLOURS.entrySet()) {
            assertEquals(e.getValue(), AttributeClaim.COLOURS.get(e.getValue()), e.getKey() + " stands for a listed colour");
        }
    }

    @Test
    void aColourIsOfOneEventAResidenceOfAMonth() {
        AttributeClaim silver = word("a", AttributeClaim.COLOUR, "silver", "2013-08-03").withEvent("E1");
        assertTrue(silver.eventBound());
        assertFalse(silver.monthBound());
        assertTrue(silver.sameOccasionAs(word("b", AttributeClaim.COLOUR, "grey", "2013-08-03").withEvent("E1")));
        assertFalse(silver.sameOccasionAs(word("b", AttributeClaim.COLOUR, "grey", "2013-08-03").withEvent("E2")));
        AttributeClaim may = word("a", AttributeClaim.RESIDENCE, "Lindor", "2009-05-05");
        assertFalse(may.eventBound());
        assertTrue(may.monthBound());
        assertTrue(may.sameOccasionAs(word("b", AttributeClaim.RESIDENCE, "Varth", "2009-06-05")), "31 days apart");
        assertFalse(may.sameOccasionAs(word("b", AttributeClaim.RESIDENCE, "Varth", "2009-06-06")), "32 days apart");
        assertTrue(may.timeApartUnknown(word("b", AttributeClaim.RESIDENCE, "Varth", null)), "a date unknown, no event");
        assertFalse(may.withEvent("E1").timeApartUnknown(word("b", AttributeClaim.RESIDENCE, "Varth", null).withEvent("E1")));
        assertFalse(may.timeApartUnknown(word("b", AttributeClaim.COLOUR, "grey", null)));
        for (String a : AttributeClaim.WORD_ATTRIBUTES.keySet()) {
            assertTrue(word("a", a, "x", null).wordValued(), a);
        }
        assertTrue(AttributeClaim.WORD_ATTRIBUTES.containsKey(AttributeClaim.RESIDENCE));
        assertTrue(AttributeClaim.WORD_ATTRIBUTES.containsKey(AttributeClaim.COLOUR));
    }
    @Test
    void aBuildingsTownIsComparedAcrossTheStoryAtOneLevel() {
        AttributeClaim may = word("a", AttributeClaim.TOWN, "Rancho Lindor", "2013-05-03").withEvent("E1");
        AttributeClaim june = word("b", AttributeClaim.TOWN, "Varth Springs", "2013-06-13").withEvent("E2");
        assertTrue(may.placeValued());
        assertFalse(may.eventBound());
        assertFalse(may.monthBound());
        assertTrue(may.sameOccasionAs(june), "a building does not move");
        assertTrue(may.disagreesWith(june));
        assertFalse(may.disagreesWith(word("b", AttributeClaim.TOWN, "California", null)), "a town and its state");
        assertFalse(may.disagreesWith(word("b", AttributeClaim.TOWN, "Los Angeles", null)), "a town and the big city nearby");
        assertTrue(word("a", AttributeClaim.TOWN, "Los Angeles", null).disagreesWith(word("b", AttributeClaim.TOWN, "Chicago", null)));
        assertFalse(word("a", AttributeClaim.COLOUR, "silver", null).placeValued());
    }

    @Test
    void everyWordAttributeSaysWhatItIsAndWhereItIsCompared() {
        for (var e : AttributeClaim.WORD_ATTRIBUTES.entrySet()) {
            String[] how = e.getValue().split("\\s+");
            assertEquals(2, how.length, e.getKey());
            assertTrue(java.util.Set.of("place", "word", "digits").contains(how[0]), e.getKey());
            assertTrue(java.util.Set.of("event", "month", "story").contains(how[1]), e.getKey());
            AttributeClaim a = word("a", e.getKey(), "x", null);
            assertEquals(how[0].equals("place"), a.placeValued(), e.getKey());
            assertEquals(how[1].equals("event"), a.eventBound(), e.getKey());
            assertEquals(how[1].equals("month"), a.monthBound(), e.getKey());
        }
        for (String level : AttributeClaim.PLACE_LEVELS.values()) {
            assertFalse(level.equals("town"), "a town is what no line names");
        }
    }

    private static AttributeClaim phone(String doc, String number) {
        return new AttributeClaim(doc, new Span(0, number.length()), number, "police", "phone:police", false,
                AttributeClaim.PHONE_NUMBER, number, 0, false, 0, false, DateClaim.NO_DAY, null, null);
    }

    @Test
    void phoneNumbersDisagreeOnlyByOneSlipOfTheKeyboard() {
        AttributeClaim right = phone("a", "0845 310 4477");
        assertTrue(right.wordValued());
        assertEquals("08453104477", right.word(), "compared by its digits");
        assertEquals("0845 310 4477", right.valueText(), "shown as written");
        assertTrue(right.disagreesWith(phone("b", "0845 310 447")), "a digit left out");
        assertTrue(phone("b", "0845 310 447").disagreesWith(right), "either way round");
        assertTrue(right.disagreesWith(phone("b", "0845 3100 4477")), "a digit added");
        assertTrue(right.disagreesWith(phone("b", "0845 310 4478")), "the last digit changed");
        assertTrue(right.disagreesWith(phone("b", "1845 310 4477")), "the first digit changed");
        assertTrue(right.disagreesWith(phone("b", "0845 301 4477")), "two neighbours swapped");
        assertFalse(right.disagreesWith(phone("b", "08453104477")), "one number spaced another way");
        assertFalse(right.disagreesWith(phone("b", "0845 310 5566")), "two digits changed: another line");
        assertFalse(right.disagreesWith(phone("b", "0845 310 44")), "two digits left out");
        assertFalse(right.disagreesWith(phone("b", "0845 013 4477")), "two digits swapped with one between");
        assertFalse(right.disagreesWith(phone("b", "0845 310 4744")), "a swap and a change");
        assertFalse(right.disagreesWith(phone("b", "0845 310 447 7")), "one number, other spaces");
    }

    @Test
    void oneSlipApartIsOneDigitLeftOutAddedChangedOrTwoNeighboursSwapped() {
        assertFalse(AttributeClaim.oneSlipApart("1234567", "1234567"));
        assertTrue(AttributeClaim.oneSlipApart("1234567", "123457"));
        assertTrue(AttributeClaim.oneSlipApart("1234567", "234567"), "the first left out");
        assertTrue(AttributeClaim.oneSlipApart("123456", "1234567"), "the last added");
        assertTrue(AttributeClaim.oneSlipApart("1234567", "2134567"), "the first two swapped");
        assertTrue(AttributeClaim.oneSlipApart("1234567", "1234576"), "the last two swapped");
        assertFalse(AttributeClaim.oneSlipApart("1234567", "12345"));
        assertFalse(AttributeClaim.oneSlipApart("1234567", "123459"), "one digit fewer, but not by leaving one out");
        assertFalse(AttributeClaim.oneSlipApart("923456", "1234567"), "one digit more, but not by adding one");
        assertFalse(AttributeClaim.oneSlipApart("1234567", "1243576"));
        assertFalse(AttributeClaim.oneSlipApart("1234567", "1324568"), "a swap and a change at the end");
        assertFalse(AttributeClaim.oneSlipApart("1234567", "7234561"), "the ends swapped");
        assertFalse(AttributeClaim.oneSlipApart("1234567", "1234599"), "two changed at the end");
    }
}
