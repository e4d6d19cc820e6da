package org.crosscheck.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.crosscheck.Fixtures;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/** Grouping on several threads gives the grouping of one thread, documents settled alike. */
class StoryGrouperThreadsTest {

    @Test
    void severalThreadsGroupAndSettleAsOneThreadDoes() throws Exception {
        List<ExtractedDocument> docs = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            for (Document d : Fixtures.seeds()) {
                // Without its timestamp line a copy is settled against its event's date, extracted again.
                String text = copy % 2 == 0 ? d.text() : d.text().replaceFirst("(?m)^.*20\\d\\d.*$", "");
                docs.add(Extractor.extract(Cleaner.clean(new Document(d.id() + "-" + copy, d.path(), text, List.of()))));
            }
        }
        // And a story of its own: an earthquake, reported twice, once without a timestamp.
        String quake = "A strong earthquake struck the Valmora province on Tuesday, killing one person in the town of Lindor.\n"
                + "Rescue teams from Karsk searched the ruins of Lindor through the night, governor Anna Perl said.\n";
        docs.add(Extractor.extract(Cleaner.clean(new Document("quake-a", "quake-a.txt",
                "Published: July 2, 2013 10:00 GMT\nQuake hits Valmora\n" + quake, List.of()))));
        docs.add(Extractor.extract(Cleaner.clean(new Document("quake-b", "quake-b.txt", "Valmora quake kills one\n" + quake, List.of()))));
        Grouping one = StoryGrouper.group(docs, StoryGrouper.nameFrequencies(docs)::get, 1);
        assertTrue(one.stories().size() > 1 && one.events().size() > 1, one.stories().toString());
        assertTrue(one.documents().stream().anyMatch(d -> d.published() == null));
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, StoryGrouper.group(docs, StoryGrouper.nameFrequencies(docs)::get, threads));
        }
        assertEquals(one, StoryGrouper.group(docs));
    }

    @Test
    void slicesCoverThePairsInOrderAFewPerThread() {
        List<Integer> pairs = IntStream.range(0, 100).boxed().toList();
        List<List<Integer>> slices = StoryGrouper.slices(pairs, 2);
        assertEquals(List.of(13, 13, 13, 13, 13, 13, 13, 9), slices.stream().map(List::size).toList());
        assertEquals(pairs, slices.stream().flatMap(List::stream).toList());
        assertEquals(List.of(26, 26, 26, 22), StoryGrouper.slices(pairs, 0).stream().map(List::size).toList());
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), StoryGrouper.slices(List.of(0, 1, 2), 8));
        assertEquals(List.of(), StoryGrouper.slices(List.<Integer>of(), 4));
    }
}
