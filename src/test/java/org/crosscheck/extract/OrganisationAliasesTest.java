package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@code Organisations.aliased}, which skips the phrases a name does not hold, replaces as every phrase replaced in turn does. */
class OrganisationAliasesTest {

    /** The replacement of every phrase in turn, each time with the body padded and stripped. */
    private static String everyPhrase(String body) {
        for (Map.Entry<String, String> a : Organisations.ALIASES.entrySet()) {
            body = (" " + body + " ").replace(" " + a.getKey() + " ", " " + a.getValue() + " ").strip();
        }
        return body;
    }

    @Test
    void phrasesAreReplacedAsWholeWords() {
        assertEquals("NATO", Organisations.aliased("north atlantic treaty organization"));
        assertEquals("NATO summit", Organisations.aliased("north atlantic treaty organisation summit"));
        assertEquals("xunited nations", Organisations.aliased("xunited nations"));
        assertEquals("a b", Organisations.aliased("\u2003a b\t"));
        assertEquals("", Organisations.aliased(" \u2003 "));
        assertEquals("NATO", Organisations.key("the North Atlantic Treaty Organization"));
        for (String phrase : Organisations.ALIASES.keySet()) {
            for (String body : new String[] {phrase, "the " + phrase, phrase + " office", "x" + phrase, phrase + "s", " " + phrase + " "}) {
                assertEquals(everyPhrase(body), Organisations.aliased(body), body);
            }
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        List<String> words = new ArrayList<>(List.of("the", "of", "x", "\u2003", "states", "ministry"));
        for (String phrase : Organisations.ALIASES.keySet()) {
            words.addAll(List.of(phrase.split(" ")));
        }
        words.addAll(Organisations.ALIASES.values());
        return Arbitraries.of(words).list().ofMaxSize(8).map(w -> String.join(" ", w));
    }

    @Property(tries = 3000)
    void sameAsEveryPhraseInTurn(@ForAll("bodies") String body) {
        assertEquals(everyPhrase(body), Organisations.aliased(body), body);
    }
}
