package org.crosscheck.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.extract.Mentions;
import org.crosscheck.findings.Finding;

/**
 * Why dates are tied to no happening, counted: every date and clock time of a set of documents that
 * the rules saw tied neither to a happening its clause tells of nor as the date its document gives
 * its event, with the reason the date reader ({@link Mentions#whyUntied}) gives for it; and every
 * date or time label lost at {@code keyed apart} ({@link MissStages}) with the reason that holds its
 * sources' dates apart. A measurement over the reader's own decisions, not a rule.
 */
final class DateCensus {

    /** A date its clause ties, untied after it (by grouping: a report not surely of its event). */
    static final String UNTIED_AFTER = "tied by its clause, untied after";
    /** A label whose sources' dates are each tied, to keys that differ (other kinds, other families). */
    static final String OTHER_KEYS = "tied, to other keys";
    /** The reasons in the order they are printed: the reader's, then the two above. */
    static final List<String> REASONS;

    static {
        List<String> all = new ArrayList<>(Mentions.UNTIED_REASONS);
        all.add(UNTIED_AFTER);
        all.add(OTHER_KEYS);
        REASONS = List.copyOf(all);
    }

    private DateCensus() {
    }

    /** Whether the rules see a date tied to nothing: no happening and not its event's date. */
    static boolean untied(Claim c) {
        return c instanceof DateClaim d && d.about() == null && d.event() == null;
    }

    /** Every untied date of the documents {@code wanted} lets through, with why, in document order. */
    static Map<DateClaim, String> reasons(List<ExtractedDocument> documents, Predicate<String> wanted) {
        Map<DateClaim, String> out = new LinkedHashMap<>();
        for (ExtractedDocument d : documents) {
            if (!wanted.test(d.id())) {
                continue;
            }
            Map<DateClaim, String> why = null;
            for (Claim c : d.claims()) {
                if (untied(c)) {
                    if (why == null) {
                        why = Mentions.whyUntied(d);
                    }
                    out.put((DateClaim) c, reasonOf(why.get(c)));
                }
            }
        }
        return out;
    }

    /** The reader's reason, or {@link #UNTIED_AFTER} for a date it tied. */
    static String reasonOf(String why) {
        return why == null || Mentions.TIED.equals(why) ? UNTIED_AFTER : why;
    }

    /**
     * Why a date or time label lost at {@code keyed apart} is: the reason most of its read sources'
     * dates over the words are untied for (the first in {@link #REASONS} on a tie), or
     * {@link #OTHER_KEYS} when each such source has a date with a key. Null for another stage or kind.
     */
    static String labelReason(LabelledDisagreements.Label label, List<Finding> findings, Map<String, List<Claim>> claims,
                              Map<String, String> story, Map<String, String> event, Map<DateClaim, String> reasons) {
        if (!List.of("date", "time").contains(label.kind()) || !"keyed apart".equals(MissStages.stage(label, findings, claims, story, event))) {
            return null;
        }
        int[] counts = new int[REASONS.size()];
        for (LabelledDisagreements.Value v : label.values()) {
            List<Claim> over = MissStages.over(label.kind(), v, claims);
            if (over.stream().anyMatch(c -> c instanceof DateClaim && !untied(c))) {
                continue;
            }
            over.stream().filter(DateCensus::untied).findFirst()
                    .ifPresent(c -> counts[REASONS.indexOf(reasons.getOrDefault((DateClaim) c, UNTIED_AFTER))]++);
        }
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > (best < 0 ? 0 : counts[best])) {
                best = i;
            }
        }
        return best < 0 ? OTHER_KEYS : REASONS.get(best);
    }

    /**
     * One line per reason with a count in any column: the columns are groups of documents (a date's
     * document id -> its group, null for none), each split into dates and clock times, and the labels
     * of each group of labels.
     */
    static String describe(Map<DateClaim, String> reasons, Function<String, String> group, List<String> groups,
                           Map<String, List<String>> labelReasons) {
        StringBuilder sb = new StringBuilder("dates tied to no happening, by why (dates / clock times per topic group; then date and time labels keyed apart):\n");
        sb.append(String.format("  %-45s", ""));
        groups.forEach(g -> sb.append(String.format(" %13s", g)));
        labelReasons.keySet().forEach(g -> sb.append(String.format(" %11s", "labels " + g)));
        sb.append('\n');
        int[][] all = new int[groups.size()][2];
        int[] labelsAll = new int[labelReasons.size()];
        for (String r : REASONS) {
            int[][] n = new int[groups.size()][2];
            boolean any = false;
            for (Map.Entry<DateClaim, String> e : reasons.entrySet()) {
                String name = group.apply(e.getKey().document());
                int g = name == null ? -1 : groups.indexOf(name);
                if (g >= 0 && e.getValue().equals(r)) {
                    n[g][e.getKey().clock() ? 1 : 0]++;
                    all[g][e.getKey().clock() ? 1 : 0]++;
                    any = true;
                }
            }
            int[] l = new int[labelReasons.size()];
            int i = 0;
            for (List<String> rs : labelReasons.values()) {
                l[i] = (int) rs.stream().filter(r::equals).count();
                labelsAll[i] += l[i];
                any |= l[i++] > 0;
            }
            if (any) {
                sb.append(row(r, n, l));
            }
        }
        sb.append(row("all", all, labelsAll));
        return sb.toString();
    }

    private static String row(String name, int[][] n, int[] labels) {
        StringBuilder sb = new StringBuilder(String.format("  %-45s", name));
        for (int[] g : n) {
            sb.append(String.format(" %13s", g[0] + " / " + g[1]));
        }
        for (int l : labels) {
            sb.append(String.format(" %11d", l));
        }
        return sb.append('\n').toString();
    }
}
