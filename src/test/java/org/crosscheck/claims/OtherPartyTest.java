package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.text.Lexicon;
import org.junit.jupiter.api.Test;

class OtherPartyTest {

    private static OtherParty.Found in(String sentence) {
        return OtherParty.in(sentence, 0, sentence.length());
    }

    private static String party(String sentence) {
        OtherParty.Found f = in(sentence);
        return f == null ? null : f.party();
    }

    @Test
    void theWordsAfterTheHappeningNameItsOtherParty() {
        assertEquals(new OtherParty.Found("defence secretary ravi sandu", "meeting"),
                in("Foreign Minister Orla Venn met with Defence Secretary Ravi Sandu on Monday in Telmar."));
        assertEquals(new OtherParty.Found("telmar", "visit"), in("Venn visited Telmar last week, her office said."));
        assertEquals(new OtherParty.Found("gendran prime minister", "meeting"),
                in("Venn held talks with the Gendran prime minister on March 6."));
        assertEquals(new OtherParty.Found("ida marsh", "call"), in("Venn spoke by phone with Ida Marsh, who leads the council."));
        assertEquals(new OtherParty.Found("pell", "interview"), in("Reporters interviewed Pell Tuesday."));
        assertEquals("orsk", party("She arrived for a visit to Orsk."));
        assertEquals("head of the telmar council", party("It came during a meeting with the head of the Telmar council."));
        // A body that meets is not another party.
        assertNull(in("A meeting of the Telmar council was held on Monday."));
        assertNull(in("An interview of two hours."));
    }

    @Test
    void thePartyEndsAtAStopADayAFigureOrItsLength() {
        assertEquals("ravi sandu", party("Venn met Ravi Sandu and Ida Marsh."));
        assertEquals("ravi sandu", party("Venn met Ravi Sandu 12 times."));
        assertEquals("ravi sandu", party("Venn met Ravi Sandu yesterday."));
        assertEquals("council's new members", party("Venn met the council's new members at noon."));
        assertEquals(OtherParty.MAX_WORDS, party("Venn met one two three four five six seven eight.").split(" ").length);
        assertEquals("dr ravi sandu", party("Venn met Dr. Ravi Sandu."), "no titles given");
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("president", "secretary", "minister", "dr");

    private static String titled(String sentence) {
        OtherParty.Found f = OtherParty.in(sentence, 0, sentence.length(), TITLES);
        return f == null ? null : f.party();
    }

    @Test
    void aNamedPartyEndsAtOfAndLosesItsTitles() {
        assertEquals("ann vale", titled("Venn met President Ann Vale of Freedonia on Monday."));
        assertEquals("president ann vale", party("Venn met President Ann Vale of Freedonia on Monday."), "no titles given");
        assertEquals("ravi sandu", titled("Venn met with Defence Secretary Ravi Sandu in Telmar."));
        assertEquals("ravi sandu", titled("Venn met Dr. Ravi Sandu."));
        assertEquals("ann vale", titled("Venn met Freedonia's President Ann Vale."), "what stands before the title goes too");
        assertEquals("president", titled("Venn met the President on Monday."), "a title with no name after it stays");
        assertEquals("president of freedonia", titled("Venn met the president of Freedonia on Monday."));
        assertEquals("gendran prime minister", titled("Venn held talks with the Gendran prime minister on March 6."),
                "a title in lower case is no name's title");
        assertEquals("ann vale", titled("Venn met Ann Vale, the president of Freedonia."));
        assertFalse(OtherParty.differ(titled("Venn met President Ann Vale."), titled("Venn met Vale.")));
    }

    @Test
    void anOfficeTakesTheBodyOrCountryAfterItsOf() {
        assertEquals("foreign minister of freedonia", party("Venn met the foreign minister of Freedonia on Monday."));
        assertEquals("foreign minister of orsk", party("Venn met the foreign minister of Orsk."));
        assertTrue(OtherParty.differ(party("Venn met the foreign minister of Freedonia."), party("Venn met the foreign minister of Orsk.")),
                "two countries' ministers are two parties");
        assertEquals("head of the telmar council", party("Venn met the head of the Telmar council."));
        assertEquals("head", party("Venn met the head of state on Monday."), "no name after of: the office alone, as before");
        assertEquals("head", party("Venn met the head of 12 councils."));
        assertEquals("head", party("Venn met the head of."), "nothing after of");
        assertEquals("ravi sandu", party("Venn met Ravi Sandu of Telmar."), "a name does not take it");
        assertEquals("orsk envoy", party("Venn met the Orsk envoy of Telmar."), "nor an office with a name in it");
        assertNull(in("A meeting of Freedonia's council was held."), "no office before the of");
    }

    @Test
    void noPartyWithoutWordsAPronounOrTwoParties() {
        assertNull(in("Venn met him on Monday."));
        assertNull(in("Venn met on Monday."));
        assertNull(in("Venn met, then left."));
        assertNull(in("Venn met Ravi Sandu on Monday and visited Orsk on Tuesday."));
        assertNull(in("Venn said nothing."));
        // A name that starts with such a word is not the word.
        assertNull(in("She spoke on Meet the Press."));
        // "with" and an article are skipped, not read as the party.
        assertNull(in("Venn met with the"));
        // The same party twice is one.
        assertEquals("sandu", party("Venn met Sandu, then met Sandu again."));
    }

    @Test
    void onlyTheSentenceGivenIsRead() {
        String text = "Venn met Ravi Sandu. Marsh visited Orsk.";
        assertEquals("ravi sandu", OtherParty.in(text, 0, 20).party());
        assertEquals("orsk", OtherParty.in(text, 21, text.length()).party());
        assertNull(OtherParty.in(text, 0, 1000));
    }

    @Test
    void partiesDifferUnlessOneEndsTheOther() {
        assertFalse(OtherParty.differ("ravi sandu", "ravi sandu"));
        assertFalse(OtherParty.differ("defence secretary ravi sandu", "sandu"));
        assertFalse(OtherParty.differ("sandu", "ravi sandu"));
        assertTrue(OtherParty.differ("telmar", "orsk"));
        assertTrue(OtherParty.differ("ravi sandu", "rasandu"));
        assertTrue(OtherParty.differ("ravi sandu", "ravi"));
    }

    @Test
    void theDataFilesHoldTheKindsAndStops() {
        assertEquals("meeting", OtherParty.INTRODUCERS.get("met"));
        assertEquals("visit", OtherParty.INTRODUCERS.get("visited"));
        assertEquals("call", OtherParty.INTRODUCERS.get("spoke by phone"));
        assertTrue(OtherParty.STOPS.containsAll(List.of("on", "in", "said", "and")));
        assertTrue(Lexicon.exists(OtherParty.class, "two-party-kinds.txt"));
    }

    @Test
    void aDateKnowsAnotherPartyOnlyWhenBothGiveOne() {
        DateClaim a = new DateClaim("a", new Span(0, 6), "Monday", "DATE", "2023-03-06", null, null, false, 19_422, 19_422,
                null, null, "meeting", List.of("orla venn"));
        DateClaim b = new DateClaim("b", new Span(0, 9), "Wednesday", "DATE", "2023-03-08", null, null, false, 19_424, 19_424,
                null, null, "meeting", List.of("orla venn"));
        assertTrue(a.sharesParticipantWith(b));
        assertFalse(a.namesOthersThan(b));
        assertFalse(a.withParty("telmar").otherPartyThan(b));
        assertFalse(a.otherPartyThan(b.withParty("orsk")));
        assertFalse(a.withParty("ravi sandu").otherPartyThan(b.withParty("sandu")));
        assertTrue(a.withParty("telmar").otherPartyThan(b.withParty("orsk")));
        assertTrue(a.withParty("telmar").namesOthersThan(b.withParty("orsk")));
        assertFalse(a.withParty("telmar").sharesParticipantWith(b.withParty("orsk")));
        assertTrue(a.withParty("telmar").sharesParticipantWith(b.withParty("telmar")));
        assertEquals("orsk", a.withParty("orsk").withEvent("E-1").withAbout("visit", List.of()).withMainHappening("visit").party());
    }
}
