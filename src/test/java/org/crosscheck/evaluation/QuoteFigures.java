package org.crosscheck.evaluation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuoteClaim;
import org.crosscheck.claims.QuotePassage;
import org.crosscheck.claims.RoleClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Corpus;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Extractor;

/**
 * What the quote and people extractors find in a corpus: quotes, quotes with a speaker, scare
 * quotes, titled people, and sentences quoted word for word by several articles.
 */
record QuoteFigures(int documents, int quotes, int attributed, int fragments, int partial, int roles, int people,
                    int repeatedSentences, int repeatedDocuments, int sharedSurnames) {

    static QuoteFigures of(Path folder) throws Exception {
        Corpus corpus = Corpus.open(List.of(folder), Corpus.DEFAULT_MAX_DOCUMENT_BYTES);
        int[] n = new int[6];
        Set<String> people = new HashSet<>();
        // Topic folder + surname -> the full names that end with it: two or more are different people kept apart.
        Map<String, Set<String>> bySurname = new HashMap<>();
        Map<String, Set<String>> sentenceDocs = new HashMap<>();
        corpus.forEach(doc -> {
            ExtractedDocument d = Extractor.extract(Cleaner.clean(doc));
            n[0]++;
            for (Claim c : d.claims()) {
                if (c instanceof QuoteClaim q) {
                    n[1]++;
                    if (q.attributed()) {
                        n[2]++;
                    }
                    if (q.fragment()) {
                        n[3]++;
                    }
                    if (q.partial()) {
                        n[4]++;
                    }
                    for (QuotePassage p : q.passages()) {
                        if (p.wordCount() >= QuotePassage.MIN_WORDS_SAME) {
                            sentenceDocs.computeIfAbsent(p.words(), k -> new HashSet<>()).add(d.id());
                        }
                    }
                } else if (c instanceof RoleClaim r) {
                    n[5]++;
                    people.add(r.personKey());
                    if (r.personKey().contains(" ")) {
                        String topic = d.id().contains("/") ? d.id().substring(0, d.id().indexOf('/')) : "";
                        bySurname.computeIfAbsent(topic + "|" + r.personKey().substring(r.personKey().lastIndexOf(' ') + 1),
                                k -> new HashSet<>()).add(r.personKey());
                    }
                }
            }
        }, e -> { });
        int repeated = 0;
        int repeatedDocs = 0;
        for (Set<String> docs : sentenceDocs.values()) {
            if (docs.size() >= 2) {
                repeated++;
                repeatedDocs += docs.size();
            }
        }
        int shared = (int) bySurname.values().stream().filter(s -> s.size() >= 2).count();
        return new QuoteFigures(n[0], n[1], n[2], n[3], n[4], n[5], people.size(), repeated, repeatedDocs, shared);
    }

    String describe() {
        return String.format("quotes: %d in %d documents, %d with a speaker (%.1f %%), %d inside a sentence, %d scare quotes"
                        + " (no speaker by design)%ntitles: %d role claims for %d people%n"
                        + "sentences quoted word for word by two or more articles: %d (in %d article quotes)%n"
                        + "surnames shared by two or more titled people in one topic (kept apart): %d%n",
                quotes, documents, attributed, quotes == 0 ? 0.0 : 100.0 * attributed / quotes, partial, fragments, roles,
                people, repeatedSentences, repeatedDocuments, sharedSurnames);
    }
}
