package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.Fixtures;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.text.NumberWords;

/** Ages are read as written, next to the name they belong to; the reader never throws and its spans point into the text. */
class AttributeProperties {

    private static final String HEAD = "Published: September 2, 2008 10:00 GMT\nNews of the day\n";
    private static final List<String> NAMES = List.of("Tara Reid", "Mark Hill", "Anna Kowalska", "Heidar Alishvandi",
            "Jean-Luc Moreau");
    private static final List<String> FORMS = List.of("%2$s-year-old %1$s", "%1$s, %2$s,", "%1$s (%2$s)",
            "%1$s, aged %2$s,", "%1$s, who is %2$s,", "the %2$s-year-old actress %1$s");
    private static final String[] TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    @Property(tries = 300)
    void anAgeNextToANameIsReadAsWritten(@ForAll @IntRange(min = 1, max = 119) int age, @ForAll("forms") String form,
                                         @ForAll("names") String name, @ForAll boolean inWords) {
        String number = inWords && age >= 20 && age < 100 && !form.contains("(") && !form.startsWith("%1$s, %2$s")
                ? words(age) : Integer.toString(age);
        String sentence = String.format(form, name, number);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        String text = HEAD + Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1)
                + " checked into a clinic on Tuesday. " + surname + " declined to comment.\n";
        List<AttributeClaim> ages = ages(text);
        assertEquals(1, ages.size(), text + " gives " + ages);
        AttributeClaim a = ages.get(0);
        assertEquals(name, a.entity());
        assertEquals(age, a.low());
        assertEquals(number.toLowerCase(java.util.Locale.ROOT), a.written().toLowerCase(java.util.Locale.ROOT));
        assertEquals(age, NumberWords.parse(a.written()));
    }

    @Property(tries = 300)
    void neverThrowsAndSpansPointIntoTheText(@ForAll("sentences") String body) {
        String text = HEAD + body + "\n";
        for (Claim c : Extractor.extract(Cleaner.clean(Fixtures.document("p", text))).claims()) {
            assertEquals(c.text(), c.span().of(text));
            if (c instanceof AttributeClaim a) {
                assertTrue(a.text().contains(a.written()), a.text() + " holds " + a.written());
            }
        }
    }

    @Provide
    Arbitrary<String> forms() {
        return Arbitraries.of(FORMS);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of("Reid", "Hill", ",", ".", "(", ")",
                "33", "thirty-three", "-year-old", " years old", "aged", "who is", "is", "The", "the", "actress", "a woman",
                "33-year-old", "twenty-", "120", "0", "999", "\u2019s", "\n"), Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(40).map(p -> String.join(" ", p));
    }

    private static List<AttributeClaim> ages(String text) {
        return Extractor.extract(Cleaner.clean(Fixtures.document("p", text))).claims().stream()
                .filter(c -> c instanceof AttributeClaim).map(c -> (AttributeClaim) c).toList();
    }

    private static String words(int n) {
        return TENS[n / 10 - 2] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }
}
