package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PrisonTerms#mayHoldNumber(String, int, int)} keeps its last answer for the same text object
 * and range: asked in any order about texts (some equal in content, none the same object), ranges
 * that share a start or an end, and the same question twice in a row, it answers as working it out
 * afresh does. Sentences written for the test.
 */
class HeldNumberMemoProperties {

    private static final List<String> WORDS = List.of(
            "Ada", "Lund", "was", "sentenced", "to", "life", "three", "Twenty-one", "nine", "12", "years", "someone",
            "often", "her", "cats", "\t7", "\u00a0ten", "\u212aelvin", ",", ".");

    /** One question: a text, a range in it, and whether to ask about a fresh copy of the last text instead. */
    record Question(String text, int from, int to, boolean copy) {
    }

    @Provide
    Arbitrary<List<Question>> questions() {
        Arbitrary<String> texts = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws));
        Arbitrary<Question> one = Combinators.combine(texts, Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 3))
                .as((t, a, b, k) -> {
                    int from = Math.min(Math.min(a, b), t.length());
                    int to = Math.min(Math.max(a, b), t.length());
                    return new Question(t, from, to, k == 0);
                });
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 2000)
    void theKeptAnswerIsTheOneWorkedOutAfresh(@ForAll("questions") List<Question> questions) {
        String last = null;
        for (Question q : questions) {
            // Now and then the last text again, in part or whole, so that answers are kept and asked for.
            String text = q.copy() && last != null ? last : q.text();
            int from = Math.min(q.from(), text.length());
            int to = Math.min(q.to(), text.length());
            for (int again = 0; again < 2; again++) {
                assertEquals(PrisonTerms.mayHoldNumberAfresh(text, from, to), PrisonTerms.mayHoldNumber(text, from, to),
                        text + " [" + from + ", " + to + ")");
                // The same range of a copy equal in content, and a range one shorter at each end.
                String copy = new String(text.toCharArray());
                assertEquals(PrisonTerms.mayHoldNumberAfresh(copy, from, to), PrisonTerms.mayHoldNumber(copy, from, to));
                if (to > from) {
                    assertEquals(PrisonTerms.mayHoldNumberAfresh(text, from, to - 1), PrisonTerms.mayHoldNumber(text, from, to - 1));
                    assertEquals(PrisonTerms.mayHoldNumberAfresh(text, from + 1, to), PrisonTerms.mayHoldNumber(text, from + 1, to));
                }
            }
            last = text;
        }
    }
}
