package org.crosscheck.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairwise findings that share a claim become one finding per disagreement. */
class DisagreementsTest {

    static Evidence claim(String document, int start, String text, String value) {
        return new Evidence(document, start, start + text.length(), 1, start + 1, text, value);
    }

    static String key(Evidence e) {
        return "quantity|" + e.document() + "|killed|" + e.value();
    }

    /** A finding of {@code rule} about two claims, as the sink reports one firing. */
    static Disagreements.Sighting pair(String rule, Severity severity, String reason, Evidence a, Evidence b) {
        List<String> keys = List.of(key(a), key(b));
        return new Disagreements.Sighting(new Finding(Findings.fingerprint(rule, keys), rule, severity, reason,
                a.document() + " says " + a.text() + ", " + b.document() + " says " + b.text(), "S1",
                List.of(a.document(), b.document()).stream().sorted().toList(), List.of(a, b), Finding.Status.NEW, null),
                keys);
    }

    static final Evidence A6 = claim("a", 40, "six", "killed [6, 6]");
    static final Evidence B24 = claim("b", 12, "24", "killed [24, 24]");
    static final Evidence C24 = claim("c", 30, "24", "killed [24, 24]");
    static final Evidence D24 = claim("d", 7, "twenty-four", "killed [24, 24]");

    @Test
    void threeSourcesWithTwoDisagreeingPairsSharingAClaimGiveOneFinding() {
        Disagreements.Sighting pairAB = pair("quantity-conflict", Severity.NOTE, "different parties", A6, B24);
        Disagreements.Sighting pairCA = pair("quantity-conflict", Severity.WARNING, "nothing explains it", C24, A6);
        List<Finding> out = Disagreements.merge(List.of(pairAB, pairCA));
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("quantity-conflict", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("a", "b", "c"), f.documents());
        assertEquals(List.of(A6, B24, C24), f.evidence());
        assertEquals("Three sources disagree: killed [6, 6] (\"six\") in a; killed [24, 24] (\"24\") in b and c.",
                f.message());
        assertEquals("the most serious of its pairs decides; warning for a vs c: nothing explains it;"
                + " note for a vs b: different parties", f.severityReason());
        assertEquals(Findings.fingerprint("quantity-conflict", List.of(key(A6), key(B24), key(C24))), f.fingerprint());
        assertEquals(List.of(pairAB.finding().fingerprint(), pairCA.finding().fingerprint()).stream().sorted().toList(),
                f.joined());
        assertEquals("S1", f.story());
        assertEquals(Finding.Status.NEW, f.status());
        assertEquals(null, f.statusReason());
    }

    /** A sighting of {@code pair}'s finding as one of the copies of a pair of documents, under {@code copies}, at {@code position}. */
    static Disagreements.Sighting copy(Disagreements.Sighting pair, Object copies, long position) {
        return new Disagreements.Sighting(pair.finding(), pair.claimKeys(), null, copies, position, null);
    }

    static final Evidence E24 = claim("e", 9, "24", "killed [24, 24]");

    /**
     * Pairs of copies of one pair of documents are listed once in {@code joined} (the first pair
     * by id, whatever its fingerprint), pairs of no copies each; everything else is as if none
     * were copies.
     */
    @Test
    void aJoinedFindingListsOnePairOfEachPairOfDocumentsCopies() {
        Disagreements.Sighting ab = pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, B24);
        Disagreements.Sighting ac = pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, C24);
        Disagreements.Sighting ad = pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, D24);
        Disagreements.Sighting ae = pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, E24);
        List<Disagreements.Sighting> plain = List.of(ab, ac, ad, ae);
        // Of b's copies, the pair placed first is listed: the larger fingerprint, then the smaller.
        boolean abFirst = ab.finding().fingerprint().compareTo(ac.finding().fingerprint()) > 0;
        List<Disagreements.Sighting> copies = List.of(copy(ab, "b's", abFirst ? 3 : 4), copy(ac, "b's", abFirst ? 4 : 3),
                copy(ad, "d's", 9), ae);
        Finding without = Disagreements.merge(plain).get(0);
        Finding with = Disagreements.merge(copies).get(0);
        String firstOfB = abFirst ? ab.finding().fingerprint() : ac.finding().fingerprint();
        assertEquals(List.of(firstOfB, ad.finding().fingerprint(), ae.finding().fingerprint()).stream().sorted().toList(),
                with.joined());
        assertEquals(4, without.joined().size());
        assertEquals(new Finding(without.fingerprint(), without.rule(), without.severity(), without.severityReason(),
                without.message(), without.story(), without.documents(), without.evidence(), without.status(),
                without.statusReason(), with.joined()), with);
        List<Disagreements.Sighting> reversed = new ArrayList<>(copies);
        java.util.Collections.reverse(reversed);
        assertEquals(with, Disagreements.merge(reversed).get(0), "the order of firing does not matter");
        assertEquals(null, new Disagreements.Sighting(ab.finding(), ab.claimKeys()).copies());
    }

    /**
     * One sighting standing for several pairs of copies joins as those pairs would: never one
     * claim set, its evidence and sources theirs, its first pair's fingerprint in {@code joined},
     * and each pair named in the reason when the pairs' reasons differ.
     */
    @Test
    void aSightingOfSeveralPairsJoinsAsItsPairsWould() {
        Disagreements.Sighting ab = pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, B24);
        Disagreements.Sighting ac = pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, C24);
        Disagreements.Sighting ad = pair("quantity-conflict", Severity.NOTE, "different parties", A6, D24);
        Finding union = new Finding(ab.finding().fingerprint(), "quantity-conflict", Severity.WARNING, "nothing explains it",
                null, "S1", List.of("a", "b", "c"), List.of(A6, B24, C24), Finding.Status.NEW, null);
        List<String> keys = new ArrayList<>(ab.claimKeys());
        keys.addAll(ac.claimKeys());
        Disagreements.Sighting both = new Disagreements.Sighting(union, keys, null, "b's", 0,
                () -> List.of(List.of("a", "b"), List.of("a", "c")));
        Finding pairwise = Disagreements.merge(List.of(copy(ab, "b's", 0), copy(ac, "b's", 1))).get(0);
        Finding asOne = Disagreements.merge(List.of(both)).get(0);
        assertEquals(pairwise, asOne);
        assertEquals(List.of(ab.finding().fingerprint()), asOne.joined());
        assertEquals("Three sources disagree: killed [6, 6] (\"six\") in a; killed [24, 24] (\"24\") in b and c.",
                asOne.message(), "not the first pair's own message");
        Finding withD = Disagreements.merge(List.of(both, ad)).get(0);
        assertEquals(Disagreements.merge(List.of(copy(ab, "b's", 0), copy(ac, "b's", 1), ad)).get(0), withD);
        assertEquals("the most serious of its pairs decides; warning for a vs b, a vs c: nothing explains it;"
                + " note for a vs d: different parties", withD.severityReason());
    }

    @Test
    void anEntitysValuesAreGroupedByTheValueWhateverItsNameIsWrittenAs() {
        Evidence a = claim("a", 5, "Dana Roe, 36, of Varth", "Dana Roe: residence Varth");
        Evidence b = claim("b", 9, "Dana K. Roe, 36, of Varth", "Dana K. Roe: residence Varth");
        Evidence c = claim("c", 3, "Dana Roe, 36, of Orvale", "Dana Roe: residence Orvale");
        List<Finding> out = Disagreements.merge(List.of(
                pair("attribute-conflict", Severity.WARNING, "one person, one home", a, c),
                pair("attribute-conflict", Severity.WARNING, "one person, one home", b, c)));
        assertEquals(1, out.size());
        assertEquals("Three sources disagree about Dana Roe: residence Varth (\"Dana Roe, 36, of Varth\","
                + " \"Dana K. Roe, 36, of Varth\") in a and b; residence Orvale (\"Dana Roe, 36, of Orvale\") in c.",
                out.get(0).message());
        assertEquals("Three sources disagree: Dana Roe: residence Varth (\"Dana Roe, 36, of Varth\") in a;"
                + " Dana K. Roe: residence Varth (\"Dana K. Roe, 36, of Varth\") in b;"
                + " Dana Roe: residence Orvale (\"Dana Roe, 36, of Orvale\") in c.",
                Disagreements.message("quote-misattribution", 3, List.of(a, b, c)), "only rules whose values are an entity's");
    }

    static Evidence figure(String document, String text, String value, double low, double high) {
        return new Evidence(document, 0, text.length(), 1, 1, text, value, null, null, null, low, high);
    }

    @Test
    void sourcesWhoseFiguresAllOverlapAreListedUnderTheFirstOfTheirValues() {
        Evidence feet = figure("a", "falling about 200ft", "Ann Roe: distance fallen about 200ft (61 m)", 45.72, 76.2);
        Evidence metres = figure("b", "falling 150 metres", "Ann Roe: distance fallen 150 metres", 145, 155);
        Evidence sixty = figure("c", "falling about 60m", "Ann Roe: distance fallen about 60m", 54, 66);
        Evidence about = figure("d", "about 150 metres", "Ann Roe: distance fallen about 150 metres", 135, 165);
        assertEquals("Four sources disagree about Ann Roe: distance fallen about 200ft (61 m) (\"falling about 200ft\","
                + " \"falling about 60m\") in a and c; distance fallen 150 metres (\"falling 150 metres\", \"about 150 metres\")"
                + " in b and d.", Disagreements.message("attribute-conflict", 4, List.of(feet, metres, sixty, about)));
    }

    @Test
    void aFigureJoinsAValuesSourcesOnlyWhenItOverlapsEveryOneOfThem() {
        Evidence wide = figure("a", "about 200", "killed about 200", 150, 250);
        Evidence low = figure("b", "160", "killed 160", 160, 160);
        Evidence high = figure("c", "240", "killed 240", 240, 240);
        // 240 fits "about 200" but not 160, which "about 200" already holds: it stands apart.
        assertEquals("Three sources disagree: killed about 200 (\"about 200\", \"160\") in a and b; killed 240 (\"240\") in c.",
                Disagreements.message("quantity-conflict", 3, List.of(wide, low, high)));
    }

    @Test
    void figuresApartAsWrittenStayApartThoughTheirSlackOverlaps() {
        Evidence about = figure("a", "about 600 metres", "fell about 600 metres", 540, 660);
        Evidence seven = figure("b", "700 metres", "fell 700 metres", 650, 750);
        assertEquals(false, Disagreements.overlap(about, seven), "neither 600 nor 700 lies in the other's range");
        assertEquals(true, Disagreements.overlap(about, figure("c", "650 metres", "fell 650 metres", 645, 655)));
        assertEquals("Two sources disagree: fell about 600 metres (\"about 600 metres\") in a; fell 700 metres (\"700 metres\") in b.",
                Disagreements.message("quantity-conflict", 2, List.of(about, seven)));
    }

    @Test
    void rangesThatOnlyTouchOrAFigureAtARangesEndStayApart() {
        Evidence a = figure("a", "$2.5 million", "value stolen $2.5 million", 2450000, 2550000);
        Evidence b = figure("b", "$2.6 million", "value stolen $2.6 million", 2550000, 2650000);
        assertEquals(false, Disagreements.overlap(a, b));
        Evidence upTo = figure("c", "as many as 20", "marched as many as 20", 0, 20);
        Evidence twenty = figure("d", "20", "marched 20", 20, 20);
        assertEquals(false, Disagreements.overlap(upTo, twenty), "whether the range's end is open is not known");
        assertEquals(true, Disagreements.overlap(twenty, figure("e", "twenty", "marched 20", 20, 20)));
        assertEquals(false, Disagreements.overlap(twenty, figure("e", "21", "marched 21", 21, 21)));
        assertEquals(true, Disagreements.overlap(figure("f", "about 20", "marched about 20", 18, 22), twenty));
        assertEquals(false, Disagreements.overlap(twenty, claim("g", 0, "twenty", "marched 20")), "no range, no overlap");
    }

    @Test
    void theEntityIsTheOneMostValuesNameAndNoneWhenAValueNamesNone() {
        assertEquals("Dana K. Roe", Disagreements.entity(List.of(claim("a", 1, "x", "Dana Roe: age 3"),
                claim("b", 1, "x", "Dana K. Roe: age 4"), claim("c", 1, "x", "Dana K. Roe: age 4"))));
        assertEquals("Dana Roe", Disagreements.entity(List.of(claim("a", 1, "x", "Dana Roe: age 3"),
                claim("b", 1, "x", "Dana K. Roe: age 4"))), "of as many, the first");
        assertEquals(null, Disagreements.entity(List.of(claim("a", 1, "x", "Dana Roe: age 3"), claim("b", 1, "x", "age 4"))));
        assertEquals(null, Disagreements.entity(List.of(claim("a", 1, "x", ": age 3"))), "no entity before the colon");
        assertEquals(null, Disagreements.entity(List.of(claim("a", 1, "x", "Dana Roe: "))), "no value after it");
        assertEquals(null, Disagreements.entity(List.of(claim("a", 1, "x", null))));
    }

    @Test
    void aJoinedFindingLessSeriousThanItsRuleSaysWhyInItsMessage() {
        java.util.function.Function<String, Severity> defaults = rule -> rule.equals("quantity-conflict") ? Severity.WARNING : null;
        List<Finding> out = Disagreements.merge(List.of(
                pair("quantity-conflict", Severity.NOTE, "order unknown", A6, B24),
                pair("quantity-conflict", Severity.NOTE, "different parties", A6, C24),
                pair("quantity-conflict", Severity.NOTE, "order unknown", A6, D24)), defaults);
        assertEquals(1, out.size());
        assertEquals(Severity.NOTE, out.get(0).severity());
        assertEquals("Four sources disagree: killed [6, 6] (\"six\") in a;"
                + " killed [24, 24] (\"24\", \"twenty-four\") in b, c and d. Different parties; order unknown.", out.get(0).message());
        // A pair at the rule's own severity decides, and the message adds no reason.
        out = Disagreements.merge(List.of(
                pair("quantity-conflict", Severity.NOTE, "order unknown", A6, B24),
                pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, C24)), defaults);
        assertEquals("Three sources disagree: killed [6, 6] (\"six\") in a; killed [24, 24] (\"24\") in b and c.",
                out.get(0).message());
        // A rule whose default is unknown, or a note by default, adds none either.
        out = Disagreements.merge(List.of(
                pair("name-variant", Severity.NOTE, "a letter dropped", A6, B24),
                pair("name-variant", Severity.NOTE, "a letter dropped", A6, C24)), rule -> Severity.NOTE);
        assertEquals("Three sources disagree: killed [6, 6] (\"six\") in a; killed [24, 24] (\"24\") in b and c.",
                out.get(0).message());
        out = Disagreements.merge(List.of(
                pair("quantity-conflict", Severity.NOTE, "order unknown", A6, B24),
                pair("quantity-conflict", Severity.NOTE, "order unknown", A6, C24)), defaults);
        assertEquals("Three sources disagree: killed [6, 6] (\"six\") in a; killed [24, 24] (\"24\") in b and c. Order unknown.",
                out.get(0).message());
        // A pair alone keeps its own message, which says its reason itself.
        out = Disagreements.merge(List.of(pair("quantity-conflict", Severity.NOTE, "order unknown", A6, B24)), defaults);
        assertEquals("a says six, b says 24", out.get(0).message());
    }

    @Test
    void theLoweredReasonIsEmptyWhenNoPairOfTheSeverityGivesOne() {
        assertEquals("", Disagreements.lowered(List.of(pair("quantity-conflict", Severity.WARNING, "x", A6, B24)), Severity.NOTE));
        assertEquals("", Disagreements.lowered(List.of(pair("quantity-conflict", Severity.NOTE, null, A6, B24)), Severity.NOTE));
        assertEquals("X y.", Disagreements.lowered(List.of(pair("quantity-conflict", Severity.NOTE, "x y", A6, B24)), Severity.NOTE));
    }

    @Test
    void oneFigureAgainstThreeIsOneFindingWhoseSharedReasonIsKept() {
        List<Finding> out = Disagreements.merge(List.of(
                pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, B24),
                pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, C24),
                pair("quantity-conflict", Severity.WARNING, "nothing explains it", A6, D24)));
        assertEquals(1, out.size());
        assertEquals("Four sources disagree: killed [6, 6] (\"six\") in a;"
                + " killed [24, 24] (\"24\", \"twenty-four\") in b, c and d.", out.get(0).message());
        assertEquals("nothing explains it", out.get(0).severityReason());
        assertEquals(List.of("a", "b", "c", "d"), out.get(0).documents());
    }

    @Test
    void aTwoSourceFindingKeepsItsMessageReasonAndFingerprint() {
        Disagreements.Sighting only = pair("quantity-conflict", Severity.NOTE, "different parties", B24, A6);
        assertEquals(List.of(only.finding()), Disagreements.merge(List.of(only)));
    }

    @Test
    void theSamePairMatchedTwiceIsOneFindingAtItsMostSeriousSeverity() {
        Disagreements.Sighting note = pair("quantity-conflict", Severity.NOTE, "different parties", A6, B24);
        Disagreements.Sighting warning = pair("quantity-conflict", Severity.WARNING, "nothing explains it", B24, A6);
        assertEquals(List.of(warning.finding()), Disagreements.merge(List.of(note, warning)));
        assertEquals(List.of(warning.finding()), Disagreements.merge(List.of(warning, note)));
    }

    @Test
    void unrelatedPairsStayApart() {
        Evidence a10 = claim("a", 80, "10", "injured [10, 10]");
        Evidence b50 = claim("b", 90, "50", "injured [50, 50]");
        Disagreements.Sighting killed = pair("quantity-conflict", Severity.WARNING, "w", A6, B24);
        Disagreements.Sighting injured = pair("quantity-conflict", Severity.WARNING, "w", a10, b50);
        assertEquals(List.of(killed.finding(), injured.finding()), Disagreements.merge(List.of(injured, killed)));
    }

    @Test
    void pairsOfDifferentRulesStayApartEvenWhenTheyShareAClaim() {
        Disagreements.Sighting quantity = pair("quantity-conflict", Severity.WARNING, "w", A6, B24);
        Disagreements.Sighting other = pair("attribute-conflict", Severity.WARNING, "w", A6, C24);
        assertEquals(List.of(other.finding(), quantity.finding()), Disagreements.merge(List.of(quantity, other)));
    }

    @Test
    void findingsAboutOneDocumentAreNeverJoined() {
        Evidence updated = claim("a", 0, "April 1", "2021-04-01");
        Evidence published = claim("a", 20, "April 9", "2021-04-09");
        Evidence otherUpdate = claim("a", 40, "April 2", "2021-04-02");
        List<Disagreements.Sighting> sightings = new ArrayList<>();
        for (Evidence u : List.of(updated, otherUpdate)) {
            sightings.add(new Disagreements.Sighting(new Finding(Findings.fingerprint("timestamp-order", List.of(u.text())),
                    "timestamp-order", Severity.ERROR, "r", "m " + u.text(), "S1", List.of("a"), List.of(published, u),
                    Finding.Status.NEW, null), List.of(u.text())));
        }
        assertEquals(2, Disagreements.merge(sightings).size());
    }

    @Test
    void aChainOfSharedClaimsIsOneDisagreement() {
        List<Finding> out = Disagreements.merge(List.of(
                pair("name-variant", Severity.NOTE, "n", claim("a", 0, "Kiev", "Kiev"), claim("b", 0, "Kyiv", "Kyiv")),
                pair("name-variant", Severity.NOTE, "n", claim("b", 0, "Kyiv", "Kyiv"), claim("c", 5, "Kiyv", "Kiyv"))));
        assertEquals(1, out.size());
        assertEquals("Three sources disagree: Kiev in a; Kyiv in b; Kiyv in c.", out.get(0).message());
    }

    @Test
    void aQuotedValueIsNotFollowedByItsWordsAgain() {
        Evidence a = claim("a", 0, "we will stop", "Ivel: \u201cwe will stop\u201d");
        Evidence b = claim("b", 0, "we shall stop", "Ivel: \u201cwe shall stop\u201d");
        Evidence c = claim("c", 0, "we must stop", "Ivel: \"we must stop\"");
        List<Finding> out = Disagreements.merge(List.of(pair("quote-variant", Severity.WARNING, "q", a, b),
                pair("quote-variant", Severity.WARNING, "q", a, c)));
        assertEquals("Three sources disagree: Ivel: \u201cwe will stop\u201d in a; Ivel: \u201cwe shall stop\u201d in b;"
                + " Ivel: \"we must stop\" in c.", out.get(0).message());
    }

    @Test
    void twoClaimsOfOneSourceInOneDisagreementCountTheSourceOnce() {
        Evidence b2 = claim("b", 100, "25", "killed [25, 25]");
        List<Finding> out = Disagreements.merge(List.of(pair("quantity-conflict", Severity.WARNING, "w", A6, B24),
                pair("quantity-conflict", Severity.WARNING, "w", A6, b2)));
        assertEquals("Two sources disagree: killed [6, 6] (\"six\") in a; killed [24, 24] (\"24\") in b;"
                + " killed [25, 25] (\"25\") in b.", out.get(0).message());
        assertEquals(List.of(A6, B24, b2), out.get(0).evidence());
    }

    @Test
    void twoClaimsAtOnePlaceKeepTheSameOneWhateverTheOrder() {
        Evidence dateAtA = claim("a", 40, "six", "2021-04-06");
        Disagreements.Sighting first = pair("quantity-conflict", Severity.WARNING, "w", A6, B24);
        Disagreements.Sighting second = pair("quantity-conflict", Severity.WARNING, "w", dateAtA, C24);
        List<Evidence> expected = List.of(dateAtA, B24, C24);
        assertEquals(expected, Disagreements.merge(List.of(first, second)).get(0).evidence());
        assertEquals(expected, Disagreements.merge(List.of(second, first)).get(0).evidence());
    }

    @Test
    void aBaselineOfEveryPairKnowsTheJoinedFindingAndAMissingPairMakesItNew() {
        Disagreements.Sighting ab = pair("quantity-conflict", Severity.WARNING, "w", A6, B24);
        Disagreements.Sighting ac = pair("quantity-conflict", Severity.WARNING, "w", A6, C24);
        List<Finding> merged = Disagreements.merge(List.of(ab, ac));
        java.time.LocalDate today = java.time.LocalDate.of(2026, 1, 1);

        Baseline pairs = new Baseline(1, List.of(ab.finding().fingerprint(), ac.finding().fingerprint()));
        Finding known = Suppressions.apply(merged, pairs, "old.json", null, today).get(0);
        assertEquals(Finding.Status.BASELINE, known.status());
        assertEquals("in the baseline old.json, each of the 2 pairs it joins", known.statusReason());
        assertEquals(merged.get(0).joined(), known.joined());

        Baseline onePair = new Baseline(1, List.of(ab.finding().fingerprint()));
        assertEquals(Finding.Status.NEW, Suppressions.apply(merged, onePair, "old.json", null, today).get(0).status());

        Baseline itself = Baseline.of(merged);
        Finding same = Suppressions.apply(merged, itself, "new.json", null, today).get(0);
        assertEquals("in the baseline new.json", same.statusReason());

        Finding lone = ab.finding();
        assertEquals(List.of(), lone.joined());
        assertEquals(Finding.Status.NEW, Suppressions.apply(List.of(lone), new Baseline(1, List.of()), "b", null, today)
                .get(0).status());
    }

    @Test
    void pairsOfOneSeverityForDifferentReasonsGiveEachReason() {
        List<Finding> out = Disagreements.merge(List.of(
                pair("quantity-conflict", Severity.NOTE, "months apart", A6, B24),
                pair("quantity-conflict", Severity.NOTE, "different parties", A6, C24),
                pair("quantity-conflict", Severity.NOTE, "months apart", A6, D24)));
        assertEquals(Severity.NOTE, out.get(0).severity());
        assertEquals("note for a vs c: different parties; note for a vs b, a vs d: months apart", out.get(0).severityReason());
    }

    @Test
    void countsReadAsWordsUpToTwelve() {
        assertEquals("Two", Disagreements.count(2));
        assertEquals("Twelve", Disagreements.count(12));
        assertEquals("13", Disagreements.count(13));
        assertEquals("a", Disagreements.and(List.of("a")));
        assertEquals("a and b", Disagreements.and(List.of("a", "b")));
        assertEquals("a, b and c", Disagreements.and(List.of("a", "b", "c")));
    }
}
