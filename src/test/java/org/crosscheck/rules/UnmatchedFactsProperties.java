package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.extract.ExtractedDocument;

/**
 * Generated stories of two or three articles, naming people and places spelled one letter apart,
 * with titles one person holds, lists of places and names of three words: the outcomes of every
 * story (findings and firings) are the same whether the facts no packaged rule can match are left
 * out of its session or kept ({@link UnmatchedFacts}).
 */
class UnmatchedFactsProperties {
    private static final String[] FIRST = {"Tomas", "Thomas", "Anneke", "Anika", "Dale", "David", "Edda", "Eda"};
    private static final String[] LAST = {"Brandvik", "Brandvick", "Korrow", "Morrow", "Tellan", "Tellans", "Kelvane"};
    private static final String[] TITLE = {"Police Chief", "Mayor", "harbour master", "Vastra Rovers general manager", "Governor"};
    private static final String[] PLACE = {"Corlen", "Korlen", "Vastra", "Vastra Islands", "Bostra", "Arlen", "Tennick"};
    private static final String[] BODY = {"Vastra Harbour Board", "Vastra Harbours Board", "Corlen Ferry Line", "CorlenFerry"};

    @Provide
    Arbitrary<List<List<Integer>>> stories() {
        // Each article: a list of choices, read in turn by sentence().
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(12).ofMaxSize(24).list().ofMinSize(2).ofMaxSize(3);
    }

    @Property(tries = 30)
    void leavingOutUnmatchedFactsChangesNoOutcome(@ForAll("stories") List<List<Integer>> articles) throws Exception {
        LinkedHashMap<String, String> documents = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            documents.put("d" + a, article(articles.get(a)));
        }
        List<ExtractedDocument> docs = CopiesTest.withCopies(documents, id -> List.of());
        RuleEngine[] engines = UnmatchedFactsTest.engines();
        assertEquals(UnmatchedFactsTest.outcomes(engines[1], docs), UnmatchedFactsTest.outcomes(engines[0], docs),
                String.join("\n---\n", documents.values()));
    }

    /** An invented article of a storm at a harbour, its names and titles chosen by {@code c}. */
    static String article(List<Integer> c) {
        int[] i = {0};
        java.util.function.IntSupplier next = () -> c.get(i[0]++ % c.size());
        StringBuilder out = new StringBuilder("Published: May " + (9 + next.getAsInt() % 2) + ", 2023 09:00 GMT\n");
        out.append("Storm hits ").append(pick(PLACE, next)).append(" harbour\n");
        int sentences = 3 + next.getAsInt() % 4;
        for (int s = 0; s < sentences; s++) {
            String first = pick(FIRST, next);
            String last = pick(LAST, next);
            switch (next.getAsInt() % 6) {
                case 0 -> out.append(pick(TITLE, next)).append(' ').append(first).append(' ').append(last)
                        .append(" said the storm struck ").append(pick(PLACE, next)).append(" on Tuesday.\n");
                case 1 -> out.append(last).append(" said crews from ").append(pick(PLACE, next)).append(" were at work.\n");
                case 2 -> out.append("Families in ").append(pick(PLACE, next)).append(", ").append(pick(PLACE, next))
                        .append(", ").append(pick(PLACE, next)).append(" and ").append(pick(PLACE, next))
                        .append(" were told to leave.\n");
                case 3 -> out.append("The ").append(pick(BODY, next)).append(" said ").append(12 + next.getAsInt() % 3)
                        .append(" boats were lost.\n");
                case 4 -> out.append(first).append(' ').append(last).append(", the ").append(pick(TITLE, next).toLowerCase())
                        .append(", said the quay would open again.\n");
                default -> out.append('"').append("We have never seen water this high").append('"').append(", said ")
                        .append(first).append(' ').append(last).append(".\n");
            }
        }
        return out.toString();
    }

    private static String pick(String[] words, java.util.function.IntSupplier next) {
        return words[next.getAsInt() % words.length];
    }
}
