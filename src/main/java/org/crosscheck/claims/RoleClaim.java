package org.crosscheck.claims;

/**
 * A title an article gives a person ("US Secretary of State Antony Blinken"): {@code person} as
 * the article names them in full, {@code personKey} the key that joins their mentions across
 * articles, {@code title} as written, {@code role} its class ("secretary of state"), the
 * {@code country} it is held for when written, and whether it is held now ({@code current} is
 * false for "former", "then-", "late", "designate"). {@code day} is the article's date, once
 * stories are grouped.
 */
public record RoleClaim(String document, Span span, String text, String person, String personKey, String title,
                        String role, String country, boolean current, long day) implements Claim {

    @Override
    public String kind() {
        return "role";
    }

    @Override
    public String value() {
        String in = organisation();
        String court = COURT_TITLES.contains(role) ? courtSystem() : null;
        return person + ": " + role + (court == null ? "" : " of a " + court + " court") + (in == null ? "" : " in " + in)
                + (country == null ? "" : " (" + country + ")") + (current ? "" : ", not current");
    }

    @Override
    public String key() {
        return "role|" + document + "|" + personKey + "|" + role + "|" + (country == null ? "" : country);
    }

    /**
     * The key role-conflict joins titles on: {@code personKey} with its first name cut to what its
     * everyday forms share ({@link org.crosscheck.text.Transliteration#firstNameKey}: Dave Rossi and
     * David Rossi, Jim and James Orr), so that a source that calls a man by his everyday name still
     * has its title compared. A surname alone is kept as it is.
     */
    public String joinKey() {
        int space = personKey.indexOf(' ');
        return space < 0 ? personKey : org.crosscheck.text.Transliteration.firstNameKey(personKey.substring(0, space)) + personKey.substring(space);
    }

    /**
     * Whether this title and {@code o}'s cannot be held by one person at once: classes that are
     * not compatible, or one class held for two different countries or in two different
     * organisations ({@link #organisationsDisagree}).
     */
    public boolean conflictsWith(RoleClaim o) {
        if (!current || !o.current) {
            return false;
        }
        if (!TitleClasses.compatible(role, o.role)) {
            // A title as written that holds every word of the other's ("Managing Director" and
            // "Director", "Police Chief" and "Chief") names one office more or less precisely;
            // not two ranks ("Major" and "Major General").
            return !containsTitleOf(o);
        }
        if (!role.equals(o.role)) {
            return false;
        }
        return country != null && o.country != null && !country.equals(o.country) || organisationsDisagree(o)
                || courtsDisagree(o);
    }

    /**
     * Whether one title as written holds every word of the other's ({@link TitleClasses#oneContains}),
     * for two titles that are not both ranks ({@link TitleClasses#RANKS}).
     */
    public boolean containsTitleOf(RoleClaim o) {
        return !(TitleClasses.RANKS.contains(role) && TitleClasses.RANKS.contains(o.role)) && TitleClasses.oneContains(title, o.title);
    }

    /** Words of a judge's title that name a system of courts, and the system: {@code court-systems.tsv}. */
    public static final java.util.Map<String, String> COURT_SYSTEMS =
            org.crosscheck.text.Lexicon.pairs(RoleClaim.class, "court-systems.tsv");
    /** Title classes of people who sit in a court: {@code court-titles.txt}. */
    public static final java.util.Set<String> COURT_TITLES =
            org.crosscheck.text.Lexicon.words(RoleClaim.class, "court-titles.txt");

    /**
     * Whether the two titles, of one class of {@link #COURT_TITLES}, name two systems of courts
     * ({@link #COURT_SYSTEMS}): "U.S. District Judge" and "state District Judge" are a federal and a
     * state bench, which a judge does not hold at once. A judge's court does not change with the
     * event a report tells, so the titles are compared across the story as every title is.
     */
    public boolean courtsDisagree(RoleClaim o) {
        if (!role.equals(o.role) || !COURT_TITLES.contains(role)) {
            return false;
        }
        String a = courtSystem();
        String b = o.courtSystem();
        return a != null && b != null && !a.equals(b);
    }

    /** The system of courts the title names ({@link #COURT_SYSTEMS}), "U. S." read as "us"; null for none or two. */
    String courtSystem() {
        java.util.List<String> words = lowerTitleWords();
        String found = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("u") && i + 1 < words.size() && words.get(i + 1).equals("s")) {
                w = "us";
                i++;
            }
            String system = COURT_SYSTEMS.get(w);
            if (system != null) {
                if (found != null && !found.equals(system)) {
                    return null;
                }
                found = system;
            }
        }
        return found;
    }

    /** Nouns that end an organisation's name in a title, and the class each is compared as: {@code organisation-heads.tsv}. */
    public static final java.util.Map<String, String> ORGANISATION_HEADS =
            org.crosscheck.text.Lexicon.pairs(RoleClaim.class, "organisation-heads.tsv");

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\d.'’&-]+");

    /**
     * The organisation the title is held in, as written: the run of capitalized words that ends
     * with the last capitalized noun of {@link #ORGANISATION_HEADS} ("Valmora Security Response
     * Center" in "director of the Valmora Security Response Center"), with the capitalized words
     * that "for", "of" or "on" joins to that noun ("Centre for Arctic Studies", "Institute of
     * Marine Research"), or null.
     */
    public String organisation() {
        java.util.List<String> words = titleWords();
        int last = headIndex(words);
        if (last < 0) {
            return null;
        }
        int first = last;
        while (first > 0 && Character.isUpperCase(words.get(first - 1).charAt(0))) {
            first--;
        }
        int end = last + 1;
        if (end + 1 < words.size() && JOINING.contains(words.get(end)) && Character.isUpperCase(words.get(end + 1).charAt(0))) {
            end += 2;
            while (end < words.size() && Character.isUpperCase(words.get(end).charAt(0))) {
                end++;
            }
        }
        return String.join(" ", words.subList(first, end));
    }

    /** Words that join a name to the noun that heads an organisation ("Centre for Arctic Studies"). */
    private static final java.util.Set<String> JOINING = java.util.Set.of("for", "of", "on");

    private java.util.List<String> titleWords() {
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(title);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The index of the last capitalized noun of {@link #ORGANISATION_HEADS} among the title's words, or -1. */
    private static int headIndex(java.util.List<String> words) {
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (Character.isUpperCase(words.get(i).charAt(0)) && ORGANISATION_HEADS.containsKey(head(words.get(i)))) {
                last = i;
            }
        }
        return last;
    }

    /** The class of the noun that heads the organisation ({@link #ORGANISATION_HEADS}), or null. */
    private String organisationClass() {
        java.util.List<String> words = titleWords();
        int at = headIndex(words);
        return at < 0 ? null : ORGANISATION_HEADS.get(head(words.get(at)));
    }

    private static String head(String word) {
        return POSSESSIVE_END.matcher(word.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    /** A possessive ending, compiled once (it was compiled at every call by {@code String.replaceAll}). */
    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("['’]s?$");

    /**
     * Whether the two titles are held in organisations that cannot be one: both name one, their
     * last nouns are of different classes ({@link #ORGANISATION_HEADS}: an Alliance and a Center),
     * and neither name's words hold the other's ("Security Response Alliance" is the "Valmora
     * Security Response Alliance").
     */
    public boolean organisationsDisagree(RoleClaim o) {
        String a = organisation();
        String b = o.organisation();
        if (a == null || b == null) {
            return false;
        }
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (organisationClass().equals(o.organisationClass())) {
            return false;
        }
        java.util.Set<String> sa = new java.util.HashSet<>();
        for (String w : wa) {
            sa.add(head(w));
        }
        java.util.Set<String> sb = new java.util.HashSet<>();
        for (String w : wb) {
            sb.add(head(w));
        }
        return !sa.containsAll(sb) && !sb.containsAll(sa);
    }

    /** Titles one person holds at a time in one place or body: {@code one-holder-titles.txt}. */
    static final java.util.Set<String> ONE_HOLDER =
            org.crosscheck.text.Lexicon.words(RoleClaim.class, "/org/crosscheck/extract/one-holder-titles.txt");
    /** Words that make such a title one of several ("deputy", "acting"): {@code one-holder-title-qualifiers.txt}. */
    static final java.util.Set<String> ONE_HOLDER_QUALIFIERS =
            org.crosscheck.text.Lexicon.words(RoleClaim.class, "/org/crosscheck/extract/one-holder-title-qualifiers.txt");

    /** The title's words in lower case, without full stops and "'s", "Gov." read as "governor". */
    private java.util.List<String> lowerTitleWords() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : titleWords()) {
            String lower = head(w).replace(".", "");
            out.add(lower.equals("gov") ? "governor" : lower);
        }
        return out;
    }

    /**
     * The title of {@code one-holder-titles.txt} this current title holds ("police chief" in
     * "Denver Police Chief", "mayor" in "the mayor of Denver"), or null: none, a word of
     * {@code one-holder-title-qualifiers.txt} ("Deputy Police Chief", "acting mayor"), a title not
     * held now, or a person not named with a first name and a surname.
     */
    public String oneHolderTitle() {
        java.util.List<String> words = lowerTitleWords();
        if (!current || person.indexOf(' ') < 0 || words.stream().anyMatch(ONE_HOLDER_QUALIFIERS::contains)) {
            return null;
        }
        String joined = " " + String.join(" ", words) + " ";
        String found = null;
        for (String t : ONE_HOLDER) {
            if (joined.contains(" " + t + " ") && (found == null || t.length() > found.length())) {
                found = t;
            }
        }
        return found;
    }

    /** The words of the title written with a capital outside its one-holder title: where it is held ("Denver"). */
    private java.util.Set<String> holderPlace(String oneHolder) {
        java.util.Set<String> inTitle = new java.util.HashSet<>(java.util.Arrays.asList(oneHolder.split(" ")));
        java.util.List<String> words = titleWords();
        java.util.List<String> lower = lowerTitleWords();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (Character.isUpperCase(words.get(i).charAt(0)) && !inTitle.contains(lower.get(i))) {
                out.add(lower.get(i));
            }
        }
        return out;
    }

    private String firstName() {
        return person.substring(0, person.indexOf(' '));
    }

    private String surname() {
        return org.crosscheck.text.HouseStyle.general().word(person.substring(person.lastIndexOf(' ') + 1));
    }

    /** The person's first and last words in house style, as a name of two words is folded ({@link NameClaim#folded}). */
    public String holderName() {
        return org.crosscheck.text.HouseStyle.general().word(firstName() + " " + person.substring(person.lastIndexOf(' ') + 1));
    }

    /**
     * Whether {@code o} gives the same one-holder title ({@link #oneHolderTitle}) to a person of
     * this surname with another first name, not a form of this one
     * ({@link org.crosscheck.text.Transliteration#twoFirstNames}: Carl and John, not Bill and
     * William, Jim and James, Jon and John), in the same place: the capitalised words around the
     * titles ("Denver", "Aurora"; "UK", "US", where a country is written) do not name two places,
     * one holding the other's or either none.
     */
    public boolean oneHolderWithOtherFirstName(RoleClaim o) {
        String t = oneHolderTitle();
        if (t == null || !t.equals(o.oneHolderTitle()) || !surname().equals(o.surname())
                || !org.crosscheck.text.Transliteration.twoFirstNames(firstName(), o.firstName())) {
            return false;
        }
        java.util.Set<String> a = holderPlace(t);
        java.util.Set<String> b = o.holderPlace(t);
        return a.containsAll(b) || b.containsAll(a);
    }

    /**
     * Whether {@code o} gives the same title class as this one, held now, to a person of this
     * surname with another first name, both first names of the extractor's lists and not forms of
     * one another ({@link org.crosscheck.text.Transliteration#twoFirstNames}: Herbert and Edgar, not
     * Bill and William): "FBI director Herbert Hoover", "FBI Director J. Edgar Hoover". The class
     * says what the person does (not a generic title, "head", "official", nor a rank alone), and the
     * titles name no two countries or organisations; a one-holder title's pair is
     * {@link #oneHolderWithOtherFirstName}'s. The rule holds it only where the two articles report
     * one event and the surname is one person in the story. Since the twenty-ninth session.
     */
    public boolean sameTitleWithOtherFirstName(RoleClaim o) {
        if (!current || !o.current || role == null || !role.equals(o.role) || TitleClasses.GENERIC.contains(role)
                || TitleClasses.RANKS.contains(role) || person.indexOf(' ') < 0 || o.person.indexOf(' ') < 0
                || !surname().equals(o.surname()) || oneHolderWithOtherFirstName(o)) {
            return false;
        }
        String a = firstName();
        String b = o.firstName();
        return org.crosscheck.text.Transliteration.firstName(a) && org.crosscheck.text.Transliteration.firstName(b)
                && org.crosscheck.text.Transliteration.twoFirstNames(a, b)
                && (country == null || o.country == null || country.equals(o.country)) && !organisationsDisagree(o);
    }

    /**
     * Titles one person holds at a time in the body the title names ({@code one-holder-titles-of-a-body.txt}:
     * "Chargers general manager", "Acme chief executive").
     */
    static final java.util.Set<String> ONE_HOLDER_OF_A_BODY =
            org.crosscheck.text.Lexicon.words(RoleClaim.class, "/org/crosscheck/extract/one-holder-titles-of-a-body.txt");

    /**
     * The one-holder title of this title for comparing surnames: a title of
     * {@code one-holder-titles.txt} ({@link #oneHolderTitle}) or of {@code one-holder-titles-of-a-body.txt}
     * ("general manager", "chief executive"), the longest found, when the title also names where or in
     * what it is held (a capitalised word outside the title's own: "Chargers", "Denver"); null
     * otherwise, and under the same conditions as {@link #oneHolderTitle} (a qualifier, not held now,
     * no first name).
     */
    public String namedHolderTitle() {
        String found = oneHolderTitle();
        if (found == null && current && person.indexOf(' ') >= 0) {
            java.util.List<String> words = lowerTitleWords();
            if (words.stream().noneMatch(ONE_HOLDER_QUALIFIERS::contains)) {
                String joined = " " + String.join(" ", words) + " ";
                for (String t : ONE_HOLDER_OF_A_BODY) {
                    if (joined.contains(" " + t + " ") && (found == null || t.length() > found.length())) {
                        found = t;
                    }
                }
            }
        }
        return found == null || holderPlace(found).isEmpty() ? null : found;
    }

    /** The first name in lower case without full stops ("aj" for "A.J.", "AJ"), or "" when it is not letters. */
    private String givenName() {
        String g = firstName().replace(".", "").toLowerCase(java.util.Locale.ROOT);
        return g.chars().allMatch(Character::isLetter) ? g : "";
    }

    /** The surname in house style ("smith" for "A.J. Smith"), as the word rule folds a name. */
    public String holderSurname() {
        return surname();
    }

    /**
     * Whether {@code o} gives the same one-holder title in the same named place or body
     * ({@link #namedHolderTitle}: "Chargers general manager") to a person with this first name and
     * another surname ("A.J. Smith", "A.J. Butler"): one of the surnames is likely wrong. The first
     * name is compared without full stops and must have two letters or more (an initial alone, "J.",
     * names many people); the places named in the two titles must be one, either holding the other's
     * words. Not when the surnames are one surname spelled two ways
     * ({@link org.crosscheck.text.Transliteration#twoSurnames}: the spelling rules' or house style),
     * nor when one person's name holds the other's surname (a maiden name kept as a middle name).
     */
    public boolean oneHolderWithOtherSurname(RoleClaim o) {
        String t = namedHolderTitle();
        if (t == null || !t.equals(o.namedHolderTitle()) || givenName().length() < 2 || !givenName().equals(o.givenName())
                || !org.crosscheck.text.Transliteration.twoSurnames(lastWord(), o.lastWord())
                || words(person).contains(o.surname()) || words(o.person).contains(surname())) {
            return false;
        }
        java.util.Set<String> a = holderPlace(t);
        java.util.Set<String> b = o.holderPlace(t);
        return a.containsAll(b) || b.containsAll(a);
    }

    private String lastWord() {
        return person.substring(person.lastIndexOf(' ') + 1);
    }

    private static java.util.Set<String> words(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : name.split(" ")) {
            out.add(org.crosscheck.text.HouseStyle.general().word(w));
        }
        return out;
    }

    /** Days between the two articles' dates; 0 when either is unknown. */
    public long daysApartFrom(RoleClaim o) {
        return day == DateClaim.NO_DAY || o.day == DateClaim.NO_DAY ? 0 : Math.abs(day - o.day);
    }

    /** Text order across the session: by document id, then by position. */
    public boolean after(RoleClaim o) {
        int c = document.compareTo(o.document);
        return c > 0 || c == 0 && span.start() > o.span.start();
    }

    public RoleClaim withDay(long newDay) {
        return new RoleClaim(document, span, text, person, personKey, title, role, country, current, newDay);
    }

    public RoleClaim withPerson(String newPerson, String newKey) {
        return new RoleClaim(document, span, text, newPerson, newKey, title, role, country, current, day);
    }

    /**
     * As the record's own: components in order, each hashed as {@code Objects.hashCode} or its
     * wrapper's {@code hashCode}, combined as {@code 31 * h + hash} from 0 (the same value, so
     * maps keep their order), written out because the record's is built from method handles at
     * run time, some classes and calls in the interpreter at every start ({@code RecordMethodsTest}).
     */
    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(document);
        h = 31 * h + java.util.Objects.hashCode(span);
        h = 31 * h + java.util.Objects.hashCode(text);
        h = 31 * h + java.util.Objects.hashCode(person);
        h = 31 * h + java.util.Objects.hashCode(personKey);
        h = 31 * h + java.util.Objects.hashCode(title);
        h = 31 * h + java.util.Objects.hashCode(role);
        h = 31 * h + java.util.Objects.hashCode(country);
        h = 31 * h + Boolean.hashCode(current);
        h = 31 * h + Long.hashCode(day);
        return h;
    }

    /** As the record's own: the same class and every component equal, in order ({@code RecordMethodsTest}). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RoleClaim o)) {
            return false;
        }
        return java.util.Objects.equals(document, o.document)
                && java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(person, o.person)
                && java.util.Objects.equals(personKey, o.personKey)
                && java.util.Objects.equals(title, o.title)
                && java.util.Objects.equals(role, o.role)
                && java.util.Objects.equals(country, o.country)
                && current == o.current
                && day == o.day;
    }
}
