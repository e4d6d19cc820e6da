package org.crosscheck.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.report.Report;

/**
 * A report's clustering, article id -> its event and article id -> its story, with the ids sorted,
 * scored over every pair of articles against a grouping taken as true (ECB+'s gold topics and
 * events, a reader's story file). One piece for every evaluation that scores clustering, so that
 * they all count pairs alike.
 */
record PairwiseClustering(List<String> ids, Map<String, String> event, Map<String, String> story) {

    /** The header line of a table of scores; {@link #row} writes its lines. */
    static final String HEADER = String.format("%-34s %9s %9s %9s%n", "pairwise clustering", "precision", "recall", "F1");

    static PairwiseClustering of(Report report) {
        Map<String, String> event = new HashMap<>();
        Map<String, String> story = new HashMap<>();
        for (Report.DocumentEntry d : report.documents()) {
            event.put(d.id(), d.event());
            story.put(d.id(), d.story());
        }
        List<String> ids = new ArrayList<>(event.keySet());
        ids.sort(null);
        return new PairwiseClustering(List.copyOf(ids), event, story);
    }

    /** {precision, recall, F1} of the events against {@code truth}. */
    double[] events(Map<String, String> truth) {
        return score(ids, event, truth);
    }

    /** {precision, recall, F1} of the stories against {@code truth}. */
    double[] stories(Map<String, String> truth) {
        return score(ids, story, truth);
    }

    /** One line of the table under {@link #HEADER}: a label and its {precision, recall, F1}. */
    static String row(String label, double[] score) {
        return String.format("%-34s %9.3f %9.3f %9.3f%n", label, score[0], score[1], score[2]);
    }

    /**
     * {precision, recall, F1} over every pair of {@code ids}: a pair is predicted together when
     * {@code predicted} gives both one group, and truly together when {@code truth} gives both one
     * group (an id {@code truth} does not map shares its group with none; so does one
     * {@code predicted} does not map). Nothing predicted or nothing true scores 0, not NaN.
     */
    static double[] score(List<String> ids, Map<String, String> predicted, Map<String, String> truth) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                boolean p = predicted.get(a) != null && predicted.get(a).equals(predicted.get(b));
                boolean g = truth.get(a) != null && truth.get(a).equals(truth.get(b));
                if (p && g) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (g) {
                    fn++;
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }
}
