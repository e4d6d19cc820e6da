package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Transliteration;

/**
 * The people an article names, each mention with the title written with it: before the name
 * ("NATO Secretary-General Jens Stoltenberg", "State Department spokesman Ned Price", "the head of
 * Ukrainian diplomacy Dmytro Kuleba") or after it between commas ("Dmytro Kuleba, the head of
 * Ukrainian diplomacy,"). A run of capitalized words is taken for a person when a title, an
 * honorific, a verb of speech or an age ("Tara Reid, 33,") stands beside it, or when its last
 * word is used alone in the article. A surname alone ("Stoltenberg") is the person of that
 * surname named in full nearest before it, so two people who share a surname are not merged.
 */
final class People {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final java.util.regex.Pattern UP_TO_THREE_DIGITS = java.util.regex.Pattern.compile("\\d{1,3}");
    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("[A-Z]{2,}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** One mention: the whole phrase, the name, the person's key, and the title if one is written with it. */
    record Mention(Span span, Span nameSpan, String name, String fullName, String key, boolean full, String title,
                   String roleClass, String country, boolean current, String organisation, int sentence, String rank) {

        boolean spokesperson() {
            return "spokesperson".equals(roleClass);
        }
    }

    static final Set<String> SPEECH = Lexicon.words(People.class, "speech-verbs.txt");
    static final Set<String> HONORIFICS = Lexicon.words(People.class, "honorifics.txt");
    static final Set<String> PARTICLES = org.crosscheck.text.Lexicon.words(People.class, "name-particles.txt");
    static final Set<String> NOT_NAMES = org.crosscheck.text.Lexicon.words(People.class, "people-not-names.txt");

    private People() {
    }

    /** Whether a capitalized word is a common word, a month or a day rather than a name. */
    static boolean notName(String lower) {
        return NOT_NAMES.contains(lower);
    }

    /** Every mention of a person in the article's paragraphs, in text order. */
    static List<Mention> find(CleanedDocument doc, List<List<Words.Word>> sentences) {
        String text = doc.text();
        List<Candidate> candidates = new ArrayList<>();
        for (int sentence = 0; sentence < sentences.size(); sentence++) {
            int before = candidates.size();
            scan(text, sentences.get(sentence), candidates);
            for (int k = before; k < candidates.size(); k++) {
                candidates.get(k).sentence = sentence;
            }
        }
        Set<String> aloneWords = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.words.size() == 1) {
                aloneWords.add(c.words.get(0).lower());
            }
        }
        List<Mention> out = new ArrayList<>();
        // Full names first, in text order; then surnames, resolved to the nearest full name before them.
        // The headline's full names resolve surnames too ("Hugh Jackman" over a body that says
        // "Jackman"), but are no mentions of their own: the headline is not a paragraph.
        Map<String, List<Mention>> bySurname = new HashMap<>();
        List<Candidate> headline = new ArrayList<>();
        for (org.crosscheck.clean.Block b : doc.blocks(org.crosscheck.clean.Block.Kind.TITLE)) {
            // In a headline written in title case every word is capitalised: its runs are not names.
            if (!Names.titleCased(text, b.span().start(), b.span().end())) {
                scan(text, Words.of(text, b.span().start(), b.span().end()), headline);
            }
        }
        for (Candidate c : headline) {
            // A headline opens with a capital: "Actor Hugh Danby to host ..." names Hugh Danby.
            if (c.words.size() >= 3 && headlineStart(doc, c.start) && !Genders.FEMALE_NAMES.contains(c.words.get(0).lower())
                    && !Genders.MALE_NAMES.contains(c.words.get(0).lower())) {
                c.words.remove(0);
                c.start = c.words.get(0).start();
            }
            // Only a surname the body uses alone looks a full name up.
            String last = c.words.isEmpty() ? "" : c.words.get(c.words.size() - 1).lower();
            if (c.words.size() >= 2 && aloneWords.contains(last)) {
                bySurname.computeIfAbsent(Transliteration.key(last), k -> new ArrayList<>()).add(mention(c, c.nameText(text), true));
            }
        }
        List<Mention> fulls = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.words.size() < 2) {
                continue;
            }
            String last = c.words.get(c.words.size() - 1).lower();
            boolean person = c.title != null || c.honorific || c.speech || c.aged || aloneWords.contains(last);
            if (!person) {
                continue;
            }
            Mention m = mention(c, c.nameText(text), true);
            fulls.add(m);
            bySurname.computeIfAbsent(Transliteration.key(last), k -> new ArrayList<>()).add(m);
        }
        out.addAll(fulls);
        for (Candidate c : candidates) {
            if (c.words.size() != 1) {
                continue;
            }
            String surname = c.words.get(0).text();
            List<Mention> same = bySurname.get(Transliteration.key(surname));
            // The full mention nearest before, else the first after: a binary search, as lists can be long.
            Mention full = null;
            if (same != null) {
                int found = Words.lastBefore(same, m -> m.span().start(), c.start);
                full = same.get(found >= 0 ? found : 0);
            }
            if (full != null) {
                out.add(new Mention(c.span(), c.nameSpan(), surname, full.fullName(), full.key(), true, c.title,
                        c.roleClass, c.country, c.current, c.organisation, c.sentence, c.rank));
            } else if (c.title != null || c.honorific) {
                out.add(mention(c, surname, false));
            }
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /** Whether {@code at} is where a headline of the document starts. */
    private static boolean headlineStart(CleanedDocument doc, int at) {
        for (org.crosscheck.clean.Block b : doc.blocks(org.crosscheck.clean.Block.Kind.TITLE)) {
            if (b.span().start() == at) {
                return true;
            }
        }
        return false;
    }

    private static Mention mention(Candidate c, String name, boolean full) {
        return new Mention(c.span(), c.nameSpan(), name, name, personKey(name), full, c.title, c.roleClass, c.country,
                c.current, c.organisation, c.sentence, c.rank);
    }

    /**
     * The one person the article names in full (first name and surname) whose surname the word
     * may misspell ({@link Transliteration#misspelling}: "Klitchsko" for Wladimir Klitschko), or
     * null: no such person, two of them, or someone whose surname is written so.
     */
    static Mention misspeltSurname(String word, List<Mention> people) {
        Mention found = null;
        for (Mention m : people) {
            int space = m.fullName().lastIndexOf(' ');
            String surname = m.fullName().substring(space + 1);
            if (surname.equalsIgnoreCase(word)) {
                return null;
            }
            if (space > 0 && m.key().contains(" ") && Transliteration.misspelling(word, surname)) {
                if (found != null && !found.key().equals(m.key())) {
                    return null;
                }
                found = found == null ? m : found;
            }
        }
        return found;
    }

    /** A person's key: each word of the name by its transliteration key, "Heydar Alishbandi" -> "heidar alishvandi". */
    static String personKey(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : SPACES.split(name)) {
            String k = Transliteration.key(w);
            if (!k.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(k);
            }
        }
        return sb.toString();
    }

    /** A run of capitalized words that may be a person's name, with what stands around it. */
    private static final class Candidate {
        final List<Words.Word> words = new ArrayList<>();
        int start;
        int sentence;
        int titleStart = -1;
        int titleEnd = -1;
        String title;
        String roleClass;
        /** A rank written in one of the name's titles ("Commander" in "navy spokesman Commander"), or null. */
        String rank;
        String country;
        boolean current = true;
        String organisation;
        boolean honorific;
        boolean speech;
        boolean aged;

        /** The name with its title, before or after it. */
        Span span() {
            Words.Word last = words.get(words.size() - 1);
            return new Span(Math.min(titleStart < 0 ? start : titleStart, start), Math.max(last.end(), titleEnd));
        }

        Span nameSpan() {
            return new Span(start, words.get(words.size() - 1).end());
        }

        String nameText(String text) {
            return text.substring(start, words.get(words.size() - 1).end());
        }
    }

    private static boolean nameWord(Words.Word w) {
        if (!w.capitalized() || w.acronym() || w.text().length() < 2 && !w.text().endsWith(".")
                || w.lower().endsWith("-year-old")) {
            // "Twenty-year-old Tara Reid" opening a sentence: the age is not part of the name.
            return false;
        }
        String l = w.lower().replace(".", "");
        return !NOT_NAMES.contains(l) && !Roles.NOUNS.contains(l) && !Roles.DOMAIN.contains(l)
                && !Organisations.NOUNS.contains(l) && Roles.countryOf(l) == null && !HONORIFICS.contains(w.lower())
                && Character.isLetter(w.text().charAt(w.text().length() - 1) == '.' ? w.text().charAt(0)
                : w.text().charAt(w.text().length() - 1));
    }

    /**
     * Whether a capitalized word of titles ("King", "Bishop", "Judge") ends a name it follows, as a
     * surname: after a first name of the lists Genders reads ("Dan King"; "Boston Mayor" is no name), the last capitalized
     * word before a word in lower case, a mark or the text's end ("Dan King said"; not "Dan King
     * Street" or "Ann Judge Smith").
     */
    static boolean surnameLikeTitle(List<Words.Word> ws, int j, Candidate c) {
        if (c.words.size() != 1 || !Genders.FEMALE_NAMES.contains(c.words.get(0).lower()) && !Genders.MALE_NAMES.contains(c.words.get(0).lower())) {
            return false;
        }
        Words.Word x = ws.get(j);
        String l = x.lower();
        if (!x.capitalized() || x.acronym() || !x.word() || !Roles.NOUNS.contains(l) || HONORIFICS.contains(l)
                || Organisations.NOUNS.contains(l) || x.start() != c.words.get(0).end() + 1) {
            return false;
        }
        return j + 1 >= ws.size() || !ws.get(j + 1).word() || !ws.get(j + 1).capitalized();
    }

    private static void scan(String text, List<Words.Word> ws, List<Candidate> out) {
        int i = 0;
        while (i < ws.size()) {
            Words.Word w = ws.get(i);
            if (!nameWord(w) || w.text().endsWith(".") && w.text().length() == 2) {
                i++;
                continue;
            }
            Candidate c = new Candidate();
            c.start = w.start();
            int j = i;
            while (j < ws.size() && c.words.size() < 4) {
                Words.Word x = ws.get(j);
                if (nameWord(x) || surnameLikeTitle(ws, j, c)) {
                    c.words.add(x);
                    j++;
                } else if (PARTICLES.contains(x.lower()) && j + 1 < ws.size() && nameWord(ws.get(j + 1)) && !c.words.isEmpty()) {
                    j++;
                } else {
                    break;
                }
            }
            if (c.words.size() >= 2 && sentenceStart(ws, i) && SentenceOpeners.opener(c.words.get(0).lower(), c.words.get(1).lower())) {
                // "Distraught Morrow told reporters": the opener is no part of the name.
                c.words.remove(0);
                c.start = c.words.get(0).start();
                i = ws.indexOf(c.words.get(0));
            }
            // "director of the Wildlife Society", "chairman of Natural Resources": the words after a title's
            // "of", "for" or "at" name what the title is of, not a person; unless an age stands beside
            // them, which only a person has ("searching for Dan Ruiz, 27,").
            // "the Microsoft Security Response Center", "the Betty Ford Center": words before an
            // organisation's noun written with a capital are the organisation's name, not a person's.
            if ((i > 0 && ws.get(i - 1).word() && Set.of("of", "the", "for", "at", "from").contains(ws.get(i - 1).lower())
                    || j < ws.size() && ws.get(j).capitalized() && Organisations.NOUNS.contains(ws.get(j).lower()))
                    && !aged(ws, i, j)) {
                i = Math.max(j, i + 1);
                continue;
            }
            titleBefore(text, ws, i, c);
            if (c.title == null) {
                appositive(text, ws, j, c);
            }
            if (c.title == null) {
                titleBeforeComma(text, ws, i, j, c);
            }
            if (c.title == null) {
                predicateTitle(text, ws, j, c);
            }
            c.honorific = i > 0 && HONORIFICS.contains(ws.get(i - 1).lower());
            c.aged = aged(ws, i, j);
            c.speech = j < ws.size() && SPEECH.contains(ws.get(j).lower())
                    || i > 0 && (ws.get(i - 1).lower().equals("said") || ws.get(i - 1).lower().equals("added"));
            if (!c.words.isEmpty()) {
                out.add(c);
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Whether the word at {@code i} opens its sentence: only marks (an opening quote, a dash) stand before it. */
    static boolean sentenceStart(List<Words.Word> ws, int i) {
        for (int k = 0; k < i; k++) {
            if (ws.get(k).word()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an age stands beside the name, which only a person has: "33-year-old Tara Reid",
     * "Sixty-year-old Tara Reid", "Tara Reid, 33,", "Tara Reid (33)", "Tara Reid, aged 33", ", age 33",
     * "a 33-year-old actress, Tara Reid" (up to two words between the age and the noun).
     */
    private static boolean aged(List<Words.Word> ws, int nameAt, int after) {
        if (nameAt > 0 && ws.get(nameAt - 1).word() && ageWord(ws.get(nameAt - 1).lower())) {
            return true;
        }
        if (nameAt > 1 && ws.get(nameAt - 1).lower().equals("old") && ws.get(nameAt - 2).lower().matches("\\d{1,3}-years?")) {
            return true;
        }
        // "a 15-year-old boy, Toby Marsh": the name in apposition to a person's noun an age describes.
        if (nameAt > 2 && ws.get(nameAt - 1).is(",") && AttributeExtractor.PERSON_NOUNS.contains(ws.get(nameAt - 2).lower())) {
            for (int k = nameAt - 3; k >= Math.max(0, nameAt - 5); k--) {
                if (ageWord(ws.get(k).lower())) {
                    return true;
                }
            }
        }
        if (after + 2 < ws.size() && ws.get(after).is(",") && UP_TO_THREE_DIGITS.matcher(ws.get(after + 1).text()).matches()) {
            Words.Word next = ws.get(after + 2);
            return next.is(",") || next.is(".") || next.is(";");
        }
        if (after + 2 < ws.size() && ws.get(after).is("(") && UP_TO_THREE_DIGITS.matcher(ws.get(after + 1).text()).matches()
                && ws.get(after + 2).is(")")) {
            return true;
        }
        return after + 2 < ws.size() && ws.get(after).is(",")
                && (ws.get(after + 1).lower().equals("aged") || ws.get(after + 1).lower().equals("age"))
                && ws.get(after + 2).text().matches("\\d{1,3}");
    }

    /** "33-year-old", "sixty-year-old", "thirty-three-year-old": an age in digits or words. */
    static boolean ageWord(String lower) {
        if (!lower.endsWith("-year-old") && !lower.endsWith("-years-old")) {
            return false;
        }
        String number = lower.substring(0, lower.lastIndexOf("-year"));
        return number.matches("\\d{1,3}") || org.crosscheck.text.NumberWords.parse(number) > 0;
    }

    /** The title just before a name, read leftwards: nouns of titles, their domain words, proper names, "of", "'s". */
    private static void titleBefore(String text, List<Words.Word> ws, int nameAt, Candidate c) {
        int k = nameAt - 1;
        int from = nameAt;
        boolean noun = false;
        while (k >= 0 && nameAt - k <= 10) {
            Words.Word x = ws.get(k);
            String l = x.lower().replace(".", "");
            if (x.word() && (Roles.NOUNS.contains(x.lower()) || Roles.NOUNS.contains(l))) {
                noun = true;
            } else if (x.word() && (Roles.DOMAIN.contains(l) || x.acronym() || x.capitalized() && !NOT_NAMES.contains(l)
                    && !HONORIFICS.contains(x.lower()) || Roles.countryOf(l) != null)) {
                // part of the title
            } else if (!x.word() && (x.lower().equals("'s") || x.is("(") || x.is(")") || x.is("-"))) {
                // possessive, an acronym in brackets
            } else if (x.word() && (l.equals("the") || l.equals("of")) && k > 0) {
                // inside a title: "Secretary General of the North Atlantic Treaty Organization"
            } else {
                break;
            }
            from = k;
            k--;
        }
        // A title begins with a word, not with "of", "the", a bracket or a possessive.
        while (from < nameAt && (!ws.get(from).word() || ws.get(from).lower().equals("of") || ws.get(from).lower().equals("the")
                || ws.get(from).lower().equals("and"))) {
            from++;
        }
        if (!noun || from >= nameAt) {
            return;
        }
        boolean hasNoun = false;
        for (int t = from; t < nameAt; t++) {
            String l = ws.get(t).lower().replace(".", "");
            if (Roles.NOUNS.contains(ws.get(t).lower()) || Roles.NOUNS.contains(l)) {
                hasNoun = true;
            }
        }
        if (!hasNoun) {
            return;
        }
        setTitle(text, ws.get(from).start(), ws.get(nameAt - 1).end(), c);
    }

    /** Longest title, in words, that ", director of ..." after a name may run to before its comma. */
    static final int APPOSITIVE_WORDS = 12;

    /** Words in lower case an appositive title may have before its noun (", climate program director,"). */
    static final int TITLE_MODIFIERS = 3;

    /** Words after a title's noun that say where it is held (", a researcher with Trend Micro,"; {@code title-links.txt}). */
    static final Set<String> TITLE_LINKS = Lexicon.words(People.class, "title-links.txt");

    /** Verbs after ", who" that give a title, and whether it is held now ({@code title-clause-verbs.tsv}). */
    static final Map<String, String> TITLE_CLAUSE_VERBS = Lexicon.pairs(People.class, "title-clause-verbs.tsv");

    /**
     * ", the head of Ukrainian diplomacy," after a name; or a relative clause that gives the title
     * (", who was director of the bureau,"), held before when its verb says so.
     */
    private static void appositive(String text, List<Words.Word> ws, int after, Candidate c) {
        if (after >= ws.size() || !ws.get(after).is(",")) {
            return;
        }
        int k = after + 1;
        if (k < ws.size() && ws.get(k).lower().equals("who")) {
            int verb = titleClauseVerb(ws, k + 1);
            if (verb == 0) {
                headingClause(text, ws, k + 1, c);
                return;
            }
            String tense = TITLE_CLAUSE_VERBS.get(wordsAt(ws, k + 1, verb));
            title(text, ws, k + verb, c);
            if (c.title != null && "past".equals(tense)) {
                c.current = false;
            }
            return;
        }
        title(text, ws, k - 1, c);
    }

    /** Words that open a title set before a name and a comma ("the head of the union, Ann Ray,"). */
    private static final Set<String> TITLE_OPENERS = Lexicon.words(People.class, "title-openers.txt");

    /**
     * A title before the name, set off by a comma, the name closed by a comma or the sentence's end
     * ("The head of the union, Ann Ray, said"; "Telvar's chief executive, Ann Ray, said"; "said the
     * company's chairman, Ann Ray."): the title opens the sentence, follows a speech verb, or
     * opens with a word of {@code title-openers.txt} (the, a, its); it is read as an appositive title
     * after a name is ({@link #title}), and must end at the comma before the name. A name followed by
     * a verb ("After meeting the president, Ray said") is not in apposition; a lone word after a
     * comma is a place's more often than a person's ("a judge in Fulton County, Ga."), and a title
     * ending in a possessive and an organisation's noun names where the person works ("the attorney
     * general's office, Eric Nichols"): neither is read. Since the twenty-ninth session.
     */
    private static void titleBeforeComma(String text, List<Words.Word> ws, int nameAt, int after, Candidate c) {
        if (nameAt < 2 || c.words.size() < 2 || !ws.get(nameAt - 1).is(",")
                || nameAt >= 3 && Organisations.NOUNS.contains(ws.get(nameAt - 2).lower()) && ws.get(nameAt - 3).is("'s")
                || after < ws.size() && !(ws.get(after).is(",") || ws.get(after).is(".") || ws.get(after).is(";"))) {
            return;
        }
        for (int s = nameAt - 2; s >= Math.max(0, nameAt - 1 - APPOSITIVE_WORDS); s--) {
            Words.Word w = ws.get(s);
            int before;
            if (w.word() && TITLE_OPENERS.contains(w.lower())) {
                before = Lexicon.ARTICLES.contains(w.lower()) ? s - 1 : s;
            } else if (s == 0 || s > 0 && ws.get(s - 1).word() && SPEECH.contains(ws.get(s - 1).lower())) {
                before = s - 1;
            } else {
                if (w.is(",") || w.is(";") || w.is("\"")) {
                    return;
                }
                continue;
            }
            Candidate scratch = new Candidate();
            scratch.words.addAll(c.words);
            scratch.start = c.start;
            title(text, ws, before, scratch);
            if (scratch.title != null && scratch.titleStart >= 0
                    && scratch.titleStart + scratch.title.length() == ws.get(nameAt - 2).end()) {
                copyTitle(scratch, c);
                return;
            }
        }
    }

    /**
     * A title the sentence gives the name as its subject ("Ann Ray is the chief executive of
     * Telvar."; "Ray was deputy director of the bureau."), with a verb of {@link #TITLE_CLAUSE_VERBS}
     * right after the name, held before when the verb says so. Since the twenty-ninth session.
     */
    private static void predicateTitle(String text, List<Words.Word> ws, int after, Candidate c) {
        int verb = titleClauseVerb(ws, after);
        if (verb == 0) {
            return;
        }
        String tense = TITLE_CLAUSE_VERBS.get(wordsAt(ws, after, verb));
        title(text, ws, after + verb - 1, c);
        if (c.title != null && "past".equals(tense)) {
            c.current = false;
        }
    }

    /**
     * ", who heads the union,": a verb of {@link HeadingVerbs} after "who" gives the title its noun
     * stands for, the clause's words to the next comma or full stop its text (at most
     * {@link #APPOSITIVE_WORDS} words, one of them written with a capital or a noun of
     * organisations: what is headed). Since the twenty-ninth session.
     */
    private static void headingClause(String text, List<Words.Word> ws, int at, Candidate c) {
        if (at >= ws.size()) {
            return;
        }
        HeadingVerbs.Heading h = HeadingVerbs.of(ws.get(at).lower());
        if (h == null) {
            return;
        }
        int end = at + 1;
        boolean body = false;
        while (end < ws.size() && end - at < APPOSITIVE_WORDS && !ws.get(end).is(",") && !ws.get(end).is(".")
                && !ws.get(end).is(";") && !ws.get(end).is("\"") && !Mentions.CLAUSE_WORDS.contains(ws.get(end).lower())) {
            Words.Word x = ws.get(end);
            body |= x.word() && (x.capitalized() || Organisations.NOUNS.contains(x.lower()));
            end++;
        }
        if (!body || end == at + 1 || end >= ws.size() || !(ws.get(end).is(",") || ws.get(end).is(".") || ws.get(end).is(";"))) {
            return;
        }
        String written = text.substring(ws.get(at).start(), ws.get(end - 1).end());
        String cls = Roles.classify(h.noun() + " of " + text.substring(ws.get(at + 1).start(), ws.get(end - 1).end()));
        if (cls == null) {
            return;
        }
        c.title = written;
        c.titleEnd = ws.get(end - 1).end();
        c.roleClass = cls;
        c.country = Roles.country(written);
        c.current = h.current() && Roles.current(written);
        String org = organisationOf(written);
        c.organisation = org == null ? null : Organisations.key(org);
    }

    private static void copyTitle(Candidate from, Candidate to) {
        to.title = from.title;
        to.titleStart = from.titleStart;
        to.titleEnd = from.titleEnd;
        to.roleClass = from.roleClass;
        to.rank = from.rank;
        to.country = from.country;
        to.current = from.current;
        to.organisation = from.organisation;
    }

    /** How many words at {@code at} make a verb of {@link #TITLE_CLAUSE_VERBS}, longest first; 0 when none. */
    static int titleClauseVerb(List<Words.Word> ws, int at) {
        for (int n = 3; n >= 1; n--) {
            if (at + n <= ws.size() && TITLE_CLAUSE_VERBS.containsKey(wordsAt(ws, at, n))) {
                return n;
            }
        }
        return 0;
    }

    private static String wordsAt(List<Words.Word> ws, int at, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < at + n; i++) {
            sb.append(i > at ? " " : "").append(ws.get(i).lower());
        }
        return sb.toString();
    }

    /** The title that follows the word at {@code before}: an article, then a title's noun and what it is of or in. */
    private static void title(String text, List<Words.Word> ws, int before, Candidate c) {
        int k = before + 1;
        if (k < ws.size() && (ws.get(k).lower().equals("the") || ws.get(k).lower().equals("a") || ws.get(k).lower().equals("an"))) {
            k++;
        }
        int from = k;
        if (k < ws.size() && ws.get(k).word() && Roles.NOUNS.contains(ws.get(k).lower().replace(".", ""))
                && k + 1 < ws.size() && ws.get(k + 1).lower().equals("of")) {
            // ", director of the seismological center in Tehran,": a title noun and what it is of, to the comma.
            int end = k + 2;
            while (end < ws.size() && end - from < APPOSITIVE_WORDS && !ws.get(end).is(",") && !ws.get(end).is(".")
                    && !ws.get(end).is(";") && !ws.get(end).is("\"") && !SPEECH.contains(ws.get(end).lower())) {
                end++;
            }
            if (end < ws.size() && end - from < APPOSITIVE_WORDS && (ws.get(end).is(",") || ws.get(end).is(".") || ws.get(end).is(";"))) {
                setTitle(text, ws.get(from).start(), ws.get(end - 1).end(), c);
                return;
            }
        }
        boolean noun = false;
        int modifiers = 0;
        while (k < ws.size() && k - from < 10) {
            Words.Word x = ws.get(k);
            String l = x.lower().replace(".", "");
            if (x.word() && Roles.NOUNS.contains(l)) {
                noun = true;
            } else if (x.word() && (Roles.DOMAIN.contains(l) || x.capitalized() || Roles.countryOf(l) != null)) {
                // part of the title
            } else if (!x.word() && (x.lower().equals("'s") || x.is("(") || x.is(")"))) {
                // possessive or bracket
            } else if (!noun && (c.words.size() > 1 || from > before + 1) && modifiers < TITLE_MODIFIERS && titleModifier(x)) {
                // what the title is in, before its noun, after a full name (", climate program director,"),
                // or after a surname alone when an article opens the title (", an associate director at the FBI,")
                modifiers++;
            } else if (noun && x.word() && (TITLE_LINKS.contains(l) || l.equals("of"))) {
                // where the title is held, to the comma (", a researcher with Trend Micro,"), or what
                // it is of after words before its noun (", the associate director of the bureau,";
                // since the thirty-first session: only a noun right after the article was read so)
                int end = k + 1;
                while (end < ws.size() && end - from < APPOSITIVE_WORDS && !ws.get(end).is(",") && !ws.get(end).is(".")
                        && !ws.get(end).is(";") && !ws.get(end).is("\"") && !SPEECH.contains(ws.get(end).lower())
                        && !Mentions.CLAUSE_WORDS.contains(ws.get(end).lower())) {
                    end++;
                }
                if (end > k + 1 && end < ws.size() && end - from < APPOSITIVE_WORDS
                        && (ws.get(end).is(",") || ws.get(end).is(".") || ws.get(end).is(";"))) {
                    setTitle(text, ws.get(from).start(), ws.get(end - 1).end(), c);
                }
                return;
            } else {
                break;
            }
            k++;
        }
        if (!noun || k == from || k < ws.size() && !(ws.get(k).is(",") || ws.get(k).is(".") || ws.get(k).is(";"))) {
            return;
        }
        setTitle(text, ws.get(from).start(), ws.get(k - 1).end(), c);
    }

    /**
     * Whether a word in lower case may stand before a title's noun as what the title is in
     * ("climate", "program"): not a word of {@code stopwords.txt} ("has", "one", "to"), not a clause's
     * or speech's word, and not a verb's participle ("killing", "named").
     */
    static boolean titleModifier(Words.Word x) {
        String l = x.lower();
        return x.word() && l.length() > 2 && x.text().chars().allMatch(Character::isLowerCase) && !STOP_WORDS.contains(l)
                && !Mentions.CLAUSE_WORDS.contains(l) && !SPEECH.contains(l) && !l.endsWith("ing") && !l.endsWith("ed");
    }

    private static final Set<String> STOP_WORDS = Lexicon.words(Lexicon.class, "stopwords.txt");

    private static void setTitle(String text, int from, int to, Candidate c) {
        String title = text.substring(from, to);
        String cls = Roles.classify(title);
        if (cls == null) {
            return;
        }
        c.title = title;
        if (from < c.start) {
            c.titleStart = from;
        } else {
            c.titleEnd = to;
        }
        c.roleClass = cls;
        String rank = Roles.rankIn(title);
        if (rank != null) {
            // A name may have a rank in one title and a function in another ("Commodore X, a navy
            // spokesman"): the rank is kept whichever title is read last.
            c.rank = rank;
        }
        c.country = Roles.country(title);
        c.current = Roles.current(title);
        String org = organisationOf(title);
        c.organisation = org == null ? null : Organisations.key(org);
    }

    /** The organisation words of a title: "State Department spokesman" -> "State Department"; null if none. */
    static String organisationOf(String title) {
        StringBuilder sb = new StringBuilder();
        boolean orgNoun = false;
        for (String w : SPACES.split(title.replace('\u2019', '\''))) {
            String l = w.toLowerCase(java.util.Locale.ROOT).replace("'s", "");
            if (Roles.NOUNS.contains(l) && !Organisations.NOUNS.contains(l)) {
                continue;
            }
            if (Organisations.NOUNS.contains(l)) {
                orgNoun = true;
            }
            if (Character.isUpperCase(w.charAt(0)) || Organisations.NOUNS.contains(l)) {
                sb.append(sb.length() == 0 ? "" : " ").append(w);
            }
        }
        return orgNoun || CAPITALS.matcher(sb.toString()).matches() ? sb.toString() : null;
    }
}
