package org.crosscheck.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Severity;
import org.crosscheck.report.QuoteDiffs;
import org.crosscheck.report.Report;
import org.crosscheck.report.ValueTable;
import org.crosscheck.store.Decisions;
import org.crosscheck.text.HouseStyle;
import org.crosscheck.text.WordDiff;

/**
 * The standing findings of the store at one moment, each with where it stands in review: what
 * the API lists, filters, counts and shows. Built from the store's report (its findings in report
 * order, documents, stories and rule pages) and the decisions log; never changed once built.
 */
final class Queue {

    /** A finding of the queue, with its review standing and what the filters look at. */
    record Item(Finding finding, Decisions.Standing standing, List<String> outlets, String searchText) {

        String status() {
            return standing.status();
        }

        String assignee() {
            return standing.decision() == null ? null : standing.decision().assignee();
        }
    }

    private final Map<String, Item> byFingerprint = new LinkedHashMap<>();
    private final Map<String, Report.DocumentEntry> documents = new HashMap<>();
    private final Map<String, String> storyLabels = new HashMap<>();
    private final Map<String, Report.RuleEntry> rules = new HashMap<>();
    private final Map<String, String> outlets;

    Queue(Report report, Map<String, Decisions.Standing> standing) {
        report.documents().forEach(d -> documents.put(d.id(), d));
        report.stories().forEach(s -> storyLabels.put(s.id(), s.label()));
        report.rules().forEach(r -> rules.put(r.id(), r));
        outlets = ValueTable.outlets(report);
        for (Finding f : report.findings()) {
            Decisions.Standing s = standing.get(f.fingerprint());
            List<String> sources = f.documents().stream().map(outlets::get).filter(o -> o != null).distinct().toList();
            byFingerprint.put(f.fingerprint(), new Item(f, s, sources, searchText(f, s, sources)));
        }
    }

    /** What the text search looks in, lower-cased. */
    private String searchText(Finding f, Decisions.Standing s, List<String> sources) {
        List<String> parts = new ArrayList<>(List.of(f.rule(), f.message()));
        parts.add(f.story() == null ? "" : f.story() + " " + storyLabels.getOrDefault(f.story(), ""));
        parts.addAll(f.documents());
        parts.addAll(sources);
        for (Evidence e : f.evidence()) {
            parts.add(e.text());
            parts.add(e.value() == null ? "" : e.value());
        }
        if (s.decision() != null) {
            for (String p : new String[] {s.decision().reviewer(), s.decision().assignee(), s.decision().comment()}) {
                parts.add(p == null ? "" : p);
            }
        }
        return String.join("\n", parts).toLowerCase(Locale.ROOT);
    }

    int size() {
        return byFingerprint.size();
    }

    Optional<Item> item(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    /** The findings that pass every filter, in report order. */
    List<Item> matching(QueueFilter filter) {
        return byFingerprint.values().stream().filter(i -> filter.matches(i, true)).toList();
    }

    /** {@code GET /api/findings}. */
    Views.Listing listing(QueueFilter filter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Decisions.STATUSES.forEach(s -> counts.put(s, 0));
        List<Views.Summary> shown = new ArrayList<>();
        for (Item i : byFingerprint.values()) {
            if (filter.matches(i, false)) {
                counts.merge(i.status(), 1, Integer::sum);
                if (filter.matches(i, true)) {
                    shown.add(summary(i));
                }
            }
        }
        return new Views.Listing(size(), shown.size(), counts, shown, options());
    }

    private Views.Options options() {
        Set<String> ruleIds = new TreeSet<>();
        Set<String> stories = new TreeSet<>();
        Set<String> sources = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> docs = new TreeSet<>();
        Set<String> assignees = new TreeSet<>();
        for (Item i : byFingerprint.values()) {
            ruleIds.add(i.finding().rule());
            if (i.finding().story() != null) {
                stories.add(i.finding().story());
            }
            sources.addAll(i.outlets());
            docs.addAll(i.finding().documents());
            if (i.assignee() != null) {
                assignees.add(i.assignee());
            }
        }
        List<Views.StoryOption> storyOptions = stories.stream()
                .map(s -> new Views.StoryOption(s, storyLabels.get(s))).toList();
        List<String> severities = List.of(Severity.values()).stream().map(Severity::word).toList();
        return new Views.Options(Decisions.STATUSES, Decisions.REASONS, severities, List.copyOf(ruleIds), storyOptions,
                List.copyOf(sources), List.copyOf(docs), List.copyOf(assignees));
    }

    Views.Summary summary(Item i) {
        Finding f = i.finding();
        Decisions.Decision d = i.standing().decision();
        return new Views.Summary(f.fingerprint(), f.rule(), f.severity().word(), f.message(), f.story(),
                f.story() == null ? null : storyLabels.get(f.story()), f.documents(), i.outlets(), i.status(),
                i.standing().reopened(), f.status().word(), i.assignee(), d == null ? null : d.reviewer(),
                d == null ? null : d.at());
    }

    /** {@code GET /api/findings/{fingerprint}}: the finding as the HTML report shows it, and its history. */
    Views.Detail detail(Item i, List<Decisions.Decision> history) {
        Finding f = i.finding();
        List<Views.TableRow> table = new ArrayList<>();
        for (ValueTable.Row r : ValueTable.rows(f, outlets)) {
            table.add(new Views.TableRow(r.source(), r.document(), r.outlet(), r.at(), r.value(), r.written()));
        }
        List<Views.Source> evidence = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            Report.DocumentEntry d = documents.get(e.document());
            evidence.add(new Views.Source(e.document(), d == null ? null : d.source(), d == null ? null : d.title(),
                    d == null ? null : d.published(), e.line(), e.column(), e.before(), e.text(), e.after()));
        }
        Set<String> involved = new LinkedHashSet<>(f.documents());
        List<Views.DocumentInfo> infos = new ArrayList<>();
        for (String id : involved) {
            Report.DocumentEntry d = documents.get(id);
            infos.add(new Views.DocumentInfo(id, d == null ? null : d.source(), d == null ? null : d.title(),
                    d == null ? null : d.published()));
        }
        List<List<Views.DiffPiece>> diffs = new ArrayList<>();
        for (QuoteDiffs.Pair p : QuoteDiffs.of(f)) {
            diffs.add(WordDiff.pieces(p.first(), p.other(), HouseStyle.general()).stream()
                    .map(x -> new Views.DiffPiece(x.kind().name().toLowerCase(Locale.ROOT), x.text())).toList());
        }
        Report.RuleEntry r = rules.get(f.rule());
        Views.Rule rule = r == null ? new Views.Rule(f.rule(), null, null) : new Views.Rule(r.id(), r.summary(), r.explanation());
        return new Views.Detail(summary(i), f.severityReason(), f.statusReason(), table, evidence, infos, diffs, rule,
                history.stream().map(Views.HistoryEntry::of).toList());
    }
}
