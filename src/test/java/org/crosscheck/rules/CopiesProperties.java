package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any number of copies of any documents of a rule's positive case, under any ids, give the
 * findings of one session over every copy.
 */
class CopiesProperties {
    private static final List<RuleCases.Case> CASES = new ArrayList<>();

    @BeforeContainer
    static void load() throws Exception {
        CopiesTest.compile();
        for (Path file : RuleCases.files()) {
            for (RuleCases.Case c : RuleCases.read(file).cases()) {
                if (c.positive()) {
                    CASES.add(c);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        // Short ids of a few letters, so copies of two documents fall before, between and after one another.
        return Arbitraries.strings().withChars("0amz/").ofMinLength(1).ofMaxLength(3).list().ofMaxSize(3);
    }

    @Property(tries = 40)
    void copiesGiveTheFindingsOfEveryCopy(@ForAll("cases") int which, @ForAll("names") List<String> first,
                                          @ForAll("names") List<String> second) {
        RuleCases.Case c = CASES.get(which % CASES.size());
        List<String> ids = new ArrayList<>(c.documents().keySet());
        List<List<RuleEngine.Outcome>> both = CopiesTest.both(CopiesTest.withCopies(c.documents(), id -> {
            List<String> copies = new ArrayList<>();
            for (String n : id.equals(ids.get(0)) ? first : second) {
                copies.add(n + "/" + id);
            }
            return copies.stream().distinct().toList();
        }));
        assertEquals(both.get(1), both.get(0), c.name() + " " + first + " " + second);
    }

    @Provide
    Arbitrary<Integer> cases() {
        return Arbitraries.integers().between(0, 10_000);
    }
}
