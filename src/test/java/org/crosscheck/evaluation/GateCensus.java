package org.crosscheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.findings.Evidence;
import org.crosscheck.findings.Finding;

/**
 * Every figure of a set of documents that the gates of {@link MissStages#gate} stop, labelled or
 * not: for each event, each thing two of its documents give different figures for (one
 * {@link MissStages#about} key, claims of the kinds a figure label carries), the nearest gate any
 * pair of those claims reaches, and what kind of figure stops it at that gate. A pair that a
 * finding reports (a finding's evidence holds both claims) is counted as found, not as stopped.
 * This counts where the gates hold back figures on the whole corpus, not only at the labels; it is
 * a measurement, not a rule.
 */
final class GateCensus {

    /** One thing of one event that two documents give different figures for, and where it stops. */
    record Stopped(String event, String about, String gate, String kind, Claim a, Claim b) {
    }

    private GateCensus() {
    }

    /**
     * The things of the documents {@code wanted} lets through, each with its nearest gate, in the
     * order of event and key; claims of one document are never paired with each other.
     */
    static List<Stopped> census(Map<String, List<Claim>> claims, Map<String, String> event, List<Finding> findings,
                                Predicate<String> wanted) {
        Map<String, List<Claim>> byThing = new TreeMap<>();
        claims.forEach((doc, list) -> {
            String e = event.get(doc);
            if (e == null || !wanted.test(doc)) {
                return;
            }
            for (Claim c : list) {
                if (!(c instanceof QuantityClaim || c instanceof AttributeClaim)) {
                    continue;
                }
                String key = MissStages.about(c);
                if (key != null) {
                    byThing.computeIfAbsent(e + "\t" + key, k -> new ArrayList<>()).add(c);
                }
            }
        });
        List<Stopped> out = new ArrayList<>();
        byThing.forEach((k, list) -> {
            Stopped best = null;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Claim x = list.get(i);
                    Claim y = list.get(j);
                    if (x.document().equals(y.document()) || x.value().equals(y.value())) {
                        continue;
                    }
                    int rank = rank(x, y, findings);
                    if (rank >= 0 && rank < bestRank) {
                        bestRank = rank;
                        int tab = k.indexOf('\t');
                        best = new Stopped(k.substring(0, tab), k.substring(tab + 1), gateName(rank), kindOf(x, y, rank, claims), x, y);
                    }
                }
            }
            if (best != null) {
                out.add(best);
            }
        });
        return out;
    }

    /** Found is nearest (-1 never), then the gates of {@link MissStages#GATES} in their order. */
    static int rank(Claim x, Claim y, List<Finding> findings) {
        int g = MissStages.gateOf(x, y);
        if (g < 0) {
            return -1;
        }
        return g == 0 && reported(x, y, findings) ? 0 : g + 1;
    }

    static String gateName(int rank) {
        return rank == 0 ? "found" : MissStages.GATES.get(rank - 1);
    }

    private static String kindOf(Claim x, Claim y, int rank, Map<String, List<Claim>> claims) {
        if (rank == 1) {
            int kind = MissStages.apartKindOf(x, y);
            return MissStages.APART_KINDS.get(kind) + (kind == 0 ? ": " + MissStages.UNTIED_WHERE.get(MissStages.untiedWhereOf(x, y, claims)) : "");
        }
        if (rank == 3) {
            return MissStages.NEVER_KINDS.get(MissStages.neverKindOf(x, y));
        }
        return "";
    }

    /** Whether one finding's evidence holds both claims' words. */
    static boolean reported(Claim x, Claim y, List<Finding> findings) {
        for (Finding f : findings) {
            if (holds(f, x) && holds(f, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Finding f, Claim c) {
        for (Evidence e : f.evidence()) {
            if (e.document().equals(c.document()) && e.start() < c.span().end() && c.span().start() < e.end()) {
                return true;
            }
        }
        return false;
    }

    /** Counts per gate and kind, one line each. */
    static String describe(List<Stopped> stopped) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Stopped s : stopped) {
            counts.merge(s.gate() + (s.kind().isEmpty() ? "" : ", " + s.kind()), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(String.format("  %-62s %5d%n", k, v)));
        return sb.toString();
    }

    /** Every stopped thing with its two claims' documents, offsets and values: what to read. */
    static String list(List<Stopped> stopped) {
        StringBuilder sb = new StringBuilder();
        for (Stopped s : stopped) {
            sb.append(String.format("%s\t%s%s\t%s\t%s %d-%d \"%s\" = %s\t%s %d-%d \"%s\" = %s%n", s.gate(), s.kind().isEmpty() ? "" : s.kind(),
                    "", s.event(), s.a().document(), s.a().span().start(), s.a().span().end(), s.a().text(), s.a().value(),
                    s.b().document(), s.b().span().start(), s.b().span().end(), s.b().text(), s.b().value()));
            sb.setLength(sb.length() - 1);
            sb.append('\t').append(s.about()).append(clause(s.a())).append(clause(s.b())).append('\n');
        }
        return sb.toString();
    }

    /** A figure's act and owner as its clause names them ("\t{scored / the colts}"), or nothing for an attribute. */
    static String clause(Claim c) {
        return c instanceof QuantityClaim q ? "\t{" + q.act() + " / " + q.owner() + "}" : "";
    }
}
