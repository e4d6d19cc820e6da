package org.crosscheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link OtherParty#in} looks a phrase up only where a lower-case word that starts an introducer
 * stands ({@link OtherParty#FIRST_WORDS}); the way kept here joins and looks up every phrase of up
 * to the longest introducer's length at every word, and drops a match at a capitalised word. On
 * generated sentences of the listed introducers' words (in lower case and capitalised), names,
 * stops, days, pronouns, figures and marks, both give the same party or none. Words written for the test.
 */
class OtherPartyProperties {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.\\-][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");
    private static final int LONGEST = OtherParty.INTRODUCERS.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    /** The way of the thirty-ninth session: every phrase at every word joined and looked up. */
    static OtherParty.Found everyPhrase(String text, int from, int to, Set<String> titles) {
        List<String> words = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, Math.min(to, text.length()));
        while (m.find()) {
            String w = m.group();
            w = w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            words.add(w.toLowerCase(Locale.ROOT));
            capital.add(Character.isUpperCase(w.charAt(0)));
        }
        OtherParty.Found found = null;
        for (int i = 0; i < words.size(); i++) {
            int after = -1;
            String kind = null;
            for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && after < 0; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                if (!capital.get(i) && OtherParty.INTRODUCERS.containsKey(phrase)) {
                    after = i + n;
                    kind = OtherParty.INTRODUCERS.get(phrase);
                }
            }
            if (after < 0) {
                continue;
            }
            String party = OtherParty.partyFrom(words, capital, after, titles);
            if (party == null) {
                continue;
            }
            if (found != null && !found.party().equals(party)) {
                return null;
            }
            found = new OtherParty.Found(party, kind);
            i = after - 1;
        }
        return found;
    }

    private static final List<String> OTHERS = List.of("Orla", "Venn", "Telmar", "Ida", "Marsh", "council", "envoy", "with",
            "the", "a", "on", "Monday", "in", "last", "week", "said", "him", "them", "12", ",", ".", "Dr.", "talks",
            "Talks", "Met", "MEET", "with", "phone", "by", "President", "of", "Freedonia", "minister");
    private static final Set<String> TITLES = Set.of("president", "dr");

    /** Every word of every listed introducer, in lower case and capitalised, and words around them. */
    private static List<String> vocabulary() {
        List<String> out = new ArrayList<>(OTHERS);
        OtherParty.INTRODUCERS.keySet().stream().flatMap(k -> Stream.of(k.split(" "))).distinct().forEach(w -> {
            out.add(w);
            out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        });
        return out;
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.of(vocabulary());
        Arbitrary<String> whole = Arbitraries.of(List.copyOf(OtherParty.INTRODUCERS.keySet()));
        return Combinators.combine(word.list().ofMaxSize(6), whole, word.list().ofMaxSize(8), whole.list().ofMaxSize(1),
                        word.list().ofMaxSize(5))
                .as((a, intro, b, more, c) -> {
                    List<String> all = new ArrayList<>(a);
                    all.add(intro);
                    all.addAll(b);
                    all.addAll(more);
                    all.addAll(c);
                    return String.join(" ", all);
                });
    }

    @Property(tries = 3000)
    void aPhraseLookedUpOnlyAtAnIntroducersFirstWordFindsTheSameParty(@ForAll("sentences") String sentence) {
        assertEquals(everyPhrase(sentence, 0, sentence.length(), Set.of()), OtherParty.in(sentence, 0, sentence.length()), sentence);
        assertEquals(everyPhrase(sentence, 0, sentence.length(), TITLES), OtherParty.in(sentence, 0, sentence.length(), TITLES), sentence);
        int half = sentence.length() / 2;
        assertEquals(everyPhrase(sentence, half, sentence.length() + 5, Set.of()), OtherParty.in(sentence, half, sentence.length() + 5));
    }

    @Example
    void aCapitalisedIntroducerAndAWordThatStartsNoneGiveNoParty() {
        assertEquals(null, OtherParty.in("Meet the Press aired.", 0, 21));
        assertEquals(null, OtherParty.in("Venn greeted Telmar.", 0, 20));
        assertEquals(new OtherParty.Found("telmar", "visit"), OtherParty.in("Venn visited Telmar.", 0, 20));
        assertEquals(true, OtherParty.FIRST_WORDS.contains("held"));
        assertEquals(false, OtherParty.FIRST_WORDS.contains("talks with"));
    }
}
