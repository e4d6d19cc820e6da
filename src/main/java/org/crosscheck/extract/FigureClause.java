package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.text.Lexicon;

/**
 * The happening and the owner a figure's own clause gives it. The happening is the verb or event
 * noun that governs the figure: the verb just before it, past hedges ("the quake killed at least
 * 12", "a fire that injured 3", "sentenced to 12 years"), else the participle or verb after its
 * counted noun ("12 were killed", "five vessels being escorted", "two people died"), else the
 * nearest word of a happening in its comma-bounded part ({@code happening-triggers.txt}). The owner
 * is whose figure it is: a possessive before it ("Brand's $82 million contract"), the subject of
 * the verb before it ("the Colts scored 17 points", "Ely had 23", "Cheeks was given two
 * extensions"; through a relative pronoun, "the fire, which injured 3"), else the agent after a
 * passive ("wounded by the quake") or the happening it took place in ("injured in the riots").
 *
 * <p>Words are read inside the sentence and never across a comma, semicolon, colon, dash or
 * bracket, except the one comma before a relative pronoun. Verbs are known by their ending
 * ("-ed", "-ing") or by {@code figure-act-verbs.txt}; {@code figure-not-acts.txt} lists words of
 * those endings that govern nothing. After a verb of {@code figure-light-verbs.txt} ("has seen 13,000
 * people killed") the participle after the counted noun is the act. A pronoun names no owner ({@code figure-owner-stops.txt}).
 */
final class FigureClause {

    static final Set<String> VERBS = Lexicon.words(FigureClause.class, "figure-act-verbs.txt");
    static final Set<String> NOT_ACTS = Lexicon.words(FigureClause.class, "figure-not-acts.txt");
    static final Set<String> LEADS = Lexicon.words(FigureClause.class, "figure-leads.txt");
    static final Set<String> AUXILIARIES = Lexicon.words(FigureClause.class, "figure-auxiliaries.txt");
    static final Set<String> RELATIVES = Lexicon.words(FigureClause.class, "figure-relatives.txt");
    static final Set<String> OWNER_STOPS = Lexicon.words(FigureClause.class, "figure-owner-stops.txt");
    static final Set<String> OCCASIONS = Lexicon.words(FigureClause.class, "figure-occasion-nouns.txt");
    static final Set<String> LIGHT_VERBS = Lexicon.words(FigureClause.class, "figure-light-verbs.txt");
    static final Set<String> PERSON_PRONOUNS = Lexicon.words(FigureClause.class, "figure-person-pronouns.txt");
    static final Set<String> TIME_ADJUNCTS = Lexicon.words(FigureClause.class, "figure-time-adjuncts.txt");
    static final Set<String> PLURAL_AUXILIARIES = Lexicon.words(FigureClause.class, "figure-plural-auxiliaries.txt");
    /** Words of {@link #TIME_ADJUNCTS} that only link an adjunct: a run of these alone is none. */
    static final Set<String> TIME_LINKS = Lexicon.words(FigureClause.class, "figure-time-links.txt");
    /** Words that open a phrase after a counted noun: the noun phrase ends there. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "by", "from", "with", "to", "after",
            "before", "since", "during", "into", "over", "than", "and", "or", "as");
    /** How far from a figure, in characters, its clause is read: no clause the rules read is longer. */
    static final int WINDOW = 400;
    /** How many words a counted noun phrase after a figure may hold, and how many leads or auxiliaries may stand in a row. */
    static final int REACH = 4;

    /** The happening and owner of a figure, each null when its clause names none. */
    record Tie(String act, String owner) {
        static final Tie NONE = new Tie(null, null);
    }

    /** A word and where it stands; {@code mark} is the clause mark that stands before it, or 0. */
    record Word(String text, String folded, int start, int end, char mark) {
        boolean capital() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** Whether a clause mark stands before the word. */
        boolean cut() {
            return mark != 0;
        }

        /** Whether a comma, and no other mark, stands before the word. */
        boolean comma() {
            return mark == ',';
        }

        /** Whether the word is a noun or a name that may head an owner: no stop, article, auxiliary, verb or figure. */
        boolean nounLike(boolean first) {
            return !OWNER_STOPS.contains(folded) && !Lexicon.ARTICLES.contains(folded) && !AUXILIARIES.contains(folded)
                    && !LEADS.contains(folded) && !(act(this, first) && !capital()) && folded.chars().noneMatch(Character::isDigit);
        }
    }

    private FigureClause() {
    }

    /** The claim with the act and owner its clause gives it: {@link #of} over its sentence {@code [from, to)}. */
    static QuantityClaim tie(QuantityClaim q, String text, int from, int to) {
        Tie t = of(text, from, to, q.span().start(), q.span().end());
        // Tie.NONE's fields compared as its equals would, without the record's generated equals
        // (linked at its first call and slow in the client compiler's code).
        return t.act() == null && t.owner() == null ? q : q.withClause(t.act(), t.owner());
    }

    /** {@code q} with the act and owner of {@code t}, its clause's tie ({@link #of}) read before. */
    static QuantityClaim tie(QuantityClaim q, Tie t) {
        return t.act() == null && t.owner() == null ? q : q.withClause(t.act(), t.owner());
    }

    /**
     * The happening and owner of the figure at {@code [start, end)} in the sentence {@code [from, to)};
     * an owner its clause gives only as a person's pronoun ("He was sentenced to 12 years") is the
     * name that pronoun stands for ({@link #antecedent}).
     */
    static Tie of(String text, int from, int to, int start, int end) {
        Tie t = clause(text, from, to, start, end);
        if (t.owner() != null) {
            return t;
        }
        List<Word> words = words(text, Math.max(from, start - WINDOW), Math.min(to, end + WINDOW));
        int pronoun = pronoun(words, start);
        return pronoun < 0 ? t : new Tie(t.act(), antecedent(text, words.get(pronoun).start()));
    }

    /**
     * The person's pronoun that names the figure's owner: a possessive just before it ("her four
     * cats"), past leads, or the subject of the verb before it, past leads and auxiliaries ("he was
     * sentenced to 12 years", "she had 14"); else -1.
     */
    private static int pronoun(List<Word> words, int start) {
        int i = -1;
        while (i + 1 < words.size() && words.get(i + 1).end() <= start) {
            i++;
        }
        if (i + 1 < words.size() && words.get(i + 1).cut()) {
            return -1;
        }
        // Past leads ("up to", "a total of") to a possessive or a verb.
        int steps = 0;
        while (i >= 0 && steps++ <= REACH && (LEADS.contains(words.get(i).folded()) || words.get(i).folded().equals("to"))
                && !words.get(i).cut()) {
            i--;
        }
        if (i < 0) {
            return -1;
        }
        if (words.get(i).folded().equals("his") || words.get(i).folded().equals("her")) {
            return PERSON_PRONOUNS.contains(words.get(i).folded()) ? i : -1;
        }
        if (!act(words.get(i), i == 0) || words.get(i).cut()) {
            return -1;
        }
        i--;
        steps = 0;
        while (i >= 0 && steps++ < REACH && AUXILIARIES.contains(words.get(i).folded()) && !words.get(i + 1).cut()) {
            i--;
        }
        return i >= 0 && !words.get(i + 1).cut() && PERSON_PRONOUNS.contains(words.get(i).folded()) ? i : -1;
    }

    /**
     * The name a person's pronoun at {@code at} stands for: the nearest capitalised name before it,
     * within {@link #WINDOW} characters, that is a clause's subject (a verb or auxiliary right after
     * it: "Gigante had", "Jeffs was"; or after an aside: "Rusk, 49, was"), read as up to three
     * capitalised words; else null.
     */
    static String antecedent(String text, int at) {
        List<Word> words = read(text, Math.max(0, at - WINDOW), at);
        String gender = genderOf(text, at);
        for (int j = words.size() - 2; j >= 0; j--) {
            Word w = words.get(j);
            if (!w.capital() || !w.nounLike(false) || TIME_ADJUNCTS.contains(w.folded()) || PERSON_PRONOUNS.contains(w.folded())
                    || !w.folded().chars().allMatch(Character::isLetter)) {
                continue;
            }
            if (subjectAt(words, j + 1)) {
                int k = j;
                while (k - 1 >= 0 && k > j - 2 && !words.get(k).cut() && words.get(k - 1).capital() && words.get(k - 1).nounLike(false)
                        && !Lexicon.ARTICLES.contains(words.get(k - 1).folded()) && !TIME_ADJUNCTS.contains(words.get(k - 1).folded())) {
                    k--;
                }
                if (person(words, k, j, gender)) {
                    return phrase(words, k, j);
                }
            }
        }
        return null;
    }

    /** How many capitalised words, "of" and articles between them, a name's run is read back over ("the Church of Saint Ann"). */
    static final int NAME_RUN = 8;

    /** "female", "male" or null: the gender of the pronoun at {@code at} ("she", "her"; "he", "his"). */
    static String genderOf(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String p = text.substring(at, end).toLowerCase(Locale.ROOT);
        return p.equals("his") ? Genders.MALE : Genders.ofPronoun(p);
    }

    /**
     * Whether the subject name {@code [k, j]} may be the person a pronoun of {@code gender} stands for:
     * not when it opens, before a surname, with a first name of the other gender ({@code female-first-names.txt},
     * {@code male-first-names.txt}); else, unless that first word is a first name, not when the name is a
     * country, ends in a plural ("the Harwick Rovers"), is followed by a plural verb
     * ({@code figure-plural-auxiliaries.txt}: "Rovers were"), or its run of capitalised words, read back over
     * "of" and articles ({@link #NAME_RUN}), holds an organisation's or a place's noun
     * ({@code organisation-nouns.txt}, {@code place-name-nouns.txt}: "the Church of Latter Saints was").
     */
    static boolean person(List<Word> words, int k, int j, String gender) {
        // A name of one word is mostly a surname ("Lee was"): only a name of more words opens with a first name.
        String first = words.get(k).folded();
        boolean female = k < j && Genders.FEMALE_NAMES.contains(first);
        boolean male = k < j && Genders.MALE_NAMES.contains(first);
        if (Genders.MALE.equals(gender) && female && !male || Genders.FEMALE.equals(gender) && male && !female) {
            return false;
        }
        if (female || male) {
            return true;
        }
        if (k == j && Roles.countryOf(first) != null || k < j && QuantityExtractor.plural(words.get(j).folded())
                || j + 1 < words.size() && PLURAL_AUXILIARIES.contains(words.get(j + 1).folded())) {
            return false;
        }
        for (int m = j; m >= 0 && m > j - NAME_RUN; m--) {
            Word w = words.get(m);
            boolean link = !w.capital() && (w.folded().equals("of") || Lexicon.ARTICLES.contains(w.folded()));
            if (!w.capital() && !link || m < j && words.get(m + 1).cut()) {
                break;
            }
            if (Organisations.NOUNS.contains(w.folded()) || org.crosscheck.claims.PlaceClaim.PLACE_NAME_NOUNS.contains(w.folded())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb or auxiliary stands at {@code i}, or after an aside that opens at {@code i} ("Rusk, 49, was"). */
    private static boolean subjectAt(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.cut()) {
            return verbWord(w);
        }
        for (int k = i + 1; w.comma() && k < words.size() && k <= i + ASIDE; k++) {
            if (words.get(k).cut()) {
                return words.get(k).comma() && verbWord(words.get(k));
            }
        }
        return false;
    }

    /** Whether the word, inside a sentence, is a verb or an auxiliary (no relative pronoun). */
    private static boolean verbWord(Word w) {
        return !w.capital() && (AUXILIARIES.contains(w.folded()) && !RELATIVES.contains(w.folded()) || act(w, false));
    }

    /** {@link #of} without reading a pronoun's antecedent. */
    private static Tie clause(String text, int from, int to, int start, int end) {
        // A run of thousands of characters without a full stop (a table) is read near the figure only.
        List<Word> words = words(text, Math.max(from, start - WINDOW), Math.min(to, end + WINDOW));
        int before = -1;
        int after = words.size();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.end() <= start) {
                before = i;
            } else if (w.start() >= end && after == words.size()) {
                after = i;
            }
        }
        int firstOfFigure = before + 1;
        // The verb before: past leads, no clause mark between it and the figure.
        int verb = -1;
        String object = null;
        boolean cut = firstOfFigure < words.size() && words.get(firstOfFigure).cut();
        for (int i = before, steps = 0; i >= 0 && steps <= REACH && !cut; i--, steps++) {
            Word w = words.get(i);
            if (act(w, i == 0) || i == before && presentVerb(words, i)) {
                verb = i;
                break;
            }
            // "signed Elton Brand to an $82 million deal", "gave Cheeks two extensions": a name
            // between the verb and the figure is the verb's object, and the figure is its.
            int name = i;
            while (name >= 0 && name > i - 3 && words.get(name).capital() && !words.get(name).cut() && !act(words.get(name), name == 0)) {
                name--;
            }
            // "signed free agent Elton Brand to": up to two lower-case words of the name's role before it.
            int named = name + 1;
            int role = name;
            while (name < i && role >= 0 && role > name - 2 && !words.get(role + 1).cut() && !words.get(role).capital()
                    && words.get(role).nounLike(false) && !act(words.get(role), false)) {
                role--;
            }
            if (role < name && role >= 0 && !words.get(role + 1).cut() && act(words.get(role), false)) {
                name = role;
            }
            if (name < i && name >= 0 && !words.get(name + 1).cut() && act(words.get(name), false)
                    && (i == before || words.get(i + 1).folded().equals("to"))) {
                verb = name;
                object = phrase(words, named, i);
                break;
            }
            if (!LEADS.contains(w.folded()) || w.cut()) {
                break;
            }
            cut = w.cut();
        }
        if (verb >= 0 && LIGHT_VERBS.contains(words.get(verb).folded()) && object == null) {
            // "has seen more than 13,000 people killed": the participle after the counted noun is the act.
            int participle = participleAfter(words, after);
            if (participle >= 0) {
                return new Tie(words.get(participle).folded(), or(possessive(words, before), or(agent(words, participle),
                        subject(words, verb))));
            }
        }
        if (verb >= 0) {
            return new Tie(words.get(verb).folded(), or(possessive(words, before), or(object, or(subject(words, verb),
                    beneficiary(words, after)))));
        }
        // The participle or verb after the counted noun.
        int participle = participleAfter(words, after);
        String owner = possessive(words, before);
        if (participle >= 0) {
            return new Tie(words.get(participle).folded(), or(owner, or(agent(words, participle), or(holder(words, before, after, participle),
                    beneficiary(words, after)))));
        }
        int trigger = nearestTrigger(words, before, after);
        return new Tie(trigger < 0 ? null : words.get(trigger).folded(), or(owner, beneficiary(words, after)));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /** Whether the word may govern a figure as its verb: a verb by its ending ("-ed", "-ing") or listed. */
    static boolean act(String folded) {
        if (NOT_ACTS.contains(folded) || LEADS.contains(folded) || AUXILIARIES.contains(folded) && !VERBS.contains(folded)) {
            return false;
        }
        return VERBS.contains(folded) || folded.length() >= 4 && folded.endsWith("ed") || folded.length() >= 6 && folded.endsWith("ing");
    }

    /** {@link #act(String)} for a written word: a capitalised word inside a sentence is a name unless listed. */
    private static boolean act(Word w, boolean first) {
        if (w.capital() && !first && !VERBS.contains(w.folded())) {
            return false;
        }
        return act(w.folded()) && w.folded().chars().allMatch(Character::isLetter);
    }

    /** The participle or verb after the figure's counted noun and auxiliaries, or -1. */
    private static int participleAfter(List<Word> words, int after) {
        int i = after;
        for (int n = 0; i < words.size() && n < REACH; n++, i++) {
            Word w = words.get(i);
            if (w.cut() || PREPOSITIONS.contains(w.folded()) || AUXILIARIES.contains(w.folded()) || act(w, false)) {
                break;
            }
        }
        for (int n = 0; i < words.size() && n <= REACH; n++, i++) {
            Word w = words.get(i);
            if (w.cut()) {
                return -1;
            }
            if (act(w, false)) {
                return i;
            }
            if (!AUXILIARIES.contains(w.folded())) {
                return -1;
            }
        }
        return -1;
    }

    /** "Brand's $82 million": a name in the possessive just before the figure, past leads, or null. */
    private static String possessive(List<Word> words, int before) {
        for (int i = before, steps = 0; i >= 0 && steps <= 2; i--, steps++) {
            Word w = words.get(i);
            String f = w.folded();
            if (f.endsWith("'s") || f.endsWith("\u2019s") || f.endsWith("s'") && w.capital()) {
                String own = f.endsWith("s'") ? f.substring(0, f.length() - 1) : f.substring(0, f.length() - 2);
                if (!w.capital() || own.isEmpty()) {
                    return null;
                }
                StringBuilder name = new StringBuilder(own);
                for (int j = i - 1; j >= 0 && j >= i - 2 && words.get(j).capital() && !words.get(j + 1).cut()
                        && !Lexicon.ARTICLES.contains(words.get(j).folded()); j--) {
                    name.insert(0, words.get(j).folded() + " ");
                }
                return name.toString();
            }
            if (!LEADS.contains(f) || w.cut()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "a $6 million deal for Tom Rusk": the name of a "for"-phrase right after the figure's counted
     * noun (at most {@link #REACH} words, no verb or mark), past an article; else null. Read last:
     * a possessive, an object or a subject names the owner first.
     */
    private static String beneficiary(List<Word> words, int after) {
        int i = after;
        for (int n = 0; i < words.size() && n < REACH && !words.get(i).folded().equals("for"); n++, i++) {
            Word w = words.get(i);
            if (w.cut() || PREPOSITIONS.contains(w.folded()) || AUXILIARIES.contains(w.folded()) || act(w, false)) {
                return null;
            }
        }
        if (i >= words.size() || !words.get(i).folded().equals("for") || words.get(i).cut()) {
            return null;
        }
        i++;
        if (i < words.size() && !words.get(i).cut() && Lexicon.ARTICLES.contains(words.get(i).folded())) {
            i++;
        }
        int from = i;
        while (i < words.size() && i < from + 3 && !words.get(i).cut() && words.get(i).capital() && words.get(i).nounLike(false)
                && !TIME_ADJUNCTS.contains(words.get(i).folded())) {
            i++;
        }
        return i > from ? phrase(words, from, i - 1) : null;
    }

    /** The subject of the verb at {@code verb}: the noun phrase before it, past auxiliaries and a relative pronoun, or null. */
    private static String subject(List<Word> words, int verb) {
        int i = verb - 1;
        int auxiliaries = 0;
        for (int n = 0; i >= 0 && n < REACH && AUXILIARIES.contains(words.get(i).folded())
                && !RELATIVES.contains(words.get(i).folded()) && !words.get(i + 1).cut(); n++, i--) {
            auxiliaries++;
        }
        boolean relative = i >= 0 && RELATIVES.contains(words.get(i).folded()) && !words.get(i + 1).cut();
        // "grossing $69.6 million" after a date is no verb of the date: a participle in "-ing" has
        // its subject only through an auxiliary ("was escorting") or a relative pronoun.
        if (words.get(verb).folded().endsWith("ing") && !VERBS.contains(words.get(verb).folded()) && auxiliaries == 0 && !relative) {
            return adjunctSubject(words, verb);
        }
        if (relative) {
            i--;
        } else if (i >= 0 && words.get(i + 1).cut()) {
            // "The Colts, trailing 14-0 at the half, scored 17": past a phrase between commas to the noun before it.
            int aside = beforeAside(words, i + 1);
            String before = phraseEndingAt(words, aside);
            // "The witness the defence called, elder Jo Marsh, spent 10 minutes": no noun before the
            // aside, and the aside a noun phrase in apposition: the aside names the subject.
            return before == null && aside >= 0 && nounPhrase(words, aside + 1, i) ? phraseEndingAt(words, i) : before;
        }
        i = pastTimeAdjunct(words, i);
        if (i >= 0 && words.get(i).folded().equals("and") && !words.get(i + 1).cut()) {
            return coordinatedSubject(words, i);
        }
        return phraseEndingAt(words, i);
    }

    /** How many words back a verb joined by "and" may stand from it ("foiled a hijack attempt in the gulf and arrested 23"). */
    static final int COORDINATION = 15;

    /**
     * "The navy foiled a hijack attempt and arrested 23": the subject of the verb before the "and"
     * at {@code and}, across commas of a list but no other mark; else null.
     */
    private static String coordinatedSubject(List<Word> words, int and) {
        for (int j = and - 1; j >= 0 && j >= and - COORDINATION && (!words.get(j + 1).cut() || words.get(j + 1).comma()); j--) {
            String subject = act(words.get(j), j == 0) && !words.get(j).folded().endsWith("ing") ? subject(words, j) : null;
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    /**
     * "Commandos boarded the boat, seizing 12 men": a participle in "-ing" right after a comma that
     * ends a clause with a verb of its own is that clause's subject's; the first verb of the
     * part before the comma gives it. Null when the part has no verb ("The ship, escorting five").
     */
    private static String adjunctSubject(List<Word> words, int verb) {
        if (!words.get(verb).comma()) {
            return null;
        }
        int start = verb - 1;
        while (start > 0 && !words.get(start).cut()) {
            start--;
        }
        for (int j = start; j < verb; j++) {
            String subject = act(words.get(j), j == 0) && !words.get(j).folded().endsWith("ing") ? subject(words, j) : null;
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    /** Whether the words {@code [from, to]} are a noun phrase: articles and nouns or names, no mark inside. */
    private static boolean nounPhrase(List<Word> words, int from, int to) {
        for (int j = from; j <= to; j++) {
            Word w = words.get(j);
            if (j > from && w.cut() || !Lexicon.ARTICLES.contains(w.folded()) && !w.nounLike(false)) {
                return false;
            }
        }
        return from <= to;
    }

    /**
     * The index before a time adjunct that ends at {@code i} ("on Saturday", "last night"), when one
     * does and holds a word that is not only a link ({@code figure-time-adjuncts.txt}); else {@code i}.
     */
    private static int pastTimeAdjunct(List<Word> words, int i) {
        int j = i;
        boolean day = false;
        while (j >= 0 && TIME_ADJUNCTS.contains(words.get(j).folded()) && !words.get(j + 1).cut()) {
            day |= !TIME_LINKS.contains(words.get(j).folded());
            j--;
        }
        return day ? j : i;
    }

    /** The longest aside between two commas a subject may stand before, in words. */
    static final int ASIDE = 12;

    /**
     * Where the noun before an aside ends, when the word at {@code after} follows the aside's closing
     * comma ("The Colts, trailing 14-0, scored"): the word before the aside's opening comma; else -1.
     */
    private static int beforeAside(List<Word> words, int after) {
        if (!words.get(after).comma()) {
            return -1;
        }
        for (int j = after - 1; j > 0 && j >= after - ASIDE; j--) {
            if (words.get(j).cut()) {
                return words.get(j).comma() ? j - 1 : -1;
            }
        }
        return -1;
    }

    /** The words {@code [from, to]}, folded, joined by spaces. */
    private static String phrase(List<Word> words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int j = from; j <= to; j++) {
            out.append(j > from ? " " : "").append(words.get(j).folded());
        }
        return out.toString();
    }

    /**
     * A present verb right before the figure, as headlines write them ("Indian Navy captures 26
     * pirates", "Quake Kills 10"): a word in "-s" (not "-ss", not a possessive) after a noun phrase
     * that starts its clause.
     */
    private static boolean presentVerb(List<Word> words, int i) {
        Word w = words.get(i);
        String f = w.folded();
        if (f.length() < 5 || !f.endsWith("s") || f.endsWith("ss") || f.endsWith("'s") || NOT_ACTS.contains(f)
                || !f.chars().allMatch(Character::isLetter) || w.cut() || i == 0) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && words.get(j).nounLike(j == 0) && !words.get(j + 1).cut() && j > i - 4) {
            j--;
        }
        boolean starts = j < 0 || words.get(j + 1).cut() || Lexicon.ARTICLES.contains(words.get(j).folded())
                && (j == 0 || words.get(j).cut());
        return j < i - 1 && starts;
    }

    /** Prepositions a subject's noun may carry a phrase of: "Quake in Iran", "the chief of police". */
    private static final Set<String> NOUN_PHRASE_LINKS = Set.of("in", "of", "at", "near", "off", "from");

    /**
     * The noun phrase that ends at {@code i}: up to three words back, to a determiner, a stop word or a
     * clause mark; through one phrase of {@link #NOUN_PHRASE_LINKS} to the noun it belongs to ("Quake in
     * Iran"). Null when the word at {@code i} is no noun or name.
     */
    private static String phraseEndingAt(List<Word> words, int i) {
        if (i < 0 || !words.get(i).nounLike(i == 0)) {
            return null;
        }
        int j = i;
        while (j - 1 >= 0 && j - 1 > i - 3 && !words.get(j).cut() && words.get(j - 1).nounLike(j - 1 == 0)) {
            j--;
        }
        if (j - 2 >= 0 && !words.get(j).cut() && !words.get(j - 1).cut() && NOUN_PHRASE_LINKS.contains(words.get(j - 1).folded())
                && words.get(j - 2).nounLike(j - 2 == 0)) {
            int k = j - 2;
            while (k - 1 >= 0 && k - 1 > j - 5 && !words.get(k).cut() && words.get(k - 1).nounLike(k - 1 == 0)) {
                k--;
            }
            j = k;
        }
        return phrase(words, j, i);
    }

    /**
     * The subject a figure stands inside, when the verb after it has no auxiliary and so is active
     * ("A strong quake with a magnitude of 5.7 struck"): the noun phrase that opens the clause,
     * when the figure stands in a phrase of that noun ({@link #HOLDER_LINKS}); else null.
     */
    private static String holder(List<Word> words, int before, int after, int verb) {
        for (int j = after; j < verb; j++) {
            if (AUXILIARIES.contains(words.get(j).folded())) {
                return null;
            }
        }
        int start = before;
        while (start >= 0 && !words.get(start).cut()) {
            start--;
        }
        start = Math.max(start, 0);
        while (start <= before && Lexicon.ARTICLES.contains(words.get(start).folded())) {
            start++;
        }
        int end = start;
        while (end <= before && end < start + 3 && words.get(end).nounLike(end == 0) && !(end > start && words.get(end).cut())) {
            end++;
        }
        // The figure stands in a phrase of the noun's own: "quake with a magnitude of 6.1", not
        // "Luck broke Newton's record of 4,051".
        if (end == start || end > before || !HOLDER_LINKS.contains(words.get(end).folded()) || words.get(end).cut()) {
            return null;
        }
        for (int j = end + 1; j <= before; j++) {
            Word w = words.get(j);
            if (w.cut() || act(w, false) || AUXILIARIES.contains(w.folded())) {
                return null;
            }
        }
        return phrase(words, start, end - 1);
    }

    /** Words that open a phrase of a noun a figure may stand in: "a quake with a magnitude of 6.1", "a quake of 6.1". */
    private static final Set<String> HOLDER_LINKS = Set.of("with", "of", "measuring");

    /** After a passive participle: "by" and its noun ("wounded by the quake"), or "in" and a happening ("injured in the riots"). */
    private static String agent(List<Word> words, int participle) {
        int i = participle + 1;
        if (i >= words.size() || words.get(i).cut()) {
            return null;
        }
        String link = words.get(i).folded();
        if (!link.equals("by") && !link.equals("in")) {
            return null;
        }
        i++;
        if (i < words.size() && !words.get(i).cut() && Lexicon.ARTICLES.contains(words.get(i).folded())) {
            i++;
        }
        List<String> phrase = new ArrayList<>();
        for (int j = i; j < words.size() && j < i + 3 && !words.get(j).cut(); j++) {
            String f = words.get(j).folded();
            if (PREPOSITIONS.contains(f) || OWNER_STOPS.contains(f) || AUXILIARIES.contains(f) || act(words.get(j), false)) {
                break;
            }
            phrase.add(f);
        }
        if (phrase.isEmpty()) {
            return null;
        }
        if (link.equals("in") && phrase.stream().noneMatch(FigureClause::happeningWord)) {
            return null;
        }
        return String.join(" ", phrase);
    }

    /**
     * Whether the word names a happening, as written or in the singular ("riots"): a trigger, a noun
     * of {@code figure-occasion-nouns.txt} or of {@code generic-happening-nouns.txt} ("the incident").
     */
    static boolean happeningWord(String folded) {
        String one = folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
        return EventExtractor.WORDS.containsKey(folded) || EventExtractor.WORDS.containsKey(one) || OCCASIONS.contains(folded)
                || OCCASIONS.contains(one) || Happenings.GENERIC_NOUNS.contains(folded) || Happenings.GENERIC_NOUNS.contains(one);
    }

    /** The word of a happening nearest the figure in its comma-bounded part: before it first, then after it; or -1. */
    private static int nearestTrigger(List<Word> words, int before, int after) {
        boolean cut = before + 1 < words.size() && words.get(before + 1).cut();
        for (int i = before; i >= 0 && !cut; i--) {
            if (EventExtractor.WORDS.containsKey(words.get(i).folded()) && (!words.get(i).capital() || i == 0)) {
                return i;
            }
            cut = words.get(i).cut();
        }
        for (int i = after; i < words.size() && !words.get(i).cut(); i++) {
            if (EventExtractor.WORDS.containsKey(words.get(i).folded()) && !words.get(i).capital()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last words read on this thread: the text (by identity), the range and its words. Every
     * figure of a sentence under {@link #WINDOW} characters from its ends reads the whole sentence,
     * so the figures after the first take the words of the first.
     */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[] {null, -1, -1, List.of()});

    /** The words of {@code [from, to)}: letters, digits and the apostrophes and hyphens inside them (a list not to change). */
    @SuppressWarnings("unchecked")
    static List<Word> words(String text, int from, int to) {
        Object[] last = LAST.get();
        if (last[0] == text && (int) last[1] == from && (int) last[2] == to) {
            return (List<Word>) last[3];
        }
        List<Word> out = java.util.Collections.unmodifiableList(read(text, from, to));
        last[0] = text;
        last[1] = from;
        last[2] = to;
        last[3] = out;
        return out;
    }

    /** {@link #words}, read anew. */
    static List<Word> read(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        char cut = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j))
                        || "'\u2019-.,".indexOf(text.charAt(j)) >= 0 && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                        && (text.charAt(j) != '.' && text.charAt(j) != ',' || Character.isDigit(text.charAt(j - 1)))
                        || (text.charAt(j) == '\'' || text.charAt(j) == '\u2019') && text.charAt(j - 1) == 's'
                        && (j + 1 == to || !Character.isLetterOrDigit(text.charAt(j + 1))))) {
                    j++;
                }
                String w = text.substring(i, j);
                out.add(new Word(w, w.toLowerCase(Locale.ROOT).replace('\u2019', '\''), i, j, cut));
                cut = 0;
                i = j;
            } else {
                boolean mark = ",;:()[]\u2014\u2013\"\u201c\u201d".indexOf(c) >= 0 || c == '-' && i + 1 < to && text.charAt(i + 1) == '-';
                // A comma alone is kept as a comma; any other mark, or a comma beside one, as that other mark.
                cut = !mark ? cut : cut == 0 || cut == ',' && c != ',' ? c : cut;
                i++;
            }
        }
        return out;
    }
}
