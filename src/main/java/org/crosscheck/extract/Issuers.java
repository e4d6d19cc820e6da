package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.Lexicon;

/**
 * The organisations an article names, in text order, and which of them it names as issuing a
 * statement: "a statement of the U.S. Department of State", "the State Department said in a
 * statement", "Ukraine's Foreign Ministry said in a statement". A later "the statement reads" or
 * "according to the press release" is that organisation speaking.
 */
final class Issuers {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^(?i)the\\s+");

    /** An organisation named at {@code at}: its key, its name as written, and whether it issued a statement there. */
    record Org(int at, String key, String name, boolean issuer) {
    }

    /** Nouns of the documents an organisation issues. */
    static final Set<String> DOCUMENT_NOUNS = Lexicon.words(Issuers.class, "issued-document-nouns.txt");
    private static final Set<String> LINKS = Set.of("of", "from", "by");
    /** Longest organisation name read, in words. */
    private static final int MAX_WORDS = 12;

    private Issuers() {
    }

    static List<Org> find(CleanedDocument doc, List<List<Words.Word>> sentences) {
        List<Org> out = new ArrayList<>();
        for (List<Words.Word> ws : sentences) {
            sentence(doc.text(), ws, out);
        }
        return out;
    }

    private static void sentence(String text, List<Words.Word> ws, List<Org> out) {
        List<int[]> phrases = new ArrayList<>();
        int i = 0;
        while (i < ws.size()) {
            int[] run = orgPhrase(ws, i);
            if (run[1] > 0) {
                phrases.add(new int[] {i, run[0]});
            }
            // A run that names nothing is skipped whole, so each word is read once.
            i = Math.max(i + 1, run[0]);
        }
        int docNoun = -1;
        for (int k = 0; k < ws.size(); k++) {
            if (DOCUMENT_NOUNS.contains(ws.get(k).lower())) {
                docNoun = k;
                break;
            }
        }
        for (int[] p : phrases) {
            String name = text.substring(ws.get(p[0]).start(), ws.get(p[1] - 1).end());
            String key = Organisations.key(name);
            if (key == null) {
                continue;
            }
            boolean issuer = false;
            if (docNoun >= 0) {
                // "statement of/from/by ORG" (an article may stand between), or "ORG said in a statement".
                int before = p[0] - 1;
                if (before >= 0 && ws.get(before).lower().equals("the")) {
                    before--;
                }
                issuer = before >= 0 && LINKS.contains(ws.get(before).lower()) && before - 1 >= 0
                        && DOCUMENT_NOUNS.contains(ws.get(before - 1).lower())
                        || p[1] < ws.size() && p[1] < docNoun && People.SPEECH.contains(ws.get(p[1]).lower())
                        && docNoun - p[1] <= 4
                        || p[1] < ws.size() && ws.get(p[1]).lower().equals("'s") && p[1] + 1 == docNoun;
            }
            out.add(new Org(ws.get(p[0]).start(), key, stripThe(name), issuer));
        }
    }

    private static String stripThe(String name) {
        return LEADING_THE.matcher(name).replaceFirst("");
    }

    /**
     * The run of capitalized words and acronyms starting at {@code i} (with "of", "the" and "'s"
     * inside), as {end, 1 if it names an organisation (holds an organisation noun or an acronym) else 0}.
     */
    private static int[] orgPhrase(List<Words.Word> ws, int i) {
        Words.Word w = ws.get(i);
        if (!(w.capitalized() || w.acronym()) || Roles.NOUNS.contains(w.lower())) {
            return new int[] {i, 0};
        }
        int j = i;
        boolean org = false;
        while (j < ws.size() && j - i < MAX_WORDS) {
            Words.Word x = ws.get(j);
            String l = x.lower();
            if (x.word() && (x.capitalized() || x.acronym()) && !Roles.NOUNS.contains(l.replace(".", ""))) {
                if (Organisations.NOUNS.contains(l) || x.acronym() && !l.equals("u.s.") && !l.equals("us")
                        && !l.equals("uk") && !l.equals("u.k.")) {
                    org = true;
                }
                j++;
            } else if ((l.equals("of") || l.equals("the") || l.equals("'s")) && j + 1 < ws.size()
                    && (ws.get(j + 1).capitalized() || ws.get(j + 1).acronym() || ws.get(j + 1).lower().equals("the"))
                    && j > i) {
                j++;
            } else {
                break;
            }
        }
        while (j > i && !ws.get(j - 1).word()) {
            j--;
        }
        return new int[] {j, org ? 1 : 0};
    }

    /** The organisation last named as issuing a statement before {@code at}, among the 256 named last. */
    static Org lastIssuerBefore(List<Org> orgs, int at) {
        int last = lastBefore(orgs, at);
        for (int i = last; i >= 0 && i >= last - 256; i--) {
            if (orgs.get(i).issuer()) {
                return orgs.get(i);
            }
        }
        return null;
    }

    /**
     * The organisation last named before {@code at} whose name holds {@code noun} ("ministry"),
     * among the 256 named last: an article names few organisations, and hostile text many.
     */
    static Org lastNamed(List<Org> orgs, String noun, int at) {
        int last = lastBefore(orgs, at);
        for (int i = last; i >= 0 && i >= last - 256; i--) {
            Org o = orgs.get(i);
            if (o.name().toLowerCase(Locale.ROOT).contains(noun) || o.key().contains(noun)) {
                return o;
            }
        }
        return null;
    }

    private static int lastBefore(List<Org> orgs, int at) {
        return Words.lastBefore(orgs, Org::at, at);
    }
}
