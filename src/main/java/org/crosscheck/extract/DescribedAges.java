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

    /**
     * An age written as a compound, and the word after it: "a 59-year-old grandmother", "an 11-year old
     * girl", "10-year-old girls", "the 27-year-old's", "took the 14-year-old the night after".
     */
    private static final Pattern AGED = Pattern.compile("(?i)(?<![\\p{L}\\d-])(\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)-years?[-\\s]old"
            + "(?![\\p{L}\\d-])(\\s*['\u2019]\\s?s(?!\\p{L})|\\s*[,.;:)\"\u201d]|\\s*$|\\s+(\\p{L}+))?");

    /** Words that may follow a compound age used as a noun ("the 14-year-old the night after", "the 12-year-old who"). */
    static final java.util.Set<String> AFTER_NOUN = Lexicon.words(DescribedAges.class, "age-noun-followers.txt");

    private DescribedAges() {
    }

    /**
     * Every person a sentence describes by a compound age ({@link #AGED}) and a person noun of {@code
     * age-person-nouns.txt} ("a 59-year-old grandmother", plural or not), or by the age alone used as a
     * noun (followed by a possessive, punctuation, the sentence's end or a word of {@code
     * age-noun-followers.txt}): the age of a person keyed by the age ({@link AttributeClaim#DESCRIBED}),
     * compared only once the story's people tie it to the one person its event's reports name with
     * that age ({@link org.crosscheck.stories.StoryPeople}). Not a compound before a thing ("a
     * 100-year-old house"), nor one {@code done} already reads (its spans).
     */
    static void aged(String text, String id, int from, int to, long published, String daySource, List<Span> done,
                     List<AttributeClaim> out) {
        if (!Literals.containsAnyIgnoringAsciiCase(text, from, to, "old")) {
            return;
        }
        Matcher m = AGED.matcher(text).region(from, to);
        while (m.find()) {
            int age = NumberWords.parse(m.group(1).toLowerCase(Locale.ROOT));
            String next = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            String singular = next == null ? null : next.endsWith("s") ? next.substring(0, next.length() - 1) : next;
            boolean noun = next != null && (AttributeExtractor.PERSON_NOUNS.contains(next)
                    || AttributeExtractor.PERSON_NOUNS.contains(singular) || next.endsWith("men")
                    && AttributeExtractor.PERSON_NOUNS.contains(next.substring(0, next.length() - 3) + "man"));
            boolean alone = m.group(2) != null && next == null || next != null && AFTER_NOUN.contains(next);
            if (age <= 0 || age >= AttributeExtractor.MAX_AGE || !noun && !alone
                    || done.stream().anyMatch(d -> d.start() < m.end(1) && m.start(1) < d.end())) {
                continue;
            }
            Span span = new Span(m.start(1), noun ? m.end(3) : m.start(2));
            String described = noun ? span.of(text) : m.group(1) + "-year-old";
            out.add(new AttributeClaim(id, span, span.of(text), described, AttributeClaim.DESCRIBED + age,
                    true, "age", m.group(1), age, false, age, false, published, daySource, null));
        }
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
