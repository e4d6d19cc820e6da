package org.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.TimestampClaim;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.corpus.Document;
import org.crosscheck.corpus.InputError;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.ParallelExtraction;
import org.crosscheck.findings.Finding;
import org.crosscheck.findings.Findings;
import org.crosscheck.findings.Severity;
import org.crosscheck.report.Report;
import org.crosscheck.rules.RuleEngine;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryGrouper;
import org.crosscheck.stories.Thresholds;

/**
 * The front door: corpus, clean, extract, stories and events, rules, findings, report.
 *
 * <p>Documents are read one at a time and reduced to their claims; grouping needs every
 * document's claims and names, and then each story is checked in its own rule session, so joins
 * stay inside a story.
 */
public final class Crosscheck {

    public static final String VERSION = "0.1.0";

    /**
     * Limits and thresholds of one run, and how many threads it may use (the output is the same
     * for any number: only the time changes).
     */
    public record Options(long maxDocumentBytes, int firingLimit, Thresholds thresholds, int threads) {
        public static final Options DEFAULTS = new Options(Corpus.DEFAULT_MAX_DOCUMENT_BYTES,
                RuleEngine.DEFAULT_FIRING_LIMIT, Thresholds.DEFAULTS);

        /** A run on every core. */
        public Options(long maxDocumentBytes, int firingLimit, Thresholds thresholds) {
            this(maxDocumentBytes, firingLimit, thresholds, Parallel.cores());
        }

        /** The same run on {@code n} threads. */
        public Options withThreads(int n) {
            return new Options(maxDocumentBytes, firingLimit, thresholds, n);
        }
    }

    private Crosscheck() {
    }

    public static Report check(Corpus corpus, RuleSet rules, Options options, IntConsumer progress) {
        return check(corpus, rules, options, progress, g -> { });
    }

    /**
     * {@link #check(Corpus, RuleSet, Options, IntConsumer)}, handing {@code grouped} the grouping the
     * rules ran over: the documents with their claims as the rules saw them (undated ones read again
     * against their event's date, dates tied to their events), for measuring what was compared.
     */
    public static Report check(Corpus corpus, RuleSet rules, Options options, IntConsumer progress,
                               java.util.function.Consumer<Grouping> grouped) {
        Timing.step("baseline, suppressions, progress");
        Reading reading = new Reading(corpus, options, progress);
        reading.task.run();
        return check(reading, rules, options, grouped);
    }

    /**
     * {@link #check(Corpus, RuleSet, Options, IntConsumer)} of a corpus whose reading was begun
     * with {@link Reading#start} (so that the rules could load meanwhile): waits for it, then
     * groups and runs the rules. The report is the same as if the corpus had been read here.
     */
    public static Report check(Reading reading, RuleSet rules, Options options) {
        Timing.step("baseline, suppressions, progress");
        return check(reading, rules, options, g -> { });
    }

    /**
     * A corpus being read, cleaned and extracted: documents are read one at a time, cleaned and
     * extracted on {@code options.threads()} workers, and come back in corpus order, so the result
     * is the same whichever thread reads.
     */
    public static final class Reading {
        private final List<ExtractedDocument> extracted = new ArrayList<>();
        private final List<InputError> errors;
        private final java.util.concurrent.FutureTask<Void> task;
        private volatile boolean cancelled;

        private static final class Cancelled extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Cancelled() {
                super(null, null, false, false);
            }
        }

        private Reading(Corpus corpus, Options options, IntConsumer progress) {
            errors = new ArrayList<>(corpus.walkErrors());
            task = new java.util.concurrent.FutureTask<>(() -> {
                read(corpus, options, progress);
                return null;
            });
        }

        /**
         * Begins reading {@code corpus} on a thread of its own and returns at once: a cold run
         * loads the rules on the caller's thread meanwhile instead of leaving the other cores idle.
         * {@code progress} is called on that thread.
         */
        public static Reading start(Corpus corpus, Options options, IntConsumer progress) {
            Reading reading = new Reading(corpus, options, progress);
            Thread t = new Thread(reading.task, "crosscheck-read");
            t.setDaemon(true);
            t.start();
            return reading;
        }

        /** Stops reading at the next document (the run is not going on: the rules did not load). */
        public void cancel() {
            cancelled = true;
        }

        private void read(Corpus corpus, Options options, IntConsumer progress) {
            try (ParallelExtraction workers = new ParallelExtraction(options.threads())) {
                corpus.forEach(document -> {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                    workers.submit(document, d -> {
                        extracted.add(d);
                        progress.accept(extracted.size());
                    }, (failed, e) -> errors.add(failure(failed, e)));
                }, errors::add);
                workers.finish();
            } catch (Cancelled c) {
                // Nothing more is read.
            }
        }

        /** Waits for the reading to end; a fault of it is thrown here, as if it had been read on this thread. */
        private void await() {
            try {
                task.get();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the corpus", e);
            }
        }
    }

    private static Report check(Reading reading, RuleSet rules, Options options,
                                java.util.function.Consumer<Grouping> grouped) {
        reading.await();
        List<ExtractedDocument> extracted = reading.extracted;
        List<InputError> errors = reading.errors;
        Timing.step("reading, cleaning and extracting");
        Grouping grouping = StoryGrouper.group(extracted, StoryGrouper.nameFrequencies(extracted)::get, options.threads());
        Timing.step("grouping");
        grouped.accept(grouping);
        List<Finding> findings = evaluate(grouping, rules, options, errors);
        Timing.step("rules");
        List<Report.DocumentEntry> documents = new ArrayList<>();
        int claims = 0;
        for (ExtractedDocument d : grouping.documents()) {
            documents.add(entry(d, grouping.storyOf().get(d.id()), grouping.eventOf().get(d.id())));
            claims += d.claims().size();
        }
        return report(documents, storyEntries(grouping), eventEntries(grouping), findings, errors, claims, catalogue(rules));
    }

    /**
     * Runs the rules over each story of {@code grouping} in its own session; a story whose
     * session hit the firing limit is listed in {@code errors}. Stories are independent: their
     * sessions run on {@code options.threads()} threads, and their findings and errors are
     * gathered in story order.
     */
    public static List<Finding> evaluate(Grouping grouping, RuleSet rules, Options options, List<InputError> errors) {
        RuleEngine engine = new RuleEngine(rules, options.firingLimit());
        Map<String, List<ExtractedDocument>> byStory = new LinkedHashMap<>();
        for (ExtractedDocument d : grouping.documents()) {
            byStory.computeIfAbsent(grouping.storyOf().get(d.id()), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<Event>> eventsByStory = new LinkedHashMap<>();
        for (Event e : grouping.events()) {
            eventsByStory.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
        }
        List<RuleEngine.Outcome> outcomes = Parallel.map(grouping.stories(), options.threads(),
                story -> story.documents().size(),
                story -> engine.evaluate(story.id(), byStory.get(story.id()),
                        eventsByStory.getOrDefault(story.id(), List.of()), options.thresholds()));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Story story = grouping.stories().get(i);
            RuleEngine.Outcome outcome = outcomes.get(i);
            findings.addAll(outcome.findings());
            if (outcome.limitReached()) {
                errors.add(new InputError("story " + story.id(), "rules stopped at the firing limit ("
                        + options.firingLimit() + " firings): a rule may be looping; findings for this story ("
                        + String.join(", ", story.documents()) + ") are incomplete"));
            }
        }
        return findings;
    }

    /** The rules of a run as the report lists them. */
    public static List<Report.RuleEntry> catalogue(RuleSet rules) {
        return rules.catalogue().stream()
                .map(r -> new Report.RuleEntry(r.id(), r.severity().word(), r.summary(), r.explanation())).toList();
    }

    /** A fault of crosscheck on one untrusted document must not end the run: it is listed. */
    public static InputError failure(Document document, RuntimeException e) {
        return new InputError(document.path(), "internal error while extracting claims, please report it: " + e);
    }

    /** Assembles a report in its deterministic order. */
    public static Report report(List<Report.DocumentEntry> documents, List<Report.StoryEntry> stories,
                                List<Report.EventEntry> events, List<Finding> findings, List<InputError> errors, int claims,
                                List<Report.RuleEntry> rules) {
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
        return new Report(Report.FORMAT_VERSION, new Report.Tool("crosscheck", VERSION), docs, stories, events,
                sorted, errs, new Report.Summary(docs.size(), claims, counts, new LinkedHashMap<>(counts)), rules);
    }

    /** A report without stories or events, for callers that have none. */
    public static Report report(List<Report.DocumentEntry> documents, List<Finding> findings,
                                List<InputError> errors, int claims) {
        return report(documents, List.of(), List.of(), findings, errors, claims, List.of());
    }

    public static List<Report.StoryEntry> storyEntries(Grouping g) {
        return g.stories().stream().map(s -> new Report.StoryEntry(s.id(), s.label(), s.documents())).toList();
    }

    public static List<Report.EventEntry> eventEntries(Grouping g) {
        return g.events().stream().map(e -> new Report.EventEntry(e.id(), e.story(), e.kind(), e.date(), e.place(),
                e.participants(), e.documents(), e.mode())).toList();
    }

    /** A document as the report lists it. */
    public static Report.DocumentEntry entry(ExtractedDocument d, String story, String event) {
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
                story, event, stamps, d.claims().size(), d.document().readNotes());
    }
}
