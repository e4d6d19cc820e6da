package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** The names an article spells, one word or two side by side, for the name-variant rule. */
class NameExtractorTest {

    private static List<NameClaim> names(String body) {
        String text = "Published: March 5, 2013 09:00 GMT\nFire at an empty school\n" + body + "\n";
        return Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims().stream()
                .filter(c -> c instanceof NameClaim).map(c -> (NameClaim) c).toList();
    }

    private static List<String> texts(List<NameClaim> names) {
        return names.stream().map(NameClaim::text).toList();
    }

    @Test
    void twoNamesSideBySideAreAPairAtTheirFirstUse() {
        List<NameClaim> names = names("Fire chief Jon Owen said the blaze began at night. Later Jon Owen said it was out.");
        List<String> texts = texts(names);
        assertTrue(texts.contains("Jon Owen"), texts.toString());
        assertTrue(texts.contains("Owen"));
        assertFalse(texts.contains("Jon"), "a word of three letters only in a pair");
        NameClaim pair = names.stream().filter(NameClaim::pair).findFirst().orElseThrow();
        assertEquals(1, names.stream().filter(NameClaim::pair).count(), "one claim per pair");
        assertEquals("Jon Owen", pair.text());
        assertEquals("_", pair.context());
        NameClaim owen = names.stream().filter(n -> n.text().equals("Owen")).findFirst().orElseThrow();
        assertEquals("Jon _", owen.context(), "a word's context is the name it is part of");
        assertEquals(owen.span().start(), pair.span().start() + 4, "the pair at its first use");
        assertEquals(owen.span().end(), pair.span().end());
    }

    @Test
    void aWordsContextIsTheRunOfCapitalsAroundIt() {
        List<NameClaim> names = names("Officials said that Rosa Mary Anne Louise Beth Carter Dorsey Evans Fulton Grant Hayes spoke.");
        NameClaim carter = names.stream().filter(n -> n.text().equals("Carter")).findFirst().orElseThrow();
        assertEquals("Mary Anne Louise Beth _ Dorsey Evans Fulton Grant", carter.context(), "four words each side at most");
        NameClaim rosa = names.stream().filter(n -> n.text().equals("Rosa")).findFirst().orElseThrow();
        assertEquals("_ Mary Anne Louise Beth", rosa.context(), "from the start of the run");
        NameClaim hayes = names.stream().filter(n -> n.text().equals("Hayes")).findFirst().orElseThrow();
        assertEquals("Evans Fulton Grant _", hayes.context().substring(hayes.context().indexOf("Evans")),
                "to the end of the run: " + hayes.context());
        assertEquals(4, hayes.context().split(" ").length - 1, hayes.context());
    }

    @Test
    void aNameEndsALineWithoutAStop() {
        List<String> texts = texts(names("The report was written by Mara Costa"));
        assertTrue(texts.contains("Mara Costa"), texts.toString());
        assertTrue(texts.contains("Costa"), texts.toString());
    }

    @Test
    void theWordsOfAPairAreOneSpaceApart() {
        assertFalse(texts(names("The report was written by Mara  Costa in Riverton.")).contains("Mara Costa"));
        assertFalse(texts(names("The report was written by Mara\tCosta in Riverton.")).contains("Mara Costa"));
        assertTrue(texts(names("The report was written by Mara Costa in Riverton.")).contains("Mara Costa"));
    }

    @Test
    void aPairThatOpensASentenceCounts() {
        List<String> texts = texts(names("John Owen, the fire chief, said the blaze began at night."));
        assertTrue(texts.contains("John Owen"), texts.toString());
    }

    @Test
    void aPairKeepsTheSpellingOfItsFirstUse() {
        List<NameClaim> names = names("Owen said that Tall Grass was closed. The shop TALL GRASS was closed.");
        NameClaim pair = names.stream().filter(n -> n.pair()).findFirst().orElseThrow();
        assertEquals("Tall Grass", pair.text());
        assertEquals(1, names.stream().filter(n -> n.text().toLowerCase(Locale.ROOT).equals("tall grass")).count());
    }

    @Test
    void aWordOfAWebAddressIsNoName() {
        List<String> texts = texts(names("The offer was withdrawn, reports FoxSports . com and other sites."));
        assertFalse(texts.contains("FoxSports"), texts.toString());
        List<String> pair = texts(names("The offer was withdrawn, reports Skyline Sports . com and other sites."));
        assertTrue(pair.contains("Skyline"), "the word before the address is still a name: " + pair);
        assertFalse(pair.contains("Skyline Sports"), "no pair ends in an address: " + pair);
        assertFalse(pair.contains("Sports"), pair.toString());
        assertTrue(texts(names("The offer was withdrawn, reports FoxSports and other sites.")).contains("FoxSports"));
        assertTrue(texts(names("The offer was withdrawn, reports FoxSports . Others said so.")).contains("FoxSports"));
    }

    @Test
    void threeCapitalisedWordsSideBySideAreATripleAtTheirFirstUse() {
        List<NameClaim> names = names("Staff at Fiji Islands Auto Repair left early, and the RCMP said Fiji Islands Auto Repair shut.");
        List<String> triples = names.stream().filter(NameClaim::triple).map(NameClaim::text).toList();
        assertEquals(List.of("Fiji Islands Auto", "Islands Auto Repair"), triples, "common nouns of a name count");
        NameClaim first = names.stream().filter(NameClaim::triple).findFirst().orElseThrow();
        NameClaim second = names.stream().filter(NameClaim::triple).skip(1).findFirst().orElseThrow();
        assertEquals(first.span().start() + "Fiji ".length(), second.span().start(), "each at its first use");
        assertEquals("Fiji Islands Auto".length(), first.span().end() - first.span().start());
        assertEquals("_", first.context());
        assertEquals(List.of(), texts(names("The Academy of Motion Picture, Arts and the Sciences met.")).stream()
                .filter(t -> t.split(" ").length == 3).toList(), "a comma ends the run");
        assertEquals(List.of(), names("Officers of the RCMP Cranbrook Detachment met.").stream().filter(NameClaim::triple)
                .map(NameClaim::text).toList(), "a word in capitals only is no word of a triple");
        assertEquals(List.of(), names("Staff at Fiji Islands  Auto left.").stream().filter(NameClaim::triple)
                .map(NameClaim::text).toList(), "words one space apart");
        assertEquals(List.of(), names("Staff at Fiji Islands A left.").stream().filter(NameClaim::triple)
                .map(NameClaim::text).toList(), "a word of one letter");
        assertEquals(List.of(), names("Staff at Fiji Islands 4Auto left.").stream().filter(NameClaim::triple)
                .map(NameClaim::text).toList(), "letters only");
        assertEquals(List.of(), names("Staff at Fiji Auto Shop . com left.").stream().filter(NameClaim::triple)
                .map(NameClaim::text).toList(), "a web address");
        assertEquals(List.of("Atlantic Treaty Organization"), names("The head of the Atlantic Treaty Organization, Secretary General Jens Lund, spoke.")
                .stream().filter(NameClaim::triple).map(NameClaim::text).toList(), "a title is no word of a triple");
    }

    @Test
    void theWebEndingsAreReadOnce() {
        assertTrue(NameExtractor.WEB_ENDINGS.containsAll(List.of("com", "org", "net")));
        for (String w : NameExtractor.WEB_ENDINGS) {
            assertEquals(w.strip().toLowerCase(Locale.ROOT), w);
        }
    }
}
