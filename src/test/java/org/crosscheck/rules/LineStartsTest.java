package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where lines start, for evidence's line and column: after \n, after \r\n, after a lone \r. */
class LineStartsTest {

    /** The plain reading: every character checked in turn. */
    private static int[] plain(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void linesStartAfterEachKindOfLineEnd() {
        assertArrayEquals(new int[] {0}, FindingSink.computeLineStarts(""));
        assertArrayEquals(new int[] {0}, FindingSink.computeLineStarts("one line"));
        assertArrayEquals(new int[] {0, 2}, FindingSink.computeLineStarts("a\nb"));
        assertArrayEquals(new int[] {0, 3}, FindingSink.computeLineStarts("a\r\nb"));
        assertArrayEquals(new int[] {0, 2}, FindingSink.computeLineStarts("a\rb"));
        assertArrayEquals(new int[] {0, 2}, FindingSink.computeLineStarts("a\r"));
        assertArrayEquals(new int[] {0, 1, 2}, FindingSink.computeLineStarts("\n\n"));
        assertArrayEquals(new int[] {0, 3, 5}, FindingSink.computeLineStarts("\u201ca\n\u00e9\n"));
    }

    @Test
    void manyLinesAsThePlainReadingGivesThem() {
        Random random = new Random(11);
        char[] alphabet = {'a', '\n', '\r', '\u2019', ' '};
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            assertArrayEquals(plain(text), FindingSink.computeLineStarts(text), text);
        }
    }
}
