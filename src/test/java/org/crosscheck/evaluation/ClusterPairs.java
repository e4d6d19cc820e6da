package org.crosscheck.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.extract.ExtractedDocument;
import org.crosscheck.stories.Event;
import org.crosscheck.stories.Grouping;
import org.crosscheck.stories.StoryGrouper;

/**
 * A census of the pairs of documents a grouping puts in one event or story that a reader's stories
 * ({@link StoryFile}) keep apart: for each, what the two have in common that grouping reads (the
 * names they share, with how many documents of the corpus name each; the cosine of their weighted
 * names; one publication day; one outlet; their event's kind and date), and whether the pair is
 * alike itself or joined only through others (a chain). For reading why grouping joins what a
 * reader keeps apart; test code, written to {@code target/evaluation/*-pairs.txt}.
 */
final class ClusterPairs {

    private ClusterPairs() {
    }

    /** The names' cosine of two documents, each name weighed as grouping weighs it. */
    static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Integer> df) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            double w = StoryGrouper.nameWeight(e.getValue(), df.getOrDefault(e.getKey(), 1));
            na += w * w;
            Integer c = b.get(e.getKey());
            if (c != null) {
                dot += w * StoryGrouper.nameWeight(c, df.getOrDefault(e.getKey(), 1));
            }
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            double w = StoryGrouper.nameWeight(e.getValue(), df.getOrDefault(e.getKey(), 1));
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static String census(Grouping g, Map<String, String> stories) {
        Map<String, ExtractedDocument> docs = new TreeMap<>();
        g.documents().forEach(d -> docs.put(d.id(), d));
        Map<String, Integer> df = StoryGrouper.nameFrequencies(g.documents());
        Map<String, Event> eventById = new HashMap<>();
        g.events().forEach(e -> eventById.put(e.id(), e));
        List<String> ids = new ArrayList<>(docs.keySet());
        StringBuilder out = new StringBuilder();
        int falseEvent = 0;
        int falseStoryOnly = 0;
        int direct = 0;
        Map<String, Integer> groupsFalse = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                String sa = stories.get(a);
                boolean together = sa != null && sa.equals(stories.get(b));
                boolean sameEvent = g.eventOf().get(a) != null && g.eventOf().get(a).equals(g.eventOf().get(b));
                boolean sameStory = g.storyOf().get(a).equals(g.storyOf().get(b));
                if (together || !sameStory) {
                    continue;
                }
                ExtractedDocument da = docs.get(a);
                ExtractedDocument db = docs.get(b);
                Map<String, Integer> na = da.names().counts();
                Map<String, Integer> nb = db.names().counts();
                List<String> shared = new ArrayList<>();
                for (String n : na.keySet()) {
                    if (nb.containsKey(n)) {
                        shared.add(n);
                    }
                }
                shared.sort((x, y) -> Integer.compare(df.getOrDefault(x, 0), df.getOrDefault(y, 0)));
                StringBuilder names = new StringBuilder();
                for (String n : shared) {
                    names.append(n).append('(').append(df.get(n)).append(") ");
                }
                double cos = cosine(na, nb, df);
                if (cos >= 0.2) {
                    direct++;
                }
                String pa = da.document().published();
                String pb = db.document().published();
                boolean day = pa != null && pb != null && pa.length() >= 10 && pb.length() >= 10
                        && pa.substring(0, 10).equals(pb.substring(0, 10));
                boolean outlet = da.source() != null && da.source().equals(db.source());
                String group = sameEvent ? g.eventOf().get(a) : g.storyOf().get(a);
                Event e = sameEvent ? eventById.get(g.eventOf().get(a)) : null;
                groupsFalse.merge((sameEvent ? "event " : "story ") + group, 1, Integer::sum);
                if (sameEvent) {
                    falseEvent++;
                } else {
                    falseStoryOnly++;
                }
                out.append(String.format("%s %s %s in=%s cos=%.3f day=%s outlet=%s%s shared: %s%n",
                        sameEvent ? "EVENT" : "STORY", a, b, group, cos, day ? "same" : "diff", outlet ? "same" : "diff",
                        e == null ? "" : " kind=" + e.kind() + " date=" + e.date(), names.toString().strip()));
            }
        }
        StringBuilder head = new StringBuilder();
        head.append(String.format("false pairs: %d in one event, %d in one story only; %d of them with names' cosine >= 0.2%n",
                falseEvent, falseStoryOnly, direct));
        head.append("false pairs per group:\n");
        groupsFalse.forEach((k, v) -> head.append("  ").append(k).append(' ').append(v).append('\n'));
        head.append("groups (documents, reader's story of each):\n");
        Map<String, List<String>> members = new TreeMap<>();
        g.eventOf().forEach((d, ev) -> members.computeIfAbsent(ev, k -> new ArrayList<>()).add(d));
        for (Map.Entry<String, List<String>> m : members.entrySet()) {
            if (m.getValue().size() < 2) {
                continue;
            }
            m.getValue().sort(null);
            Set<String> labels = new HashSet<>();
            StringBuilder line = new StringBuilder();
            for (String d : m.getValue()) {
                String s = stories.getOrDefault(d, "-");
                labels.add(s);
                line.append(d).append('[').append(s).append("] ");
            }
            Event e = eventById.get(m.getKey());
            head.append(String.format("  %s kind=%s date=%s place=%s: %s%n", m.getKey(), e.kind(), e.date(), e.place(), line.toString().strip()));
        }
        return head + out.toString();
    }
}
