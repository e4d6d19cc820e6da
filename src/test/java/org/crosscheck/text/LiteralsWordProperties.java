package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Literals#containsWordIgnoringAsciiCase} and {@link Literals#scanWordIgnoringAsciiCase}
 * answer as the pattern {@code (?i)(?<![a-zA-Z])(?:words)(?![a-zA-Z])} finds in the region (opaque
 * bounds): on strings of pieces of the words, letters of either case, digits, hyphens, spaces and
 * characters past ASCII (a Kelvin sign, an accented letter).
 */
class LiteralsWordProperties {

    private static final String[] WORDS = {"red", "tan", "kick-off", "'s"};
    private static final Pattern SPEC = Pattern.compile("(?i)(?<![a-zA-Z])(?:red|tan|kick-off|'s)(?![a-zA-Z])");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(List.of("red", "RED", "Red", "tan", "TAN", "kick-off", "Kick-Off", "'s", "r", "e", "d", "t", "a",
                "n", "x", "Q", " ", "  ", "-", "5", ",", "\u00e9", "\u212a", "\u0130", "\n", "kick", "off")).list()
                .ofMaxSize(10).map(ps -> String.join("", ps));
    }

    @Property(tries = 3000)
    void aWordOfItsOwnIsFoundAsThePatternFindsIt(@ForAll("texts") String text, @ForAll @IntRange(max = 3) int cutStart,
                                                 @ForAll @IntRange(max = 3) int cutEnd) {
        int from = Math.min(cutStart, text.length());
        int to = Math.max(from, text.length() - cutEnd);
        boolean spec = SPEC.matcher(text).region(from, to).find();
        assertEquals(spec, Literals.containsWordIgnoringAsciiCase(text, from, to, WORDS), text + " " + from + " " + to);
        assertEquals(spec, Literals.scanWordIgnoringAsciiCase(text, from, to, WORDS), text + " " + from + " " + to);
    }
}
