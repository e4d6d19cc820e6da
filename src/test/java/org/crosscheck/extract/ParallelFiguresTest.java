package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.ParallelFigure;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.HouseStyle;
import org.junit.jupiter.api.Test;

/** Figures told in the same slot of parallel sentences of two sources. */
class ParallelFiguresTest {

    private static final HouseStyle STYLE = HouseStyle.general();

    /** A figure of {@code doc} at the first {@code figure} of {@code text} after {@code from}. */
    private static QuantityClaim figure(String doc, String text, String figure, int from, String measure, double value) {
        int at = text.indexOf(figure, from);
        return new QuantityClaim(doc, new Span(at, at + figure.length()), figure, measure, null, value, "", value, false, value, false,
                1, null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, false, false, false, null, null, null);
    }

    private static QuantityClaim figure(String doc, String text, String figure, String measure, double value) {
        return figure(doc, text, figure, 0, measure, value);
    }

    private static Map<String, List<ParallelFigure>> align(ParallelFigures.Source... sources) {
        return ParallelFigures.of(List.of(sources), STYLE, (a, b) -> true);
    }

    private static ParallelFigures.Source source(String id, String text, Claim... claims) {
        return ParallelFigures.Source.of(id, text, List.of(claims));
    }

    private static final String A = "Heavy rain hit the coast on Monday.\nThe ferry carried 212 passengers when it left the harbour of Tarvik for Mossel.\n";
    private static final String B = "The ferry was carrying 240 passengers when it left the harbour of Tarvik for Mossel.\nNobody was hurt.\n";

    @Test
    void theSameSentenceToldWithAnotherFigureGivesBothFiguresOneSlot() {
        Map<String, List<ParallelFigure>> found = align(source("a", A, figure("a", A, "212", "people", 212)),
                source("b", B, figure("b", B, "240", "passengers", 240)));
        assertEquals(Set.of("a", "b"), found.keySet());
        ParallelFigure a = found.get("a").get(0);
        ParallelFigure b = found.get("b").get(0);
        assertEquals(a.slot(), b.slot());
        assertEquals(new Span(A.indexOf("212"), A.indexOf("212") + 3), a.span());
        assertEquals("people", a.measure());
        assertEquals("passengers", b.measure());
        assertEquals(1, found.get("a").size());
    }

    @Test
    void sentencesOfOtherWordsOrOtherNamesAreNotParallel() {
        String other = "The ferry carried 240 cars and a dozen lorries to the island of Ostra on its first crossing.\n";
        assertTrue(align(source("a", A, figure("a", A, "212", "people", 212)),
                source("b", other, figure("b", other, "240", "cars", 240))).isEmpty());
        String named = "The ferry carried 240 passengers when it left the harbour of Tarvik for Ostra.\n";
        assertTrue(align(source("a", A, figure("a", A, "212", "people", 212)),
                source("b", named, figure("b", named, "240", "passengers", 240))).isEmpty(), "another port named: another crossing");
        assertTrue(align(source("a", A, figure("a", A, "212", "people", 212)),
                source("c", A.replace("212", "240"), figure("c", A.replace("212", "240"), "240", "people", 240)))
                .size() == 2, "a third document telling it alike is parallel");
    }

    @Test
    void documentsThatMayNotTellOneSentenceAreNotAligned() {
        assertTrue(ParallelFigures.of(List.of(source("a", A, figure("a", A, "212", "people", 212)),
                source("b", B, figure("b", B, "240", "passengers", 240))), STYLE, (x, y) -> false).isEmpty());
        String twice = A + A.replace("212", "240");
        int second = twice.indexOf("240");
        assertTrue(align(source("a", twice, figure("a", twice, "212", "people", 212), figure("a", twice, "240", second, "people", 240)))
                .isEmpty(), "one document is never its own source");
    }

    @Test
    void figuresPairByTheWordsAroundThemInOrder() {
        String a = "The attack took place about 150 miles off Aden and the frigate was about 13 miles away from the tanker.\n";
        String b = "The attack took place about 160 miles off Aden and the frigate was about 13 miles away from the tanker.\n";
        Map<String, List<ParallelFigure>> found = align(
                source("a", a, figure("a", a, "150", "miles", 150), figure("a", a, "13", "miles", 13)),
                source("b", b, figure("b", b, "160", "miles", 160), figure("b", b, "13", "miles", 13)));
        assertEquals(2, found.get("a").size());
        Map<Integer, String> slotAt = new java.util.HashMap<>();
        for (ParallelFigure f : found.get("a")) {
            slotAt.put(f.span().start() - a.indexOf("about 150"), f.slot());
        }
        for (ParallelFigure f : found.get("b")) {
            assertEquals(slotAt.get(f.span().start() - b.indexOf("about 160")), f.slot(), "each with the figure in its own place");
        }
        assertNotEquals(found.get("a").get(0).slot(), found.get("a").get(1).slot());
    }

    @Test
    void aUnitWrittenOntoTheNumberIsItsSlot() {
        String a = "The climber was killed when he lost his footing and dropped roughly 60m off a ledge by the glacier.\n";
        String b = "The climber was killed when he lost his footing and dropped roughly 200ft off a ledge by the glacier.\n";
        assertTrue(align(source("a", a, figure("a", a, "60m", "distance", 60)),
                source("b", b, figure("b", b, "200ft", "distance", 200))).isEmpty());
        String c = "The climber was killed when he lost his footing and dropped roughly 70m off a ledge by the glacier.\n";
        assertEquals(2, align(source("a", a, figure("a", a, "60m", "distance", 60)),
                source("c", c, figure("c", c, "70m", "distance", 70))).size());
    }

    @Test
    void sentencesAlikeButForSeveralFiguresTellTwoOccasions() {
        String a = "In the sweep, six pistols, 12 clips and 300 cartridges were taken by the patrol.\n";
        String b = "In the sweeps, 14 pistols, 31 clips and 923 cartridges were taken by the patrol.\n";
        assertTrue(align(source("a", a, figure("a", a, "12", "clips", 12), figure("a", a, "300", "cartridges", 300)),
                source("b", b, figure("b", b, "31", "clips", 31), figure("b", b, "923", "cartridges", 923))).isEmpty());
    }

    @Test
    void sentencesWhoseFiguresDoNotAllLineUpTellTwoThings() {
        String a = "Late in the match, Rhona Vale scored 12 points and blocked six shots for the Harriers.\n";
        String b = "Late in the match, Rhona Vale scored 3 of her 12 points and blocked two shots for the Harriers.\n";
        assertTrue(align(source("a", a, figure("a", a, "12", "points", 12), figure("a", a, "six", "shots", 6)),
                source("b", b, figure("b", b, "3", "points", 3), figure("b", b, "12", "points", 12), figure("b", b, "two", "shots", 2)))
                .isEmpty());
    }

    @Test
    void aSlotWhereOneDocumentGivesTwoValuesIsDropped() {
        String a = "Rescuers said 12 people were injured in the blast at the Norwell depot.\n"
                + "Rescuers later said 18 people were injured in the blast at the Norwell depot.\n";
        String b = "Rescuers said 15 people were injured in the blast at the Norwell depot.\n";
        int second = a.indexOf('\n');
        Map<String, List<ParallelFigure>> found = align(
                source("a", a, figure("a", a, "12", "injured", 12), figure("a", a, "18", second, "injured", 18)),
                source("b", b, figure("b", b, "15", "injured", 15)));
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aNumberBesideAnotherIsNoCount() {
        String a = "Anyone with information should call the Norwell police on 0800 555 1234 or visit the station.\n";
        String b = "Anyone with information should call the Norwell police on 0800 555 1243 or visit the station.\n";
        assertTrue(align(source("a", a, figure("a", a, "1234", "or", 1234)), source("b", b, figure("b", b, "1243", "or", 1243))).isEmpty());
    }

    @Test
    void aFigureAPersonsAttributeHoldsIsLeftToThatRule() {
        String text = "The skipper, aged 212, left the harbour of Tarvik for Mossel.\n";
        QuantityClaim count = figure("a", text, "212", "people", 212);
        AttributeClaim aged = new AttributeClaim("a", new Span(0, text.indexOf(',', 14)), "The skipper, aged 212", "the skipper",
                "skipper", true, "age", "212", 212, false, 212, false, DateClaim.NO_DAY, null, null);
        assertTrue(aged.scalar());
        assertTrue(ParallelFigures.Source.of("a", text, List.of(count, aged)).figures().isEmpty());
        AttributeClaim before = new AttributeClaim("a", new Span(0, 11), "The skipper", "the skipper",
                "skipper", true, "age", "212", 212, false, 212, false, DateClaim.NO_DAY, null, null);
        assertEquals(List.of(count), ParallelFigures.Source.of("a", text, List.of(count, before)).figures(), "an attribute elsewhere");
        assertEquals(List.of(count), ParallelFigures.Source.of("a", text, List.<Claim>of(count)).figures());
    }

    @Test
    void wordsAreComparedFoldedAndStemmed() {
        assertEquals("carr", ParallelFigures.stem("carried"));
        assertEquals("carr", ParallelFigures.stem("carrying"));
        assertEquals("carr", ParallelFigures.stem("carries"));
        assertEquals("injur", ParallelFigures.stem("injured"));
        assertEquals("injur", ParallelFigures.stem("injury"));
        assertEquals("bus", ParallelFigures.stem("bus"));
        assertEquals("rifl", ParallelFigures.stem("Rifles"));
        assertEquals("riots", ParallelFigures.bare("riots.\""));
        assertEquals("m", ParallelFigures.units("60m"));
        assertEquals("$", ParallelFigures.units("$5"));
        assertEquals("%", ParallelFigures.units("5.4%"));
        assertEquals("", ParallelFigures.units("1,200."));
    }

    @Test
    void sentencesAreIndexedByTheirRarestWords() {
        Map<String, Integer> df = Map.of("ferry", 5, "tarvik", 1, "harbour", 2, "passenger", 3, "left", 9);
        assertEquals(List.of("tarvik", "harbour", "passenger"), ParallelFigures.rarest(Set.of("ferry", "tarvik", "harbour", "passenger", "left"), df));
        assertEquals(List.of("a", "b"), ParallelFigures.rarest(Set.of("b", "a"), Map.of()));
    }

    @Test
    void aSentenceWithoutAPlacedFigureIsNotRead() {
        String text = "Dozens of passengers were taken ashore by the coastguard boats.\n";
        QuantityClaim dozens = figure("a", text, "Dozens", "passengers", 24);
        assertNull(ParallelFigures.told(0, text, 0, text.length() - 1, List.of(dozens), STYLE));
        assertFalse(align(source("a", text, dozens), source("b", text.replace("Dozens", "Scores"))).containsKey("a"));
    }

    private static ParallelFigures.Told told(Set<String> words, Set<String> names) {
        return new ParallelFigures.Told(0, "", words, names, List.of());
    }

    private static Set<String> words(int from, int to) {
        Set<String> out = new java.util.TreeSet<>();
        for (int i = from; i < to; i++) {
            out.add("w" + i);
        }
        return out;
    }

    @Test
    void parallelSentencesShareEnoughOfTheirWordsAndTheSameNames() {
        // Four shared of four and four: parallel; three shared of three: too few words.
        assertTrue(ParallelFigures.parallel(told(words(0, 4), Set.of()), told(words(0, 4), Set.of())));
        assertFalse(ParallelFigures.parallel(told(words(0, 3), Set.of()), told(words(0, 3), Set.of())));
        // Six of eight shared: three quarters of the shorter, exactly; both sentences 6 * 2 / (8 + 8) = 0.75.
        assertTrue(ParallelFigures.parallel(told(words(0, 8), Set.of()), told(words(2, 10), Set.of())));
        // Five of eight: under three quarters of the shorter.
        assertFalse(ParallelFigures.parallel(told(words(0, 8), Set.of()), told(words(3, 11), Set.of())));
        // Six shared, the shorter all in the longer, but 2 * 6 / (6 + 14) = 0.6 exactly: parallel; one word more: not.
        assertTrue(ParallelFigures.parallel(told(words(0, 6), Set.of()), told(words(0, 14), Set.of())));
        assertFalse(ParallelFigures.parallel(told(words(0, 6), Set.of()), told(words(0, 15), Set.of())));
        assertFalse(ParallelFigures.parallel(told(words(0, 4), Set.of("tarvik")), told(words(0, 4), Set.of("mossel"))));
        assertFalse(ParallelFigures.parallel(told(words(0, 4), Set.of("tarvik")), told(words(0, 4), Set.of())));
        assertTrue(ParallelFigures.parallel(told(words(0, 4), Set.of("tarvik")), told(words(0, 4), Set.of("tarvik"))));
    }

    private static QuantityClaim clause(String measure, String subject, String counted, String act, String owner) {
        return new QuantityClaim("a", new Span(0, 2), "12", measure, subject, 12, "", 12, false, 12, false, 1, null, null,
                DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, false, false, false, null, counted, null)
                .withClause(act, owner);
    }

    private static ParallelFigures.Figure at(QuantityClaim q, String... near) {
        return new ParallelFigures.Figure(q, "the", "boats", List.of(near), 0);
    }

    @Test
    void figuresInOneSlotCountOneThingAsTheirClausesReadThem() {
        QuantityClaim seized = clause("boats", null, null, "seized", "navy");
        assertTrue(ParallelFigures.oneThing(at(seized, "navy", "seiz"), at(clause("boats", null, null, "seizing", "navy"), "navy", "seiz")));
        assertTrue(ParallelFigures.oneThing(at(seized, "navy"), at(clause("boats", null, null, null, null), "navy")), "a clause naming none");
        assertFalse(ParallelFigures.oneThing(at(seized, "navy"), at(clause("boats", null, null, "sank", "navy"), "navy")), "another act");
        assertFalse(ParallelFigures.oneThing(at(seized, "navy"), at(clause("boats", null, null, "seized", "coastguard"), "navy")),
                "another owner");
        assertFalse(ParallelFigures.oneThing(at(seized, "navy"), at(clause("boats", null, "children", "seized", "navy"), "navy")),
                "other people counted");
        assertFalse(ParallelFigures.oneThing(at(clause("boats", "fishing", null, "seized", "navy"), "navy"),
                at(clause("boats", "pirate", null, "seized", "navy"), "navy")), "two subjects");
        assertFalse(ParallelFigures.oneThing(at(clause("house damaged", null, null, null, null), "damag"),
                at(clause("house badly damaged", null, null, null, null), "bad", "damag")), "other words beside it, another measure");
        assertTrue(ParallelFigures.oneThing(at(clause("injured", null, null, null, null), "hurt"),
                at(clause("injured", null, null, null, null), "injur")), "other words beside it, one measure");
        assertTrue(ParallelFigures.oneThing(at(clause("officers", null, null, null, null), "hurt", "polic"),
                at(clause("people", null, null, null, null), "polic", "hurt")), "the same words beside it, in any order");
    }

    @Test
    void aFiguresNeighbourhoodIsTheContentWordsThreeUnitsEitherSide() {
        String text = "Yesterday the navy of Tarvik seized 12 old fishing boats near the reef.";
        QuantityClaim q = figure("a", text, "12", "boats", 12);
        ParallelFigures.Told t = ParallelFigures.told(0, text, 0, text.length(), List.of(q), STYLE);
        ParallelFigures.Figure f = t.figures().get(0);
        assertEquals(List.of("tarvik", "seiz", "old", "fish", "boat"), f.near(), "\"of\" is a function word; the navy is four units off");
        assertEquals("seiz", f.before());
        assertEquals("old", f.after());
        assertEquals(Set.of("tarvik"), t.names(), "a capitalised function word (\"Yesterday\") is no name");
        assertTrue(t.words().containsAll(Set.of("nav", "tarvik", "seiz", "boat", "reef")), t.words().toString());
        assertFalse(t.words().contains("the"));
        assertEquals("yesterday the navy of tarvik seized # old fishing boats near the reef", t.key());
        String first = "12 boats were seized by the navy of Tarvik.";
        ParallelFigures.Figure lead = ParallelFigures.told(0, first, 0, first.length(), List.of(figure("a", first, "12", "boats", 12)), STYLE)
                .figures().get(0);
        assertEquals("^", lead.before());
        String last = "The navy of Tarvik seized boats numbering 12";
        assertEquals("$", ParallelFigures.told(0, last, 0, last.length(), List.of(figure("a", last, "12", "boats", 12)), STYLE)
                .figures().get(0).after());
    }

    @Test
    void aFigureIsReadInItsOwnSentenceOfItsOwnLine() {
        String text = "Boats sank. The navy of Tarvik seized 12 boats near the reef. More followed.\nThe coastguard counted 9 boats.\n";
        QuantityClaim twelve = figure("a", text, "12", "boats", 12);
        QuantityClaim nine = figure("a", text, "9", "boats", 9);
        List<ParallelFigures.Told> told = ParallelFigures.sentences(0, new ParallelFigures.Source("a", text, List.of(twelve, nine)), STYLE);
        assertEquals(2, told.size());
        assertEquals("the navy of tarvik seized # boats near the reef", told.get(0).key());
        assertEquals("the coastguard counted # boats", told.get(1).key());
        QuantityClaim beyond = new QuantityClaim("a", new Span(text.length(), text.length() + 2), "12", "boats", null, 12, "", 12,
                false, 12, false, 1, null, null, DateClaim.NO_DAY, null, DateClaim.NO_DAY, DateClaim.NO_DAY, null, false, false, false,
                null, null, null);
        assertTrue(ParallelFigures.sentences(0, new ParallelFigures.Source("a", text, List.of(beyond)), STYLE).isEmpty());
    }

    @Test
    void anAttributeThatTouchesTheFigureHoldsIt() {
        String text = "The skipper, aged 212, left the harbour of Tarvik for Mossel.\n";
        QuantityClaim count = figure("a", text, "212", "people", 212);
        int at = text.indexOf("212");
        AttributeClaim endsAt = new AttributeClaim("a", new Span(0, at), "x", "the skipper", "skipper", true, "age", "212", 212, false, 212,
                false, DateClaim.NO_DAY, null, null);
        AttributeClaim startsAtEnd = new AttributeClaim("a", new Span(at + 3, at + 9), "x", "the skipper", "skipper", true, "age", "212",
                212, false, 212, false, DateClaim.NO_DAY, null, null);
        AttributeClaim lastChar = new AttributeClaim("a", new Span(at + 2, at + 9), "x", "the skipper", "skipper", true, "age", "212",
                212, false, 212, false, DateClaim.NO_DAY, null, null);
        assertEquals(List.of(count), ParallelFigures.Source.of("a", text, List.of(count, endsAt, startsAtEnd)).figures());
        assertTrue(ParallelFigures.Source.of("a", text, List.of(count, lastChar)).figures().isEmpty());
    }
}
