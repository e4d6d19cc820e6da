package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age in a description that a name follows in apposition: "a 15-year-old boy, John Smith, was
 * shot", "his 58-year-old mother, Alice Marsh, said", "an unarmed 23-year-old woman, Ann Lee."
 * The age is the named person's when a determiner opens the description (up to two words between
 * it and the age: "her then 19-year-old"), a person's noun ends it ({@code age-person-nouns.txt},
 * up to two words before the noun: "first cousin"), a comma alone stands between the noun and the
 * mention, and the name closes the apposition: a comma followed by neither "and", "or", a number
 * nor a capitalised word, or the end of the clause. Not read: a list ("a 15-year-old boy, John
 * Smith and Ann Lee", "a 15-year-old boy, John Smith, 40, and Ann Lee": the boy may be a third
 * person), an age of something other than a person ("a 15-year-old car, John Smith's"), and a
 * description after "of" and a person's noun ("the father of a 15-year-old boy, John Smith,"),
 * where the name may be the father's.
 */
final class AgeAppositions {

    /** After the age: up to two words, the noun (group 1), a comma. */
    private static final Pattern NOUN_COMMA = Pattern.compile("(?:\\s+(?!(?:and|or|of|with|from|to|in|at|on|for|by)\\b)[\\p{L}-]+){0,2}?\\s+(\\p{Ll}[\\p{L}-]*)\\s*,\\s*");
    /** Before the age: a determiner (group 1) and up to two lower-case words, then the age. */
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)(?:^|(?<=[\\s(\u2014\u2013-]))(a|an|the|his|her|their|its|our|my|your)(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}\\s+$");
    /** The word before a determiner, and the one before it: "father of". */
    private static final Pattern OF_BEFORE = Pattern.compile("(?i)([\\p{L}-]+)\\s+of\\s+$");
    /** What may follow the name to close the apposition. */
    private static final Pattern CLOSE = Pattern.compile("\\s*(?:$|[.;:)!?\u2014\u2013]|,(?!\\s*(?:and|or)\\b)(?!\\s*[\\d\\p{Lu}])"
            + "|\\s+(?!(?:and|or)\\b)\\p{Ll})");

    private AgeAppositions() {
    }

    /** A person an apposition ties an age to, and where the description opens. */
    record Apposed(People.Mention person, int start) {
    }

    /**
     * The person named in apposition to the description holding the age at
     * [{@code ageStart}, {@code ageEnd}) of the sentence [{@code from}, {@code to}), or null.
     */
    static Apposed named(String text, int from, int to, int ageStart, int ageEnd, List<People.Mention> here) {
        Matcher before = DETERMINER.matcher(text).region(from, ageStart);
        if (!before.find()) {
            return null;
        }
        Matcher of = OF_BEFORE.matcher(text).region(from, before.start(1));
        if (of.find() && AttributeExtractor.PERSON_NOUNS.contains(of.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Matcher after = NOUN_COMMA.matcher(text).region(ageEnd, to);
        if (!after.lookingAt() || !AttributeExtractor.PERSON_NOUNS.contains(after.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (People.Mention m : here) {
            if (m.span().start() != after.end()) {
                continue;
            }
            int end = AttributeExtractor.pastSuffix(text, m.nameSpan().end(), to);
            return CLOSE.matcher(text).region(end, to).lookingAt() ? new Apposed(m, before.start(1)) : null;
        }
        return null;
    }
}
