package org.crosscheck.extract;

import java.io.IOException;
import org.crosscheck.Fixtures;
import org.crosscheck.GoldenFiles;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/**
 * Quotes with their speakers, and people with their titles, over short documents written for
 * the tests or taken from the seeds, against a golden file; and the same over the five seeds.
 */
class QuoteGoldenTest {

    private static String describe(ExtractedDocument d) {
        StringBuilder out = new StringBuilder();
        for (Claim c : d.claims()) {
            if (c instanceof QuoteClaim q) {
                out.append("    quote [").append(q.text().replace("\n", "\\n")).append("]")
                        .append(q.fragment() ? " scare quote" : q.partial() ? " partial" : "")
                        .append(q.speaker() == null ? "" : " speaker=[" + q.speaker() + "]")
                        .append(q.speakerName() == null ? "" : " who=" + q.speakerName())
                        .append(q.voice() == null ? "" : " voice=" + q.voice())
                        .append(q.affiliation() == null ? "" : " for=" + q.affiliation())
                        .append(q.voice() != null && !q.named() ? " (inferred)" : "")
                        .append(q.pronounSure() ? " (one person it may name)" : "")
                        .append(q.cue() == null ? "" : " cue=" + q.cue()).append('\n');
            } else if (c instanceof RoleClaim r) {
                out.append("    role [").append(r.text()).append("] ").append(r.person()).append(" = ").append(r.role())
                        .append(r.country() == null ? "" : " (" + r.country() + ")").append(r.current() ? "" : " not current")
                        .append(" key=").append(r.personKey()).append('\n');
            }
        }
        return out.length() == 0 ? "    (none)\n" : out.toString();
    }

    @Test
    void quotesAndTitles() throws IOException {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String doc : GoldenFiles.read("quotes.input.txt").split("\n---\n")) {
            // A title line first, so every line of the input is a paragraph of the article.
            StringBuilder text = new StringBuilder("Published: 2021-04-14T10:00:00Z\nA story for the tests\n");
            for (String line : doc.split("\n")) {
                if (!line.startsWith("#")) {
                    text.append(line).append('\n');
                }
            }
            ExtractedDocument d = Extractor.extract(Cleaner.clean(Fixtures.document("q" + (++n), text.toString())));
            out.append("=== ").append(text.toString().lines().skip(2).findFirst().orElse("")).append('\n');
            out.append(describe(d));
        }
        GoldenFiles.check("quotes.expected.txt", out.toString());
    }

    @Test
    void seedQuotesAndTitles() throws IOException {
        StringBuilder out = new StringBuilder();
        for (org.crosscheck.corpus.Document doc : Fixtures.seeds()) {
            out.append("=== ").append(doc.id()).append('\n').append(describe(Extractor.extract(Cleaner.clean(doc))));
        }
        GoldenFiles.check("quotes-seeds.expected.txt", out.toString());
    }
}
