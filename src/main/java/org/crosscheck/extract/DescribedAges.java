package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Literals;
import org.crosscheck.text.NumberWords;

/**
 * The age of a person an article does not name but describes by an age, a noun and what was done
 * to them: "sexually assaulting a 12-year-old girl", "the shooting of a 15-year-old boy". The person
 * is keyed by the act ({@code described-acts.tsv}) and the noun ({@code age-person-nouns.txt}),
 * {@link AttributeClaim#DONE_TO}{@code assaulted girl}, and the age is compared only inside one event
 * ({@link AttributeClaim#eventBound()}): two reports of one event that each describe one girl
 * assaulted describe one girl. A document that gives two ages under one key (two girls assaulted)
 * gives neither ({@link AttributeExtractor#oneValueEach}). The description is read whether or not
 * the article names the person too; a named person's age is also read as the name's
 * ({@link AttributeExtractor}).
 */
final class DescribedAges {

    static final Map<String, String> ACTS = Lexicon.pairs(DescribedAges.class, "described-acts.tsv");

    /** An act's form (a word, or a word and "of"), an article, the age as a compound, and the noun. */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)(?<![\\p{L}])(\\p{L}+(?:\\s+of)?)\\s+(?:the|a|an)\\s+"
            + "(\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)[-\\s]years?[-\\s]old\\s+(\\p{L}+(?:-\\p{L}+)*)(?![\\p{L}-])");

    private DescribedAges() {
    }

    static void sentence(String text, String id, int from, int to, long published, String daySource, List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "old")) {
            return;
        }
        Matcher m = DESCRIBED.matcher(text).region(from, to);
        while (m.find()) {
            String act = ACTS.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            String noun = m.group(3).toLowerCase(Locale.ROOT);
            int age = NumberWords.parse(m.group(2));
            if (act == null || !AttributeExtractor.PERSON_NOUNS.contains(noun) || age <= 0 || age >= AttributeExtractor.MAX_AGE) {
                continue;
            }
            Span span = new Span(m.start(), m.end());
            out.add(new AttributeClaim(id, span, span.of(text), "the " + act + " " + noun, AttributeClaim.DONE_TO + act + " " + noun,
                    true, "age", m.group(2), age, false, age, false, published, daySource, null));
        }
    }
}
