package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

/** A named person's signed contract: its value and length; whole articles are in the rule cases. */
class ContractsTest {

    private static List<AttributeClaim> read(String text, List<People.Mention> people) {
        List<AttributeClaim> out = new ArrayList<>();
        Contracts.sentence(text, "d", 0, text.length(), people, DateClaim.NO_DAY, null, out);
        return out;
    }

    private static List<AttributeClaim> read(String text) {
        return read(text, List.of());
    }

    private static People.Mention mention(String text, String name) {
        int at = text.indexOf(name);
        Span span = new Span(at, at + name.length());
        return new People.Mention(span, span, name, name, People.personKey(name), true, null, null, null, true, null, 0, null);
    }

    @Test
    void wordListsAreReadFromTheirFiles() {
        assertTrue(Contracts.NOUNS.containsAll(List.of("contract", "deal", "extension")));
        assertTrue(Contracts.SIGN_VERBS.containsAll(List.of("signed", "re-signed", "agreed to")));
        assertTrue(Contracts.GIVE_VERBS.contains("gave"));
        assertTrue(Contracts.OFFER_WORDS.containsAll(List.of("offered", "seeking", "reportedly", "talks")));
        assertEquals("-0.1 0", Contracts.HEDGES.get("nearly"));
        for (Set<String> list : List.of(Contracts.NOUNS, Contracts.SIGN_VERBS, Contracts.GIVE_VERBS, Contracts.OFFER_WORDS,
                Contracts.HEDGES.keySet())) {
            for (String w : list) {
                assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
            }
        }
        for (String shares : Contracts.HEDGES.values()) {
            String[] s = shares.split(" ");
            assertEquals(2, s.length, shares);
            assertTrue(Double.parseDouble(s[0]) <= 0 && Double.parseDouble(s[1]) >= 0, shares);
        }
    }

    @Test
    void theFormsOfASignedContract() {
        String[][] cases = {
            // sentence, entity, claim's words, length, value as written
            {"The Hawks signed free-agent guard Alan Brisco to a four-year, $40 million contract on Monday.", "Alan Brisco",
                "Alan Brisco to a four-year, $40 million contract", "4", "$40 million"},
            {"The Hawks re-signed Alan Brisco to a three-year deal worth nearly $30 million.", "Alan Brisco",
                "Alan Brisco to a three-year deal worth nearly $30 million", "3", "nearly $30 million"},
            {"Alan Brisco signed a four-year, $40.5-million extension.", "Alan Brisco",
                "Alan Brisco signed a four-year, $40.5-million extension", "4", "$40.5-million"},
            {"The club gave coach Dana Merrow a one-year contract extension.", "Dana Merrow",
                "Dana Merrow a one-year contract", "1", null},
            {"Alan Brisco's $12 million deal ends in June.", "Alan Brisco", "Alan Brisco's $12 million deal", null, "$12 million"},
            {"Alan Brisco, the league's top scorer, has agreed to a 5-year, $50 million pact.", "Alan Brisco",
                "Alan Brisco, the league's top scorer, has agreed to a 5-year, $50 million pact", "5", "$50 million"},
        };
        for (String[] c : cases) {
            List<AttributeClaim> claims = read(c[0]);
            int expected = (c[3] == null ? 0 : 1) + (c[4] == null ? 0 : 1);
            assertEquals(expected, claims.size(), c[0]);
            for (AttributeClaim a : claims) {
                assertEquals(c[1], a.entity(), c[0]);
                assertEquals(c[2], a.text(), c[0]);
                assertTrue(a.person());
                if (a.attribute().equals(AttributeClaim.CONTRACT_YEARS)) {
                    assertEquals(c[3], a.valueText(), c[0]);
                } else {
                    assertEquals(AttributeClaim.CONTRACT_VALUE, a.attribute());
                    assertEquals(c[4], a.valueText(), c[0]);
                    assertEquals(c[4], a.written(), c[0]);
                }
            }
        }
    }

    @Test
    void offersTeamsAndUnnamedHoldersGiveNone() {
        for (String s : List.of(
                "The Hawks have offered Alan Brisco a four-year, $40 million contract.",
                "Alan Brisco is reportedly close to a four-year, $40 million deal.",
                "If Alan Brisco signed a four-year, $40 million deal, he would stay.",
                "The Boston Hawks signed a $12 million deal with a shoe maker.",
                "Brisco signed a $12 million deal.",
                "He signed a four-year, $40 million contract.",
                "Alan Brisco signed a contract with the Hawks.",
                "Alan Brisco scored 40 points in the game.")) {
            assertEquals(List.of(), read(s), s);
        }
    }

    @Test
    void aPersonTheArticleNamesOrAListedFirstName() {
        String s = "The Hawks signed pitcher CC Olmo to a seven-year, $161 million deal.";
        assertEquals(List.of(), read(s));
        assertEquals(2, read(s, List.of(mention(s, "CC Olmo"))).size());
        assertTrue(Contracts.person("Alan Brisco", List.of()));
        assertFalse(Contracts.person("Boston Hawks", List.of()));
    }

    @Test
    void anAmountIsWidenedByItsLastDigitThenByItsHedge() {
        assertArrayEquals(new double[] {79.5e6, 80.5e6}, Contracts.value(null, "80", "million"), 1);
        assertArrayEquals(new double[] {37.45e6, 37.55e6}, Contracts.value(null, "37.5", "million"), 1);
        assertArrayEquals(new double[] {72e6, 80.5e6}, Contracts.value("nearly", "80", "million"), 1);
        assertArrayEquals(new double[] {76e6, 84e6}, Contracts.value("About", "80", "million"), 1);
        assertArrayEquals(new double[] {1.15e9, 1.25e9}, Contracts.value(null, "1.2", "billion"), 1);
        assertArrayEquals(new double[] {79.5e6, 88e6}, Contracts.value("more  than", "80", "million"), 1);
    }
}
