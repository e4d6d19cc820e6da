package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crosscheck.text.HouseStyle;
import org.junit.jupiter.api.Test;

/** How two quoted sentences are compared: cuts, short sentences, speakers. */
class QuotePassageTest {

    private static QuotePassage said(String text, String voice, String person) {
        return new QuotePassage("d", new Span(0, text.length()), text, "Anna Perl", voice, null, person, true, null,
                DateClaim.NO_DAY, HouseStyle.general(), false);
    }

    private static QuotePassage said(String text) {
        return said(text, "ana perl", "ana perl");
    }

    @Test
    void aWordLeftOutInsideWithoutAnEllipsisIsAVariant() {
        assertTrue(said("People knew that they were safe at home").variantOf(said("People knew they were safe at home")));
        assertTrue(said("People knew they were safe at home").variantOf(said("People knew that they were safe at home")));
    }

    @Test
    void anEditorsWordsInSquareBracketsStandForAnyWordsOfTheOther() {
        // "[the governor]" replaces the speaker's own words: any words, or none, on the other side.
        assertFalse(said("We told [the governor] that the dam would hold until morning").variantOf(
                said("We told her that the dam would hold until morning")));
        assertFalse(said("We told her that the dam would hold until morning").variantOf(
                said("We told [the governor] that the dam would hold until morning")));
        assertFalse(said("[The dam] would hold until morning, we told them").variantOf(
                said("It would hold until morning, we told them")));
        // Around the brackets the words must still stand as said, in order.
        assertTrue(said("We told [the governor] that the dam would break before morning").variantOf(
                said("We told her that the dam would hold until morning")));
        assertTrue(said("That the dam would hold until morning [we] told her").variantOf(
                said("We told her that the dam would hold until morning")));
    }

    @Test
    void sicIsDroppedAndABracketedEllipsisIsAnEllipsis() {
        // "[sic]" marks a slip: no words stand for it, so a word the other wording adds there is a change.
        assertTrue(said("We was told [sic] the dam would hold until morning").variantOf(
                said("We was told that the dam would hold until morning")));
        assertFalse(said("We was told [sic] the dam would hold until morning").variantOf(
                said("We was told the dam would hold until morning")));
        assertFalse(said("We told her [...] the dam would hold until morning").variantOf(
                said("We told her on the phone that the dam would hold until morning")));
        assertFalse(said("We told her [\u2026] the dam would hold until morning").variantOf(
                said("We told her on the phone that the dam would hold until morning")));
    }

    @Test
    void elisionsKeepOffsetsAndMarkEachBracketOnce() {
        assertEquals("We \u2026" + " ".repeat(13) + " said", QuotePassage.withElisions("We [the governor] said"));
        assertEquals("We " + " ".repeat(6) + " said", QuotePassage.withElisions("We [sic!] said"));
        assertEquals("We " + " ".repeat(7) + " said", QuotePassage.withElisions("We [ SIC ] said"));
        assertEquals("We \u2026" + " ".repeat(3) + " and " + " ".repeat(7) + " said",
                QuotePassage.withElisions("We [..] and (aside) said"));
        // A bracket never closed drops the rest, as an insertion does; a closing one alone stays.
        assertEquals("We " + " ".repeat(6), QuotePassage.withElisions("We [never"));
        assertEquals("a ] b", QuotePassage.withElisions("a ] b"));
    }

    @Test
    void aContiguousCutOrOneMarkedWithAnEllipsisIsNot() {
        assertFalse(said("People knew they were safe").variantOf(said("Everyone called and people knew they were safe at home")));
        assertFalse(said("Everyone called ... they were safe at home").variantOf(
                said("Everyone called and people knew they were safe at home")));
        assertFalse(said("Everyone called \u2026 they were safe at home").variantOf(
                said("Everyone called and people knew they were safe at home")));
        assertFalse(said("Everyone called . . . they were safe").variantOf(
                said("Everyone called and people knew they were safe at home")));
        // The pieces must stand in order.
        assertTrue(said("They were safe at home ... everyone called people").variantOf(
                said("Everyone called people and they knew they were safe at home")));
    }

    @Test
    void aSentenceStoppingAWordOrTwoShortWithItsOwnStopIsAVariant() {
        QuotePassage shorter = said("The young have no shelter from the water, no school.");
        assertTrue(shorter.variantOf(said("The young have no shelter from the water, no school bus.")));
        assertTrue(said("The young have no shelter from the water, no school bus.").variantOf(shorter));
        assertTrue(QuotePassage.endsEarly(shorter, said("The young have no shelter from the water, no school bus today.")));
        assertFalse(QuotePassage.endsEarly(shorter, said("The young have no shelter from the water, no school bus or car.")));
        assertTrue(QuotePassage.endsEarly(said("The young have no shelter, no school!"), said("The young have no shelter, no school bus.")));
        assertTrue(QuotePassage.endsEarly(said("The young have no shelter, no school?"), said("The young have no shelter, no school bus.")));
        // Without a stop of its own, or with an ellipsis, it is a cut.
        assertFalse(QuotePassage.endsEarly(said("The young have no shelter from the water, no school"),
                said("The young have no shelter from the water, no school bus.")));
        assertFalse(QuotePassage.endsEarly(said("The young have no shelter from the water, no school..."),
                said("The young have no shelter from the water, no school bus.")));
        assertFalse(QuotePassage.endsEarly(said("The young have no shelter from the water, no school\u2026"),
                said("The young have no shelter from the water, no school bus.")));
        assertFalse(QuotePassage.endsEarly(said("The old have no shelter."), said("The young have no shelter at all.")));
        assertFalse(said("The young have no shelter from the water, no school").variantOf(
                said("The young have no shelter from the water, no school bus.")));
    }

    @Test
    void shortSentencesWithTheSameWordsAreOneStatement() {
        QuotePassage a = said("If there was any more I could give you, I would");
        QuotePassage b = said("If I could give you more, I would.");
        assertTrue(a.sameShortSentence(b));
        assertTrue(b.sameShortSentence(a));
        assertEquals(1.0, a.overlapWith(b));
        assertTrue(a.variantOf(b));
        // Words said once more in the shorter are not in the longer: one statement only as two words
        // changed around a run of four shared ("I could give you"), three are another sentence.
        assertTrue(said("If I could give you more, I would, I would").sameShortSentence(a));
        assertFalse(said("If I could give you more, I would, I would, I would").sameShortSentence(a));
        assertFalse(said("We will not leave them alone out there").sameShortSentence(said("We will not let the water win")));
        // Too short, or too long, to compare word for word.
        assertFalse(said("I could give you more").sameShortSentence(said("If there was more I could give you")));
        assertFalse(said("If I could give you more, I would.").sameShortSentence(
                said("If there was any more I could give you today or tomorrow, I would")));
        assertTrue(said("If I could give you more I would").sameShortSentence(
                said("If there was any more I could give you I would")));
    }

    @Test
    void shortSentencesWithOneOrTwoWordsChangedAroundASharedRunAreOneStatement() {
        // "is on" against "has reached": two words of the shorter missing, a run of five shared.
        QuotePassage a = said("Our town is on the edge of ruin");
        QuotePassage b = said("Our town has reached the edge of ruin.");
        assertTrue(a.sameShortSentence(b));
        assertTrue(a.variantOf(b));
        // Three words changed are too many.
        assertFalse(said("Our town is on the very edge of ruin").sameShortSentence(said("Our city has reached the very edge of ruin")));
        // Two words changed without a run of four shared words is another sentence.
        assertFalse(said("We will not leave them out there").sameShortSentence(said("We will leave them not out here")));
        assertEquals(4, QuotePassage.longestSharedRun("our town is on the edge of ruin".split(" "),
                "our town has reached the edge of ruin".split(" ")));
        assertEquals(0, QuotePassage.longestSharedRun("a b".split(" "), "c d".split(" ")));
        assertEquals(2, QuotePassage.longestSharedRun("x a b".split(" "), "a b y".split(" ")));
    }

    @Test
    void oneSpeakerByVoiceOrByPerson() {
        QuotePassage ministry = said("We call on residents to stay away", "interior ministry", "tomas brant");
        QuotePassage own = said("We urge residents to keep away", "tomas brant", "tomas brant");
        QuotePassage document = said("We urge residents to keep away", "interior ministry", null);
        assertTrue(ministry.sameSpeakerAs(own));
        assertTrue(own.sameSpeakerAs(ministry));
        assertTrue(ministry.sameSpeakerAs(document));
        assertFalse(document.sameSpeakerAs(own));
        assertFalse(own.sameSpeakerAs(said("x", "lena ostrov", "lena ostrov")));
        assertTrue(ministry.sameVoiceAs(own));
    }

    @Test
    void surnamesOneLetterApartMayBeOnePerson() {
        assertTrue(QuotePassage.oneEditApart("vetzler", "velzler"));
        assertTrue(QuotePassage.oneEditApart("brandtner", "brantner"));
        assertTrue(QuotePassage.oneEditApart("brantner", "brandtner"));
        assertTrue(QuotePassage.oneEditApart("smith", "smiths"));
        assertFalse(QuotePassage.oneEditApart("smith", "smythe"));
        assertFalse(QuotePassage.oneEditApart("abcde", "axcye"));
        assertFalse(QuotePassage.oneEditApart("roe", "rae"), "too short to tell");
        assertFalse(QuotePassage.oneEditApart("perls", "perl"), "too short to tell");
        assertFalse(QuotePassage.oneEditApart("abcdef", "abcdefgh"));
        assertTrue(said("x", "andrev vetzler", null).sameVoiceAs(said("y", "andrev velzler", null)));
        assertFalse(said("x", "andrev vetzler", null).sameVoiceAs(said("y", "andrev vilson", null)));
    }

    @Test
    void whetherAnArticleNamesTheSpeaker() {
        QuotePassage p = new QuotePassage("d", new Span(0, 1), "x", "Ned Price for US state department", "US state department",
                null, "ned prike", true, null, DateClaim.NO_DAY, HouseStyle.general(), false);
        assertTrue(p.speakerNamedIn("PRICE spoke on Monday."));
        assertTrue(p.speakerNamedIn("It was Price."));
        assertTrue(p.speakerNamedIn("Price"));
        assertFalse(p.speakerNamedIn("The prices rose and Pricey left."));
        assertFalse(p.speakerNamedIn("Nothing about him."));
        assertTrue(said("x").speakerNamedIn("Anna Perl left."));
        assertFalse(new QuotePassage("d", new Span(0, 1), "x", null, "v", null, null, true, null, DateClaim.NO_DAY,
                HouseStyle.general(), false).speakerNamedIn("Perl"));
    }
    private static QuotePassage unnamed(String document, String text) {
        return new QuotePassage(document, new Span(0, text.length()), text, null, null, null, null, false, null,
                DateClaim.NO_DAY, HouseStyle.general(), false);
    }

    @Test
    void sentencesOfEightWordsOrMoreMeetOnRunsOfThreeContentWords() {
        QuotePassage p = unnamed("a", "We lost the bridge and the old school to the river");
        assertEquals(java.util.List.of("bridge old school", "lost bridge old", "old school river"),
                p.blocks().stream().map(QuoteBlock::key).toList());
        assertEquals(new QuoteBlock("bridge old school", "a", new Span(0, 50)), p.blocks().get(0));
        assertTrue(unnamed("a", "We lost the old bridge last night").blocks().isEmpty(), "seven words");
        assertEquals(4, unnamed("a", "We lost the old bridge last night again").blocks().size(), "eight words");
        QuotePassage q = unnamed("b", "We lost the bridge and the old school to the water");
        assertEquals("bridge old school", p.firstSharedKey(q));
        assertEquals("bridge old school", q.firstSharedKey(p));
        assertEquals(null, p.firstSharedKey(unnamed("b", "Nothing here is like the other sentence at all")));
    }

    @Test
    void withNoSpeakerReadTheWordsAloneMustShowOneStatement() {
        QuotePassage named = said("We lost the bridge and the old school to the river in one night");
        QuotePassage other = unnamed("b", "We lost the bridge and the old school to the water in one night.");
        assertTrue(other.unnamedVariantOf(named));
        assertTrue(named.unnamedVariantOf(other));
        assertTrue(other.unnamedVariantOf(unnamed("c", "We lost the bridge and the old school to the river in one night")));
        assertFalse(named.unnamedVariantOf(said("We lost the bridge and the old school to the water in one night")),
                "both speakers read: the rule of one voice compares them");
        assertFalse(other.unnamedVariantOf(unnamed("c", "We lost the bridge and the old school to the water in one night")),
                "the same words");
        assertFalse(unnamed("a", "The river took the bridge, then the school, then the mill by the old road")
                .unnamedVariantOf(unnamed("b", "By the old mill road, the school and the bridge were taken by the river")),
                "no run of five words in common");
        assertTrue(unnamed("a", "The river took the bridge and the school then the mill by the old road")
                .unnamedVariantOf(unnamed("b", "The river took the bridge and the school and then the mill near the road")),
                "a run of five words in common");
        assertFalse(unnamed("a", "We lost the old bridge last night").unnamedVariantOf(unnamed("b", "We lost the old bridge last evening")),
                "seven words");
        assertFalse(unnamed("a", "We lost the old bridge last night again").unnamedVariantOf(unnamed("b", "We lost the old bridge last evening")),
                "the other has seven words");
        assertTrue(unnamed("a", "We lost the old bridge last night again").unnamedVariantOf(unnamed("b", "We lost the old bridge last evening again")),
                "eight words each");
    }

    @Test
    void theMessageSaysWhoSpokeAndWhereNoSpeakerWasRead() {
        QuotePassage named = said("We lost the bridge and the old school to the river in one night");
        QuotePassage other = unnamed("b", "We lost the bridge and the old school to the water in one night");
        assertEquals(" by Anna Perl (no speaker read in b)", named.speakerNote(other));
        assertEquals(" by Anna Perl (no speaker read in b)", other.speakerNote(named));
        assertEquals(" (no speaker read in either source)", other.speakerNote(unnamed("c", "x")));
    }
    private static QuoteClaim quote(String text, String voice, boolean fragment) {
        return new QuoteClaim("d", new Span(100, 100 + text.length()), text, null, null, voice, null, null, false, null,
                false, fragment, null, DateClaim.NO_DAY, false);
    }

    @Test
    void wordsSaidOnTwoKnownDaysAreTwoOccasionsWhateverTheirEvent() {
        QuoteClaim q = quote("We agreed on the shape of the new border commission.", "orla venn", false)
                .withOccasion("E-1", 19_422);
        QuotePassage monday = q.withSaidDay(19_422).passages().get(0);
        QuotePassage wednesday = q.withSaidDay(19_424).passages().get(0);
        QuotePassage unknown = q.passages().get(0);
        assertEquals(19_424, wednesday.saidDay());
        assertFalse(monday.sameOccasionAs(wednesday));
        assertFalse(wednesday.sameOccasionAs(monday));
        assertTrue(monday.sameOccasionAs(q.withSaidDay(19_422).passages().get(0)));
        assertTrue(monday.sameOccasionAs(unknown));
        assertTrue(unknown.sameOccasionAs(wednesday));
        assertEquals(19_424, q.withSaidDay(19_424).withOccasion("E-2", 19_000).withVoice("Venn", "venn").saidDay());
        assertEquals(DateClaim.NO_DAY, unknown.saidDay());
    }

    @Test
    void aParagraphBreakBeforeACapitalEndsASentence() {
        assertEquals(14, QuoteClaim.paragraphEnd("Left the city.\nWe ran", 0));
        assertEquals(18, QuoteClaim.paragraphEnd("around the city...\n  I cannot tell", 0));
        assertEquals(31, QuoteClaim.paragraphEnd("a whiff of science\nso before it\n\"Then", 0));
        assertEquals(5, QuoteClaim.paragraphEnd("ab.\n\n", 0), "nothing after it: the end");
        assertEquals(5, QuoteClaim.paragraphEnd("ab.\n\n", 4));
        assertEquals(2, QuoteClaim.paragraphEnd("ab\n2 more", 0), "a digit starts a sentence too");
    }

    @Test
    void theRulesGetUnattributedSentencesOfEightWordsOrMoreAndNoFragments() {
        String text = "There is almost nothing left of the market square now...\nI cannot tell my neighbours when they will be home.";
        QuoteClaim none = quote(text, null, false);
        assertTrue(none.passages(HouseStyle.general()).isEmpty());
        java.util.List<QuotePassage> both = none.passages(HouseStyle.general(), true);
        assertEquals(java.util.List.of("There is almost nothing left of the market square now...",
                "I cannot tell my neighbours when they will be home."), both.stream().map(QuotePassage::text).toList());
        assertEquals(new Span(100, 156), both.get(0).span());
        assertEquals(new Span(157, 208), both.get(1).span());
        assertTrue(quote("We are ready to leave now. Go.", null, false).passages(HouseStyle.general(), true).isEmpty(),
                "seven words and one");
        assertEquals(1, quote("We are ready to leave now. Go home.", "v", false).passages(HouseStyle.general(), true).size(),
                "an attributed quote keeps sentences of four words");
        assertTrue(quote(text, null, true).passages(HouseStyle.general(), true).isEmpty());
        assertTrue(quote(text, "v", true).passages(HouseStyle.general(), true).isEmpty());
        assertEquals(1, quote("a whiff of science\nso before we leave this town for good", "v", false)
                .passages(HouseStyle.general()).size(), "a line that runs on in lower case is one sentence");
    }
}
