package org.crosscheck.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Span;
import org.crosscheck.text.NumberWords;

/**
 * An age given of a person by a pronoun opening the sentence, in the present tense: "She is 45.",
 * "He is 45 years old and lives in Varth", "She, 45, was held", "He, now 45, was held", "At 45,
 * she is the oldest". Whom the pronoun stands for is the attribute reader's to settle (the one
 * person the sentence before names, of the pronoun's gender, or further back). A past tense ("He
 * was 45", "At 45, he became") may give the age at another time than the report's and is not read.
 */
final class PronounAges {

    /** What ends the age: a mark, the sentence's end, or a conjunction. */
    private static final String END = "(?=\\s*(?:[,;.)]|$|\\s+(?:and|but)\\b))";
    private static final String PRONOUN = "(?:(?:But|And|Yet),?\\s+)?(?<pronoun>[Hh]e|[Ss]he)";
    private static final String AGE = "(?<age>" + AttributeExtractor.NUMBER + ")";
    private static final List<Pattern> PATTERNS = List.of(
            // "She is 45." / "He's 45 years old," / "But she is now 45"
            Pattern.compile(PRONOUN + "(?:\\s+is|['\u2019]s)\\s+(?:now\\s+)?" + AGE + "(?:\\s+years?\\s+old)?" + END),
            // "She, 45, was" / "He, now 45, was"
            Pattern.compile(PRONOUN + "\\s*,\\s*(?:now\\s+)?(?<age>\\d{1,3})\\s*,"),
            // "At 45, she is" / "At age 45, he's"
            Pattern.compile("At\\s+(?:age\\s+)?" + AGE + ",\\s+(?<pronoun>he|she)(?:\\s+is|['\u2019]s)\\s"));

    /** An age a pronoun's sentence gives: the pronoun, the age, where the number and the words stand. */
    record Found(String pronoun, int age, Span number, Span span) {
    }

    private PronounAges() {
    }

    /** The age the sentence from {@code from} to {@code to} gives its opening pronoun's person, or null. */
    static Found find(String text, int from, int to) {
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text).region(from, to);
            if (!m.lookingAt()) {
                continue;
            }
            Span number = new Span(m.start("age"), m.end("age"));
            int age = NumberWords.parse(number.of(text));
            return age > 0 && age < AttributeExtractor.MAX_AGE
                    ? new Found(m.group("pronoun"), age, number, new Span(m.start(), number.end())) : null;
        }
        return null;
    }
}
