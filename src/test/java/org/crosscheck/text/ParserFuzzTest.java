package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Jazzer fuzz tests of the token grammars. A plain {@code mvn test} replays the saved inputs in
 * {@code src/test/resources/org/crosscheck/text/ParserFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} and {@code -Dtest=ParserFuzzTest#method} Jazzer fuzzes that method for
 * its {@code maxDuration}. Each parser must never throw, and every match must lie inside the text,
 * in order.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void dateTimes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int last = 0;
        for (DateTimeMatch m : DateTimeParser.findAll(text, 0, text.length(), DateTimeParser.Options.TIMESTAMPS)) {
            assertTrue(m.start() >= last && m.start() < m.end() && m.end() <= text.length(), m.toString());
            last = m.end();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void temporalExpressions(FuzzedDataProvider data) {
        long day = data.consumeLong(-20_000, 60_000);
        String text = data.consumeRemainingAsString();
        for (Timex t : TemporalParser.find(text, 0, text.length(), LocalDate.ofEpochDay(day))) {
            assertTrue(t.start() >= 0 && t.start() < t.end() && t.end() <= text.length(), t.toString());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void quantities(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (QuantityMatch q : QuantityParser.find(text, 0, text.length())) {
            assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= text.length(), q.toString());
            assertTrue(!(q.low() > q.high()), "an interval's low end is never above its high end: " + q);
        }
    }
}
