package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Block;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;

/**
 * What a date, place or figure is about: the happening named nearest to it in its own clause.
 * "A 6.1 quake struck Aceh on Tuesday, the USGS said" dates the quake; "the Academy announced
 * Friday" dates an announcement; "his body was found July 27" dates a finding, not a death.
 *
 * <p>The clause is the sentence part between semicolons and dashes. Inside it, the nearest word
 * that names a happening (a trigger) or a verb with a date of its own ({@code own-date-verbs.txt})
 * wins, where crossing a comma costs more than any distance, so a parenthetical "the USGS said"
 * does not take the date before it. A clause that holds a background marker
 * ({@code background-markers.txt}: "previously", "earlier", "a year ago") is about another
 * happening than the article's.
 */
public final class Happenings {

    static final Set<String> OWN_DATE_VERBS = Lexicon.words(Happenings.class, "own-date-verbs.txt");
    static final Set<String> BACKGROUND = Lexicon.words(Happenings.class, "background-markers.txt");
    static final Set<String> HYPOTHETICAL = Lexicon.words(Happenings.class, "hypothetical-words.txt");
    static final Set<String> EFFECT = Lexicon.words(Happenings.class, "effect-words.txt");
    private static final int COMMA_COST = 100_000;
    /** How many of an article's most mentioned people it is about. */
    static final int MAIN_PEOPLE = 2;

    /**
     * @param kind       the kind of the nearest trigger in the clause, or null when none
     * @param trigger    where that trigger is written, or null
     * @param ownDate    a verb with a date of its own is nearer than any trigger
     * @param background the clause holds a background marker
     */
    public record About(String kind, Span trigger, boolean ownDate, boolean background) {
        static final About NOTHING = new About(null, null, false, false);

        /** Whether the claim is about a happening of {@code eventKind}, the article's own. */
        public boolean of(String eventKind) {
            return kind != null && kind.equals(eventKind) && !ownDate && !background;
        }

        /** Whether nothing in the clause ties the claim elsewhere: no other trigger, no own-date verb, no background. */
        public boolean freeOrOf(String eventKind) {
            return !ownDate && !background && (kind == null || kind.equals(eventKind));
        }

        /**
         * As the record's own (components in order, {@code 31 * h + hash} from 0: the same value, so maps
         * keep their order), written out because the record's is built from method handles at the first
         * call of every start ({@code RecordMethodsTest}).
         */
        @Override
        public int hashCode() {
            int h = 0;
            h = 31 * h + java.util.Objects.hashCode(kind);
            h = 31 * h + java.util.Objects.hashCode(trigger);
            h = 31 * h + Boolean.hashCode(ownDate);
            h = 31 * h + Boolean.hashCode(background);
            return h;
        }

        /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof About o)) {
                return false;
            }
            return java.util.Objects.equals(kind, o.kind)
                    && java.util.Objects.equals(trigger, o.trigger)
                    && ownDate == o.ownDate
                    && background == o.background;
        }
    }

    private final org.crosscheck.clean.CleanedDocument cleaned;
    private final String text;
    private final List<int[]> sentences = new ArrayList<>();
    private final List<EventClaim> triggers = new ArrayList<>();
    /**
     * What each date's words are about ({@link #aboutDate}) and the passing word that dates them
     * ({@link #passing}), worked out once for each span: they depend on the text and the
     * happenings' words only, so a reading against another date ({@link Extractor#reanchored})
     * finds them here for every date it shares with the first reading.
     */
    private final Map<Span, About> aboutDates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Passing, java.util.Optional<String>> passings = new java.util.concurrent.ConcurrentHashMap<>();
    /** The people each span's clause names ({@link #people}), for the document's names last asked about. */
    private volatile PeopleBySpan peopleBySpan;

    private record Passing(Span date, About about) {
        /**
         * As the record's own (components in order, {@code 31 * h + hash} from 0: the same value, so maps
         * keep their order), written out because the record's is built from method handles at the first
         * call of every start ({@code RecordMethodsTest}).
         */
        @Override
        public int hashCode() {
            int h = 0;
            h = 31 * h + java.util.Objects.hashCode(date);
            h = 31 * h + java.util.Objects.hashCode(about);
            return h;
        }

        /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Passing o)) {
                return false;
            }
            return java.util.Objects.equals(date, o.date)
                    && java.util.Objects.equals(about, o.about);
        }
    }

    private record PeopleBySpan(Names.Found of, Map<Span, List<String>> people) {
    }

    private Happenings(ExtractedDocument d) {
        this.cleaned = d.cleaned();
        this.text = d.document().text();
        for (Block b : cleaned.content()) {
            sentences.addAll(Sentences.split(text, b.span().start(), b.span().end()));
        }
        for (Claim c : d.claims()) {
            if (c instanceof EventClaim e) {
                triggers.add(e);
            }
        }
    }

    /**
     * The happenings of {@code d}: those it carries ({@link ExtractedDocument#happenings}) when they
     * were read from the same cleaned text and the same happenings' words, with what was worked out
     * of them already; else read afresh.
     */
    public static Happenings of(ExtractedDocument d) {
        Happenings carried = d.happenings();
        return carried != null && carried.readsAs(d) ? carried : new Happenings(d);
    }

    /** Whether these happenings are those {@code d} gives: the same cleaned document and the same happenings' words in order. */
    boolean readsAs(ExtractedDocument d) {
        if (d.cleaned() != cleaned) {
            return false;
        }
        int k = 0;
        for (Claim c : d.claims()) {
            if (c instanceof EventClaim e && (k >= triggers.size() || !triggers.get(k++).equals(e))) {
                return false;
            }
        }
        return k == triggers.size();
    }

    /**
     * Whether the sentence around {@code span} holds a happening's word anywhere (outside the words
     * at {@code span}), whatever clause it stands in: for a census of why a date is tied to nothing.
     */
    public boolean sentenceTells(Span span) {
        int[] s = sentenceOf(span.start());
        if (s == null) {
            return false;
        }
        for (EventClaim e : triggers) {
            if (e.span().start() >= s[0] && e.span().end() <= s[1] && (e.span().end() <= span.start() || e.span().start() >= span.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence around {@code span} is about someone the article is not about: it
     * names people, and none of them is among the article's two most mentioned people ("Vincent
     * Jackson was arrested on Jan. 6" in a report on Jamal Williams's arrest). A sentence that
     * names nobody, or a main person, is the article's own. People are matched by full name or
     * surname, folded.
     */
    public boolean aboutSomeoneElse(Span span, Names.Found names) {
        int[] sentence = sentenceOf(span.start());
        if (sentence == null || names.people().isEmpty()) {
            return false;
        }
        String words = spacedWords(sentence[0], sentence[1]);
        List<String> ranked = new ArrayList<>(names.people());
        ranked.sort(java.util.Comparator.<String>comparingInt(n -> -names.counts().getOrDefault(n, 0))
                .thenComparing(java.util.Comparator.naturalOrder()));
        boolean namesSomeone = false;
        for (int i = 0; i < ranked.size(); i++) {
            String name = ranked.get(i);
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            boolean named = words.contains(" " + name + " ") || surname.length() > 2 && words.contains(" " + surname + " ");
            if (named && i < MAIN_PEOPLE) {
                return false;
            }
            namesSomeone |= named;
        }
        return namesSomeone;
    }

    /** The longest sentence, in characters, whose clauses are read. */
    static final int MAX_SENTENCE = 3000;

    /**
     * Whether {@code span} stands in a sentence of ordinary length: a run of thousands of characters
     * without a full stop is no prose to read clauses in, and reading it claim by claim would cost
     * the square of its length.
     */
    public boolean readable(Span span) {
        int[] s = sentenceOf(span.start());
        return s != null && s[1] - s[0] <= MAX_SENTENCE;
    }

    /** Pronouns that stand for one person, in a clause that names nobody. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
    /**
     * Nouns that, after "the", stand for one person the article has named, as a pronoun does ("In
     * April the suspect was found guilty", "the actress checked in"): {@code referring-nouns.txt}.
     */
    static final Set<String> REFERRING_NOUNS = Lexicon.words(Happenings.class, "referring-nouns.txt");

    /**
     * The people (folded full names, sorted) that the clause around {@code span} names, by full
     * name or by surname: the document's people ({@link Names.Found#people()}) and every name of
     * the form of a person's ({@link Names#personLike}), less those with an organisation's noun.
     * A clause that speaks of someone by a pronoun ("In 1969, he was indicted"), or by "the" and a
     * noun for one person ({@link #REFERRING_NOUNS}: "the suspect was found guilty"; not after the
     * clause brought in "a gunman" of its own), also names the
     * person named nearest before it: in its own sentence, else in the nearest of the {@value #PRONOUN_REACH} sentences before it that names
     * anyone. Where that names several people, the pronoun stands for the article's most named
     * person if that is one of them, else for nobody.
     */
    public List<String> people(Span span, Names.Found names) {
        PeopleBySpan known = peopleBySpan;
        if (known == null || known.of() != names) {
            known = new PeopleBySpan(names, new java.util.concurrent.ConcurrentHashMap<>());
            peopleBySpan = known;
        }
        List<String> people = known.people().get(span);
        if (people == null) {
            people = clausePeople(span, names);
            known.people().put(span, people);
        }
        return people;
    }

    private List<String> clausePeople(Span span, Names.Found names) {
        int[] sentence = sentenceOf(span.start());
        if (sentence == null || names.counts().isEmpty()) {
            return List.of();
        }
        int from = clauseStart(sentence[0], span.start());
        int to = clauseEnd(span.end(), sentence[1]);
        List<String> named = named(from, to, names);
        boolean pronoun = false;
        boolean it = false;
        // "a gunman killed five ... before a policeman killed the shooter": the clause brings in its
        // own unnamed person, whom "the" and a noun then stand for.
        boolean introduced = false;
        String previous = null;
        List<Span> clause = words(from, to);
        for (int i = 0; i < clause.size(); i++) {
            String word = folded(clause.get(i));
            boolean referring = REFERRING_NOUNS.contains(word);
            introduced |= referring && ("a".equals(previous) || "an".equals(previous));
            String aged = ageBefore(clause, i);
            introduced |= "a".equals(aged) || "an".equals(aged);
            pronoun |= PERSONAL_PRONOUNS.contains(word) || "the".equals(previous) && referring && !introduced
                    || "the".equals(aged) && !introduced;
            it |= "it".equals(word) && doerOfHappening(clause, i);
            previous = word;
        }
        if (!pronoun && !it) {
            return named;
        }
        String referent = pronoun ? referent(sentence, from, names) : subjectBefore(sentence, from, names);
        if (referent == null || named.contains(referent)) {
            return named;
        }
        java.util.TreeSet<String> out = new java.util.TreeSet<>(named);
        out.add(referent);
        return List.copyOf(out);
    }

    /** An age written as a noun for one person, after its article: "the 23-year-old", "a 59-year-old" ("old" ends it). */
    private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(the|a|an)\\s+\\d{1,3}-$");

    /**
     * The article before an age written as a noun for one person that ends at {@code clause.get(i)}
     * ("the 23-year-old was taken into custody", "a 41-year-old was arrested"), lower case: "the"
     * stands for someone the article has named, as "the suspect" does ({@link #REFERRING_NOUNS});
     * "a" or "an" brings in someone new. Null when the words there are no such age; an age before a
     * noun ("the 23-year-old suspect", "a 41-year-old man") is one too, its noun read on its own.
     */
    private String ageBefore(List<Span> clause, int i) {
        if (i < 1 || !"old".equals(folded(clause.get(i))) || !"year".equals(folded(clause.get(i - 1)))) {
            return null;
        }
        Span year = clause.get(i - 1);
        if (clause.get(i).start() != year.end() + 1 || text.charAt(year.end()) != '-') {
            return null;
        }
        java.util.regex.Matcher m = AGE_NOUN.matcher(text.substring(Math.max(0, year.start() - 12), year.start()));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Auxiliaries that may stand between "it" and the word of what it did ("it had sunk", "it has acquired"). */
    private static final Set<String> IT_AUXILIARIES = Set.of("had", "has", "have");

    /**
     * Whether the "it" at {@code clause.get(i)} is the doer of a happening: the word right after it,
     * or after one auxiliary ({@link #IT_AUXILIARIES}), names a happening in the active voice ("it had
     * sunk the trawler", "it acquired the chain"): a named ship, team or band, which news calls "it"
     * as it calls a person "he". Then "it" stands for the name the sentence before gives, as a
     * pronoun for one person does ({@link #people}). "It was sunk", "it happened", "it said" are not.
     */
    private boolean doerOfHappening(List<Span> clause, int i) {
        int next = i + 1;
        if (next < clause.size() && IT_AUXILIARIES.contains(folded(clause.get(next)))) {
            next++;
        }
        if (next >= clause.size()) {
            return false;
        }
        Span verb = clause.get(next);
        for (EventClaim e : triggers) {
            if (e.span().start() == verb.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people named in the comma-bounded part of the sentence around {@code span} ("New Orleans
     * picked up DeShawn Wynn on Monday" in "..., signed Joique Bell"), by full name or surname,
     * folded and sorted; pronouns are not followed. Narrower than {@link #people}: it tells which
     * of two occasions of one kind a date belongs to.
     */
    public List<String> peopleBeside(Span span, Names.Found names) {
        int[] part = names.counts().isEmpty() ? null : commaPart(span);
        return part == null ? List.of() : named(part[0], part[1], names);
    }

    /**
     * The organisations named in the comma-bounded part of the sentence around {@code span}, folded
     * and sorted, each a name of the document with an organisation's noun in it ("The Interior
     * Department proposed the rules in May", "the Marin County Sheriff's Office arrested two men on
     * Friday"); of two that overlap, the longer. Read by {@link Mentions} for a date whose clause names
     * no person: the body that did the happening, which another source names alike. A body named
     * across a comma ("..., the fire department said") is not taken. See {@link NamedBodies}.
     */
    public List<String> organisationsBeside(Span span, Names.Found names) {
        int[] part = names.counts().isEmpty() ? null : commaPart(span);
        return part == null ? List.of() : NamedBodies.within(spacedWords(part[0], part[1]), names.counts().keySet());
    }

    /**
     * The comma-bounded part of the sentence around {@code span}: from the comma or sentence start
     * before it to the comma or sentence end after it, as {from, to}; null outside any sentence.
     */
    private int[] commaPart(Span span) {
        int[] sentence = sentenceOf(span.start());
        if (sentence == null) {
            return null;
        }
        int from = span.start();
        while (from > sentence[0] && text.charAt(from - 1) != ',' && !boundary(from - 1)) {
            from--;
        }
        int to = span.end();
        while (to < sentence[1] && text.charAt(to) != ',' && !boundary(to)) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Whom a pronoun in the clause starting at {@code from} stands for, or null (see {@link #people}). */
    private String referent(int[] sentence, int from, Names.Found names) {
        return referent(sentence, from, names, PRONOUN_REACH);
    }

    /**
     * {@link #referent(int[], int, Names.Found)}, looking at most {@code reach} sentences back. When
     * the sentence before that names people opens with a pronoun for one person before any of its
     * names, and none of them is the one the pronoun stands for by the rule above, the two pronouns
     * are one person ("he secretly helped reporters Woodward and Bernstein ... It was years before he
     * broke cover"): that sentence's own pronoun is followed back, within the same reach.
     */
    private String referent(int[] sentence, int from, Names.Found names, int reach) {
        List<String> before = named(sentence[0], from, names);
        int at = indexOf(sentences, sentence[0]);
        int[] naming = sentence;
        int back = 1;
        for (; before.isEmpty() && back <= reach && at - back >= 0; back++) {
            naming = sentences.get(at - back);
            before = named(naming[0], naming[1], names);
        }
        if (before.size() == 1) {
            return before.get(0);
        }
        String main = mainPerson(names);
        if (main != null && before.contains(main)) {
            return main;
        }
        if (before.isEmpty() || naming == sentence || reach - (back - 1) <= 0) {
            return null;
        }
        int firstName = firstNamed(naming[0], naming[1], names);
        return pronounBefore(naming[0], firstName) ? referent(naming, naming[0], names, reach - (back - 1)) : null;
    }

    /**
     * Whom an "it" that does a happening stands for ({@link #doerOfHappening}): the name written
     * first in the nearest sentence before, within {@value #PRONOUN_REACH}, that names anyone (the
     * thing that sentence is about: "INS Tabar had repulsed two attacks, one on the MV Jag Arnav ...
     * Then, on November 18, it had sunk a trawler"), or in the clause's own sentence before it.
     */
    private String subjectBefore(int[] sentence, int from, Names.Found names) {
        int at = indexOf(sentences, sentence[0]);
        int[] naming = new int[] {sentence[0], from};
        for (int back = 0; back <= PRONOUN_REACH && at - back >= 0; back++) {
            if (back > 0) {
                naming = sentences.get(at - back);
            }
            String first = nameWrittenFirst(naming[0], naming[1], names);
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    /** The person {@link #named} in {@code [from, to)} whose name (full or surname) is written first, or null. */
    private String nameWrittenFirst(int from, int to, Names.Found names) {
        List<String> named = named(from, to, names);
        for (Span w : words(from, to)) {
            String word = folded(w);
            for (String name : named) {
                if (name.equals(word) || name.startsWith(word + " ") || name.endsWith(" " + word)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Where the first person {@link #named} in {@code [from, to)} is written, by full name or surname; {@code to} when none. */
    private int firstNamed(int from, int to, Names.Found names) {
        int first = to;
        List<String> named = named(from, to, names);
        for (Span w : words(from, to)) {
            String word = folded(w);
            for (String name : named) {
                if (name.equals(word) || name.startsWith(word + " ") || name.endsWith(" " + word)) {
                    return w.start();
                }
            }
        }
        return first;
    }

    /** Whether a pronoun for one person ({@link #PERSONAL_PRONOUNS}) stands in {@code [from, to)}. */
    private boolean pronounBefore(int from, int to) {
        for (Span w : words(from, to)) {
            if (PERSONAL_PRONOUNS.contains(folded(w))) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences back a pronoun may look for the person it stands for. */
    static final int PRONOUN_REACH = 3;

    /** The names of a document's {@link Names.Found} that can be a person's, in its counts' order. */
    private record PersonNames(Names.Found of, List<Map.Entry<String, Integer>> names, Map<String, String> aliases) {
    }

    /** Those of the last {@link Names.Found} asked about: a document's dates all ask about the same one. */
    private PersonNames personNames;

    /**
     * The names, with their counts, that can be a person's: the document's people and every name of
     * a person's form ({@link Names#personLike}), less those with an organisation's noun or a
     * calendar word. Worked out once for the document's names, not at every date.
     */
    private List<Map.Entry<String, Integer>> personNames(Names.Found names) {
        PersonNames last = personNames;
        if (last != null && last.of() == names) {
            return last.names();
        }
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : names.counts().entrySet()) {
            String name = e.getKey();
            if (!names.people().contains(name) && !Names.personLike(name) || organisation(name) || calendarWord(name)) {
                continue;
            }
            counts.put(name, e.getValue());
        }
        // "Mark Dell, known to the world as the Fixer": the alias's mentions are the person's (Aliases).
        Map<String, String> aliases = counts.size() < 2 ? Map.of() : Aliases.in(spacedWords(0, text.length()), counts.keySet());
        aliases.forEach((alias, owner) -> {
            if (!aliases.containsKey(owner)) {
                counts.merge(owner, counts.remove(alias), Integer::sum);
            }
        });
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(Map.entry(name, n)));
        personNames = new PersonNames(names, out, aliases);
        return out;
    }

    /** The aliases of {@link #personNames}'s document that were counted as their person's, each with that person. */
    private Map<String, String> aliases(Names.Found names) {
        personNames(names);
        return personNames.aliases();
    }

    /** The person the article names most often, or null on a tie or when it names nobody. */
    private String mainPerson(Names.Found names) {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : personNames(names)) {
            String name = e.getKey();
            int n = e.getValue();
            if (n > most) {
                best = name;
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The words of {@code [from, to)}, folded, each between spaces, for finding a name by {@code " " + name + " "}. */
    private String spacedWords(int from, int to) {
        return " " + NOT_WORD.matcher(text.substring(from, to).toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    }

    /** A name with an organisation's noun in it ("district court") is no person, whatever its form. */
    private static boolean organisation(String name) {
        for (String w : name.split(" ")) {
            if (Organisations.NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people named in {@code [from, to)}, sorted: each named in full, and for a surname written
     * alone the one of its bearers the document names most ("Gigante" is Vincent Gigante, not his
     * brother Louis, in an obituary of Vincent).
     */
    private List<String> named(int from, int to, Names.Found names) {
        String words = spacedWords(from, to);
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        Map<String, String> bySurname = new java.util.HashMap<>();
        for (Map.Entry<String, Integer> e : personNames(names)) {
            String name = e.getKey();
            if (words.contains(" " + name + " ")) {
                out.add(name);
                continue;
            }
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (surname.length() > 2 && words.contains(" " + surname + " ")) {
                bySurname.merge(surname, name, (a, b) -> more(names, a, b));
            }
        }
        for (String name : bySurname.values()) {
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            if (out.stream().noneMatch(n -> n.endsWith(" " + surname))) {
                out.add(name);
            }
        }
        Map<String, String> aliases = aliases(names);
        aliases.forEach((alias, owner) -> {
            if (!aliases.containsKey(owner) && words.contains(" " + alias + " ")) {
                out.add(owner);
            }
        });
        return List.copyOf(out);
    }

    /**
     * Whether a name holds a weekday, or a month after its first word: a place or a word before a
     * day read as one name ("Athens Saturday", "Vancouver Friday", "Early Friday"), no person. A month
     * may open a person's name ("June Carter").
     */
    static boolean calendarWord(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toUpperCase(java.util.Locale.ROOT);
            if (WEEKDAYS.contains(w) || i > 0 && MONTHS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> WEEKDAYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.Set<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Of two names, the one the document names more often; the first in alphabetical order on a tie. */
    private static String more(Names.Found names, String a, String b) {
        int ca = names.counts().getOrDefault(a, 0);
        int cb = names.counts().getOrDefault(b, 0);
        return ca != cb ? (ca > cb ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }

    /** What the words at {@code span} are about, a date's own verb included ("announced Friday"). */
    public About about(Span span) {
        return about(span, true, false);
    }

    /**
     * What the date at {@code span} is the date of ({@link #about}), less every happening's word that
     * a possessive day before it dates already ("Saturday's shooting", "last night's blaze"): in "On
     * Tuesday, three men linked to Friday's shooting were arrested", Tuesday is the day of
     * the arrest, not of the shooting. The possessive day itself keeps its word ("Friday" is the
     * shooting's day). The days that may stand possessive are {@code possessive-days.txt}.
     */
    public About aboutDate(Span span) {
        About known = aboutDates.get(span);
        if (known != null) {
            return known;
        }
        About about = about(span, true, true);
        aboutDates.put(span, about);
        return about;
    }

    /** {@link Mentions#passing} of the date at {@code date}, worked out once for each date and clause reading. */
    String passing(Span date, About about) {
        Passing key = new Passing(date, about);
        java.util.Optional<String> known = passings.get(key);
        if (known == null) {
            known = java.util.Optional.ofNullable(Mentions.passing(text, date, about));
            passings.put(key, known);
        }
        return known.orElse(null);
    }

    /** Day words that, possessive before a happening's word, date it ({@code possessive-days.txt}: "saturday", "yesterday"). */
    static final Set<String> POSSESSIVE_DAYS = Lexicon.words(Happenings.class, "possessive-days.txt");
    /** A possessive day word, then at most two lower-case words, right before a happening's word: the day word is group 1. */
    private static final java.util.regex.Pattern DAY_POSSESSIVE = java.util.regex.Pattern.compile(
            "\\b(\\p{L}+)(?:\\s+(?:morning|afternoon|evening|night))?['\u2019]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");
    /** How far before a happening's word its possessive day is looked for, in characters. */
    private static final int POSSESSIVE_REACH = 60;

    /**
     * Whether the happening's word at {@code trigger} is dated by a possessive day written right before
     * it ({@link #POSSESSIVE_DAYS}: "Saturday's shooting", "Friday night's fire", "yesterday's deadly
     * crash"), that day lying outside {@code date} and no other happening's word between them.
     */
    boolean datedByPossessive(Span trigger, Span date) {
        int from = Math.max(0, trigger.start() - POSSESSIVE_REACH);
        java.util.regex.Matcher m = DAY_POSSESSIVE.matcher(text).region(from, trigger.start());
        if (!m.find()) {
            return false;
        }
        int dayStart = m.start(1);
        boolean inDate = dayStart < date.end() && date.start() < m.end(1);
        // The possessive dates the first happening's word after it only ("Sunday's shooting arrested":
        // the shooting's day, not the arrest's).
        for (EventClaim e : triggers) {
            if (e.span().start() >= m.end(1) && e.span().end() <= trigger.start()) {
                return false;
            }
        }
        return !inDate && POSSESSIVE_DAYS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * What a figure at {@code span} is about: the nearest trigger only, since a figure reported
     * ("killing 40, the Red Cross said") is still the happening's figure.
     */
    public About aboutFigure(Span span) {
        return about(span, false, false);
    }

    private About about(Span span, boolean ownDateVerbs, boolean skipDated) {
        int[] sentence = sentenceOf(span.start());
        if (sentence == null) {
            return About.NOTHING;
        }
        int from = clauseStart(sentence[0], span.start());
        int to = clauseEnd(span.end(), sentence[1]);
        long best = Long.MAX_VALUE;
        String kind = null;
        Span at = null;
        boolean own = false;
        for (EventClaim e : triggers) {
            if (e.span().start() >= from && e.span().end() <= to && !e.span().equals(span)
                    && (ownDateVerbs || !anotherCount(e.span(), span)) && !namesTally(e.span())
                    && !(skipDated && datedByPossessive(e.span(), span))) {
                long cost = cost(span, e.span());
                if (cost < best) {
                    best = cost;
                    kind = e.happening();
                    at = e.span();
                    own = false;
                }
            }
        }
        if (ownDateVerbs) {
            for (Span w : words(from, to)) {
                if ((w.start() < span.start() || w.start() >= span.end()) && OWN_DATE_VERBS.contains(folded(w))
                        && !VerbPhrases.participleAfterArticle(text, w)) {
                    long cost = cost(span, w);
                    if (cost < best) {
                        best = cost;
                        kind = null;
                        at = w;
                        own = true;
                    }
                }
            }
        }
        return new About(kind, at, own, background(span) || continuesBackground(sentence));
    }

    /**
     * Whether the trigger at {@code trigger} is the word of a count written right before it, other
     * than the figure at {@code figure}: in "18 were injured and 12 arrested", "arrested" tells what
     * the 12 are, not what the 18 are about.
     */
    boolean anotherCount(Span trigger, Span figure) {
        int k = trigger.start() - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ',')) {
            k--;
        }
        int start = k + 1;
        if (start >= end || start >= figure.start() && end <= figure.end()) {
            return false;
        }
        String word = text.substring(start, end).replace(",", "");
        return word.chars().allMatch(Character::isDigit) || org.crosscheck.text.NumberWords.parse(word) >= 0;
    }

    /** Nouns of a tally a happening's word may modify ({@code toll-nouns.txt}: "death toll"). */
    static final Set<String> TOLL_NOUNS = Lexicon.words(Happenings.class, "toll-nouns.txt");

    /**
     * Whether the trigger at {@code trigger} only modifies a noun of a tally written right after it
     * ("death toll", "death count"): it names the count, not a happening of its own.
     */
    boolean namesTally(Span trigger) {
        int k = trigger.end();
        if (k >= text.length() || text.charAt(k) != ' ') {
            return false;
        }
        k++;
        int start = k;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return k > start && TOLL_NOUNS.contains(text.substring(start, k).toLowerCase(Locale.ROOT));
    }

    /** Nouns that after "the" stand for the happening the sentence before named ({@code generic-happening-nouns.txt}: "the incident"). */
    static final Set<String> GENERIC_NOUNS = Lexicon.words(Happenings.class, "generic-happening-nouns.txt");
    /** Words that stand before {@link #GENERIC_NOUNS} when they refer back ("the incident", "this incident"). */
    private static final Set<String> REFERRING_DETERMINERS = Set.of("the", "this", "that");
    /** Auxiliaries that may stand between "it" and its verb of taking place ("it had happened"). */
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have");

    /**
     * What a sentence that opens by saying only that a happening took place is about: "It happened
     * at about 3 p.m.", "It broke out in the roof at around 9pm", "The incident occurred shortly
     * after midnight". Such a sentence names its happening by "it" or by a noun that names no kind
     * ({@link #GENERIC_NOUNS}), and means the happening the sentence before named first (news
     * names its happening, then says when: "A fire gutted a store in Orvale. It broke out at about
     * 9pm."). Returns the kind of the first trigger of the sentence before and where the verb of
     * taking place stands, or null when the sentence around {@code span} does not open so, when
     * {@code span} does not follow that verb in the sentence's first clause, when that clause names
     * a happening of its own, or when the sentence before names none.
     */
    public About toldBefore(Span span, Set<String> occurrenceVerbs) {
        int at = indexOf(sentences, span.start());
        if (at <= 0) {
            return null;
        }
        int[] sentence = sentences.get(at);
        int clauseEnd = clauseEnd(span.end(), sentence[1]);
        List<Span> words = words(sentence[0], clauseEnd);
        int[] before = sentences.get(at - 1);
        // "According to the operator, the outage began at 8:30": the teller before its comma is passed over.
        int i = afterAttribution(words);
        if (words.size() > i + 1 && "it".equals(folded(words.get(i)))) {
            i += 1;
        } else if (words.size() > i + 2 && REFERRING_DETERMINERS.contains(folded(words.get(i)))
                && (GENERIC_NOUNS.contains(folded(words.get(i + 1))) || repeated(words.get(i + 1), before))) {
            i += 2;
        } else {
            return null;
        }
        if (i < words.size() && AUXILIARIES.contains(folded(words.get(i)))) {
            i++;
        }
        Span verb = null;
        for (int n = 2; n >= 1 && verb == null; n--) {
            if (i + n <= words.size()) {
                Span phrase = new Span(words.get(i).start(), words.get(i + n - 1).end());
                if (occurrenceVerbs.contains(SPACES.matcher(phrase.of(text).toLowerCase(Locale.ROOT)).replaceAll(" "))) {
                    verb = phrase;
                }
            }
        }
        if (verb == null && i < words.size() && COPULAS.contains(folded(words.get(i))) && datesItsClause(words.get(i), span, sentence[1])) {
            // "It was at about 9 p.m.", "The outage was on Sunday.": the copula says only when, when
            // the date ends what the clause tells ("It was in May that ..." tells another happening).
            verb = words.get(i);
        }
        if (verb == null || verb.end() > span.start()) {
            return null;
        }
        for (EventClaim e : triggers) {
            if (e.span().start() >= sentence[0] && e.span().end() <= clauseEnd) {
                // The clause names its own happening ("It broke out after a bomb exploded at 9pm").
                return null;
            }
        }
        for (EventClaim e : triggers) {
            if (e.span().start() >= before[0] && e.span().end() <= before[1]) {
                return new About(e.happening(), verb, false, false);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Verbs of being that, right before a date that ends its clause, say only when the happening named before was ({@code dating-copulas.txt}). */
    static final Set<String> COPULAS = Lexicon.words(Happenings.class, "dating-copulas.txt");
    /** The words that may stand between such a copula and its date ({@code copula-date-prepositions.txt}: "on", "at"). */
    static final Set<String> COPULA_PREPOSITIONS = Lexicon.words(Happenings.class, "copula-date-prepositions.txt");
    /** Words that open a sentence's teller before its comma ({@code attribution-openers.txt}: "according to"). */
    static final Set<String> ATTRIBUTION_OPENERS = Lexicon.words(Happenings.class, "attribution-openers.txt");

    /**
     * The index of the first word after an opening attribution and its comma ("According to the
     * operator, it began at 8:30"): the two opening words are one of {@link #ATTRIBUTION_OPENERS}
     * and a comma follows within the clause's words; 0 otherwise.
     */
    private int afterAttribution(List<Span> words) {
        if (words.size() < 3 || !ATTRIBUTION_OPENERS.contains(folded(words.get(0)) + " " + folded(words.get(1)))) {
            return 0;
        }
        for (int k = 2; k + 1 < words.size(); k++) {
            if (text.substring(words.get(k).end(), words.get(k + 1).start()).contains(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Whether {@code noun}, lower case, names again a thing the sentence {@code before} named: the
     * same word, or that word with or without a plural "s" ("The downtime started at 8:30" after
     * "a fault that caused downtime"). "The" and such a noun refer back, as "the incident" does.
     */
    private boolean repeated(Span noun, int[] before) {
        String word = noun.of(text);
        if (word.length() < 3 || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        for (Span w : words(before[0], before[1])) {
            String other = w.of(text);
            if (other.equals(word) || other.equals(stem) || other.equals(stem + "s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the date at {@code date} follows the copula at {@code copula} at once or after one word
     * of {@link #COPULA_PREPOSITIONS} ("was on Sunday", "was at 9 p.m."; not "was quiet on Sunday"), and ends its clause: only a full stop, a
     * comma, a semicolon or the sentence's end follows it.
     */
    private boolean datesItsClause(Span copula, Span date, int sentenceEnd) {
        if (date.start() < copula.end() || text.substring(copula.end(), date.start()).matches("(?s).*[,;:.].*")) {
            return false;
        }
        List<Span> between = words(copula.end(), date.start());
        if (between.size() > 1 || between.size() == 1 && !COPULA_PREPOSITIONS.contains(folded(between.get(0)))) {
            return false;
        }
        int k = date.end();
        while (k < sentenceEnd && text.charAt(k) == ' ') {
            k++;
        }
        return k >= sentenceEnd || ".,;".indexOf(text.charAt(k)) >= 0;
    }

    /** Pronouns that open a sentence as the subject, standing for one person. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");

    /**
     * Whether the sentence around {@code span} goes on about {@code person} (a folded full name), the
     * person of {@code earlier}, a date in the sentence right before it: it opens with that person as
     * its subject and tells of no happening by a word of its own ("Moreno was detained on Sunday.
     * Moreno failed a breath test at about 1 a.m."). The opening word is the person's name or
     * surname, or "He" or "She" standing for the person ({@link #people}). Not when the sentence
     * holds any happening's word ("Moreno was released at 5 p.m."), nor when the part of it between
     * commas that holds {@code span} holds a verb with a date of its own or a background marker ("He
     * told reporters at 4 p.m."; an attribution after a comma, "police said", is no such part).
     */
    public boolean goesOnAbout(Span span, Span earlier, String person, Names.Found names) {
        int at = indexOf(sentences, span.start());
        int before = indexOf(sentences, earlier.start());
        if (before < 0 || at != before + 1) {
            return false;
        }
        int[] sentence = sentences.get(at);
        for (EventClaim e : triggers) {
            if (indexOf(sentences, e.span().start()) == at) {
                return false;
            }
        }
        int[] part = commaPart(span);
        for (Span w : words(part[0], part[1])) {
            String word = folded(w);
            if (OWN_DATE_VERBS.contains(word) || BACKGROUND.contains(word)) {
                return false;
            }
        }
        List<Span> words = words(sentence[0], sentence[1]);
        if (words.isEmpty()) {
            return false;
        }
        Span first = words.get(0);
        if (SUBJECT_PRONOUNS.contains(folded(first))) {
            return person.equals(referent(sentence, sentence[0], names));
        }
        return Character.isUpperCase(text.charAt(first.start())) && firstNamed(sentence[0], sentence[1], names) == first.start()
                && person.equals(nameWrittenFirst(sentence[0], sentence[1], names));
    }

    /** Words that open a sentence going on about the thing the sentence before named. */
    private static final Set<String> CONTINUING = Set.of("it", "they", "that", "this");

    /**
     * Whether the sentence goes on about a background happening the sentence before it told of:
     * it opens with "It", "They", "That" or "This", and the sentence before holds a background
     * marker ("The last major quake to hit the valley was in 2003. It killed 612 people").
     */
    private boolean continuesBackground(int[] sentence) {
        List<Span> opening = words(sentence[0], Math.min(sentence[1], sentence[0] + 12));
        if (opening.isEmpty() || !CONTINUING.contains(folded(opening.get(0)))) {
            return false;
        }
        int at = indexOf(sentences, sentence[0]);
        if (at <= 0) {
            return false;
        }
        int[] before = sentences.get(at - 1);
        for (Span w : words(before[0], before[1])) {
            if (BACKGROUND.contains(folded(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the comma-bounded part of the clause around {@code span} holds a background marker.
     * "Before" with a verb in "-ing" after it orders two acts of one happening ("killing two women
     * before being taken into custody", "shot three before fleeing"): no marker there, unlike "the
     * day before" or "before the quake".
     */
    private boolean background(Span span) {
        int[] sentence = sentenceOf(span.start());
        if (sentence == null) {
            return false;
        }
        List<Span> part = partWords(span, sentence);
        for (int i = 0; i < part.size(); i++) {
            String w = folded(part.get(i));
            if (BACKGROUND.contains(w) && !(w.equals("before") && i + 1 < part.size() && folded(part.get(i + 1)).endsWith("ing"))
                    && !describesPerson(part, i) && !beforeAudience(part, i)) {
                return true;
            }
        }
        return false;
    }

    /** Markers that before a noun for a person describe the person, not a time ({@code person-describing-markers.txt}: "former"). */
    static final Set<String> PERSON_MARKERS = Lexicon.words(Happenings.class, "person-describing-markers.txt");

    /**
     * Whether the marker at {@code part[i]} describes the person the next word names: "killed while
     * visiting a former neighbour", "shot two former co-workers". The person is of the clause's own
     * happening; nothing puts the happening in the past. The noun is one of {@code
     * age-person-nouns.txt}, singular or plural.
     */
    private boolean describesPerson(List<Span> part, int i) {
        if (i + 1 >= part.size() || !PERSON_MARKERS.contains(folded(part.get(i)))) {
            return false;
        }
        String next = folded(part.get(i + 1));
        return AttributeExtractor.PERSON_NOUNS.contains(next)
                || next.endsWith("s") && AttributeExtractor.PERSON_NOUNS.contains(next.substring(0, next.length() - 1));
    }

    /** Whom one appears before ({@code before-audience-nouns.txt}: "a magistrate", "the committee"): a place, not a time. */
    static final Set<String> AUDIENCES = Lexicon.words(Happenings.class, "before-audience-nouns.txt");
    /** Words that may stand between "before" and whom one appears before. */
    private static final Set<String> AUDIENCE_DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its");

    /**
     * Whether "before" at {@code part[i]} says whom one appears before: a determiner, at most one
     * more word, and a noun of {@code before-audience-nouns.txt} that ends the noun phrase ("to go
     * before a magistrate", "testified before the Senate committee"). Not when a noun follows it
     * ("before the court hearing": a time).
     */
    private boolean beforeAudience(List<Span> part, int i) {
        if (!folded(part.get(i)).equals("before") || i + 2 >= part.size() || !AUDIENCE_DETERMINERS.contains(folded(part.get(i + 1)))) {
            return false;
        }
        for (int k = i + 2; k <= Math.min(i + 3, part.size() - 1); k++) {
            if (AUDIENCES.contains(folded(part.get(k)))) {
                return k + 1 >= part.size() || PHRASE_ENDS.contains(folded(part.get(k + 1)));
            }
        }
        return false;
    }

    /** Words that may follow the end of a noun phrase: a conjunction, a preposition, a relative. */
    private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "but", "in", "on", "at", "for", "to", "with", "who", "that",
            "which", "after", "over", "as", "of", "by", "from", "when", "while");

    /** The words of the part of {@code sentence} around {@code span} between commas, semicolons and colons. */
    private List<Span> partWords(Span span, int[] sentence) {
        int from = span.start();
        while (from > sentence[0] && ",;:".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = span.end();
        while (to < sentence[1] && ",;:".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return words(from, to);
    }

    /**
     * Whether the part of the sentence around {@code span} between commas, semicolons and colons
     * holds one of {@code words} (folded), the words of {@code span} itself included.
     */
    public boolean partHolds(Span span, Set<String> words) {
        int[] sentence = sentenceOf(span.start());
        if (sentence == null) {
            return false;
        }
        for (Span w : partWords(span, sentence)) {
            if (words.contains(folded(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure or place at {@code span} is told as a possibility, not a fact: its part of
     * the sentence holds a modal verb ({@code hypothetical-words.txt}: "a magnitude 6 quake can
     * cause severe damage").
     */
    public boolean hypothetical(Span span) {
        return partHolds(span, HYPOTHETICAL);
    }

    /**
     * Whether the place at {@code span} is where a happening was felt or seen, not where it
     * happened: its part of the sentence holds a word of effect ({@code effect-words.txt}: "the
     * temblor rattled homes in Napa", "felt as far away as Dubai").
     */
    public boolean effectPlace(Span span) {
        return partHolds(span, EFFECT);
    }

    /** The runs of letters in {@code [from, to)}, in text order. */
    private List<Span> words(int from, int to) {
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            out.add(new Span(s, i));
        }
        return out;
    }

    private String folded(Span w) {
        return w.of(text).toLowerCase(Locale.ROOT);
    }

    /** A comma, one to three capitalised words and a comma: a town's state or country ("Rancho Mirage, Calif., on"). */
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile(", (?:\\p{Lu}[\\p{L}.]*(?: |(?=,))){1,3},");

    /**
     * Distance in characters, plus {@link #COMMA_COST} for each comma between the two spans; a
     * town's state or country between commas counts none.
     */
    private long cost(Span a, Span b) {
        int lo = Math.min(a.end(), b.end());
        int hi = Math.max(a.start(), b.start());
        long commas = 0;
        for (int k = lo; k < hi; k++) {
            if (text.charAt(k) == ',') {
                java.util.regex.Matcher region = REGION.matcher(text).region(k, hi);
                if (k > 0 && Character.isLetter(text.charAt(k - 1)) && region.lookingAt()) {
                    // A town's state or country between commas ("in Rancho Mirage, Calif., on
                    // Thursday") is part of one place, not a clause of its own.
                    k = region.end() - 1;
                    continue;
                }
                commas++;
            }
        }
        return commas * COMMA_COST + Math.max(0, hi - lo);
    }

    private int clauseStart(int sentenceStart, int at) {
        int k = at;
        while (k > sentenceStart && !boundary(k - 1)) {
            k--;
        }
        return k;
    }

    private int clauseEnd(int at, int sentenceEnd) {
        int k = at;
        while (k < sentenceEnd && !boundary(k)) {
            k++;
        }
        return k;
    }

    private boolean boundary(int k) {
        char c = text.charAt(k);
        return c == ';' || c == '\u2014' || c == '\u2013' && k > 0 && text.charAt(k - 1) == ' ';
    }

    private int[] sentenceOf(int offset) {
        return sentenceOf(sentences, offset);
    }

    /** The sentence, of {@code sentences} in text order, that holds {@code offset}, or null: a binary search. */
    static int[] sentenceOf(List<int[]> sentences, int offset) {
        int i = indexOf(sentences, offset);
        return i < 0 ? null : sentences.get(i);
    }

    /** The index of the sentence that holds {@code offset}, or -1. */
    static int indexOf(List<int[]> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (s[1] <= offset) {
                lo = mid + 1;
            } else if (s[0] > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
