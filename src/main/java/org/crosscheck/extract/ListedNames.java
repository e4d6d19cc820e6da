package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.ListedName;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.HouseStyle;

/**
 * Names of one word an article gives in a list ("Arlen, Bostra, Kelvane and Morrow"): three
 * or more words written with a capital, each standing alone between commas, the last after "and"
 * or "or" (a comma before it or not). A word that is part of a longer name ("New York, Boston and
 * Chicago" has "New York") or no name (titles, organisation nouns, months, common words) breaks
 * the list. One claim per word, at its first place in a list, with the other words of every list
 * of the article that holds it, as first written. Since the twenty-ninth session.
 */
final class ListedNames {

    /** Fewest names a list holds. */
    static final int MIN_ITEMS = 3;

    private ListedNames() {
    }

    static List<ListedName> extract(CleanedDocument doc, List<List<Words.Word>> sentences) {
        Map<String, Span> first = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, Set<String>> others = new LinkedHashMap<>();
        for (List<Words.Word> ws : sentences) {
            for (List<Words.Word> list : lists(ws)) {
                for (Words.Word w : list) {
                    String f = HouseStyle.general().word(w.text());
                    first.putIfAbsent(f, new Span(w.start(), w.end()));
                    written.putIfAbsent(f, w.text());
                    Set<String> o = others.computeIfAbsent(f, k -> new LinkedHashSet<>());
                    for (Words.Word x : list) {
                        if (!HouseStyle.general().word(x.text()).equals(f) && o.stream().noneMatch(
                                y -> HouseStyle.general().word(y).equals(HouseStyle.general().word(x.text())))) {
                            o.add(x.text());
                        }
                    }
                }
            }
        }
        List<ListedName> out = new ArrayList<>();
        for (Map.Entry<String, Span> e : first.entrySet()) {
            out.add(new ListedName(doc.document().id(), e.getValue(), written.get(e.getKey()),
                    new ArrayList<>(others.get(e.getKey()))));
        }
        return out;
    }

    /** The lists of one sentence, each as its words in order. */
    static List<List<Words.Word>> lists(List<Words.Word> ws) {
        List<List<Words.Word>> out = new ArrayList<>();
        int i = 0;
        while (i < ws.size()) {
            if (!item(ws, i)) {
                i++;
                continue;
            }
            List<Words.Word> list = new ArrayList<>();
            list.add(ws.get(i));
            int k = i + 1;
            boolean closed = false;
            while (k < ws.size()) {
                int next = k;
                boolean last = false;
                if (ws.get(next).is(",")) {
                    next++;
                }
                if (next < ws.size() && ws.get(next).word() && (ws.get(next).lower().equals("and") || ws.get(next).lower().equals("or"))) {
                    next++;
                    last = true;
                }
                if (next == k || next >= ws.size() || !item(ws, next)) {
                    break;
                }
                list.add(ws.get(next));
                k = next + 1;
                if (last) {
                    closed = true;
                    break;
                }
            }
            if (closed && list.size() >= MIN_ITEMS) {
                out.add(list);
            }
            i = Math.max(k, i + 1);
        }
        return out;
    }

    /**
     * Whether the word at {@code k} is a name standing alone: a word of letters written with a
     * capital and a small letter, no common word, title or organisation noun, with no capitalised
     * word on either side (it is not part of a longer name).
     */
    static boolean item(List<Words.Word> ws, int k) {
        Words.Word w = ws.get(k);
        if (!w.word() || !w.capitalized() || w.acronym() || w.text().length() < 2) {
            return false;
        }
        String l = w.lower();
        for (int i = 0; i < l.length(); i++) {
            if (!Character.isLetter(l.charAt(i))) {
                return false;
            }
        }
        if (People.notName(l) || Roles.NOUNS.contains(l) || Roles.DOMAIN.contains(l) || Organisations.NOUNS.contains(l)) {
            return false;
        }
        boolean before = k > 0 && ws.get(k - 1).word() && ws.get(k - 1).capitalized();
        boolean after = k + 1 < ws.size() && (ws.get(k + 1).word() && ws.get(k + 1).capitalized() || ws.get(k + 1).is("'s"));
        return !before && !after;
    }
}
