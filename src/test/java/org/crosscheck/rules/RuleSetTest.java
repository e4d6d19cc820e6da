package org.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading rules (packaged, from a folder, replacing by file name; every mistake with its file and
 * line) and what the sink makes of a match: evidence with line, column and the line around it,
 * figures and dates, and the message template filled from the rule's declarations.
 */
class RuleSetTest {

    static final String HEADER = "package crosscheck.rules\nimport org.crosscheck.corpus.Document\n"
            + "import org.crosscheck.claims.QuantityClaim\nglobal org.crosscheck.rules.FindingSink sink\n\n";

    @Test
    void mistakesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("b.drl"), HEADER + "rule \"b\"\nwhen\n    $x : QuantityClaim(\nthen\nend\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleSet.loadOnly(broken));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith(broken.resolve("b.drl").toString().replace('\\', '/') + ":"),
                e.problems().toString());
        assertTrue(e.getMessage().contains("b.drl:"), e.getMessage());

        Path bad = Files.createDirectories(dir.resolve("bad"));
        String content = HEADER
                + "rule \"bare\"\nwhen\n    $d : Document()\nthen\n    sink.report(kcontext);\nend\n\n"
                + rule("shouting", "Not_An_Id", "note", "s") + "\n"
                + rule("loud", "loud", "critical", "s");
        Files.writeString(bad.resolve("m.drl"), content);
        RuleLoadException m = assertThrows(RuleLoadException.class, () -> RuleSet.loadOnly(bad));
        String file = bad.resolve("m.drl").toString().replace('\\', '/');
        assertEquals(List.of(
                file + ":" + line(content, "rule \"shouting\"") + ": rule \"shouting\": @id \"Not_An_Id\" must be lower-case words joined by hyphens",
                file + ":" + line(content, "rule \"loud\"") + ": rule \"loud\": @severity \"critical\" must be error, warning or note",
                file + ":" + line(content, "rule \"bare\"") + ": rule \"bare\": missing @id, @severity, @summary, @message in its header"),
                m.problems());

        Path twice = Files.createDirectories(dir.resolve("twice"));
        Files.writeString(twice.resolve("a.drl"), HEADER + rule("one", "twice", "note", "first"));
        Files.writeString(twice.resolve("b.drl"), HEADER + rule("two", "twice", "note", "second"));
        List<String> problems = assertThrows(RuleLoadException.class, () -> RuleSet.loadOnly(twice)).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains(": rule id \"twice\" is also declared in ")
                && p.endsWith("; to replace a packaged rule, give your file the same name as the packaged one")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith(":6: rules with id \"twice\" must share one @summary")), problems.toString());

        RuleLoadException missing = assertThrows(RuleLoadException.class, () -> RuleSet.loadOnly(dir.resolve("nowhere")));
        assertEquals(List.of(dir.resolve("nowhere") + ": rules folder not found"), missing.problems());
    }

    /** A rule over every document that reports nothing, with its metadata header on the line after its name. */
    @Test
    void eachRuleOfAFileHasTheLineOfItsKeyword(@TempDir Path dir) throws Exception {
        String content = HEADER + rule("first", "first-id", "note", "One") + "\n\n"
                + rule("second", "second-id", "warning", "Two") + rule("third", "third-id", "error", "Three");
        Files.writeString(dir.resolve("three.drl"), content);
        RuleSet set = RuleSet.load(dir);
        assertEquals(line(content, "rule \"first\""), set.metadata("first").line());
        assertEquals(line(content, "rule \"second\""), set.metadata("second").line());
        assertEquals(line(content, "rule \"third\""), set.metadata("third").line());
        assertEquals(6, set.metadata("first").line());
        assertEquals(14, set.metadata("second").line());
    }

    static String rule(String name, String id, String severity, String summary) {
        return "rule \"" + name + "\"\n    @id(\"" + id + "\") @severity(\"" + severity + "\") @summary(\"" + summary
                + "\") @message(\"m\")\nwhen\n    $d : Document()\nthen\nend\n";
    }

    static int line(String content, String what) {
        return (int) content.substring(0, content.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void anIdsDefaultSeverityIsTheMostSeriousOfItsRules() throws Exception {
        RuleSet packaged = RuleSet.load(null);
        assertEquals(Severity.WARNING, packaged.defaultSeverity("quantity-conflict"), "its notes lower a warning");
        assertEquals(Severity.NOTE, packaged.defaultSeverity("name-variant"));
        assertEquals(Severity.ERROR, packaged.defaultSeverity("quote-misattribution"));
        assertNull(packaged.defaultSeverity("no-such-rule"));
    }

    @Test
    void aFolderAddsRulesAndReplacesPackagedOnesByFileNameWithTheirPages(@TempDir Path dir) throws Exception {
        RuleSet packaged = RuleSet.load(null);
        assertNotNull(packaged.metadata("timestamp-missing"));
        Files.writeString(dir.resolve("timestamp-missing.drl"), HEADER
                + "rule \"stricter\"\n    @id(\"timestamp-missing\") @severity(\"error\") @summary(\"No date\")\n"
                + "    @message(\"{$d.id} has no date\") @why(\"a \\\"strict\\\" desk\")\nwhen\n    $d : Document()\nthen\n"
                + "    sink.report(kcontext);\nend\n");
        Files.writeString(dir.resolve("my-own.drl"), HEADER + rule("my-own", "my-own", "note", "Mine"));
        Files.writeString(dir.resolve("my-own.md"), "# my-own\n\nWhy it matters.\n");
        RuleSet set = RuleSet.load(dir);
        assertNull(set.metadata("timestamp-missing"), "the packaged file of that name is replaced whole");
        RuleMetadata stricter = set.metadata("stricter");
        assertEquals(Severity.ERROR, stricter.severity());
        assertEquals("a \"strict\" desk", stricter.why(), "a quoted metadata value loses its quotes and escapes");
        assertEquals(dir.resolve("timestamp-missing.drl").toString().replace('\\', '/'), stricter.file());
        assertEquals(6, stricter.line(), "the line of its rule keyword");
        List<String> ids = set.catalogue().stream().map(RuleSet.CatalogueEntry::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "the catalogue is sorted by id");
        assertTrue(ids.contains("my-own") && ids.contains("quote-variant"), ids.toString());
        RuleSet.CatalogueEntry mine = set.catalogue().stream().filter(c -> c.id().equals("my-own")).findFirst().orElseThrow();
        assertEquals("# my-own\n\nWhy it matters.\n", mine.explanation());
        long replaced = packaged.rules().stream().filter(r -> r.file().endsWith("timestamp-missing.drl")).count();
        assertTrue(replaced >= 1);
        assertEquals(packaged.rules().size() - replaced + 2, set.rules().size(), "the packaged file's rules out, two of ours in");
        List<RuleMetadata> rules = set.rules();
        for (int i = 1; i < rules.size(); i++) {
            RuleMetadata a = rules.get(i - 1);
            RuleMetadata b = rules.get(i);
            assertTrue(a.id().compareTo(b.id()) < 0 || (a.id().equals(b.id()) && a.name().compareTo(b.name()) < 0),
                    "rules by id, then name: " + a.name() + " before " + b.name());
        }
    }

    @Test
    void theCatalogueTakesTheSeverityOfTheRuleNamedLikeItsId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.drl"), HEADER + rule("x-minor", "x", "note", "X") + rule("x", "x", "warning", "X")
                + rule("x-major", "x", "error", "X") + rule("y-minor", "y", "note", "Y") + rule("y-major", "y", "error", "Y"));
        List<RuleSet.CatalogueEntry> c = RuleSet.loadOnly(dir).catalogue();
        assertEquals(List.of("x", "y"), c.stream().map(RuleSet.CatalogueEntry::id).toList());
        assertEquals(Severity.WARNING, c.get(0).severity(), "the rule named like the id decides");
        assertEquals(Severity.ERROR, c.get(1).severity(), "else the most serious");
        assertNull(c.get(0).explanation());
    }

    @Test
    void evidenceCarriesLineColumnTheLineAroundItAndTheFigure(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("q.drl"), HEADER
                + "rule \"q\"\n    @id(\"figure\") @severity(\"note\") @summary(\"A figure\")\n"
                + "    @message(\"{$q.text} in {$d.id}: {$q.nothing}, {$z}, {$d.id.length}\")\nwhen\n"
                + "    $d : Document()\n    $q : QuantityClaim(document == $d.id, text.contains(\"80,000\"))\n"
                + "then\n    sink.report(kcontext);\nend\n");
        String text = "Border build-up\r\nSecond line of the page\n\nOfficials said more than 80,000 troops were there on April 13, 2021."
                + "\rA last line.";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("doc-1", "doc-1.txt", text, List.of())));
        RuleEngine.Outcome out = new RuleEngine(RuleSet.loadOnly(dir), RuleEngine.DEFAULT_FIRING_LIMIT).evaluate("S1", List.of(d));
        assertEquals(1, out.findings().size(), out.findings().toString());
        Finding f = out.findings().get(0);
        assertEquals("figure", f.rule());
        assertEquals("S1", f.story());
        assertEquals(List.of("doc-1"), f.documents());
        assertEquals("default severity of figure: " + Severity.NOTE.action(), f.severityReason());
        Evidence e = f.evidence().get(0);
        int at = text.indexOf("more than 80,000");
        assertEquals(at, e.start());
        assertEquals(4, e.line(), "CR LF, LF and a blank line before it");
        assertEquals(at - text.indexOf("Officials") + 1, e.column());
        assertEquals("Officials said ", e.before());
        assertTrue(e.after().startsWith(" were there on April 13, 2021") || e.after().startsWith(" troops were there"), e.after());
        assertTrue(e.after().endsWith("2021."), "the line around it stops at a lone CR: " + e.after());
        assertEquals(80_000, e.low(), 0.5);
        assertNull(e.high(), "an open upper bound is no number");
        assertEquals(e.text() + " in doc-1: {?nothing}, {?$z}, 5", f.message());
        assertTrue(out.firings() >= 1);
        assertTrue(!out.limitReached());
    }
}
