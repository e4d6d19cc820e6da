package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.clean.Cleaner;
import net.jqwik.api.Example;

/**
 * Reading an undated article again against a date ({@link Extractor#reanchored}) keeps what the
 * first reading found that no date changes, its happenings and what their clauses tie included,
 * and must give claim for claim what reading it afresh against that date gives. The articles are
 * generated from sentences of my own with relative dates ("on Monday", "two days ago", "late
 * Thursday"), dates without a year, clock times, figures and quotations.
 */
class ReanchoredProperties {

    private static final List<String> PEOPLE = List.of("Maria Okafor", "Tomas Lindqvist", "the suspect", "He",
            "Police", "The Interior Department", "Okafor", "A 34-year-old man", "Two firefighters");
    private static final List<String> ACTS = List.of("was arrested", "was shot", "died", "was charged with murder",
            "announced the new rules", "disappeared", "was injured", "married", "was found guilty", "resigned",
            "said the fire broke out", "was born", "was released on bail", "crashed the car",
            // Happenings of two, whose other party the first reading keeps for the second.
            "met Ravi Sandu", "held talks with President Ann Vale", "visited Ida Marsh", "met the Meet the Press host");
    private static final List<String> DATES = List.of("on Monday", "late Thursday", "yesterday", "last week",
            "two days ago", "on March 3", "on Tuesday, May 4", "at about 3 p.m.", "in 1998", "Friday night",
            "earlier this month", "next year", "on Dec. 6", "at 11:40 a.m. Sunday", "this morning", "in June",
            "on Saturday, Jan. 5, 2008", "three weeks later", "on Wednesday evening", "last Friday");
    private static final List<String> TAILS = List.of("", ", police said", ", killing three people",
            " after the shooting on Sunday", " and 12 people were hurt", ", officials said Tuesday",
            " in the town of Millbrook", ", two days after the fire");

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> told = Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.of(ACTS), Arbitraries.of(DATES),
                Arbitraries.of(TAILS), Arbitraries.of(true, false)).as((who, act, when, tail, dateFirst) -> dateFirst
                ? capital(when) + ", " + lower(who) + " " + act + tail + "."
                : who + " " + act + " " + when + tail + ".");
        Arbitrary<String> quoted = Combinators.combine(Arbitraries.of(DATES), Arbitraries.of(PEOPLE))
                .as((when, who) -> "\u201cIt happened " + when + ",\u201d " + lower(who) + " said on Monday.");
        // Figures whose date-free reading (measure, list, aside, clause, vehicles) the first reading keeps for the second,
        // and lengths of time that a date overlaps.
        Arbitrary<String> figure = Combinators.combine(Arbitraries.integers().between(2, 40), Arbitraries.of(DATES),
                        Arbitraries.of("The death toll rose to %d", "The navy seized, in two raids, %d boats",
                                "%d houses were damaged in Millbrook", "Ten people, including %d children, were killed",
                                "The gunmen, in %d cars, opened fire", "Police seized six rifles and %d pistols",
                                "The strike lasted %d days", "The company may lay off %d workers",
                                "%d undersea cables in the bay were damaged"))
                .as((n, when, form) -> String.format(form, n) + " " + when + ".");
        // Tolls told without a figure and day counts of a running happening, which the first reading keeps with its figures.
        Arbitrary<String> toll = Combinators.combine(Arbitraries.of("No one was killed", "A man was injured",
                        "Nobody was hurt", "One person was killed"), Arbitraries.of(DATES))
                .as((what, when) -> what + " " + when + ".");
        Arbitrary<String> days = Combinators.combine(Arbitraries.of("Protests continued for a third straight day",
                        "Workers marched on the fourth day of the strike", "The protest entered its second day"),
                        Arbitraries.of(DATES))
                .as((what, when) -> what + " " + when + ".");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, told), net.jqwik.api.Tuple.of(1, quoted),
                net.jqwik.api.Tuple.of(1, figure), net.jqwik.api.Tuple.of(1, toll), net.jqwik.api.Tuple.of(1, days));
    }

    @Provide
    Arbitrary<String> pages() {
        return sentences().list().ofMinSize(1).ofMaxSize(8).map(s -> {
            // Paragraphs of one to three sentences.
            StringBuilder page = new StringBuilder();
            for (int i = 0; i < s.size(); i++) {
                page.append(i == 0 ? "" : i % 3 == 0 ? "\n\n" : " ").append(s.get(i));
            }
            return page.toString();
        });
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.integers().between(10_000, 20_000).map(LocalDate::ofEpochDay);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String who) {
        return List.of("The", "A", "He", "Police", "Two").contains(who.split(" ")[0])
                ? Character.toLowerCase(who.charAt(0)) + who.substring(1) : who;
    }

    @Property(tries = 200)
    void readingAgainAgainstADateGivesWhatReadingAfreshGives(@ForAll("pages") String page, @ForAll("anchors") LocalDate anchor,
                                                           @ForAll boolean borrowed) {
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        ExtractedDocument first = Extractor.extract(cleaned);
        if (first.published() != null) {
            return;
        }
        String name = "the date of event E-1, " + anchor;
        ExtractedDocument again = Extractor.reanchored(first, anchor, name, borrowed);
        ExtractedDocument fresh = Extractor.extract(cleaned, anchor, name, borrowed);
        assertEquals(fresh.claims(), again.claims(), page);
        // The happenings are carried from the first reading and taken again, what was worked out of them with them.
        assertSame(first.happenings(), again.happenings());
        assertSame(first.happenings(), Happenings.of(again));
        // Read a second time against another date, from the reading against the first.
        LocalDate other = anchor.plusDays(400);
        assertEquals(Extractor.extract(cleaned, other, name, borrowed).claims(),
                Extractor.reanchored(again, other, name, borrowed).claims(), page);
    }

    @Property(tries = 100)
    void aReadingWithADocumentDateReadAgainGivesWhatReadingAfreshGives(@ForAll("pages") String page,
                                                                     @ForAll("anchors") LocalDate dct, @ForAll boolean borrowed) {
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        ExtractedDocument first = Extractor.extract(cleaned, dct);
        LocalDate anchor = dct.minusDays(3);
        String name = "the date of event E-1, " + anchor;
        assertEquals(Extractor.extract(cleaned, anchor, name, borrowed).claims(),
                Extractor.reanchored(first, anchor, name, borrowed).claims(), page);
    }

    /** The generator gives what the property needs: dates that only a date to resolve against places, tied to happenings. */
    @Example
    void theGeneratedSentencesHoldDatesResolvedOnlyAgainstTheAnchorAndTiedToHappenings() {
        String page = "Maria Okafor was arrested on Monday. Tomas Lindqvist was shot late Thursday, police said.\n\n"
                + "\u201cIt happened yesterday,\u201d the suspect said on Monday. The death toll rose to 12 two days ago.";
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        ExtractedDocument first = Extractor.extract(cleaned);
        LocalDate anchor = LocalDate.of(2008, 9, 3);
        ExtractedDocument again = Extractor.reanchored(first, anchor, "x", false);
        assertEquals(Extractor.extract(cleaned, anchor, "x", false).claims(), again.claims());
        long resolved = again.claims().stream().filter(c -> c instanceof DateClaim d && d.onCalendar() && d.anchored()).count();
        long tied = again.claims().stream().filter(c -> c instanceof DateClaim d && d.about() != null && d.anchored()).count();
        assertTrue(resolved >= 3, "dates resolved against the anchor: " + resolved);
        assertTrue(tied >= 1, "dates resolved against the anchor and tied to a happening: " + tied);
    }

    /** A toll without a figure and a running happening's day count, kept with the figures of the first reading, are dated again. */
    @Example
    void tollsAndDayCountsKeptWithTheFiguresAreReadAgainstTheNewDate() {
        String page = "Protests continued for a third straight day on Monday.\n\nNo one was killed on Tuesday, police said.";
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        ExtractedDocument first = Extractor.extract(cleaned);
        assertEquals(1, first.figures().days().size());
        assertEquals(1, first.figures().tolls().stream().mapToInt(List::size).sum());
        LocalDate anchor = LocalDate.of(2008, 9, 3);
        ExtractedDocument again = Extractor.reanchored(first, anchor, "x", false);
        assertEquals(Extractor.extract(cleaned, anchor, "x", false).claims(), again.claims());
        long dated = again.claims().stream().filter(c -> c instanceof org.crosscheck.claims.QuantityClaim q
                && q.asOf() != DateClaim.NO_DAY && (q.measure().equals("killed") || q.measure().startsWith(
                org.crosscheck.claims.QuantityClaim.SINCE))).count();
        assertEquals(2, dated, again.claims().toString());
    }

    @Example
    void happeningsAreCarriedOnlyByADocumentWithoutAPublicationDate() {
        ExtractedDocument undated = Extractor.extract(Cleaner.clean(Fixtures.document("p", "Maria Okafor was arrested on Monday.")));
        assertTrue(undated.happenings() != null);
        assertSame(undated.happenings(), Happenings.of(undated));
        ExtractedDocument dated = Extractor.extract(Cleaner.clean(Fixtures.document("p",
                "Published: April 13, 2021 12:27 am\nMaria Okafor was arrested on Monday.")));
        assertTrue(dated.published() != null);
        assertNull(dated.happenings());
        assertNotSame(Happenings.of(dated), Happenings.of(dated));
    }

    @Example
    void carriedHappeningsAreTakenOnlyForTheSameCleanedTextAndTheSameHappeningsWords() {
        String page = "Maria Okafor was arrested on Monday after the shooting. She was charged on Tuesday.";
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        ExtractedDocument d = Extractor.extract(cleaned);
        Happenings carried = d.happenings();
        List<Claim> events = d.claims().stream().filter(c -> c instanceof EventClaim).toList();
        assertTrue(events.size() >= 2, "happenings' words: " + events);
        assertTrue(carried.readsAs(d));
        // Another cleaning of the same text is another document.
        CleanedDocument again = Cleaner.clean(Fixtures.document("p", page));
        assertTrue(!carried.readsAs(new ExtractedDocument(again, d.source(), d.title(), d.claims(), d.names())));
        // One happening's word fewer, one more, one changed.
        List<Claim> fewer = new ArrayList<>(d.claims());
        fewer.remove(events.get(events.size() - 1));
        assertTrue(!carried.readsAs(d.withClaims(fewer)));
        assertNotSame(carried, Happenings.of(d.withClaims(fewer)));
        List<Claim> more = new ArrayList<>(d.claims());
        more.add(events.get(0));
        assertTrue(!carried.readsAs(d.withClaims(more)));
        List<Claim> changed = new ArrayList<>(d.claims());
        EventClaim e = (EventClaim) events.get(0);
        changed.set(changed.indexOf(e), new EventClaim(e.document(), e.span(), e.text(), e.happening() + "x", e.mode(), e.event()));
        assertTrue(!carried.readsAs(d.withClaims(changed)));
        // Claims of other kinds may change (a reading against a date changes the dates).
        List<Claim> noDates = d.claims().stream().filter(c -> !(c instanceof DateClaim)).toList();
        assertTrue(carried.readsAs(d.withClaims(noDates)));
        assertSame(carried, Happenings.of(d.withClaims(noDates)));
    }

    @Example
    void whatASpanIsAboutIsWorkedOutOnceAndThePeopleOnceForEachDocumentsNames() {
        String page = "Maria Okafor was arrested on Monday. Tomas Lindqvist was charged on Tuesday.";
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        ExtractedDocument d = Extractor.extract(cleaned);
        Happenings h = Happenings.of(d);
        org.crosscheck.claims.Span monday = new org.crosscheck.claims.Span(page.indexOf("on Monday") + 3, page.indexOf("Monday.") + 6);
        Happenings.About about = h.aboutDate(monday);
        assertSame(about, h.aboutDate(monday));
        assertTrue(about.kind() != null, "the arrest dates Monday: " + about);
        assertEquals(Happenings.of(new ExtractedDocument(cleaned, d.source(), d.title(), d.claims(), d.names())).aboutDate(monday),
                about);
        assertEquals(h.passing(monday, about), Mentions.passing(page, monday, about));
        assertEquals(List.of("maria okafor"), h.people(monday, d.names()));
        // Other names: the clause's people are read again for them, not taken from the first names'.
        Names.Found others = new Names.Found(java.util.Map.of("Tomas Lindqvist", 1), java.util.Set.of("Tomas Lindqvist"));
        assertEquals(List.of(), h.people(monday, others));
        assertEquals(List.of("maria okafor"), h.people(monday, d.names()));
    }

    /** The other parties the first reading found in its dates' sentences are carried and taken by the second, not read again. */
    @Example
    void theOtherPartiesOfTheFirstReadingAreTakenByTheSecond() {
        String page = "Maria Okafor met Ravi Sandu on Monday. Tomas Lindqvist was arrested on Tuesday.";
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        String text = cleaned.document().text();
        ExtractedDocument first = Extractor.extract(cleaned);
        org.crosscheck.claims.OtherParty.Found ravi = new org.crosscheck.claims.OtherParty.Found("ravi sandu", "meeting");
        int second = text.indexOf("Tomas");
        assertTrue(first.parties().of(text));
        assertEquals(2, first.parties().size());
        assertTrue(first.parties().read(0) && first.parties().read(second));
        assertEquals(ravi, first.parties().party(0));
        assertNull(first.parties().party(second));
        LocalDate anchor = LocalDate.of(2008, 9, 3);
        ExtractedDocument again = Extractor.reanchored(first, anchor, "x", true);
        assertSame(first.parties(), again.parties());
        assertEquals(List.of("ravi sandu"), parties(again));
        // What is carried is taken as it is: a party planted for the first sentence is the one set.
        java.util.Map<Integer, org.crosscheck.claims.OtherParty.Found> planted = new java.util.HashMap<>();
        planted.put(0, new org.crosscheck.claims.OtherParty.Found("ida marsh", "meeting"));
        planted.put(second, null);
        ExtractedDocument plantedReading = first.withParties(new SentenceParties(text, planted));
        assertEquals(List.of("ida marsh"), parties(Extractor.reanchored(plantedReading, anchor, "x", true)));
        // A sentence the carried reading did not read is read afresh; so is every sentence when another text's parties are carried.
        planted.remove(0);
        assertEquals(List.of("ravi sandu"), parties(Extractor.reanchored(
                first.withParties(new SentenceParties(text, planted)), anchor, "x", true)));
        planted.put(0, new org.crosscheck.claims.OtherParty.Found("ida marsh", "meeting"));
        assertEquals(List.of("ravi sandu"), parties(Extractor.reanchored(
                first.withParties(new SentenceParties(text + " ", planted)), anchor, "x", true)));
        // A document with a publication date is not read again: it carries none.
        ExtractedDocument dated = Extractor.extract(Cleaner.clean(Fixtures.document("p",
                "Published: April 13, 2021 12:27 am\nMaria Okafor met Ravi Sandu on Monday.")));
        assertTrue(dated.published() != null);
        assertNull(dated.parties());
        assertTrue(parties(dated).contains("ravi sandu"));
    }

    @Example
    void theFiguresDateFreeReadingsOfTheFirstReadingAreTakenByTheSecond() {
        String page = "The navy seized, in two raids, seven boats on Monday. The strike lasted 12 days.";
        CleanedDocument cleaned = Cleaner.clean(Fixtures.document("p", page));
        String text = cleaned.document().text();
        ExtractedDocument first = Extractor.extract(cleaned);
        Figures.Sentence sentence = first.figures().sentences().get(0);
        org.crosscheck.text.QuantityMatch seven = sentence.found().stream().filter(m -> m.value() == 7).findFirst().orElseThrow();
        Figures.Reading kept = first.figures().reading(seven);
        int[] bounds = {sentence.start(), sentence.end()};
        assertEquals(java.util.Arrays.asList(QuantityExtractor.reading(seven, text, bounds).measure()),
                java.util.Arrays.asList(kept.measure()));
        assertEquals("boat", kept.measure()[0].split(" ")[0]);
        assertEquals(FigureClause.of(text, bounds[0], bounds[1], seven.start(), seven.end()), kept.tie());
        // Kept by identity: the figure itself, once.
        assertEquals(List.of(seven), first.figures().readings().keySet().stream().filter(m -> m.value() == 7).toList());
        LocalDate anchor = LocalDate.of(2008, 9, 3);
        ExtractedDocument again = Extractor.reanchored(first, anchor, "x", true);
        assertSame(first.figures(), again.figures());
        assertEquals(Extractor.extract(cleaned, anchor, "x", true).claims(), again.claims());
        // What is kept is taken as it is: a reading planted for the figure is the one used, its tie too.
        java.util.Map<org.crosscheck.text.QuantityMatch, Figures.Reading> planted = new java.util.IdentityHashMap<>();
        planted.put(seven, new Figures.Reading(new String[] {"rafts seized", null, null}, null, new FigureClause.Tie("sank", "navy")));
        ExtractedDocument plantedReading = new ExtractedDocument(first.cleaned(), first.source(), first.title(), first.claims(),
                first.names(), first.figures().withReadings(planted), first.happenings(), first.parties());
        QuantityClaim rafts = quantities(Extractor.reanchored(plantedReading, anchor, "x", true)).stream()
                .filter(q -> q.span().start() == seven.start()).findFirst().orElseThrow();
        assertEquals("rafts seized", rafts.measure());
        assertEquals("sank", rafts.act());
        assertEquals("navy", rafts.owner());
        // A figure with no reading kept (or an equal match that is not the one kept) is read afresh.
        planted.clear();
        planted.put(new org.crosscheck.text.QuantityMatch(seven.start(), seven.end(), seven.value(), seven.precision(),
                seven.hedge(), seven.low(), seven.lowOpen(), seven.high(), seven.highOpen(), seven.currency(), seven.magnitude(),
                seven.alsoWritten(), seven.before(), seven.after(), seven.spaced()),
                new Figures.Reading(new String[] {"rafts seized", null, null}, null, new FigureClause.Tie("sank", "navy")));
        ExtractedDocument unkept = new ExtractedDocument(first.cleaned(), first.source(), first.title(), first.claims(),
                first.names(), first.figures().withReadings(planted), first.happenings(), first.parties());
        assertEquals(again.claims(), Extractor.reanchored(unkept, anchor, "x", true).claims());
        // The readings kept are a memo: figures are equal with or without them.
        assertEquals(first.figures(), new Figures(first.figures().sentences(), first.figures().tolls(), first.figures().days()));
        assertEquals(first.figures().hashCode(),
                new Figures(first.figures().sentences(), first.figures().tolls(), first.figures().days()).hashCode());
        Figures other = QuantityExtractor.figures(Cleaner.clean(Fixtures.document("p", "The navy seized nine boats on Monday.")));
        org.junit.jupiter.api.Assertions.assertNotEquals(other, first.figures());
        org.junit.jupiter.api.Assertions.assertNotEquals(other.hashCode(), first.figures().hashCode());
        // A document with a publication date is not read again: nothing is kept.
        ExtractedDocument dated = Extractor.extract(Cleaner.clean(Fixtures.document("p",
                "Published: April 13, 2021 12:27 am\nThe navy seized, in two raids, seven boats on Monday.")));
        assertNull(dated.figures());
    }

    private static List<QuantityClaim> quantities(ExtractedDocument d) {
        return d.claims().stream().filter(c -> c instanceof QuantityClaim).map(c -> (QuantityClaim) c).toList();
    }

    private static List<String> parties(ExtractedDocument d) {
        return d.claims().stream().filter(c -> c instanceof DateClaim dc && dc.party() != null)
                .map(c -> ((DateClaim) c).party()).toList();
    }
}
