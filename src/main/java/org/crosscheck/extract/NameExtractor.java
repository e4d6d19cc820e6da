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
import org.crosscheck.text.Lexicon;

/**
 * The proper names an article spells, one claim per spelling at its first use, for the
 * name-variant rule. A word is a name when the article writes it with a capital inside a
 * sentence at least once, so a capital that only starts sentences ("Fighting", "Separately") is
 * not one; titles, organisation nouns, months and days are left out, and names of three letters
 * or fewer, whose variants would be other words. Two names side by side ("Jon Owen", "Tall Grass")
 * are a claim too, at the first use of the two together, for the rules that compare a first name
 * before one surname, a surname after one first name, and a name written as one word or two; in
 * a pair a word of three letters counts ("Jon"), and so does a pair that opens a sentence ("John
 * Owen, the city's fire chief, said"): its second word has its capital inside the sentence. The two
 * words of a pair are one space apart, so a pair is written as its text. A word of a web address
 * ("FoxSports . com") is no name.
 */
final class NameExtractor {

    private static final int MIN_LETTERS = NameClaim.MIN_LETTERS;
    private static final int MIN_PAIR_LETTERS = 3;
    /** Last parts of web addresses: a word before ". com" is part of an address, not a name. */
    static final Set<String> WEB_ENDINGS = Lexicon.words(NameExtractor.class, "web-address-endings.txt");

    private NameExtractor() {
    }

    static List<NameClaim> extract(CleanedDocument doc, List<List<Words.Word>> sentences) {
        Map<String, Span> first = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        Set<String> inside = new HashSet<>();
        Map<String, String> context = new LinkedHashMap<>();
        Map<String, Span> pairs = new LinkedHashMap<>();
        Map<String, String> pairText = new LinkedHashMap<>();
        Map<String, Span> triples = new LinkedHashMap<>();
        Map<String, String> tripleText = new LinkedHashMap<>();
        String text = doc.text();
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
                if (address(ws, k)) {
                    start = false;
                    continue;
                }
                // "Distraught Morrow said": a word that only opens sentences pairs with no name.
                boolean opener = start && SentenceOpeners.opener(w.lower(),
                        k + 1 < ws.size() && ws.get(k + 1).word() ? ws.get(k + 1).lower() : null);
                if (!opener && k + 1 < ws.size() && candidate(w, MIN_PAIR_LETTERS) && ws.get(k + 1).word()
                        && candidate(ws.get(k + 1), MIN_PAIR_LETTERS) && !address(ws, k + 1)
                        && ws.get(k + 1).start() == w.end() + 1 && text.charAt(w.end()) == ' ') {
                    Words.Word v = ws.get(k + 1);
                    String pair = w.lower() + " " + v.lower();
                    pairs.putIfAbsent(pair, new Span(w.start(), v.end()));
                    pairText.putIfAbsent(pair, w.text() + " " + v.text());
                }
                if (!opener && tripleAt(ws, k, text)) {
                    Words.Word v = ws.get(k + 1);
                    Words.Word u = ws.get(k + 2);
                    String triple = w.lower() + " " + v.lower() + " " + u.lower();
                    triples.putIfAbsent(triple, new Span(w.start(), u.end()));
                    tripleText.putIfAbsent(triple, w.text() + " " + v.text() + " " + u.text());
                }
                if (candidate(w, MIN_LETTERS)) {
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
        for (Map.Entry<String, Span> e : pairs.entrySet()) {
            out.add(new NameClaim(doc.document().id(), e.getValue(), pairText.get(e.getKey()), "_"));
        }
        for (Map.Entry<String, Span> e : triples.entrySet()) {
            out.add(new NameClaim(doc.document().id(), e.getValue(), tripleText.get(e.getKey()), "_"));
        }
        return out;
    }

    /**
     * Whether three words written with a capital stand side by side from {@code k}, one space
     * apart, inside a name of three words or more ("Fiji Islands Auto" in "Fiji Islands Auto
     * Repair"): every capitalised word counts here, common nouns of names too (Islands, Auto), for
     * the rule that compares a name's words one by one. Words of letters and hyphens, two letters
     * or more, none part of a web address, none a title ("Secretary General Jens": a title's words
     * are compared by the role rules, and a plural title names several people).
     */
    private static boolean tripleAt(List<Words.Word> ws, int k, String text) {
        if (k + 2 >= ws.size()) {
            return false;
        }
        for (int i = k; i <= k + 2; i++) {
            Words.Word x = ws.get(i);
            if (!x.word() || !x.capitalized() || x.text().length() < 2 || !letters(x.text()) || address(ws, i)
                    || Roles.NOUNS.contains(x.lower().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (i > k && (x.start() != ws.get(i - 1).end() + 1 || text.charAt(ws.get(i - 1).end()) != ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is written in letters and hyphens only, with a small letter ("Auto", not "RCMP"). */
    private static boolean letters(String word) {
        boolean small = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
            small |= Character.isLowerCase(c);
        }
        return small;
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

    /** Whether the word at {@code k} is part of a web address: "FoxSports . com". */
    static boolean address(List<Words.Word> ws, int k) {
        return k + 2 < ws.size() && ws.get(k + 1).is(".") && ws.get(k + 2).word()
                && WEB_ENDINGS.contains(ws.get(k + 2).lower());
    }

    private static boolean candidate(Words.Word w, int minLetters) {
        if (!w.capitalized() || w.text().length() < minLetters) {
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
