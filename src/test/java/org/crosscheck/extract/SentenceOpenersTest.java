package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** Words that open sentences but are no part of a name ({@code sentence-opening-words.txt}). */
class SentenceOpenersTest {

    private static ExtractedDocument extract(String body) {
        String text = "Published: March 5, 2013 09:00 GMT\nFlood in Dellport\n" + body + "\n";
        return Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
    }

    @Test
    void theListHoldsOpenersInLowerCaseAndNoFirstNames() {
        assertTrue(SentenceOpeners.WORDS.containsAll(List.of("distraught", "once", "following", "witnesses")));
        for (String w : SentenceOpeners.WORDS) {
            assertEquals(w.toLowerCase(java.util.Locale.ROOT), w);
            assertFalse(Genders.FEMALE_NAMES.contains(w) || Genders.MALE_NAMES.contains(w), w + " is a first name");
        }
    }

    @Test
    void anOpenerIsKnownInAnyCase() {
        assertTrue(SentenceOpeners.opener("Distraught"));
        assertTrue(SentenceOpeners.opener("DISTRAUGHT"));
        assertFalse(SentenceOpeners.opener("Morrow"));
    }

    @Test
    void stripDropsAnOpeningOpenerAndKeepsTheRest() {
        assertEquals("morrow", SentenceOpeners.strip("distraught morrow"));
        assertEquals("ann morrow", SentenceOpeners.strip("distraught ann morrow"));
        assertEquals("ann morrow", SentenceOpeners.strip("ann morrow"), "no opener: the name as it is");
        assertEquals("distraught", SentenceOpeners.strip("distraught"), "one word: nothing is left to be the name");
        assertEquals("morrow distraught", SentenceOpeners.strip("morrow distraught"), "only the first word is dropped");
    }

    @Test
    void aWordThatDescribesAPersonOpensASentenceOnlyBeforeAFirstName() {
        assertTrue(SentenceOpeners.opener("Young", "Frederick"));
        assertTrue(SentenceOpeners.opener("LITTLE", "anna"), "any case");
        assertFalse(SentenceOpeners.opener("Young", "Tarn"), "Young Tarn may be a name: Tarn is no first name");
        assertFalse(SentenceOpeners.opener("Young", null), "no next word");
        assertFalse(SentenceOpeners.opener("Morrow", "Frederick"), "not a describing word");
        assertTrue(SentenceOpeners.opener("Distraught", "Tarn"), "an opener before any word");
        assertEquals("frederick", SentenceOpeners.strip("young frederick"));
        assertEquals("frederick tarn", SentenceOpeners.strip("young frederick tarn"));
        assertEquals("young tarn", SentenceOpeners.strip("young tarn"));
        assertEquals("young", SentenceOpeners.strip("young"));
        for (String w : SentenceOpeners.DESCRIBERS) {
            assertEquals(w.toLowerCase(java.util.Locale.ROOT), w);
            assertFalse(Genders.FEMALE_NAMES.contains(w) || Genders.MALE_NAMES.contains(w), w + " is a first name");
        }
    }

    @Test
    void aDescribedFirstNameAtASentencesStartIsThePersonNamedBefore() {
        ExtractedDocument d = extract("Frederick Tarn, a farmer, died on Sunday. Young Frederick worked on the farm for years. "
                + "Neil Young sang at the fair.");
        List<String> names = d.claims().stream().filter(NameClaim.class::isInstance).map(c -> ((NameClaim) c).text()).toList();
        assertFalse(names.contains("Young Frederick"), names.toString());
        assertTrue(names.contains("Neil Young"), names.toString());
        Map<String, Integer> n = Names.of(Cleaner.clean(Fixtures.document("n",
                "Frederick Tarn lost his farm on Sunday. Young Frederick wept. Neil Young sang.\n"))).counts();
        assertFalse(n.containsKey("young frederick"), n.toString());
        assertTrue(n.containsKey("neil young"), n.toString());
    }

    @Test
    void aSpeakerAfterAnOpenerIsNamedWithoutIt() {
        ExtractedDocument d = extract("Ann Morrow, who runs the Dellport bakery, lost her shop to the water. "
                + "Distraught Morrow said: \"We have lost everything.\"");
        List<String> speakers = d.claims().stream().filter(QuoteClaim.class::isInstance)
                .map(c -> String.valueOf(((QuoteClaim) c).speakerName())).toList();
        assertEquals(List.of("Ann Morrow"), speakers);
    }

    @Test
    void anOpenerPairsWithNoNameAtASentencesStart() {
        List<String> names = extract("Ann Morrow lost her shop. Distraught Morrow wept. Once Bellamy Tarn had left, the river rose.")
                .claims().stream().filter(NameClaim.class::isInstance).map(c -> ((NameClaim) c).text()).toList();
        assertFalse(names.contains("Distraught Morrow"), names.toString());
        assertFalse(names.contains("Once Bellamy"), names.toString());
        assertFalse(names.contains("Once Bellamy Tarn"), names.toString());
        assertTrue(names.contains("Bellamy Tarn"), names.toString());
        assertTrue(names.contains("Ann Morrow"), names.toString());
    }

    @Test
    void insideASentenceTheWordKeepsItsPlaceInAName() {
        List<String> names = extract("The club played at the Once Hollow ground in Dellport on Sunday.")
                .claims().stream().filter(NameClaim.class::isInstance).map(c -> ((NameClaim) c).text()).toList();
        assertTrue(names.contains("Once Hollow"), names.toString());
    }

    @Test
    void theNamesOfAStoryLeaveTheOpenerOut() {
        Map<String, Integer> n = Names.of(Cleaner.clean(Fixtures.document("n",
                "Ann Morrow lost her shop on Sunday. Distraught Morrow wept. Following Bellamy Tarn, the crowd left.\n"))).counts();
        assertFalse(n.containsKey("distraught morrow"), n.toString());
        assertFalse(n.containsKey("following bellamy tarn"), n.toString());
        assertTrue(n.containsKey("bellamy tarn"), n.toString());
        assertTrue(n.containsKey("ann morrow"), n.toString());
    }

    @Test
    void aWordOpensItsSentenceWhenOnlyMarksStandBeforeIt() {
        String quoted = "\u201cDistraught Morrow wept";
        List<Words.Word> q = Words.of(quoted, 0, quoted.length());
        assertTrue(People.sentenceStart(q, 1), "an opening quotation mark before it");
        assertTrue(People.sentenceStart(q, 0));
        String inside = "He met Distraught Morrow";
        List<Words.Word> w = Words.of(inside, 0, inside.length());
        assertFalse(People.sentenceStart(w, 2), "words before it");
    }

    @Test
    void insideASentenceTheSpeakerKeepsTheWord() {
        ExtractedDocument d = extract("\"We will open again,\" said Early Tarn on Monday.");
        List<String> speakers = d.claims().stream().filter(QuoteClaim.class::isInstance)
                .map(c -> String.valueOf(((QuoteClaim) c).speakerName())).toList();
        assertEquals(List.of("Early Tarn"), speakers);
    }

    @Test
    void theSpeakersTextLeavesAnOpeningOpenerOut() {
        ExtractedDocument d = extract("Ann Morrow lost her shop to the water. Distraught Morrow said: \"We have lost everything.\" "
                + "\"We will open again,\" said Early Tarn.");
        List<String> speakers = d.claims().stream().filter(QuoteClaim.class::isInstance)
                .map(c -> String.valueOf(((QuoteClaim) c).speaker())).toList();
        assertEquals(List.of("Morrow", "Early Tarn"), speakers, "inside a sentence the word stays");
    }

    @Test
    void aPhraseLosesItsOpenerOnlyAtASentencesStartAndBeforeACapital() {
        assertEquals("Morrow", QuoteExtractor.withoutOpener("Distraught Morrow said", 0, "Distraught Morrow"));
        assertEquals("Morrow", QuoteExtractor.withoutOpener("It rose. Distraught Morrow said", 9, "Distraught Morrow"));
        assertEquals("Morrow", QuoteExtractor.withoutOpener("It rose.\" Distraught Morrow said", 10, "Distraught Morrow"),
                "a closing mark after the stop");
        assertEquals("Morrow", QuoteExtractor.withoutOpener("It rose\n\tDistraught Morrow said", 9, "Distraught Morrow"), "a new line");
        assertEquals("Distraught Morrow", QuoteExtractor.withoutOpener("\"Go,\" Distraught Morrow said", 6, "Distraught Morrow"),
                "after a comma the word is the name's");
        assertEquals("Shocked residents", QuoteExtractor.withoutOpener("Shocked residents said", 0, "Shocked residents"));
        assertEquals("Distraught", QuoteExtractor.withoutOpener("Distraught said", 0, "Distraught"), "one word alone stays");
        assertEquals("Ann Morrow", QuoteExtractor.withoutOpener("Ann Morrow said", 0, "Ann Morrow"), "no opener");
        assertEquals("Frederick", QuoteExtractor.withoutOpener("Young Frederick said", 0, "Young Frederick"),
                "a describing word before a first name");
        assertEquals("Frederick Tarn", QuoteExtractor.withoutOpener("It rose. Young Frederick Tarn said", 9,
                "Young Frederick Tarn"), "a describing word before a first name and surname");
        assertEquals("Young Tarn", QuoteExtractor.withoutOpener("Young Tarn said", 0, "Young Tarn"),
                "a describing word before a surname is the name's");
        assertEquals("Neil Young", QuoteExtractor.withoutOpener("Neil Young said", 0, "Neil Young"), "a surname stays");
        assertEquals("Young Frederick", QuoteExtractor.withoutOpener("\"Go,\" Young Frederick said", 6, "Young Frederick"),
                "inside a sentence the describing word stays");
        assertTrue(QuoteExtractor.opensSentence("Why? Ann", 5));
        assertTrue(QuoteExtractor.opensSentence("Stop! Ann", 6));
        assertFalse(QuoteExtractor.opensSentence("and Ann", 4));
        assertTrue(QuoteExtractor.opensSentence(" Ann", 1), "only a space back to the text's start");
        assertFalse(QuoteExtractor.opensSentence("x Ann", 2), "a word at the text's start");
        assertFalse(QuoteExtractor.opensSentence("\" Ann", 2), "a quote mark at the text's start ends no sentence");
    }
}
