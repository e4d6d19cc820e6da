package org.crosscheck.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Joining pairs into disagreements depends only on which pairs fired, never on their order. */
class DisagreementsProperties {

    /** A claim from a small pool, so pairs often share one: documents a to d, three places each. */
    @Provide
    Arbitrary<Evidence> claims() {
        return Combinators.combine(Arbitraries.of("a", "b", "c", "d"), Arbitraries.of(0, 10, 20))
                .as((d, s) -> DisagreementsTest.claim(d, s, "v" + s, "killed [" + s + ", " + s + "]"));
    }

    @Provide
    Arbitrary<Disagreements.Sighting> sightings() {
        return Combinators.combine(Arbitraries.of("quantity-conflict", "name-variant"), Arbitraries.of(Severity.class),
                        Arbitraries.of("r1", "r2"), claims(), claims())
                .as((rule, severity, reason, a, b) -> a.document().equals(b.document())
                        ? new Disagreements.Sighting(new Finding(Findings.fingerprint(rule, List.of(a.value())), rule,
                                severity, reason, "one document", "S1", List.of(a.document()), List.of(a),
                                Finding.Status.NEW, null), List.of(a.value()))
                        : DisagreementsTest.pair(rule, severity, reason, a, b));
    }

    @Provide
    Arbitrary<List<Evidence>> figures() {
        return Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e"), Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(0, 15))
                .as((d, low, width) -> DisagreementsTest.figure(d, "w" + low + "+" + width, "injured " + low + "+" + width,
                        low, low + width))
                .list().ofMinSize(2).ofMaxSize(8);
    }

    /**
     * The values of a joined finding's message: every source is listed once under one value, and
     * the sources listed under one value all overlap one another, so no camp hides a disagreement.
     */
    @Property(tries = 500)
    void everyCampOfAMessageIsSourcesThatAllOverlap(@ForAll("figures") List<Evidence> evidence) {
        java.util.Map<String, List<Evidence>> camps = new java.util.LinkedHashMap<>();
        for (Evidence e : evidence) {
            camps.computeIfAbsent(Disagreements.camp(camps, e.value(), e), k -> new ArrayList<>()).add(e);
        }
        assertEquals(evidence.size(), camps.values().stream().mapToInt(List::size).sum());
        for (List<Evidence> camp : camps.values()) {
            for (Evidence x : camp) {
                for (Evidence y : camp) {
                    assertTrue(x == y || x.value().equals(y.value()) || Disagreements.overlap(x, y), x + " and " + y);
                }
            }
        }
        String message = Disagreements.message("quantity-conflict", 5, evidence);
        camps.keySet().forEach(v -> assertTrue(message.contains(v + " ("), message));
    }

    @Property(tries = 500)
    void shufflingTheMatchesGivesTheSameFindings(@ForAll("list") List<Disagreements.Sighting> sightings,
                                                  @ForAll long seed) {
        List<Disagreements.Sighting> shuffled = new ArrayList<>(sightings);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(Disagreements.merge(sightings), Disagreements.merge(shuffled));
    }

    @Property(tries = 300)
    void everyClaimIsInExactlyOneFindingOfItsRule(@ForAll("list") List<Disagreements.Sighting> sightings) {
        List<Finding> merged = Disagreements.merge(sightings);
        for (String rule : List.of("quantity-conflict", "name-variant")) {
            Set<String> seen = new HashSet<>();
            Set<String> reported = new HashSet<>();
            for (Disagreements.Sighting s : sightings) {
                if (s.finding().rule().equals(rule) && s.finding().documents().size() > 1) {
                    s.finding().evidence().forEach(e -> reported.add(e.document() + e.start()));
                }
            }
            for (Finding f : merged) {
                if (f.rule().equals(rule) && f.documents().size() > 1) {
                    for (Evidence e : f.evidence()) {
                        assertTrue(seen.add(e.document() + e.start()), "a claim in two findings: " + e);
                    }
                }
            }
            assertEquals(reported, seen);
        }
    }

    @Provide
    Arbitrary<List<Disagreements.Sighting>> list() {
        return sightings().list().ofMaxSize(12);
    }
}
