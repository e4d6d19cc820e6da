package org.crosscheck.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Lexicon;

/**
 * A named person's win-loss record in the running forms of sports news, besides the bracket and the
 * knockout count that {@link FigureAttributes} reads:
 *
 * <ul>
 *   <li>a possessive: "Dale Vorst's record of 122-147", "Vorst's 122-147 record", "took Vorst's
 *       record to 52-3";</li>
 *   <li>the object of a verb of holding ({@code record-verbs.txt}): "Vorst compiled a 122-147
 *       record", "Vorst posted a mark of 43-39";</li>
 *   <li>a copula and what the record covers: "Vorst is 122-147 in three seasons", "Vorst went
 *       17-10 with a 3.20 earned run average".</li>
 * </ul>
 *
 * A record followed by a team or a place ("in Portland", "with the Blazers") or a season ("in
 * 2004-05", "last season") is one part of a career and is not read; a document that gives one person
 * two records gives none (a career's and a season's); after a copula a figure that may be a
 * height in feet and inches ("Vorst is 6-4") is not read. Only a person named in full; compared inside
 * one event, as every record. Sentences are first searched for a digit, a hyphen and a digit.
 */
final class RecordPhrases {

    static final Set<String> VERBS = Lexicon.words(RecordPhrases.class, "record-verbs.txt");
    static final Set<String> NOUNS = Lexicon.words(RecordPhrases.class, "record-nouns.txt");

    private static final String NAME = "(" + AttributeExtractor.NAME_WORD + "(?:\\s+" + AttributeExtractor.NAME_WORD + "){0,3}?)";
    private static final String RECORD = "(\\d{1,3})-(\\d{1,3})(?:-(\\d{1,2}))?(?![\\d-])";
    private static final String NOUN = "(?:" + Lexicon.alternatives(NOUNS) + ")";
    private static final String ASIDE = "(?:\\s*,[^,]{1,80},)?";
    /** "Vorst's record of 122-147", "Vorst's 122-147 record", "Vorst's record to 52-3". */
    private static final Pattern POSSESSIVE = Pattern.compile(NAME + "['\u2019]s\\s+(?:(?:career|overall|coaching|professional|pro)\\s+)?(?:"
            + NOUN + "\\s+(?:of|is|was|to|at|stands\\s+at)\\s+" + RECORD + "|" + RECORD + "\\s+" + NOUN + ")(?![\\p{L}])");
    /** "Vorst compiled a 122-147 record", "Vorst posted a mark of 43-39". */
    private static final Pattern HOLDS = Pattern.compile(NAME + ASIDE + "\\s+(?:"
            + Lexicon.alternatives(VERBS).replace(" ", "\\E\\s+\\Q") + ")\\s+an?\\s+(?:" + RECORD + "\\s+" + NOUN + "|" + NOUN
            + "\\s+of\\s+" + RECORD + ")(?![\\p{L}])");
    /** "Vorst is 122-147 in three seasons", "Vorst went 17-10 with". */
    private static final Pattern COPULA = Pattern.compile(NAME + "\\s+(?:is|was|went)\\s+" + RECORD + "(?=\\s+(?:in|with|as|over|during|since)\\b)");
    /** What makes a record one part of a career: a team, a place or a season after it. */
    private static final Pattern PART = Pattern.compile("\\s*(?:\\(\\.\\d+\\)\\s*)?(?:(?:in|with|for|at)\\s+(?:the\\s+)?(?:\\p{Lu}|\\d{4}|\\d{2}-\\d{2})"
            + "|(?:in\\s+)?(?:this|last|that|the)\\s+(?:season|year)|since\\s+\\p{Lu})");

    private RecordPhrases() {
    }

    static void sentence(String text, String id, int from, int to, List<People.Mention> people, long published, String daySource,
                         List<AttributeClaim> out) {
        if (!FigureAttributes.hasRecordShape(text, from, to)) {
            return;
        }
        for (Pattern p : List.of(POSSESSIVE, HOLDS, COPULA)) {
            Matcher x = p.matcher(text).region(from, to);
            while (x.find()) {
                int g = x.group(2) != null ? 2 : 5;
                if (PART.matcher(text).region(x.end(), to).lookingAt()) {
                    continue;
                }
                String[] holder = FigureAttributes.holder(text, x.start(1), x.end(1), 0, people);
                if (holder == null || !holder[1].contains(" ") || !Contracts.person(holder[0], people)
                        || !x.group(1).contains(" ") && PrisonTerms.sharedSurname(text, x.group(1))) {
                    continue;
                }
                int wins = Integer.parseInt(x.group(g));
                int losses = Integer.parseInt(x.group(g + 1));
                int draws = x.group(g + 2) == null ? 0 : Integer.parseInt(x.group(g + 2));
                if (p == COPULA && heightShaped(wins, losses, x.group(g + 2))) {
                    continue;
                }
                double value = AttributeClaim.record(wins, losses, draws);
                Span span = new Span(Integer.parseInt(holder[2]), x.end());
                out.add(new AttributeClaim(id, span, span.of(text), holder[0], holder[1], true, AttributeClaim.RECORD,
                        text.substring(x.start(g), x.end(x.group(g + 2) == null ? g + 1 : g + 2)), value, false, value, false,
                        published, daySource, null));
            }
        }
    }

    /**
     * Whether "X is 6-4" may give a height in feet and inches rather than a record: four to seven,
     * then up to eleven, and no third part. After a copula such a figure is not read.
     */
    static boolean heightShaped(int first, int second, String third) {
        return third == null && first >= 4 && first <= 7 && second <= 11;
    }

    /** The records of a document, without those of a person the document gives two records ({@link AttributeExtractor#oneValueEach}). */
    static List<AttributeClaim> settle(List<AttributeClaim> claims) {
        return AttributeExtractor.oneValueEach(claims);
    }
}
