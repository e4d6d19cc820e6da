package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Mentions.LineSentences} finds, for every offset, the sentence {@link Mentions#sentenceOf}
 * finds: it only splits each line once instead of once per offset.
 */
class LineSentencesProperties {

    @Property(tries = 300)
    void findsTheSentenceSentenceOfFinds(@ForAll("texts") String text) {
        Mentions.LineSentences sentences = new Mentions.LineSentences(text);
        for (int at = 0; at < text.length(); at++) {
            assertArrayEquals(Mentions.sentenceOf(text, at), sentences.of(at), "at " + at + " of \"" + text + "\"");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("Mr. Venn met Ida Marsh on Monday", ". ", "\n", "\n\n", "She said: \"We met.\" ",
                "In 2014 ", "Dr. Orsk visited Telmar", "? ", "a", " ");
        return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }
}
