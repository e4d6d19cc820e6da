package org.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosscheck.Crosscheck;
import org.crosscheck.Fixtures;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.findings.Finding;
import org.crosscheck.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report stream re-marked as it passes ({@link ReportStream#marked}: what a baseline or
 * suppressions do to a store's streamed report) writes what the report in memory writes once its
 * findings are marked the same way ({@link Report#withFindings}), in every format that streams.
 */
class ReportStreamMarkedTest {

    static Report seeds;

    @BeforeAll
    static void check() throws Exception {
        seeds = Crosscheck.check(Corpus.open(List.of(Fixtures.SEEDS), Corpus.DEFAULT_MAX_DOCUMENT_BYTES),
                RuleSet.load(null), Crosscheck.Options.DEFAULTS, n -> { });
        assertTrue(seeds.findings().size() > 3, "the seeds give findings to mark");
    }

    /** Every other finding taken into the baseline; the rest stay new. */
    static final UnaryOperator<List<Finding>> EVERY_OTHER = new UnaryOperator<>() {
        private int seen;

        @Override
        public List<Finding> apply(List<Finding> one) {
            Finding f = one.get(0);
            return List.of(seen++ % 2 == 0 ? f.withStatus(Finding.Status.BASELINE, "in the baseline") : f);
        }
    };

    static List<Finding> markedInMemory() {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < seeds.findings().size(); i++) {
            Finding f = seeds.findings().get(i);
            out.add(i % 2 == 0 ? f.withStatus(Finding.Status.BASELINE, "in the baseline") : f);
        }
        return out;
    }

    @Test
    void aMarkedStreamWritesWhatTheMarkedReportWrites() throws Exception {
        Report expected = seeds.withFindings(markedInMemory());
        for (Map.Entry<String, Renderer> r : Renderers.forStdout(false).entrySet()) {
            if (!(r.getValue() instanceof StreamRenderer s)) {
                continue;
            }
            StringBuilder old = new StringBuilder();
            r.getValue().render(expected, old);
            StringBuilder streamed = new StringBuilder();
            // A fresh marker each time: the stream marks findings in the order they pass.
            ReportStream marked = ReportStream.of(seeds).marked(one -> EVERY_OTHER.apply(one));
            s.render(marked, streamed);
            assertEquals(old.toString(), streamed.toString(), r.getKey());
            assertEquals(expected.summary(), marked.summary(), r.getKey() + ": the new findings counted again");
        }
    }

    @Test
    void theMarkedStreamPassesTheRestThrough() throws Exception {
        ReportStream inner = ReportStream.of(seeds);
        ReportStream marked = inner.marked(one -> one);
        assertEquals(inner.formatVersion(), marked.formatVersion());
        assertEquals(inner.tool(), marked.tool());
        assertEquals(inner.errors(), marked.errors());
        assertEquals(inner.rules(), marked.rules());
        assertEquals(inner.findingCount(), marked.findingCount());
        assertTrue(marked.findingCount() > 0);
        String id = seeds.documents().get(0).id();
        assertEquals(inner.pathOf(id), marked.pathOf(id));
        assertEquals(inner.outletOf(id), marked.outletOf(id));
        assertNotEquals("", marked.pathOf(id));
        List<Object> passed = new ArrayList<>();
        marked.documents(passed::add);
        marked.stories(passed::add);
        marked.events(passed::add);
        assertEquals(seeds.documents().size() + seeds.stories().size() + seeds.events().size(), passed.size());
        // Marking nothing, every finding stays new and the summary is the report's own.
        List<Finding> findings = new ArrayList<>();
        marked.findings(findings::add);
        assertEquals(seeds.findings(), findings);
        assertEquals(seeds.summary(), marked.summary());
        // A second pass counts afresh, not on top of the first.
        marked.findings(f -> { });
        assertEquals(seeds.summary(), marked.summary());
    }

    @Test
    void anAppendableThatIsNotAWriterIsWrittenThrough() throws Exception {
        StringWriter w = new StringWriter();
        assertSame(w, StreamRenderer.writer(w));
        StringBuilder sb = new StringBuilder("x");
        Writer through = StreamRenderer.writer(sb);
        through.write("abcdef", 2, 3);
        through.write(new char[] {'p', 'q', 'r', 's'}, 1, 2);
        through.flush();
        through.close();
        assertEquals("xcdeqr", sb.toString());
    }
}
