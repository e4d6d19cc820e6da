package org.crosscheck.extract;

import java.io.IOException;
import java.util.function.BiFunction;
import org.crosscheck.Fixtures;
import org.crosscheck.GoldenFiles;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.PlaceClaim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.clean.Cleaner;
import org.junit.jupiter.api.Test;

/**
 * Temporal, quantity, attribute and place extraction over sentences written for the tests, each run as a document
 * published on the file's current anchor date, against golden files of the expected claims.
 */
class SentenceGoldenTest {

    /** Runs every sentence of {@code input} and describes its claims with {@code describe}. */
    private static String run(String input, BiFunction<Claim, String, String> describe) throws IOException {
        StringBuilder out = new StringBuilder();
        String anchor = null;
        for (String line : GoldenFiles.read(input).split("\n")) {
            if (line.startsWith("# anchor ")) {
                String a = line.substring("# anchor ".length()).strip();
                anchor = a.equals("none") ? null : a;
                out.append(line).append('\n');
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String text = (anchor == null ? "" : "Published: " + anchor + "\n") + line + "\n";
            ExtractedDocument d = Extractor.extract(Cleaner.clean(Fixtures.document("s", text)));
            out.append(line).append('\n');
            boolean any = false;
            for (Claim c : d.claims()) {
                String s = describe.apply(c, text);
                if (s != null) {
                    out.append("    ").append(s).append('\n');
                    any = true;
                }
            }
            if (!any) {
                out.append("    (none)\n");
            }
        }
        return out.toString();
    }

    @Test
    void temporalExpressions() throws IOException {
        GoldenFiles.check("temporal.expected.txt", run("temporal.input.txt", (c, text) -> {
            if (!(c instanceof DateClaim d)) {
                return null;
            }
            return "[" + d.text() + "] " + d.type() + " " + d.value() + (d.mod() == null ? "" : " mod=" + d.mod())
                    + (d.anchored() ? " (relative)" : "");
        }));
    }

    @Test
    void datesAndTheHappeningsTheyDate() throws IOException {
        GoldenFiles.check("happenings.expected.txt", run("happenings.input.txt", (c, text) -> {
            if (!(c instanceof DateClaim d)) {
                return null;
            }
            return "[" + d.text() + "] " + d.value() + (d.about() == null ? " (no happening)"
                    : " " + d.about() + (d.participants().isEmpty() ? "" : " of " + String.join(", ", d.participants())));
        }));
    }

    @Test
    void quantities() throws IOException {
        GoldenFiles.check("quantities.expected.txt", run("quantities.input.txt", (c, text) -> {
            if (!(c instanceof QuantityClaim q)) {
                return null;
            }
            return "[" + q.text() + "] " + q.measure() + (q.subject() == null ? "" : " (" + q.subject() + ")") + " "
                    + q.interval() + (q.hedge().isEmpty() ? "" : " hedge=" + q.hedge())
                    + (q.attribution() == null ? "" : " by=" + q.attribution())
                    + (q.alsoWritten() == null ? "" : " also=" + q.alsoWritten())
                    + " asOf=" + q.asOfText() + (q.comparable() ? "" : " not-compared")
                    + (q.eventScoped() ? " event-bound" : "");
        }));
    }

    @Test
    void attributes() throws IOException {
        GoldenFiles.check("attributes.expected.txt", run("attributes.input.txt", (c, text) -> {
            if (!(c instanceof AttributeClaim a)) {
                return null;
            }
            return "[" + a.text() + "] " + a.entity() + " (" + a.entityKey() + ") " + a.attribute() + " " + a.valueText()
                    + " written=" + a.written() + " " + a.dayText();
        }));
    }

    @Test
    void places() throws IOException {
        GoldenFiles.check("places.expected.txt", run("places.input.txt", (c, text) -> {
            if (!(c instanceof PlaceClaim p)) {
                return null;
            }
            return "[" + p.text() + "] " + p.happening() + (p.relation() == null ? "" : " relation=" + p.relation())
                    + " level=" + p.level() + (p.bearing() >= 0 ? " bearing=" + p.bearing() : "")
                    + (p.block() >= 0 ? " block=" + p.block() : "")
                    + (text.substring(p.span().start(), p.span().end()).equals(p.text()) ? "" : " (span differs)");
        }));
    }
}
