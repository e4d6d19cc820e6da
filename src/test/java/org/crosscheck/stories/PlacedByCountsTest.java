package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.extract.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * A report of an event no report dates that is neither close in words to another report nor gives
 * one of their figures alike is placed by what it counts: a count of the kind the reports of one
 * key give is compared under that key ({@link StoryGrouper#placedByCounts}).
 */
class PlacedByCountsTest {

    private static Grouping group(String... idAndText) {
        return EventGroupingTest.group(idAndText);
    }

    /** The figure written {@code text} in document {@code id}. */
    private static QuantityClaim figure(Grouping g, String id, String text) {
        ExtractedDocument d = g.documents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        for (org.crosscheck.claims.Claim c : d.claims()) {
            if (c instanceof QuantityClaim q && q.text().equals(text)) {
                return q;
            }
        }
        throw new AssertionError("no figure " + text + " in " + id + ": " + d.claims());
    }

    private static String key(Grouping g, String id, String text) {
        return figure(g, id, text).event();
    }

    private static final String FRIGATE = "Pirates captured off Orm coast\n"
            + "A navy frigate captured a pirate skiff in the Gulf of Orm on Saturday, seizing nine rifles and arresting 17 pirates.\n"
            + "Officers aboard the frigate Talvar said the skiff had chased a tanker for an hour before the boarding.\n";
    private static final String WARSHIP = "Navy foils hijack attempt near Orm\n"
            + "Sailors from the warship Talvar boarded two boats after a failed hijacking on Saturday, seizing nine"
            + " rifles and arresting 23 pirates.\n"
            + "The tanker crew had locked themselves in the engine room, a spokesman for the fleet told reporters in Port Selim.\n";

    private static String raid(String arrested) {
        return "Talvar crew praised\n"
                + "Marines of the Talvar ended the Orm chase by arresting " + arrested + " pirates, and the owners offered a reward of $40,000.\n"
                + "Insurers in Port Selim welcomed the news and said premiums for the route might fall next year.\n";
    }

    @Test
    void aReportPlacedNowhereComparesTheCountsItSharesWithOneKey() {
        Grouping g = group("a", FRIGATE, "b", WARSHIP, "c", raid("19"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"), "one event by their words");
        String key = key(g, "a", "17");
        assertNotNull(key, "a and b give nine rifles alike");
        assertEquals(key, key(g, "b", "23"));
        assertEquals(key, key(g, "c", "19"), "c counts the arrested, as the reports of a and b's key do");
        assertNull(key(g, "c", "$40,000"), "a count c does not share is not compared");
    }

    @Test
    void aReportWithNoCountOfTheKeysKindIsStillPlacedNowhere() {
        Grouping g = group("a", FRIGATE, "b", WARSHIP, "c", raid("19").replace("arresting 19 pirates", "seizing 19 boats"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertNull(key(g, "c", "19"), "no report of the key counts the boats seized");
    }

    @Test
    void aReportOfADatedEventIsNotPlacedByItsCounts() {
        Grouping g = group("a", "Published: May 7, 2022 10:00 GMT\n" + FRIGATE, "b", "Published: May 7, 2022 11:00 GMT\n" + WARSHIP,
                "c", raid("19"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertEquals(g.eventOf().get("a"), key(g, "a", "17"), "a dated report is sure of its place");
        assertNull(key(g, "c", "19"), "an undated report of a dated event may tell of another happening");
    }

    private static final String QUAKE_A = "Quake shakes Valmora\n"
            + "A quake of magnitude 4.6 shook the Valmora province on Sunday, cracking walls in the town of Lindor.\n"
            + "Residents of Lindor slept outdoors, fearing aftershocks, and 14 people were injured by falling plaster.\n";
    private static final String QUAKE_B = "Lindor residents sleep outside\n"
            + "Families in Karsk and Lindor camped in parks after Sunday's magnitude 4.6 earthquake, and 9 people were injured, the governor Anna Perl said.\n"
            + "Engineers from the capital began inspecting schools and the old bridge over the Ost river.\n";
    private static final String QUAKE_C = "Valmora counts the cost\n"
            + "The magnitude 4.9 quake that rattled Lindor injured 11 people, doctors at the Karsk hospital said.\n"
            + "Shopkeepers swept glass from the pavements while the governor Anna Perl toured the old market.\n";

    @Test
    void aMeasurementPlacesNothingAndIsNotComparedWhereACountPlacesTheReport() {
        Grouping g = group("a", QUAKE_A, "b", QUAKE_B, "c", QUAKE_C);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertNotNull(key(g, "a", "14"), "a and b give magnitude 4.6 alike");
        assertEquals(key(g, "a", "14"), key(g, "c", "11"), "the injured place c with a and b");
        assertNull(key(g, "c", "magnitude 4.9"), "every quake has a magnitude: it tells no happening apart, and is not compared");
        Grouping only = group("a", QUAKE_A, "b", QUAKE_B, "c", QUAKE_C.replace("injured 11 people", "frightened everyone"));
        assertNull(key(only, "c", "magnitude 4.9"), "a magnitude alone places nothing");
    }

    private static final String HEIST_A = "Robbers raid Orm jeweller\n"
            + "Four armed robbers stole jewels worth $2 million from the Varo jewellery store in Orm, taking 40 watches, police said.\n"
            + "The robbers escaped in a grey van that was later found burned near the harbour.\n";
    private static final String HEIST_B = "Varo store robbed\n"
            + "Gunmen stole jewels worth $2 million from the Varo boutique in Orm before fleeing, a police spokesman said.\n"
            + "Shop assistants were locked in a back room during the raid, which lasted minutes.\n";
    private static final String HEIST_C = "Orm police seek gang\n"
            + "Detectives hunting the gang that stole jewels worth $3 million from Varo questioned staff of the store on Monday.\n"
            + "The owner said insurers would cover the loss and the shop would open again within a week.\n";

    @Test
    void aSumInDollarsPlacesNothingButOneInEurosDoes() {
        Grouping g = group("a", HEIST_A, "b", HEIST_B, "c", HEIST_C);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertNotNull(key(g, "a", "$2 million"), "a and b give the sum stolen alike");
        assertNotNull(key(g, "b", "$2 million"));
        assertNull(key(g, "c", "$3 million"), "a dollar is several countries' currency: a sum in it places nothing");
        Grouping euros = group("a", HEIST_A.replace("$2 million", "2 million euros"), "b", HEIST_B.replace("$2 million", "2 million euros"),
                "c", HEIST_C.replace("$3 million", "3 million euros"));
        assertEquals(euros.eventOf().get("a"), euros.eventOf().get("c"));
        assertNotNull(key(euros, "a", "2 million euros"));
        assertEquals(key(euros, "a", "2 million euros"), key(euros, "c", "3 million euros"), "a sum in euros is one currency's, and places");
    }

    @Test
    void ownCurrencyIsAnyButTheDollarAndNoCount() {
        assertEquals(true, StoryGrouper.ownCurrency(sum("value stolen:EUR")));
        assertEquals(true, StoryGrouper.ownCurrency(sum("value stolen:GBP")));
        assertEquals(false, StoryGrouper.ownCurrency(sum("value stolen:USD")));
        assertEquals(false, StoryGrouper.ownCurrency(sum("arrested")));
    }

    private static QuantityClaim sum(String measure) {
        return new QuantityClaim("d", new org.crosscheck.claims.Span(0, 1), "x", measure, null, 1, "", 1, false, 1, false, 1, null, null,
                org.crosscheck.claims.DateClaim.NO_DAY, null, org.crosscheck.claims.DateClaim.NO_DAY, org.crosscheck.claims.DateClaim.NO_DAY,
                null, true, true, false, null, null, null);
    }

    private static final String DHOW_D = "Second boarding off Orm\n"
            + "The Talvar's boarding team searched a dhow near Orm on Saturday, seizing eleven rifles and arresting 6 pirates.\n"
            + "The dhow's captain claimed to be a fisherman from the islands, a navy officer said.\n";
    private static final String DHOW_E = "Dhow searched by Talvar\n"
            + "Marines from the Talvar boarded a dhow close to Orm on Saturday, seizing eleven rifles and arresting 6 pirates aboard it.\n"
            + "Its nets were empty and its hold smelled of fuel, the officer added.\n";

    @Test
    void aReportWhoseCountTwoKeysGiveIsPlacedNowhere() {
        Grouping g = group("a", FRIGATE, "b", WARSHIP, "c", raid("19"), "d", DHOW_D, "e", DHOW_E);
        assertEquals(g.eventOf().get("a"), g.eventOf().get("c"));
        assertEquals(g.eventOf().get("a"), g.eventOf().get("d"));
        assertNotNull(key(g, "a", "17"));
        assertNotNull(key(g, "d", "6"), "d and e give eleven rifles alike");
        org.junit.jupiter.api.Assertions.assertNotEquals(key(g, "a", "17"), key(g, "d", "6"), "two keys count the arrested");
        assertNull(key(g, "c", "19"), "which of the two c tells of is unknown");
    }
}
