package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.CleanedDocument;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.NumberWords;
import org.crosscheck.text.Transliteration;

/**
 * Attributes of named people and places: ages and populations. A population is read only in an
 * apposition or clause of the place's own name ("Zarand, a town of about 15,000 people", "Qeshm
 * island, home to 120,000 people", "Qeshm has a population of 120,000").
 *
 * <p>Ages of named people. An age is tied to a person only where the words leave
 * no doubt: written right before the name ("33-year-old Tara Reid", "the 33-year-old actress Tara
 * Reid"), right after it ("Tara Reid, 33,", "Reid (33)", "Reid, aged 33", "Reid, who is 33",
 * "Reid is 33."), or opening the sentence after one that names exactly one person ("The
 * 33-year-old actress checked in..."). A surname alone that the article gives to two people is
 * skipped, and so is a description when the sentence before speaks of someone it does not name.
 */
final class AttributeExtractor {
    // Compiled once: these were compiled at every call (String.matches, split, replaceAll).
    private static final Pattern LOWER_WORDS_BETWEEN = Pattern.compile("(?:\\s+\\p{Ll}[\\p{L}-]*){0,4}\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Nouns for a person that may follow "the 33-year-old": "actress", "man", "striker". */
    static final Set<String> PERSON_NOUNS = Lexicon.words(AttributeExtractor.class, "age-person-nouns.txt");

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    static final String NUMBER = "(\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:"
            + UNITS + "))?|" + UNITS + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String YEAR_OLD = "[-\u2010 ]years?[-\u2010 ]old";
    /** "33-year-old", "thirty-three-year-old", "33 years old"; not "33-year-olds". */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\d.,-])" + NUMBER + YEAR_OLD + "(?![\\p{L}\\d-])");
    /** What may follow a name to give its age, read from the end of the name. */
    static final List<Pattern> AGE_AFTER = List.of(
            // "Tara Reid, 33, was" / "Reid, 33." / "John Doe, 45, of Denver" / "Reid, now 33,"
            Pattern.compile("\\s*,\\s*(?:now\\s+)?(\\d{1,3})(?=\\s*(?:[,;)]|\\.(?!\\d)|$|\\s+(?:and|of|from|who|was|is|has|had|were|will|said)\\b))"),
            // "Tara Reid (33)"
            Pattern.compile("\\s*\\(\\s*(\\d{1,3})\\s*\\)"),
            // "Tara Reid, aged 33" / ", age 33"
            Pattern.compile("(?i)\\s*,\\s*(?:aged|age)\\s+" + NUMBER + "(?![\\p{L}\\d-])"),
            // "Tara Reid, 33 years old" / ", a 33-year-old"; not ", a 33-year-old's father"
            Pattern.compile("(?i)\\s*,\\s*(?:an? )?" + NUMBER + YEAR_OLD + "(?![\\p{L}\\d-])(?!['\u2019]s\\b)"),
            // "Reid, who is 33," / "Reid, who is 33 years old."
            Pattern.compile("(?i)\\s*,\\s*who\\s+is\\s+" + NUMBER + "(?:\\s+years?\\s+old)?(?=\\s*(?:[,;.)]|$|\\s+(?:and|but)\\b))"),
            // "Reid is 33." / "Reid is 33 years old,"
            Pattern.compile("(?i)\\s+is\\s+" + NUMBER + "(?:\\s+years?\\s+old)?(?=\\s*(?:[,;.]|$))"));
    /**
     * False when no {@link #AGE_AFTER} pattern can match at {@code from}: each opens with white
     * space and then a comma or a bracket, or with white space and "is". A name end past the
     * sentence's end is left to the patterns.
     */
    static boolean mayHaveAgeAfter(String text, int from, int to) {
        int lead = org.crosscheck.text.Literals.afterAsciiSpace(text, from, to);
        if (from > to || lead >= to) {
            return from > to;
        }
        char c = text.charAt(lead);
        return c == ',' || c == '(' || lead > from && (c == 'i' || c == 'I');
    }

    /** Generational suffixes that may follow a name before its age: "Jr.", "III" ({@code name-suffixes.txt}). */
    static final Set<String> NAME_SUFFIXES = Lexicon.words(AttributeExtractor.class, "name-suffixes.txt");
    private static final Pattern SUFFIX = Pattern.compile(",?\\s+(\\p{Lu}\\p{L}{1,2})\\.?(?![\\p{L}\\d])");

    /**
     * Where the words after a name that ends at {@code end} go on past a generational suffix of the
     * name ("Arcade Doe Jr., 49," "Anthony Roe III, 38,"), or {@code end} when none follows.
     */
    static int pastSuffix(String text, int end, int to) {
        Matcher m = SUFFIX.matcher(text).region(end, to);
        return m.lookingAt() && NAME_SUFFIXES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT)) ? m.end() : end;
    }

    /** Words that end the words between an age and a name: the age is someone else's. */
    private static final Set<String> BREAKS = Set.of("and", "or", "of", "with", "from", "to", "by", "for", "in", "on", "at",
            "who", "whose", "that", "the", "a", "an", "was", "is", "his", "her", "their", "as", "but", "said", "says");
    /** Words that may follow "the 33-year-old" used as a noun: "The 33-year-old was", "the 33-year-old said". */
    private static final Set<String> AFTER_NOUN_USE = Set.of("was", "is", "has", "had", "will", "would", "could", "can",
            "did", "does", "who", "also", "now", "then", "later", "still", "reportedly", "allegedly");
    static final int MAX_AGE = 120;
    /** "then" right before an age ("then-15-year-old", "then 15-year-old"): an age at another time. */
    static final Pattern THEN = Pattern.compile("(?i)(?<![\\p{L}])then\\s*[-\u2010]?\\s*$");
    /**
     * An age at death, the article's own news: "died Thursday at age 85", "died of pneumonia at the
     * age of 85", "passed away Thursday at age 91", "died in her sleep aged 91"; a year between the
     * verb and the age ("died in 2002 at age 61") tells of a death long before the article, and the
     * age is not read. "died Thursday at 85." with the bare number only where the clause ends or words
     * of how or where follow it: the verb in group 1 or 3, the age in group 2 or 4.
     */
    private static final Pattern AGE_AT_DEATH = Pattern.compile("(?i)\\b(died|dies|has\\s+died|passed\\s+away)\\b"
            + "(?:(?![.;:\"\u201c\u201d]|\\b(?:1[89]|20)\\d\\d\\b|\\b(?:and|but|after|when|while|who|which)\\b).){0,80}?"
            + "(?:\\bat\\s+(?:the\\s+)?age\\s+(?:of\\s+)?|\\baged\\s+)" + NUMBER + "(?![\\p{L}\\d-])"
            // "died Thursday at 85.", "died at 85 after a long illness": "at" and the bare number, ending
            // the clause or before words of how or where (not "at 5 a.m.", "at 12:30", "at 85 Main Street")
            + "|(?i)\\b(died|dies|has\\s+died|passed\\s+away)\\b"
            + "(?:(?![.;:\"\u201c\u201d]|\\b(?:1[89]|20)\\d\\d\\b|\\b(?:and|but|after|when|while|who|which)\\b).){0,60}?"
            + "\\bat\\s+" + NUMBER + "(?=\\s*(?:[,;)]|\\.(?!\\d)|$|\\s+(?:after|of|following|from|surrounded|in\\s+(?:his|her)\\b)))");
    /** What may open a sentence before "the 33-year-old": nothing, or a short clause ("On Saturday, the 26-year-old"). */
    private static final Pattern OPENING = Pattern.compile("(?:[^,;:\"\u201c\u201d\\p{Lu}]{0,40},\\s+|(?:On|In|Early|Late|Later|Earlier)\\b[^,;:\"\u201c\u201d]{0,40},\\s+)?[Tt]he ");

    /**
     * A sentence opening (as {@link #OPENING}) with a person's noun and an age between commas: "The
     * actress, 26, checked in", "On Friday, the troubled actress, 26, left", "The actress, who is 26,
     * left", "The actress, now 26, left". Up to two lower-case words before the noun.
     */
    private static final Pattern NOUN_THEN_AGE = Pattern.compile(OPENING.pattern()
            + "(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(\\p{Ll}[\\p{L}-]*),\\s*(?:who\\s+is\\s+|now\\s+)?(\\d{1,3}),");

    /** Nouns of places ("town", "island") and of who lives there ("people", "residents"). */
    static final Set<String> PLACE_NOUNS = Lexicon.words(AttributeExtractor.class, "population-place-nouns.txt");
    static final Set<String> RESIDENTS = Lexicon.words(AttributeExtractor.class, "population-nouns.txt");
    private static final String PLACE = "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2})";
    private static final String PLACE_NOUN = "(?:" + String.join("|", PLACE_NOUNS) + ")";
    private static final String AFTER_PLACE = "(?:\\s+(?i:" + PLACE_NOUN + "))?";
    private static final String APPOSITION = "\\s*(?:,|\\s[-\u2013\u2014]|[-\u2013\u2014])\\s*";
    /** A population's figure follows each; {@code true} when a noun of residents must follow it. */
    private static final List<Map.Entry<Pattern, Boolean>> POPULATION = List.of(
            // "Zarand, a town of about 15,000 people"
            Map.entry(Pattern.compile(PLACE + AFTER_PLACE + APPOSITION + "an?\\s+(?:[\\p{Ll}-]+\\s+){0,3}" + PLACE_NOUN + "\\s+of\\s+"), false),
            // "Lindor island, home to 120,000 people", "Valmora-a cluster of ... houses home to 48,000 people"
            Map.entry(Pattern.compile(PLACE + AFTER_PLACE + "(?:" + APPOSITION + "(?:an?\\s+(?:[\\p{Ll}-]+,?\\s+){0,8})?|\\s+(?:is|was)\\s+)home\\s+to\\s+"), true),
            // "Qeshm's population of", "Qeshm has a population of"
            Map.entry(Pattern.compile(PLACE + AFTER_PLACE + "(?:['\u2019]s\\s+population\\s+of|\\s+has\\s+a\\s+population\\s+of)\\s+"), false),
            // "Lindor, which has a population of", "Lindor, whose population is", "Lindor, population 15,000"
            Map.entry(Pattern.compile(PLACE + AFTER_PLACE + ",\\s+(?:which\\s+has\\s+a\\s+population\\s+of|whose\\s+population\\s+is"
                    + "|population:?)\\s+"), false),
            // "Qeshm, with a population of", opening the sentence: after another name, the population may be of
            // something the sentence named before ("an island in the Persian Gulf, with a population of")
            Map.entry(Pattern.compile("^" + PLACE + AFTER_PLACE + ",\\s+(?:with\\s+)?a\\s+population\\s+of\\s+"), false),
            // "Lindor is the largest island of the bay, with a population of 120,000"
            Map.entry(Pattern.compile("^" + PLACE + AFTER_PLACE + "\\s+is\\s+(?:(?!\\b(?:which|who|where|that|and|while|but)\\b)[^.;:])*?,\\s+with\\s+a\\s+population\\s+of\\s+"), false));

    private AttributeExtractor() {
    }

    /**
     * @param published the day ages are true as of (the publication day), or {@link DateClaim#NO_DAY}
     * @param dayWay    how the page gives that day: "published", or "updated" for a page that shows
     *                  only when it was updated (it was published at or before then)
     */
    static List<AttributeClaim> extract(CleanedDocument doc, List<List<Words.Word>> sentences, List<People.Mention> people,
                                        long published, String dayWay) {
        String text = doc.text();
        String id = doc.document().id();
        String daySource = published == DateClaim.NO_DAY ? null
                : dayWay + " " + java.time.LocalDate.ofEpochDay(published);
        Map<String, java.util.TreeMap<Integer, String>> ambiguous = ambiguousSurnames(people);
        Map<String, String> principals = principals(people, ambiguous);
        Map<Integer, List<People.Mention>> bySentence = new HashMap<>();
        for (People.Mention m : people) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<AttributeClaim> out = new ArrayList<>();
        List<AttributeClaim> figures = new ArrayList<>();
        List<AttributeClaim> words = new ArrayList<>();
        List<AttributeClaim> lengths = new ArrayList<>();
        List<AttributeClaim> built = new ArrayList<>();
        List<AttributeClaim> works = new ArrayList<>();
        List<AttributeClaim> terms = new ArrayList<>();
        List<AttributeClaim> heights = new ArrayList<>();
        List<AttributeClaim> records = new ArrayList<>();
        List<AttributeClaim> defences = new ArrayList<>();
        List<AttributeClaim> points = new ArrayList<>();
        List<AttributeClaim> games = new ArrayList<>();
        List<AttributeClaim> teams = new ArrayList<>();
        List<AttributeClaim> scores = new ArrayList<>();
        List<AttributeClaim> plays = new ArrayList<>();
        List<AttributeClaim> described = new ArrayList<>();
        List<AttributeClaim> stoppages = new ArrayList<>();
        List<AttributeClaim> clocks = new ArrayList<>();
        List<AttributeClaim> turnouts = new ArrayList<>();
        List<AttributeClaim> held = new ArrayList<>();
        Map<String, Set<Long>> calibres = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Words.Word> ws = sentences.get(s);
            if (ws.isEmpty()) {
                continue;
            }
            int from = ws.get(0).start();
            int to = ws.get(ws.size() - 1).end();
            List<People.Mention> here = bySentence.getOrDefault(s, List.of());
            People.Mention onlyBefore = s > 0 && mayUsePersonBefore(text, from, to)
                    ? onlyPersonIn(text, bySentence.getOrDefault(s - 1, List.of()), sentences.get(s - 1), null) : null;
            // "He" or "She" opening the sentence stands for the person before only when nothing the
            // article writes of them says otherwise ("Ruth Lund ... He was sentenced" is no term of hers).
            String opening = onlyBefore == null ? null : FallDistances.openingPronoun(text, from, to);
            People.Mention usableBefore = onlyBefore != null && usable(onlyBefore, ambiguous)
                    && (opening == null || Genders.agreesWithPerson(opening, onlyBefore, people, text)) ? onlyBefore : null;
            if (usableBefore == null && s > 0 && (onlyBefore != null || bySentence.getOrDefault(s - 1, List.of()).isEmpty())
                    && mayUsePersonBefore(text, from, to)) {
                String pronoun = FallDistances.openingPronoun(text, from, to);
                usableBefore = pronoun == null ? null : pronounBack(text, s, pronoun, sentences, bySentence, people, ambiguous);
            }
            FigureAttributes.sentence(text, id, from, to, 0, people, usableBefore, published, daySource, figures, calibres);
            Contracts.sentence(text, id, from, to, people, published, daySource, figures);
            ThingMeasures.sentence(text, id, from, to, published, daySource, lengths);
            List<Words.Word> previous = s > 0 ? sentences.get(s - 1) : List.of();
            BuildingYears.sentence(text, id, from, to, previous.isEmpty() ? null
                    : new int[] {previous.get(0).start(), previous.get(previous.size() - 1).end()}, published, daySource, built);
            // A closing quote split off as a sentence of its own stands for no sentence: the year of
            // a term is looked for in the one before it.
            List<Words.Word> said = s > 1 && !hasLetters(previous) ? sentences.get(s - 2) : previous;
            PrisonTerms.sentence(text, id, from, to, said.isEmpty() ? null
                    : new int[] {said.get(0).start(), said.get(said.size() - 1).end()}, people, usableBefore,
                    published, daySource, terms);
            PersonHeights.sentence(text, id, from, to, people, published, daySource, heights);
            RecordPhrases.sentence(text, id, from, to, people, published, daySource, records);
            TeamRecords.sentence(text, id, from, to, people, published, daySource, teams);
            GameScores.sentence(text, id, from, to, people, published, daySource, scores);
            HeldCounts.records(text, id, from, to, here, published, daySource, figures);
            VehicleColours.sentence(text, id, from, to, published, daySource, words);
            GameRounds.sentence(text, id, from, to, published, daySource, words);
            LaunchMonths.sentence(text, id, from, to, published, daySource, words);
            PhoneNumbers.sentence(text, id, from, to, published, daySource, words);
            WorkYears.sentence(text, id, from, to, published, daySource, works);
            Facilities.sentence(text, id, from, to, published, daySource, words);
            int describedBefore = described.size();
            DescribedAges.sentence(text, id, from, to, published, daySource, described);
            DescribedAges.aged(text, id, from, to, published, daySource,
                    described.subList(describedBefore, described.size()).stream().map(AttributeClaim::span).toList(), described);
            RoundTimes.sentence(text, id, from, to, published, daySource, stoppages);
            PlayClocks.sentence(text, id, from, to, published, daySource, clocks);
            Turnouts.sentence(text, id, from, to, published, daySource, turnouts);
            // A sentence that names a surname two people share gives no one's fall, unless the surname
            // stands for the article's principal of them ("McDermott has 40 points" of the player, not the coach).
            if (here.stream().allMatch(m -> usableAsOwner(m, ambiguous, principals))) {
                FallDistances.sentence(text, id, from, to, here, usableBefore, published, daySource, figures);
                GamesMissed.sentence(text, id, from, to, here, usableBefore, published, daySource, figures);
                TimesShot.sentence(text, id, from, to, here, usableBefore, published, daySource, figures);
                BrokenBones.sentence(text, id, from, to, here, usableBefore, published, daySource, words);
                DeathCauses.sentence(text, id, from, to, here, usableBefore, published, daySource, words);
                PriorConvictions.sentence(text, id, from, to, here, usableBefore, published, daySource, figures);
                HeldCounts.sentence(text, id, from, to, here, published, daySource, figures);
                ServiceYears.sentence(text, id, from, to, here, usableBefore, published, daySource, figures);
                TitleDefences.sentence(text, id, from, to, here, usableBefore, people, published, daySource, defences);
                GamePoints.sentence(text, id, from, to, here, usableBefore, published, daySource, points);
                GameTallies.sentence(text, id, from, to, here, published, daySource, games);
                PlayLengths.sentence(text, id, from, to, here, published, daySource, plays);
                Holdings.sentence(text, id, from, to, here, usableBefore, people, published, daySource, held);
            }
            Set<Span> used = new HashSet<>();
            // After a name.
            for (People.Mention m : here) {
                if (usable(m, ambiguous)) {
                    String name = ownName(m.fullName());
                    AttributeClaim home = Residences.after(text, id, to, m, here, name,
                            name.equals(m.fullName()) ? m.key() : People.personKey(name), published, daySource);
                    if (home != null) {
                        words.add(home);
                    }
                    AttributeClaim nativePlace = HomeTowns.of(text, id, from, to, m, here, name,
                            name.equals(m.fullName()) ? m.key() : People.personKey(name), published, daySource);
                    if (nativePlace != null) {
                        words.add(nativePlace);
                    }
                    int nameEnd = pastSuffix(text, m.nameSpan().end(), to);
                    for (Pattern p : mayHaveAgeAfter(text, nameEnd, to) ? AGE_AFTER : List.<Pattern>of()) {
                        Matcher x = p.matcher(text).region(nameEnd, to);
                        if (x.lookingAt()) {
                            int age = NumberWords.parse(x.group(1));
                            Span span = new Span(m.nameSpan().start(), x.end());
                            add(out, seen, used, id, text, span, new Span(x.start(1), x.end(1)), m, age, published, daySource);
                            break;
                        }
                    }
                }
            }
            // Before a name, or describing the person the sentence before names.
            // Every match holds "year": most sentences are not searched, and get no matcher.
            boolean year = org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, "year");
            Matcher x = year ? AGE_BEFORE.matcher(text).region(from, to) : null;
            while (year && x.find()) {
                Span number = new Span(x.start(1), x.end(1));
                if (used.stream().anyMatch(u -> u.contains(number))) {
                    continue;
                }
                if (THEN.matcher(text).region(Math.max(from, x.start() - 8), x.start()).find()) {
                    // "then-15-year-old Timmons": the age at the time of what is told, not on the article's day.
                    used.add(new Span(x.start(), x.end()));
                    continue;
                }
                int age = NumberWords.parse(x.group(1));
                People.Mention named = nameAfter(text, x.end(), here);
                if (named != null) {
                    if (usable(named, ambiguous)) {
                        add(out, seen, used, id, text, new Span(x.start(), named.nameSpan().end()), number, named, age,
                                published, daySource);
                    }
                    continue;
                }
                // "a 15-year-old boy, John Smith, was shot": the name in apposition to the description.
                AgeAppositions.Apposed apposed = AgeAppositions.named(text, from, to, x.start(), x.end(), here);
                if (apposed != null) {
                    if (usable(apposed.person(), ambiguous)) {
                        add(out, seen, used, id, text, new Span(apposed.start(), apposed.person().nameSpan().end()), number,
                                apposed.person(), age, published, daySource);
                    }
                    continue;
                }
                int nounEnd = description(text, ws, from, x.start(), x.end());
                if (nounEnd < 0 || s == 0) {
                    continue;
                }
                String noun = nounEnd > x.end() ? text.substring(x.end(), nounEnd).strip() : null;
                People.Mention before = onlyPersonIn(text, bySentence.getOrDefault(s - 1, List.of()), sentences.get(s - 1), noun);
                if (before != null && usable(before, ambiguous)) {
                    add(out, seen, used, id, text, new Span(x.start() - "the ".length(), nounEnd), number, before, age, published, daySource);
                }
            }
            // A description with the age after it opening the sentence: "The actress, 26, checked in",
            // "Later, the troubled actress, 26, left": the one person the sentence before names.
            if (s > 0) {
                Matcher n = NOUN_THEN_AGE.matcher(text).region(from, to);
                if (n.lookingAt() && PERSON_NOUNS.contains(n.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    Span number = new Span(n.start(2), n.end(2));
                    People.Mention before = onlyPersonIn(text, bySentence.getOrDefault(s - 1, List.of()), sentences.get(s - 1),
                            n.group(1).toLowerCase(java.util.Locale.ROOT));
                    int the = n.start(1);
                    while (the > from && !text.regionMatches(true, the, "the ", 0, 4)) {
                        the--;
                    }
                    if (before != null && usable(before, ambiguous) && used.stream().noneMatch(u -> u.contains(number))) {
                        add(out, seen, used, id, text, new Span(the, n.end(2)), number, before,
                                Integer.parseInt(n.group(2)), published, daySource);
                    }
                }
            }
            // An opening pronoun and an age: "She is 45.", "He, 45, was", "At 45, she is".
            PronounAges.Found pronounAge = s > 0 ? PronounAges.find(text, from, to) : null;
            if (pronounAge != null && used.stream().noneMatch(u -> u.contains(pronounAge.number()))) {
                People.Mention meant = pronounPerson(text, s, pronounAge.pronoun(), sentences, bySentence, people, ambiguous);
                if (meant != null) {
                    add(out, seen, used, id, text, pronounAge.span(), pronounAge.number(), meant, pronounAge.age(), published, daySource);
                }
            }
            // At death: "Bettie Page died of pneumonia at the age of 85".
            if (year || org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, " age ", " aged ", "died", "dies",
                    "passed away")) {
                Matcher d = AGE_AT_DEATH.matcher(text).region(from, to);
                while (d.find()) {
                    People.Mention dead = subjectBefore(text, d.start(), here, from);
                    int g = d.group(2) != null ? 2 : 4;
                    Span number = new Span(d.start(g), d.end(g));
                    if (dead != null && usable(dead, ambiguous) && used.stream().noneMatch(u -> u.contains(number))) {
                        add(out, seen, used, id, text, new Span(d.start(), d.end()), number, dead, NumberWords.parse(d.group(g)),
                                published, daySource);
                    }
                }
            }
        }
        for (List<Words.Word> ws : sentences) {
            if (!ws.isEmpty()) {
                populations(text, id, ws.get(0).start(), ws.get(ws.size() - 1).end(), people, seen, out, published, daySource);
                distances(text, id, ws.get(0).start(), ws.get(ws.size() - 1).end(), people, seen, out, published, daySource);
            }
        }
        out.addAll(FigureAttributes.settle(figures, calibres));
        out.addAll(settleWords(words));
        out.addAll(ThingMeasures.settle(lengths));
        out.addAll(BuildingYears.settle(built));
        out.addAll(WorkYears.settle(works));
        out.addAll(PrisonTerms.settle(terms));
        out.addAll(PersonHeights.settle(heights));
        out.addAll(RecordPhrases.settle(records));
        out.addAll(TitleDefences.settle(defences));
        out.addAll(GamePoints.settle(points));
        out.addAll(GameTallies.settle(games));
        out.addAll(TeamRecords.settle(teams));
        out.addAll(GameScores.settle(scores));
        out.addAll(PlayLengths.settle(plays));
        // A description by age inside a named person's age ("32-year-old Englishman Robert Buckley") is
        // that age already: read once, as the name's.
        List<AttributeClaim> namedAges = out.stream().filter(a -> a.person() && "age".equals(a.attribute()) && a.identified()).toList();
        described.removeIf(d -> d.entityKey().startsWith(AttributeClaim.DESCRIBED) && namedAges.stream()
                .anyMatch(n -> n.span().start() < d.span().end() && d.span().start() < n.span().end()));
        out.addAll(oneValueEach(described));
        out.addAll(oneValueEach(stoppages));
        out.addAll(oneValueEach(clocks));
        out.addAll(oneValueEach(turnouts));
        // A holder's figure another reader gave already (a tally after "has") is read once.
        Set<String> given = new HashSet<>();
        out.forEach(a -> given.add(a.entityKey() + "|" + a.attribute() + "|" + a.low()));
        out.addAll(oneValueEach(held.stream().filter(a -> !given.contains(a.entityKey() + "|" + a.attribute() + "|" + a.low())).toList()));
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /**
     * False when no {@link #POPULATION} pattern can match {@code sentence}: each needs
     * "population", "home", or a place noun followed by space and "of".
     */
    static boolean mayGivePopulation(String sentence) {
        if (sentence.contains("population") || sentence.contains("home")) {
            return true;
        }
        // Each "of" after space is tried against the nouns that could end where the space begins
        // (a noun ends in a letter, so the space before "of" is all the space after the noun): one
        // search of the sentence instead of one a noun.
        for (int k = sentence.indexOf("of"); k >= 0; k = sentence.indexOf("of", k + 1)) {
            int after = k;
            while (after > 0 && Character.isWhitespace(sentence.charAt(after - 1))) {
                after--;
            }
            if (after == k) {
                continue;
            }
            for (String noun : PLACE_NOUNS) {
                if (sentence.startsWith(noun, after - noun.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void populations(String text, String id, int from, int to, List<People.Mention> people, Set<String> seen,
                                    List<AttributeClaim> out, long published, String daySource) {
        if (!mayGivePopulation(text.substring(from, to))) {
            return;
        }
        for (Map.Entry<Pattern, Boolean> p : POPULATION) {
            Matcher x = p.getKey().matcher(text).region(from, to);
            while (x.find()) {
                // "In Zarand": a capitalized word that names nothing opens the run.
                int placeStart = x.start(1);
                String run = x.group(1);
                int space;
                while ((space = run.indexOf(' ')) > 0 && People.notName(run.substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
                    int skip = space;
                    while (skip < run.length() && run.charAt(skip) == ' ') {
                        skip++;
                    }
                    run = run.substring(skip);
                    placeStart += skip;
                }
                String place = placeName(run);
                if (place == null || placeStart > from && Character.isLetterOrDigit(text.charAt(placeStart - 1))
                        || capitalizedBefore(text, from, placeStart) || isPerson(people, placeStart, x.end(1))) {
                    continue;
                }
                List<org.crosscheck.text.QuantityMatch> figures = org.crosscheck.text.QuantityParser.find(text, x.end(), to);
                if (figures.isEmpty() || figures.get(0).start() != x.end() || figures.get(0).currency() != null
                        || figures.get(0).magnitude() || figures.get(0).value() < 1) {
                    continue;
                }
                org.crosscheck.text.QuantityMatch q = figures.get(0);
                Matcher after = Pattern.compile("\\s+([\\p{L}]+)|\\s*(?:[,.;)\u2013\u2014-]|$)").matcher(text).region(q.end(), to);
                if (!after.lookingAt() || (after.group(1) == null ? p.getValue() : !RESIDENTS.contains(after.group(1).toLowerCase(java.util.Locale.ROOT)))) {
                    continue;
                }
                String key = People.personKey(place);
                AttributeClaim c = new AttributeClaim(id, new Span(placeStart, q.end()), text.substring(placeStart, q.end()),
                        place, key, false, "population", text.substring(q.start(), q.end()), q.low(), q.lowOpen(), q.high(),
                        q.highOpen(), published, daySource, null);
                if (seen.add(key + "|population|" + c.interval())) {
                    out.add(c);
                }
            }
        }
    }

    /** Words of a compass bearing ("south", "north-east"), data beside the class. */
    static final Set<String> COMPASS = Lexicon.words(AttributeExtractor.class, "compass-words.txt");
    /** The place a distance is given from, after the unit: "(715 miles) southeast of Valmora", "away from Kerman". */
    private static final Pattern DISTANCE_FROM = Pattern.compile("(?:\\s*\\([^()]{1,40}\\))?\\s+(?:away\\s+)?(?:(?i:"
            + String.join("|", COMPASS) + ")\\s+)?(?:of|from|off)\\s+(?:the\\s+(?:\\p{Ll}+\\s+)?)?" + PLACE + "(?![\\p{L}'\u2019-])");
    /**
     * The place whose distance a figure gives, written before it: in an apposition after a comma
     * or a dash, not a hyphen joining words ("into Israel-about 32km"; "Qeshm, located
     * 1,150 kilometers", "Lindor, a large island off the coast and 1,500
     * kilometers"; no comma between the name's and the figure), or as the subject of "is" or "lies"
     * ("Qeshm is about 940 miles").
     */
    private static final Pattern DISTANCE_HOLDER = Pattern.compile(PLACE + AFTER_PLACE
            + "(?:\\s*(?:,|\\s[-\u2013\u2014]|[\u2013\u2014])\\s*(?!\\s*(?:and|or|but)\\b)(?:(?!,\\s)(?!\\b(?:which|who|where|that|while|when)\\b)[^;:()\"\u201c\u201d])*?"
            + "|\\s+(?:is|lies|was)\\s+(?:(?:located|situated)\\s+)?)$");

    /**
     * False when the sentence can give no distance between places: it holds no unit of length
     * long enough for one ("kilomet", "km", "mile").
     */
    static boolean mayGiveDistance(String text, int from, int to) {
        return org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, "kilomet", "km", "mile");
    }

    /**
     * How far a named place lies from another ("Lindor, located 1,150 kilometers (715 miles)
     * southeast of Valmora"): the attribute "distance from Valmora" of Lindor, in kilometres. Places
     * do not move, so the distance is compared across the story; a distance given for something
     * unnamed ("the epicentre was 60 km from Bandar Abbas", "the island ... is 940 miles south of
     * Tehran") is not read.
     */
    private static void distances(String text, String id, int from, int to, List<People.Mention> people, Set<String> seen,
                                  List<AttributeClaim> out, long published, String daySource) {
        if (!mayGiveDistance(text, from, to)) {
            return;
        }
        for (org.crosscheck.text.QuantityMatch q : org.crosscheck.text.QuantityParser.find(text, from, to)) {
            if (q.currency() != null || q.magnitude() || q.after().isEmpty() || q.value() <= 0) {
                continue;
            }
            String unit = FallDistances.UNITS.get(q.after().get(0).toLowerCase(java.util.Locale.ROOT));
            int unitAt = text.indexOf(q.after().get(0), q.end());
            if (unit == null || Double.parseDouble(unit) < 1000 || unitAt < 0 || unitAt - q.end() > 1) {
                continue;
            }
            int unitEnd = unitAt + q.after().get(0).length();
            Matcher miles = NAUTICAL_MILES.matcher(text).region(unitEnd, to);
            if (q.after().get(0).equalsIgnoreCase("nautical")) {
                if (!miles.lookingAt()) {
                    continue;
                }
                unitEnd = miles.end();
            }
            Matcher away = DISTANCE_FROM.matcher(text).region(unitEnd, to);
            if (!away.lookingAt()) {
                continue;
            }
            String origin = placeName(away.group(1));
            if (origin == null || isPerson(people, away.start(1), away.end(1))) {
                continue;
            }
            Matcher holder = DISTANCE_HOLDER.matcher(text).region(from, q.start());
            int placeStart = holder.find() ? holder.start(1) : -1;
            String place = placeStart < 0 ? null : placeName(holder.group(1));
            String key;
            if (place == null || place.equals(origin) || capitalizedBefore(text, from, placeStart) || afterPlace(text, from, placeStart)
                    || isPerson(people, placeStart, holder.end(1))) {
                // No named place is the figure's: the happening named nearest before in the sentence
                // ("the centre of Monday's quake lay some 40km north of Velka").
                String[] happening = RELATIVE.matcher(text).region(from, q.start()).find() ? null : happeningBefore(text, from, q.start());
                if (happening == null) {
                    continue;
                }
                place = "the " + happening[0];
                key = AttributeClaim.HAPPENING + happening[1];
                placeStart = Integer.parseInt(happening[2]);
            } else {
                key = People.personKey(place);
            }
            double km = Double.parseDouble(unit) / 1000;
            String attribute = AttributeClaim.DISTANCE_FROM + origin;
            AttributeClaim c = new AttributeClaim(id, new Span(placeStart, away.end()), text.substring(placeStart, away.end()),
                    place, key, false, attribute, text.substring(q.start(), unitEnd), q.low() * km, q.lowOpen(), q.high() * km,
                    q.highOpen(), published, daySource, null);
            if (seen.add(key + "|" + attribute + "|" + c.interval())) {
                out.add(c);
            }
        }
    }

    /** A relative clause before a distance: the happening in it is not what the distance is of ("Lindor, where the quake hit, lies ..."). */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:where|which|who|whose|when)\\b");

    /** "miles" after "nautical". */
    private static final Pattern NAUTICAL_MILES = Pattern.compile("(?i)\\s+miles?\\b");

    /** Happening words and the kind each names ({@code happening-triggers.txt}), lower case. */
    private static final Map<String, String> HAPPENING_WORDS = Lexicon.pairs(Happenings.class, "happening-triggers.txt");
    /** What makes a happening's word a noun: "the attack", "Sunday's quake", "a deadly blast". */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)(?:\\bthe|\\ban?|\\bthis|\\bthat|['\u2019]s)\\s+(?:\\p{Ll}+\\s+)?$");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'\u2019-])\\p{Ll}+(?![\\p{L}-])");

    /**
     * The happening a distance is of when no place is: the word of {@code happening-triggers.txt}
     * nearest before the figure in its sentence, written in lower case (a capitalised word is a
     * name), as {word, its kind, its start}; null when none.
     */
    static String[] happeningBefore(String text, int from, int at) {
        Matcher w = LOWER_WORD.matcher(text).region(from, at);
        String[] found = null;
        while (w.find()) {
            String kind = HAPPENING_WORDS.get(w.group());
            if (kind != null && NOUN_BEFORE.matcher(text.substring(Math.max(from, w.start() - 40), w.start())).find()) {
                found = new String[] {w.group(), kind, Integer.toString(w.start())};
            }
        }
        return found;
    }

    /** A capitalised word of a name, or an initial ("Roe", "O'Neill", "J."), in the attribute readers' patterns. */
    static final String NAME_WORD = "\\p{Lu}(?:\\.|[\\p{L}'\u2019-]*)";

    /** A name of one to four such words, as a group. */
    static final String NAME = "(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})";

    /**
     * Claims of one reader, the first of each entity and attribute, without any entity and attribute
     * the document gives two values (two lengths of one noun, two heights or records of one person,
     * two terms under one key): a document that contradicts itself gives the rules neither value.
     */
    static List<AttributeClaim> oneValueEach(List<AttributeClaim> claims) {
        Map<String, Set<String>> values = new HashMap<>();
        for (AttributeClaim c : claims) {
            values.computeIfAbsent(c.entityKey() + "|" + c.attribute(), k -> new HashSet<>()).add(c.low() + "|" + c.high());
        }
        List<AttributeClaim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AttributeClaim c : claims) {
            String k = c.entityKey() + "|" + c.attribute();
            if (values.get(k).size() == 1 && seen.add(k)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The word attributes of a document (residences, colours), each value once: none of an entity
     * the document gives two values of one attribute (two cars of one model, a town and the
     * neighbourhood in it), which cannot be told apart.
     */
    static List<AttributeClaim> settleWords(List<AttributeClaim> claims) {
        Map<String, Set<String>> values = new HashMap<>();
        for (AttributeClaim c : claims) {
            values.computeIfAbsent(c.entityKey() + "|" + c.attribute(), k -> new HashSet<>()).add(c.word());
        }
        List<AttributeClaim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AttributeClaim c : claims) {
            String key = c.entityKey() + "|" + c.attribute();
            if (values.get(key).size() == 1 && seen.add(key)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a capitalized word and a comma stand right before: the name is the state or country
     * of the place before it ("Santa Rosa, California, 55 miles north of San Francisco" gives Santa
     * Rosa's distance, not California's).
     */
    static boolean afterPlace(String text, int from, int at) {
        int i = at - 1;
        while (i >= from && text.charAt(i) == ' ') {
            i--;
        }
        if (i <= from || i == at - 1 || text.charAt(i) != ',') {
            return false;
        }
        int j = i - 1;
        while (j >= from && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j--;
        }
        return j < i - 1 && Character.isUpperCase(text.charAt(j + 1))
                && !People.notName(text.substring(j + 1, i).toLowerCase(java.util.Locale.ROOT));
    }

    /** The place's own name: "Qeshm Island" is Qeshm; null for a word that names no place ("The"). */
    private static String placeName(String written) {
        String[] words = SPACES.split(written);
        int n = words.length;
        while (n > 1 && PLACE_NOUNS.contains(words[n - 1].toLowerCase(java.util.Locale.ROOT))) {
            n--;
        }
        if (People.notName(words[0].toLowerCase(java.util.Locale.ROOT).replaceAll("['\u2019]s$", ""))) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /** Whether a capitalized word stands right before: the name found is the tail of a longer one. */
    private static boolean capitalizedBefore(String text, int from, int at) {
        int i = at - 1;
        while (i >= from && text.charAt(i) == ' ') {
            i--;
        }
        if (i < from || i == at - 1) {
            return false;
        }
        int j = i;
        while (j >= from && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j--;
        }
        return j < i && Character.isUpperCase(text.charAt(j + 1))
                && !People.notName(text.substring(j + 1, i + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isPerson(List<People.Mention> people, int start, int end) {
        for (People.Mention m : people) {
            if (m.nameSpan().start() < end && start < m.nameSpan().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a verb at {@code at} tells of: the one person the sentence names before it, with no
     * verb of speech, "that" or another person between (the last mention before the verb, its key the
     * only one before it), or null.
     */
    private static People.Mention subjectBefore(String text, int at, List<People.Mention> here, int from) {
        People.Mention last = null;
        Set<String> keys = new HashSet<>();
        for (People.Mention m : here) {
            if (m.span().end() <= at) {
                last = m;
                keys.add(m.key());
            }
        }
        if (last == null || keys.size() != 1) {
            return null;
        }
        String between = text.substring(last.span().end(), at);
        // "Lund's mother died": the possessor is not who died.
        if (between.startsWith("'s") || between.startsWith("\u2019s")) {
            return null;
        }
        for (String w : SPACES.split(between.strip())) {
            String lower = w.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
            // Another name the people reader did not take ("met Tom Hale, who died"), "that" or a verb of speech.
            if (lower.equals("that") || People.SPEECH.contains(lower)
                    || !lower.isEmpty() && Character.isUpperCase(w.charAt(0)) && !People.notName(lower)) {
                return null;
            }
        }
        return last;
    }

    private static void add(List<AttributeClaim> out, Set<String> seen, Set<Span> used, String id, String text, Span span,
                            Span number, People.Mention m, int age, long published, String daySource) {
        used.add(span);
        if (age <= 0 || age >= MAX_AGE) {
            return;
        }
        if (!seen.add(m.key() + "|" + age)) {
            return;
        }
        String name = ownName(m.fullName());
        String key = name.equals(m.fullName()) ? m.key() : People.personKey(name);
        out.add(new AttributeClaim(id, span, span.of(text), name, key, true, "age", number.of(text), age, false,
                age, false, published, daySource, null));
    }

    /**
     * A name without the descriptor that opened its sentence: "Actress Tara Reid" is Tara Reid.
     * Two words are always kept.
     */
    static String ownName(String name) {
        String[] words = SPACES.split(name);
        int from = 0;
        while (words.length - from > 2 && (PERSON_NOUNS.contains(words[from].toLowerCase(java.util.Locale.ROOT))
                || Names.ROLE_WORDS.contains(words[from].toLowerCase(java.util.Locale.ROOT)))) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /**
     * The person named right after an age: only words of a description between them ("the
     * 33-year-old actress Tara Reid"), lower case or part of the name's title, no comma.
     */
    private static People.Mention nameAfter(String text, int end, List<People.Mention> here) {
        for (People.Mention m : here) {
            if (m.nameSpan().start() < end) {
                continue;
            }
            int titleFrom = m.span().start() >= end && m.span().start() < m.nameSpan().start() ? m.span().start()
                    : m.nameSpan().start();
            String between = text.substring(end, titleFrom);
            if (!between.isEmpty() && !LOWER_WORDS_BETWEEN.matcher(between).matches()) {
                return null;
            }
            for (String w : SPACES.split(between.strip())) {
                if (BREAKS.contains(w)) {
                    return null;
                }
            }
            return m;
        }
        return null;
    }

    /**
     * Where "The 33-year-old" opening a sentence (or after a short opening clause without a name:
     * "On Saturday, the 26-year-old") ends as a description of someone named before:
     * with a person's noun ("The 33-year-old actress"), or used as a noun itself ("The
     * 33-year-old was"). -1 when it is not one.
     */
    private static int description(String text, List<Words.Word> ws, int from, int start, int end) {
        String before = text.substring(from, start);
        if (!OPENING.matcher(before).matches()) {
            return -1;
        }
        int k = 0;
        while (k < ws.size() && ws.get(k).end() <= end) {
            k++;
        }
        // Up to two words ("American", "former") before the person's noun.
        for (int i = k; i < ws.size() && i <= k + 2; i++) {
            Words.Word w = ws.get(i);
            if (!w.word()) {
                break;
            }
            if (PERSON_NOUNS.contains(w.lower())) {
                return w.end();
            }
        }
        if (k >= ws.size()) {
            return end;
        }
        Words.Word next = ws.get(k);
        if (!next.word() && (next.is(",") || next.is("'s") || next.is("\u2019s"))) {
            return end;
        }
        return next.word() && (AFTER_NOUN_USE.contains(next.lower()) || People.SPEECH.contains(next.lower())) ? end : -1;
    }

    /**
     * The one person a sentence names, or null when it names none or several, or may speak of
     * someone else: a person it does not name ("a woman", "the victim"), the description's own
     * noun outside the person's mention ("praised striker Ian Moss" before "The 25-year-old
     * striker"), or another run of capitalized words (a name the people reader did not take).
     */
    /**
     * The one person a sentence names, or null: none or two named, a person's noun after a determiner
     * ("the officer"), or two capitalised words in a row outside any name, which may name someone
     * else, unless they stand inside quote marks ("also known as ``Crazy T''": an alias, a title).
     */
    private static People.Mention onlyPersonIn(String text, List<People.Mention> mentions, List<Words.Word> ws, String noun) {
        TreeSet<String> keys = new TreeSet<>();
        for (People.Mention m : mentions) {
            keys.add(m.key());
        }
        if (keys.size() != 1) {
            return null;
        }
        People.Mention only = mentions.get(0);
        int run = 0;
        for (int i = 0; i < ws.size(); i++) {
            Words.Word w = ws.get(i);
            boolean inside = mentions.stream().anyMatch(m -> m.span().start() <= w.start() && w.end() <= m.span().end());
            String previous = i > 0 ? ws.get(i - 1).lower() : "";
            if (PERSON_NOUNS.contains(w.lower()) && !inside && !beforeName(ws, i, mentions)
                    && (Set.of("a", "an", "the", "his", "her", "their").contains(previous)
                    || w.lower().equals(noun == null ? null : lastWord(noun)))) {
                return null;
            }
            run = w.capitalized() && !inside && !People.notName(w.lower()) && !quoted(text, ws, i) ? run + 1 : 0;
            if (run >= 2) {
                return null;
            }
        }
        return only;
    }

    /**
     * The person a pronoun in sentence {@code s} stands for: the one person the sentence before
     * names, when usable and of the pronoun's gender; else, when that sentence names no one or only
     * that person, the person {@link #pronounBack} finds further back; else none.
     */
    static People.Mention pronounPerson(String text, int s, String pronoun, List<List<Words.Word>> sentences,
                                        Map<Integer, List<People.Mention>> bySentence, List<People.Mention> people,
                                        Map<String, java.util.TreeMap<Integer, String>> ambiguous) {
        List<People.Mention> named = bySentence.getOrDefault(s - 1, List.of());
        People.Mention only = onlyPersonIn(text, named, sentences.get(s - 1), null);
        if (only != null && usable(only, ambiguous) && Genders.agreesWithPerson(pronoun, only, people, text)) {
            return only;
        }
        return only != null || named.isEmpty() ? pronounBack(text, s, pronoun, sentences, bySentence, people, ambiguous) : null;
    }

    /**
     * Whether word {@code i} (a person's noun) stands right before a mention's name, so that it
     * describes the person named ("the singer Lena Marsh"), not someone else.
     */
    static boolean beforeName(List<Words.Word> ws, int i, List<People.Mention> mentions) {
        if (i + 1 >= ws.size()) {
            return false;
        }
        int next = ws.get(i + 1).start();
        return mentions.stream().anyMatch(m -> m.nameSpan().start() == next);
    }

    /** Opening and closing quote marks: straight, curly, and the `` '' of older wire text. */
    private static final String QUOTE_OPENING = "\"\u201c`";
    private static final String QUOTE_CLOSING = "\"\u201d'";

    /**
     * Whether word {@code i} of the sentence stands inside quote marks that open after the sentence's
     * first word and close before its end, on both sides with no full stop between.
     */
    static boolean quoted(String text, List<Words.Word> ws, int i) {
        int from = ws.get(0).start();
        int to = ws.get(ws.size() - 1).end();
        int at = ws.get(i).start();
        int open = -1;
        for (int k = at - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (QUOTE_OPENING.indexOf(c) >= 0) {
                open = k;
                break;
            }
            if (QUOTE_CLOSING.indexOf(c) >= 0 && c != '\'' || c == '.') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = ws.get(i).end(); k < Math.min(to + 3, text.length()); k++) {
            char c = text.charAt(k);
            if (QUOTE_CLOSING.indexOf(c) >= 0 && (c != '\'' || k + 1 < text.length() && text.charAt(k + 1) == '\'')) {
                return true;
            }
            if (QUOTE_OPENING.indexOf(c) >= 0 && c != '"' || c == '.') {
                return false;
            }
        }
        return false;
    }

    private static String lastWord(String words) {
        String[] ws = SPACES.split(words.toLowerCase(java.util.Locale.ROOT));
        return ws[ws.length - 1];
    }

    /**
     * Whether an age may be tied to the mention: not a surname the article gives to two people, unless
     * only one of them is named in full before it ("Gray, 16, was shot" before the article names his
     * sister "Ana Gray" is the one Gray introduced so far: a surname alone never points forward).
     */
    static boolean usable(People.Mention m, Map<String, java.util.TreeMap<Integer, String>> ambiguous) {
        if (m.name().contains(" ")) {
            return true;
        }
        java.util.TreeMap<Integer, String> named = ambiguous.get(Transliteration.key(m.name()));
        return named == null || new HashSet<>(named.headMap(m.nameSpan().start()).values()).size() == 1;
    }

    /**
     * Whether a figure's reader may take the mention as the figure's owner: a {@link #usable} one, or a
     * surname two people share, written alone, that stands for the one of them the article puts first
     * ({@link #principals}) and that the article's names read as theirs (the nearest full name before
     * it is theirs: "Doug Marsh ... coach Greg Marsh said ... Doug Marsh ... Marsh now has 1,200
     * points" is Doug's tally; after "Greg Marsh said" it is no one's).
     */
    static boolean usableAsOwner(People.Mention m, Map<String, java.util.TreeMap<Integer, String>> ambiguous,
                                 Map<String, String> principals) {
        return usable(m, ambiguous)
                || !m.name().contains(" ") && m.key().equals(principals.get(Transliteration.key(m.name())));
    }

    /**
     * For each surname two people share ({@link #ambiguousSurnames}), the key of the one a news
     * article means by the surname alone: the one it names in full first and no less often than each
     * other (the other is given a first name or title each time, as "coach Greg Marsh" beside the
     * story's player "Doug Marsh"); none when another is named in full more often.
     */
    static Map<String, String> principals(List<People.Mention> people, Map<String, java.util.TreeMap<Integer, String>> ambiguous) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, java.util.TreeMap<Integer, String>> e : ambiguous.entrySet()) {
            Map<String, Integer> times = new HashMap<>();
            for (String key : e.getValue().values()) {
                times.merge(key, 1, Integer::sum);
            }
            String first = e.getValue().firstEntry().getValue();
            int most = times.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (times.get(first) == most) {
                out.put(e.getKey(), first);
            }
        }
        return out;
    }

    /** Whether a reader that may take the person the sentence before names could read the sentence. */
    private static boolean mayUsePersonBefore(String text, int from, int to) {
        return FigureAttributes.mayGiveWeight(text, from, to) || FallDistances.mayGiveFall(text, from, to)
                || org.crosscheck.text.Literals.containsAnyIgnoringAsciiCase(text, from, to, "miss", "sat out", "sitting out",
                        " times", "bullets", "conviction", "sentenc", "serv")
                || ServiceYears.mayGive(text, from, to);
    }

    /** Whether any of the words holds a letter: not a sentence of quote marks alone. */
    static boolean hasLetters(List<Words.Word> ws) {
        return ws.stream().anyMatch(w -> w.lower().chars().anyMatch(Character::isLetter));
    }

    /** How many sentences back an opening "He" or "She" is followed to the person it stands for. */
    static final int PRONOUN_REACH = 4;

    /**
     * The person an opening "He" or "She" stands for when the sentence before names no one it can
     * stand for: the sentences before are read back, at most {@value #PRONOUN_REACH}, past each
     * that names only people the pronoun cannot stand for (by {@link Genders#agreesWithPerson}:
     * "In 2005, he attacked Ruth Lund. Lund was the victim. He was sentenced ...") and no
     * capitalised word they do not hold, or that name no one but open with the same pronoun ("He
     * had been released ..."), to the first that names someone it may stand for; that sentence must
     * name one such person, or a surname two people share of whom one alone may be meant ("Lund"
     * when the article names Ada Lund and Tomas Lund), else none. Any other sentence (one naming no
     * one may speak of someone unnamed) ends the search with none.
     */
    static People.Mention pronounBack(String text, int s, String pronoun, List<List<Words.Word>> sentences,
                                      Map<Integer, List<People.Mention>> bySentence, List<People.Mention> people,
                                      Map<String, java.util.TreeMap<Integer, String>> ambiguous) {
        String gender = Genders.ofPronoun(pronoun);
        for (int back = 1; back <= PRONOUN_REACH && s - back >= 0; back++) {
            List<People.Mention> named = bySentence.getOrDefault(s - back, List.of());
            List<Words.Word> ws = sentences.get(s - back);
            if (named.isEmpty()) {
                // A "sentence" of marks alone (a closing quote split off) says nothing of anyone; one
                // that opens with the same pronoun goes on about the same person.
                String opens = hasLetters(ws) ? FallDistances.openingPronoun(text, ws.get(0).start(), ws.get(ws.size() - 1).end()) : null;
                if (!hasLetters(ws) || opens != null && gender.equals(Genders.ofPronoun(opens))) {
                    continue;
                }
                return null;
            }
            Set<String> keys = new TreeSet<>();
            People.Mention found = null;
            for (People.Mention m : named) {
                People.Mention meant = usable(m, ambiguous) ? m : ofGender(m, gender, people, ambiguous, text);
                if (meant == null) {
                    // A shared surname that gender does not settle: it may be the person meant.
                    if (Genders.agreesWithPerson(pronoun, m, people, text)) {
                        return null;
                    }
                    continue;
                }
                if (!Genders.agreesWithPerson(pronoun, meant, people, text)) {
                    continue;
                }
                keys.add(meant.key());
                found = meant;
            }
            if (keys.size() == 1) {
                return found;
            }
            if (!keys.isEmpty() || unnamedName(ws, named)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a capitalised word the mentions do not hold stands after the sentence's first word
     * ("Lund's death was confirmed by Ruth Perl": "Lund's" may be the person meant), other than an
     * honorific ({@code honorifics.txt}: "Ms." before a name the mention holds).
     */
    private static boolean unnamedName(List<Words.Word> ws, List<People.Mention> named) {
        for (int i = 1; i < ws.size(); i++) {
            Words.Word w = ws.get(i);
            if (w.capitalized() && !People.notName(w.lower()) && !People.HONORIFICS.contains(w.lower().replace(".", ""))
                    && named.stream().noneMatch(m -> m.span().start() <= w.start() && w.end() <= m.span().end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person a surname that several people share ({@code m}, written alone) stands for when
     * all of them but one are known to be of another gender than {@code gender}, or null.
     */
    private static People.Mention ofGender(People.Mention m, String gender, List<People.Mention> people,
                                           Map<String, java.util.TreeMap<Integer, String>> ambiguous, String text) {
        java.util.TreeMap<Integer, String> named = ambiguous.get(Transliteration.key(m.name()));
        if (named == null) {
            return null;
        }
        String only = null;
        for (String key : new TreeSet<>(named.values())) {
            String known = Genders.ofPerson(key, people, text);
            if (known == null || known.equals(gender)) {
                if (only != null) {
                    return null;
                }
                only = key;
            }
        }
        for (People.Mention p : people) {
            if (p.key().equals(only) && p.name().contains(" ")) {
                return p;
            }
        }
        return null;
    }

    /**
     * Surnames (as keys) of two or more people the article names in full, each with where each full
     * name is written and whose it is.
     */
    static Map<String, java.util.TreeMap<Integer, String>> ambiguousSurnames(List<People.Mention> people) {
        Map<String, java.util.TreeMap<Integer, String>> keys = new HashMap<>();
        for (People.Mention m : people) {
            if (m.name().contains(" ")) {
                String[] words = SPACES.split(m.name());
                keys.computeIfAbsent(Transliteration.key(words[words.length - 1]), k -> new java.util.TreeMap<>())
                        .put(m.nameSpan().start(), m.key());
            }
        }
        keys.values().removeIf(v -> new HashSet<>(v.values()).size() < 2);
        return keys;
    }
}
