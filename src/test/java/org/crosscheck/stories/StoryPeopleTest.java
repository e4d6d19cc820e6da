package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A speaker named with a middle initial or a title word is the story's shorter name of that surname. */
class StoryPeopleTest {

    @Test
    void theOneShortestNameWhoseWordsAreAllInTheLongerOne() {
        assertEquals("james vodiford", StoryPeople.shorterName("james g vodiford", Set.of("james g vodiford", "james vodiford")));
        assertEquals("jumane viliams", StoryPeople.shorterName("kunkilman jumane d viliams",
                Set.of("kunkilman jumane d viliams", "jumane d viliams", "jumane viliams")));
        assertEquals("jumane d viliams", StoryPeople.shorterName("kunkilman jumane d viliams",
                Set.of("kunkilman jumane d viliams", "jumane d viliams")));
    }

    @Test
    void noneWhenThereIsNoneOrTwoOfThatLength() {
        assertNull(StoryPeople.shorterName("james vodiford", null));
        assertNull(StoryPeople.shorterName("james vodiford", Set.of("james vodiford")));
        assertNull(StoryPeople.shorterName("jane john roe", Set.of("jane john roe", "jane roe", "john roe")));
        assertNull(StoryPeople.shorterName("james g vodiford", Set.of("mary vodiford")));
        assertNull(StoryPeople.shorterName("james g vodiford", Set.of("vodiford")), "a surname alone is resolved elsewhere");
        assertNull(StoryPeople.shorterName("james vodiford", Set.of("james g vodiford")), "never a longer name");
        assertNull(StoryPeople.shorterName("james g vodiford", Set.of("g james vodiford x")));
    }

    @Test
    void aSurnameIsTheOnePersonQuotedOnceTitleWordsAreSetAside() {
        assertEquals("peter kapaldi", StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("aktor peter kapaldi", "peter kapaldi"))));
        assertEquals("peter kapaldi", StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("peter kapaldi"))));
        assertNull(StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("peter kapaldi", "mary kapaldi"))), "two people");
        assertNull(StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>(Set.of("aktor peter kapaldi", "peter kapaldi", "mary kapaldi"))));
        assertNull(StoryPeople.uniqueUpToShorter(null));
        assertNull(StoryPeople.uniqueUpToShorter(new java.util.TreeSet<>()));
    }

    @Test
    void oneNameSpelledTwoWaysIsTheSameFirstNameAndSurnamesOneLetterApart() {
        org.junit.jupiter.api.Assertions.assertTrue(StoryPeople.oneName("rhis alden", "rhis alden"));
        org.junit.jupiter.api.Assertions.assertTrue(StoryPeople.oneName("rhis alden", "rhis aldene"), "a letter added at the end");
        org.junit.jupiter.api.Assertions.assertTrue(StoryPeople.oneName("rhis aldene", "rhis alden"));
        org.junit.jupiter.api.Assertions.assertTrue(StoryPeople.oneName("rhis alden", "rhis aldan"), "a letter changed");
        org.junit.jupiter.api.Assertions.assertTrue(StoryPeople.oneName("rhis alden", "rhis aden"), "a letter left out inside");
        org.junit.jupiter.api.Assertions.assertFalse(StoryPeople.oneName("rhis alden", "ian alden"), "another first name");
        org.junit.jupiter.api.Assertions.assertFalse(StoryPeople.oneName("rhis alden", "rhis aldenes"), "two letters");
        org.junit.jupiter.api.Assertions.assertFalse(StoryPeople.oneName("rhis alden", "rhis moss"));
        org.junit.jupiter.api.Assertions.assertFalse(StoryPeople.oneName("rhis alden", "rhis t alden"), "another number of words");
        org.junit.jupiter.api.Assertions.assertFalse(StoryPeople.oneName("rhis alden", "rhis olden x"));
    }

    private static org.crosscheck.claims.AttributeClaim age(String document, String name, String key, int age, String event) {
        org.crosscheck.claims.Span at = new org.crosscheck.claims.Span(0, 5);
        return new org.crosscheck.claims.AttributeClaim(document, at, name + ", " + age, name, key, true, "age", "" + age, age, false,
                age, false, org.crosscheck.claims.DateClaim.NO_DAY, null, event);
    }

    private static org.crosscheck.extract.ExtractedDocument document(String id, java.util.List<org.crosscheck.claims.Claim> claims) {
        return org.crosscheck.extract.Extractor.extract(org.crosscheck.clean.Cleaner.clean(
                new org.crosscheck.corpus.Document(id, id, "Title\n\nText of " + id + ".\n", java.util.List.of())))
                .withClaims(claims);
    }

    @Test
    void aDescriptionByAgeIsTheOnePersonOfThatAgeItsEventNames() {
        var docs = java.util.List.of(
                document("a", java.util.List.of(age("a", "Rhys Alden", "rhis alden", 41, "E1"), age("a", "Ian Moss", "ian mos", 32, "E1"),
                        age("a", "Kai Roe", "kai roe", 50, "E1"), age("a", "Lea Roe", "lea roe", 50, "E1"))),
                document("b", java.util.List.of(age("b", "Rhys Aldene", "rhis aldene", 41, "E1"), age("b", "Rhys Alden", "rhis alden", 41, "E1"),
                        age("b", "Ann Bell", "an vel", 41, "E2"), age("b", "Rhys", "rhis", 32, "E1"))));
        var aged = StoryPeople.agedPeople(docs);
        assertEquals("rhis alden", aged.of("E1", "aged:41"), "the spelling most reports use");
        assertEquals("ian mos", aged.of("E1", "aged:32"), "a surname alone is no one named in full");
        assertNull(aged.of("E1", "aged:50"), "two people of one age");
        assertEquals("an vel", aged.of("E2", "aged:41"), "each event its own");
        assertNull(aged.of("E1", "aged:33"));
    }

    private static org.crosscheck.claims.AttributeClaim fall(String document, int age, String event) {
        org.crosscheck.claims.Span at = new org.crosscheck.claims.Span(10, 20);
        return new org.crosscheck.claims.AttributeClaim(document, at, "fell 150 metres", age + "-year-old", "aged:" + age, true,
                "distance fallen", "150 metres", 150, false, 150, false, org.crosscheck.claims.DateClaim.NO_DAY, null, event);
    }

    private static String holder(java.util.List<org.crosscheck.extract.ExtractedDocument> docs, String document) {
        for (var d : StoryPeople.resolve(docs)) {
            for (var c : d.claims()) {
                if (d.id().equals(document) && c instanceof org.crosscheck.claims.AttributeClaim a && a.attribute().equals("distance fallen")) {
                    return a.entity() + "/" + a.entityKey();
                }
            }
        }
        return null;
    }

    @Test
    void aFallToldOfADescriptionIsGivenToThePersonOfThatAgeInItsEvent() {
        var named = document("a", java.util.List.of(age("a", "Rhys Alden", "rhis alden", 41, "E1"), age("a", "Kai Roe", "kai roe", 50, "E1"),
                age("a", "Lea Roe", "lea roe", 50, "E1")));
        assertEquals("Rhys Alden/rhis alden", holder(java.util.List.of(named, document("b", java.util.List.of(fall("b", 41, "E1")))), "b"));
        assertEquals("41-year-old/aged:41", holder(java.util.List.of(named, document("b", java.util.List.of(fall("b", 41, "E2")))), "b"),
                "another event's person of that age is no one's");
        assertEquals("41-year-old/aged:41", holder(java.util.List.of(named, document("b", java.util.List.of(fall("b", 41, null)))), "b"));
        assertEquals("50-year-old/aged:50", holder(java.util.List.of(named, document("b", java.util.List.of(fall("b", 50, "E1")))), "b"),
                "two people of that age");
        assertEquals("33-year-old/aged:33", holder(java.util.List.of(named, document("b", java.util.List.of(fall("b", 33, "E1")))), "b"));
    }

    @Test
    void aPersonDescribedByAnActIsNoOneNamedWithThatAge() {
        var docs = java.util.List.of(document("a", java.util.List.of(age("a", "Rhys Alden", "rhis alden", 41, "E1"),
                age("a", "the shot man", "done:shot man", 41, "E1"), age("a", "the stabbed man", "done:stabbed man", 29, "E1"))));
        assertEquals("rhis alden", StoryPeople.agedPeople(docs).of("E1", "aged:41"), "one person named with that age, not two");
        assertNull(StoryPeople.agedPeople(docs).of("E1", "aged:29"), "a description is no name");
    }

    @Test
    void onATieTheFirstSpellingInOrder() {
        var docs = java.util.List.of(document("a", java.util.List.of(age("a", "Rhys Aldene", "rhis aldene", 41, "E1"),
                age("a", "Rhys Alden", "rhis alden", 41, "E1"))));
        assertEquals("rhis alden", StoryPeople.agedPeople(docs).of("E1", "aged:41"));
    }
}
