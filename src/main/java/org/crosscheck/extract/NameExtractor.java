package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.NameClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.CleanedDocument;

/**
 * The proper names an article spells, one claim per spelling at its first use, for the
 * name-variant rule. A word is a name when the article writes it with a capital inside a
 * sentence at least once, so a capital that only starts sentences ("Fighting", "Separately") is
 * not one; titles, organisation nouns, months and days are left out, and names of three letters
 * or fewer, whose variants would be other words.
 */
final class NameExtractor {

    private static final int MIN_LETTERS = 4;

    private NameExtractor() {
    }

    static List<NameClaim> extract(CleanedDocument doc, List<List<Words.Word>> sentences) {
        Map<String, Span> first = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        Set<String> inside = new HashSet<>();
        Map<String, String> context = new LinkedHashMap<>();
        for (List<Words.Word> ws : sentences) {
            boolean start = true;
            for (int k = 0; k < ws.size(); k++) {
                Words.Word w = ws.get(k);
                if (!w.word()) {
                    if (!w.is("'s")) {
                        start = start || w.is("\u201c") || w.is("\"") || w.is(":");
                    }
                    continue;
                }
                if (candidate(w)) {
                    String lower = w.lower();
                    first.putIfAbsent(lower, new Span(w.start(), w.end()));
                    spelled.putIfAbsent(lower, w.text());
                    if (!context.containsKey(lower)) {
                        context.put(lower, run(ws, k));
                    }
                    if (!start) {
                        inside.add(lower);
                    }
                }
                start = false;
            }
        }
        List<NameClaim> out = new ArrayList<>();
        for (Map.Entry<String, Span> e : first.entrySet()) {
            if (inside.contains(e.getKey())) {
                out.add(new NameClaim(doc.document().id(), e.getValue(), spelled.get(e.getKey()), context.get(e.getKey())));
            }
        }
        return out;
    }

    /**
     * The name a word is part of at that place: the run of capitalized words around it (up to
     * four on each side), the word itself written as "_" ("_ Obama" for "Barack", "Ehud _" for "Barak").
     */
    private static String run(List<Words.Word> ws, int k) {
        int a = k;
        while (a > 0 && k - a < 4 && ws.get(a - 1).capitalized() && !People.notName(ws.get(a - 1).lower())) {
            a--;
        }
        int b = k + 1;
        while (b < ws.size() && b - k <= 4 && ws.get(b).capitalized() && !People.notName(ws.get(b).lower())) {
            b++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(i == k ? "_" : ws.get(i).text());
        }
        return sb.toString();
    }

    private static boolean candidate(Words.Word w) {
        if (!w.capitalized() || w.text().length() < MIN_LETTERS) {
            return false;
        }
        String l = w.lower().toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            if (!Character.isLetter(l.charAt(i)) && l.charAt(i) != '-') {
                return false;
            }
        }
        return !People.notName(l) && !Roles.NOUNS.contains(l) && !Roles.DOMAIN.contains(l)
                && !Organisations.NOUNS.contains(l);
    }
}
