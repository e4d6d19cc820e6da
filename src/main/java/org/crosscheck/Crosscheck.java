package org.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.InputError;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Severity;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleEngine;
import org.crosscheck.rules.RuleSet;

/**
 * The front door: corpus, clean, extract, rules, findings, report, on one screen.
 *
 * <p>Documents are streamed: each is read, cleaned, extracted and checked, and only its report
 * entry and findings are kept. Until stories are grouped, each document is its own rule session.
 */
public final class Crosscheck {

    public static final String VERSION = "0.1.0";

    /** Limits of one run. */
    public record Options(long maxDocumentBytes, int firingLimit) {
        public static final Options DEFAULTS = new Options(Corpus.DEFAULT_MAX_DOCUMENT_BYTES, RuleEngine.DEFAULT_FIRING_LIMIT);
    }

    private Crosscheck() {
    }

    public static Report check(Corpus corpus, RuleSet rules, Options options, IntConsumer progress) {
        RuleEngine engine = new RuleEngine(rules, options.firingLimit());
        List<Report.DocumentEntry> documents = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(corpus.walkErrors());
        int[] claims = {0};
        corpus.forEach(document -> {
            ExtractedDocument extracted = Extractor.extract(Cleaner.clean(document));
            RuleEngine.Outcome outcome = engine.evaluate(null, List.of(extracted));
            findings.addAll(outcome.findings());
            if (outcome.limitReached()) {
                errors.add(new InputError(document.path(), "rules stopped after " + outcome.firings()
                        + " firings (the firing limit): a rule may be looping; findings for this document are incomplete"));
            }
            documents.add(entry(extracted));
            claims[0] += extracted.claims().size();
            progress.accept(documents.size());
        }, errors::add);
        return report(documents, findings, errors, claims[0]);
    }

    /** Assembles a report in its deterministic order. */
    public static Report report(List<Report.DocumentEntry> documents, List<Finding> findings,
                                List<InputError> errors, int claims) {
        List<Report.DocumentEntry> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparing(Report.DocumentEntry::id));
        List<Finding> sorted = Findings.sorted(findings);
        List<InputError> errs = new ArrayList<>(errors);
        errs.sort(Comparator.comparing(InputError::path).thenComparing(InputError::message));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.word(), 0);
        }
        for (Finding f : sorted) {
            counts.merge(f.severity().word(), 1, Integer::sum);
        }
        return new Report(Report.FORMAT_VERSION, new Report.Tool("crosscheck", VERSION), docs, List.of(), List.of(),
                sorted, errs, new Report.Summary(docs.size(), claims, counts));
    }

    static Report.DocumentEntry entry(ExtractedDocument d) {
        List<Report.TimestampEntry> stamps = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c instanceof TimestampClaim t) {
                stamps.add(new Report.TimestampEntry(t.role().word(), t.value(), t.text(), t.span().start(),
                        t.span().end(), t.label(), t.zoned(), t.zoneNote(), t.ambiguousOrder()));
            }
        }
        TimestampClaim published = d.published();
        TimestampClaim updated = d.updated();
        return new Report.DocumentEntry(d.id(), d.document().path(), d.source(), d.title(),
                published == null ? null : published.value(), updated == null ? null : updated.value(),
                null, null, stamps, d.claims().size(), d.document().readNotes());
    }
}
