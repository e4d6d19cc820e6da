package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** A person's other name given right after the name ("known to the world as ...") counts as that person. (Invented text.) */
class AliasesTest {

    @Test
    void theListIsFoldedPhrasesWithSingleSpaces() {
        assertTrue(Aliases.INTRODUCERS.contains("known as") && Aliases.INTRODUCERS.contains("nicknamed")
                && Aliases.INTRODUCERS.contains("known to the world as"), Aliases.INTRODUCERS.toString());
        for (String p : Aliases.INTRODUCERS) {
            assertTrue(p.matches("[a-z]+( [a-z]+)*"), p);
        }
    }

    @Test
    void aNameAfterAnIntroducerIsAnAliasOfTheNameWrittenNearestBeforeIt() {
        String spaced = " lou serra wrote that tomas brandt known to the world as night owl died ";
        assertEquals(Map.of("night owl", "tomas brandt"), Aliases.in(spaced, List.of("lou serra", "tomas brandt", "night owl")));
    }

    @Test
    void nothingWithoutAnIntroducerOrWithoutANameBeforeIt() {
        assertEquals(Map.of(), Aliases.in(" tomas brandt met night owl ", List.of("tomas brandt", "night owl")));
        assertEquals(Map.of(), Aliases.in(" the man known as night owl died ", List.of("tomas brandt", "night owl")));
        // An alias named nowhere among the names is none.
        assertEquals(Map.of(), Aliases.in(" tomas brandt nicknamed the owl died ", List.of("tomas brandt", "night owl")));
    }

    @Test
    void theOwnerMustStandWithinReachOfTheIntroducer() {
        String gap = " word".repeat(Aliases.REACH / 5);
        String near = " tomas brandt" + " word".repeat(Aliases.REACH / 5 - 1) + " dubbed night owl ";
        String far = " tomas brandt" + gap + " x dubbed night owl ";
        assertEquals(Map.of("night owl", "tomas brandt"), Aliases.in(near, List.of("tomas brandt", "night owl")));
        assertEquals(Map.of(), Aliases.in(far, List.of("tomas brandt", "night owl")));
    }

    @Test
    void theNearestNameBeforeOwnsTheAlias() {
        String spaced = " ana kell said tomas brandt also known as night owl ";
        assertEquals("tomas brandt", Aliases.in(spaced, List.of("ana kell", "tomas brandt", "night owl")).get("night owl"));
        String later = " tomas brandt met ana kell better known as night owl ";
        assertEquals("ana kell", Aliases.in(later, List.of("tomas brandt", "ana kell", "night owl")).get("night owl"));
    }

    /**
     * An alias the article writes as often as the name would tie with it as the main person, and
     * "he" would then stand for no one, or for the alias: with the alias counted as the person, the
     * date of his disclosure is tied to him.
     */
    @Test
    void aPronounsDateGoesToThePersonNotToHisAlias() {
        String text = "Tomas Brandt, the best-kept secret of the Orlan press, known to the world as \"Night Owl\", died yesterday aged 88.\n"
                + "As deputy director of the bureau, Mr Brandt was angered by the cover-up that brought down Governor Ida Marsh in 1979.\n"
                + "A master of patience, he quietly helped reporters Lou Serra and Ana Kell pursue the story.\n"
                + "It was thirty years before he finally broke cover, admitting in 2009: \"I am Night Owl.\"\n"
                + "\"Night Owl\" was the name the reporters gave him.\n"
                + "Night Owl went on meeting Serra in car parks.\n"
                + "Brandt denied it for decades, and Night Owl was never found out.\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("x", "x.txt", text, List.of())));
        DateClaim year = null;
        for (Claim c : d.claims()) {
            if (c instanceof DateClaim dc && "2009".equals(text.substring(dc.span().start(), dc.span().end())) && dc.about() != null) {
                year = dc;
            }
        }
        assertTrue(year != null, "the year of the disclosure is tied to a happening");
        assertEquals("disclosure", year.about());
        assertEquals(List.of("tomas brandt"), year.participants());
    }
}
