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
}
