package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Tolls told without a figure: none ("no one was killed") and one ("a man was killed"). */
class TollWordsTest {

    /** "measure value counted [words]" of each toll {@link TollWords#find} reads in {@code text}. */
    private static List<String> tolls(String text) {
        return TollWords.find(text, 0, text.length()).stream()
                .map(t -> t.measure() + " " + t.value() + " " + t.counted() + " [" + t.span().of(text) + "]").toList();
    }

    @Test
    void noneIsReadAsItsWholeClauseSaysIt() {
        assertEquals(List.of("killed 0 null [No one was killed]"), tolls("No one was killed in the blast."));
        assertEquals(List.of("injured 0 null [nobody was hurt]"), tolls("The church burned, but nobody was hurt."));
        assertEquals(List.of("injured 0 null [No-one has been injured]"), tolls("No-one has been injured."));
        assertEquals(List.of("killed 0 null [no one died]"), tolls("Police said no one died."));
        assertEquals(List.of("injured 0 null [No injuries were reported]"), tolls("No injuries were reported."));
        assertEquals(List.of("injured 0 null [no injuries have been reported]"), tolls("Officials say no injuries have been reported."));
        assertEquals(List.of("killed 0 null [There were no deaths]"), tolls("There were no deaths."));
        assertEquals(List.of(), tolls("No one else was injured."), "a part: the others");
        assertEquals(List.of(), tolls("No one was seriously hurt."), "a part: the worst hurt");
        assertEquals(List.of(), tolls("No arrests were reported."), "not a toll's noun");
        assertEquals(List.of(), tolls("No one was arrested."), "not a harm");
    }

    @Test
    void aPersonInTheSingularIsATollOfOne() {
        assertEquals(List.of("killed 1 men [A man was killed]"), tolls("A man was killed in the shooting."));
        assertEquals(List.of("killed 1 women [A 59-year-old woman was shot dead]"), tolls("A 59-year-old woman was shot dead."));
        assertEquals(List.of("killed 1 women [a woman died]"), tolls("Police say a woman died after the crash."));
        assertEquals(List.of("injured 1 officers [A police officer was wounded]"), tolls("A police officer was wounded."));
        assertEquals(List.of("killed 1 null [A person has been killed]"), tolls("A person has been killed."));
        assertEquals(List.of("killed 1 null [A victim died]"), tolls("A victim died."), "a victim narrows nothing");
        assertEquals(List.of("killed 1 women [killed a woman]"), tolls("The driver hit and killed a woman in Queens."));
        assertEquals(List.of("killed 1 women [killed a woman]"), tolls("He shot and killed a woman and wounded two men."),
                "a verb after \"and\" is the next act, not a second person");
        assertEquals(List.of("killed 1 women [injuring a woman]"), tolls("after striking and fatally injuring a woman"),
                "a fatal injury is a death");
    }

    @Test
    void tollsComeInTextOrder() {
        assertEquals(List.of("killed 1 women [killed a woman]", "injured 0 null [no one was injured]"),
                tolls("The gunman killed a woman; no one was injured."));
    }

    @Test
    void aPersonWhoIsOneOfSeveralIsNoToll() {
        assertEquals(List.of(), tolls("Two women and a man died in the fire."), "an item of a list");
        assertEquals(List.of(), tolls("A man and a woman were killed."));
        assertEquals(List.of(), tolls("The gunman killed a man and a woman."));
        assertEquals(List.of(), tolls("The blast went off, killing a firefighter and city bomb inspector."));
        assertEquals(List.of(), tolls("The gunman killed a man, two women and a child."));
        assertEquals(List.of(), tolls("A second man was injured."), "one more than a toll told before");
        assertEquals(List.of(), tolls("Another woman was injured."), "\"another\" is no article");
        assertEquals(List.of(), tolls("A car was damaged."), "no person");
        assertEquals(List.of(), tolls("A man was arrested."), "no harm");
    }

    @Test
    void personsAndMeasures() {
        assertEquals("", TollWords.person(null, "person"));
        assertEquals("", TollWords.person("young", "victim"));
        assertEquals("men", TollWords.person("young", "man"));
        assertNull(TollWords.person(null, "car"));
        assertNull(TollWords.person("third", "man"));
        assertNull(TollWords.person("man", "and"), "a person's noun describes nobody");
        assertEquals("killed", TollWords.measure("Dead"));
        assertEquals("killed", TollWords.measure("killing"));
        assertEquals("injured", TollWords.measure("wounded"));
        assertEquals("injured", TollWords.measure("hurt"));
    }

    @Test
    void wordListsAreLowerCaseAndNameTollMeasures() {
        assertFalse(TollWords.NONE_NOUNS.isEmpty());
        TollWords.NONE_NOUNS.forEach((k, v) -> {
            assertEquals(k.toLowerCase(java.util.Locale.ROOT), k);
            assertTrue(List.of("killed", "injured").contains(v), k);
        });
        assertTrue(TollWords.ONE_MORE.containsAll(List.of("second", "another", "other")));
        TollWords.ONE_MORE.forEach(w -> assertEquals(w.toLowerCase(java.util.Locale.ROOT), w));
    }

    private static List<QuantityClaim> claims(String body) {
        String text = "Published: March 3, 2022 10:00 GMT\nFire at the mill\n" + body + "\n";
        return Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).claims().stream()
                .filter(c -> c instanceof QuantityClaim).map(c -> (QuantityClaim) c).toList();
    }

    @Test
    void aTollWithoutAFigureIsTheArticlesClaimOnlyWhereItGivesNoFigure() {
        List<QuantityClaim> none = claims("A fire swept through the mill on Wednesday. No one was injured.");
        assertEquals(List.of("injured 0"), none.stream().map(Claim::value).toList());
        assertTrue(none.get(0).comparable());
        assertTrue(none.get(0).cumulative() && none.get(0).eventScoped());
        List<QuantityClaim> one = claims("A man was killed when a fire swept through the mill on Wednesday.");
        assertEquals(List.of("killed 1"), one.stream().map(Claim::value).toList());
        assertTrue(one.get(0).comparable());
        assertEquals("men", one.get(0).counted());
        List<QuantityClaim> both = claims("A man was killed in the fire on Wednesday. Three people were killed, police said.");
        assertEquals(List.of("killed 1", "killed 3"), both.stream().map(Claim::value).toList(), "in text order");
        assertFalse(both.get(0).comparable(), "the figure is the article's claim");
        assertTrue(both.get(1).comparable());
        List<QuantityClaim> past = claims("No one was injured in a fire at the mill in 2009.");
        assertFalse(past.get(0).comparable(), "a sentence of another time");
    }

    @Test
    void aTextWithoutTheWordsOfATollIsNotSearchedAndOneWithThemIsReadInAnyCase() {
        // Each word of harm the patterns take holds one of the words looked for before searching.
        for (String harm : List.of("killed", "dead", "died", "injured", "wounded", "hurt", "killing", "kills", "wounding",
                "wounds", "injuring", "injures")) {
            assertTrue(java.util.Arrays.stream(TollWords.HARM_WORDS).anyMatch(harm::contains), harm);
        }
        java.util.Arrays.stream(TollWords.HARM_WORDS).forEach(w -> assertEquals(w.toLowerCase(java.util.Locale.ROOT), w));
        assertEquals(List.of("killed 0 null [NO ONE WAS KILLED]"), tolls("NO ONE WAS KILLED."));
        assertEquals(List.of("injured 0 null [Nobody Was Hurt]"), tolls("Nobody Was Hurt."));
        assertEquals(List.of("injured 1 officers [WOUNDED an officer]"), tolls("The sniper WOUNDED an officer."));
        assertEquals(List.of("killed 1 women [Injuring a woman]"), tolls("Fatally Injuring a woman, he fled."));
        assertEquals(List.of("killed 0 null [THERE WERE NO DEATHS]"), tolls("THERE WERE NO DEATHS."), "no word of harm: \"there\"");
        assertEquals(List.of("injured 0 null [No injuries were REPORTED]"), tolls("No injuries were REPORTED."));
        assertEquals(List.of(), tolls("There were no arrests after the parade."), "\"there\" and no toll's noun");
        assertEquals(List.of(), tolls("The parade passed off calmly."));
        // Only the words inside the range count: a word of harm outside it lets nothing be read.
        String text = "No one was killed. The mill reopened. Nobody was hurt.";
        assertEquals(List.of(), TollWords.find(text, 19, 37));
        assertEquals(1, TollWords.find(text, 0, 19).size());
        assertEquals(1, TollWords.find(text, 19, text.length()).size());
        assertEquals(List.of(), TollWords.find(text, 3, 16), "the word of harm cut by the range's end");
    }
}
