package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;

/**
 * {@link PrisonTerms} does not search a sentence without a digit or a number's word: on any
 * sentence made of names, verbs of sentencing and serving, figures, lengths and words of prison, it
 * reads what searching it anyway reads.
 */
class PrisonTermsGateProperties {

    private static final List<String> WORDS = List.of(
            "Ada Lund", "Tom Hale,", "34,", "He", "was sentenced", "has been sentenced", "sentenced", "Friday", "to",
            "seven", "Seven", "twenty-one", "TEN", "nineteen", "12", "7", "1990", "in 1990", "and a half", "1/2",
            "years", "year", "months", "month", "-year", "-month", "sentence", "term", "prison term", "rap", "in prison",
            "behind bars", "in jail", "life", "served", "is serving", "received", "'s", "a", "someone", "often",
            "faces", "probation", "for the fraud", ",", ".",
            // whole terms, so that every form has sentences it reads
            "Ada Lund was sentenced to seven years", "Tom Hale was sentenced Friday to 30 months", "Ada Lund's five-year sentence",
            "Ada Lund served four and a half months in prison", "Ada Lund is serving a 12-year prison term",
            "A judge sentenced Ada Lund to TWENTY-ONE years", "sentenced to life in prison");

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12)
                .map(ws -> String.join(" ", ws).replace(" -", "-").replace(" 's", "'s"));
    }

    private static List<AttributeClaim> read(String text, boolean figured) {
        List<AttributeClaim> out = new ArrayList<>();
        PrisonTerms.sentence(text, "d", 0, text.length(), null, List.of(), null, DateClaim.NO_DAY, null, out, figured);
        return out;
    }

    @Property(tries = 3000)
    void aSentencePassedOverGivesNoTermSearchingItWouldGive(@ForAll("sentences") String text) {
        assertEquals(read(text, false), read(text, true), text);
    }
}
