package org.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** House style is a normal form: taking it twice changes nothing, and a text and its house-style twin meet in it. */
class HouseStyleProperties {

    private static final HouseStyle STORY = HouseStyle.ofStory(List.of("Internet Explorer (IE) and the International Energy Agency (IEA)."));

    /** Pairs of wordings that differ only in house style. */
    private static final List<Tuple.Tuple2<String, String>> TWINS = twins();

    private static List<Tuple.Tuple2<String, String>> twins() {
        List<Tuple.Tuple2<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : HouseStyleLists.spelling().entrySet()) {
            out.add(Tuple.of(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> e : HouseStyleLists.numbers().entrySet()) {
            if (!e.getKey().equals("one")) {
                out.add(Tuple.of(e.getKey(), e.getValue()));
            }
        }
        for (String[] t : new String[][] {{"6 p.m.", "6:00 p.m."}, {"6pm", "18:00"}, {"6.30 a.m.", "6:30am"},
            {"noon", "12 p.m."}, {"build-up", "buildup"}, {"Wi-Fi", "WiFi"}, {"Vendôme", "Vendome"}, {"per cent", "percent"},
            {"IE", "Internet Explorer"}, {"IEA", "International Energy Agency"}, {"twenty-one", "21"},
            {"eleventh-hour", "11th-hour"}, {"Co-operation", "Cooperation"}, {"Ukraine's", "Ukraine\u2019s"}}) {
            out.add(Tuple.of(t[0], t[1]));
        }
        return out;
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<String, String>>> sentences() {
        Arbitrary<Tuple.Tuple2<String, String>> twin = Arbitraries.of(TWINS);
        Arbitrary<String> plain = Arbitraries.of("the", "police", "said", "on", "Monday", "troops", "at", "and", "Kyiv",
                "\u201cwe", "will\u201d", "--", "(he)", "U.S.", "one", "no", "a", "m", "p", "5", "13", "7,000", "1.5", "hour");
        Arbitrary<Tuple.Tuple2<String, String>> same = plain.map(w -> Tuple.of(w, w));
        Arbitrary<String> punctuation = Arbitraries.of("", "", "", ",", ".", ";");
        Arbitrary<Tuple.Tuple2<String, String>> word = Combinators.combine(Arbitraries.oneOf(twin, same, same), punctuation)
                .as((t, p) -> Tuple.of(t.get1() + p, t.get2() + p));
        return word.list().ofMinSize(1).ofMaxSize(14);
    }

    private static String side(List<Tuple.Tuple2<String, String>> words, boolean first) {
        StringBuilder sb = new StringBuilder();
        for (Tuple.Tuple2<String, String> w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(first ? w.get1() : w.get2());
        }
        return sb.toString();
    }

    @Property
    void houseStyleIsIdempotent(@ForAll("sentences") List<Tuple.Tuple2<String, String>> words) {
        for (String s : List.of(side(words, true), side(words, false))) {
            String once = STORY.words(s);
            assertEquals(once, STORY.words(once), s);
            String general = HouseStyle.general().words(s);
            assertEquals(general, HouseStyle.general().words(general), s);
        }
    }

    @Property
    void anyTextIsIdempotent(@ForAll String s) {
        String once = HouseStyle.general().words(s);
        assertEquals(once, HouseStyle.general().words(once));
    }

    @Property
    void aTextAndItsHouseStyleTwinNormaliseEqual(@ForAll("sentences") List<Tuple.Tuple2<String, String>> words) {
        String a = side(words, true);
        String b = side(words, false);
        assertEquals(STORY.words(a), STORY.words(b), a + " / " + b);
        String diff = WordDiff.plain(a, b, STORY);
        assertFalse(diff.contains("[-") || diff.contains("{+"), diff);
    }
}
