package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.claims.Span;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** What a date or figure is about: the happening of its own clause, sentence by sentence. */
class HappeningsTest {

    private static final String HEAD = "Published: July 3, 2013 10:00 GMT\nQuake news\n";

    private static Happenings.About about(String sentence, String words, boolean figure) {
        String text = HEAD + sentence + "\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
        int at = text.indexOf(words, HEAD.length());
        Span span = new Span(at, at + words.length());
        Happenings h = Happenings.of(d);
        return figure ? h.aboutFigure(span) : h.about(span);
    }

    private static Happenings.About aboutDate(String sentence, String words) {
        String text = HEAD + sentence + "\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
        int at = text.indexOf(words, HEAD.length());
        return Happenings.of(d).aboutDate(new Span(at, at + words.length()));
    }

    @Test
    void aHappeningDatedByAPossessiveDayIsNotAnotherDatesHappening() {
        String arrest = "On Tuesday, police investigating Sunday's shooting arrested two guards.";
        assertEquals("attack", about(arrest, "Tuesday", false).kind(), "the nearest word, read for a place or a figure");
        assertEquals("arrest", aboutDate(arrest, "Tuesday").kind(), "the shooting has its own day");
        assertEquals("attack", aboutDate(arrest, "Sunday").kind(), "the possessive day keeps its word");
        assertEquals("arrest", aboutDate("Officers on Monday detained a man wanted over Friday night's deadly blaze.", "Monday").kind(),
                "a part of the day and an adjective between");
        assertEquals("arrest", aboutDate("Late on Monday, a man wanted over yesterday's bombing was detained.", "Monday").kind());
        assertEquals("arrest", aboutDate("On Monday police arrested a man over last night\u2019s blaze.", "Monday").kind(),
                "a curly apostrophe; 'last night'");
        assertEquals("fire", aboutDate("On Monday, the city's worst blaze in decades destroyed a mill.", "Monday").kind(),
                "a possessive that is no day leaves the word to the date");
        assertEquals("attack", aboutFigure("Sunday's shooting killed 4 people, police said.", "4").kind(),
                "a figure is still about the possessive day's happening");
    }

    @Test
    void aCaptureDatesItselfNotTheEscapeBeforeIt() {
        String capture = "A man who escaped from a jail in Orvale last week was captured on Monday by two deputies.";
        assertEquals("arrest", aboutDate(capture, "Monday").kind(), "the capture, not the escape");
        assertEquals("arrest", aboutDate(capture.replace("captured", "recaptured"), "Monday").kind());
        assertEquals("arrest", aboutDate("The fugitive was apprehended Monday in a motel after a week on the run.", "Monday").kind());
        assertEquals("escape", aboutDate("A man escaped from a jail in Orvale on Monday and is still at large.", "Monday").kind(),
                "without a capture the escape keeps its day");
    }

    private static Happenings.About aboutFigure(String sentence, String words) {
        return about(sentence, words, true);
    }

    @Test
    void everyPossessiveDayIsOneLowerCaseWord() {
        assertTrue(Happenings.POSSESSIVE_DAYS.contains("saturday"));
        assertTrue(Happenings.POSSESSIVE_DAYS.contains("yesterday"));
        assertTrue(Happenings.POSSESSIVE_DAYS.stream().allMatch(w -> w.matches("\\p{Ll}+")), Happenings.POSSESSIVE_DAYS.toString());
    }

    @Test
    void aDateAfterTheHappeningsVerbIsItsDate() {
        Happenings.About a = about("A strong earthquake struck the province of Aceh on Tuesday, the survey said.", "Tuesday", false);
        assertEquals("quake", a.kind());
        assertFalse(a.ownDate());
        assertFalse(a.background());
        assertTrue(a.of("quake"));
        assertFalse(a.of("attack"));
    }

    @Test
    void aCommaKeepsAParentheticalSpeechVerbFromTheDate() {
        // "said" is nearer in characters, but behind a comma; the quake is in the date's own part.
        Happenings.About a = about("The quake hit Aceh early Tuesday, officials said.", "Tuesday", false);
        assertEquals("quake", a.kind());
        assertTrue(a.of("quake"));
    }

    @Test
    void aDateNextToAnAnnouncementIsTheAnnouncements() {
        Happenings.About a = about("The earthquake victims were named, police confirmed Friday.", "Friday", false);
        assertTrue(a.ownDate());
        assertEquals(null, a.kind());
        assertFalse(a.of("quake"));
        assertFalse(a.freeOrOf("quake"));
    }

    @Test
    void aBodyFoundOnADayDatesTheFindingNotTheDeath() {
        Happenings.About a = about("His body was found by a motel maid July 27, days after his death.", "July 27", false);
        assertTrue(a.ownDate());
        assertFalse(a.of("death"));
    }

    @Test
    void aBackgroundMarkerInTheClausePutsTheDateOnAnotherHappening() {
        Happenings.About a = about("An earlier earthquake struck the island on April 20.", "April 20", false);
        assertEquals("quake", a.kind());
        assertTrue(a.background());
        assertFalse(a.of("quake"));
        assertFalse(a.freeOrOf("quake"));
    }

    @Test
    void beforeAVerbInIngOrdersTwoActsOfOneHappening() {
        Happenings.About sequence = aboutFigure("The gunman opened fire at the depot, killing three drivers before being led away.", "three");
        assertFalse(sequence.background(), "killed, then led away: one shooting");
        assertTrue(sequence.freeOrOf("attack"));
        assertFalse(aboutFigure("The gunman shot four clerks before fleeing in a van.", "four").background());
        assertTrue(aboutFigure("A gunman had shot four clerks at the same depot the year before.", "four").background(),
                "\"the year before\" is another time");
        assertTrue(aboutFigure("Two guards had been wounded there before the strike began.", "Two").background(),
                "before a noun: another time");
        assertTrue(aboutFigure("The gunman shot four clerks before, in a raid on a bank.", "four").background(),
                "\"before\" ending its part");
    }

    @Test
    void aMarkerThatDescribesAPersonPutsNoHappeningInThePast() {
        assertFalse(aboutFigure("Two cyclists died when a van hit them outside the home of a former neighbour in Dunmore.", "Two")
                .background(), "a former neighbour: the person, not the crash, is of the past");
        assertFalse(aboutFigure("The gunman shot three former employees at the warehouse.", "three").background(), "a plural person noun");
        assertFalse(aboutFigure("Thieves robbed two previous owners of the gallery.", "two").background(), "previous, before a person");
        assertTrue(aboutFigure("Two workers died when a former mill burned down.", "Two").background(),
                "former before a noun that is no person: still a marker");
        assertTrue(aboutFigure("Four clerks were shot in the former raid.", "Four").background(), "a happening's noun after it");
        assertTrue(aboutFigure("Three guards were wounded by the former.", "Three").background(), "the marker ends its part: still a marker");
        assertTrue(Happenings.PERSON_MARKERS.stream().allMatch(Happenings.BACKGROUND::contains), "each is a background marker");
    }

    @Test
    void beforeWhomOneAppearsIsAPlaceNotATime() {
        assertFalse(aboutFigure("Three guards accused of the beating were to appear before a magistrate and protesters blocked the road.",
                "Three").background(), "before a magistrate, then a conjunction");
        assertFalse(aboutFigure("Three guards were brought before the military tribunal on Monday.", "Three").background(),
                "one word between the determiner and the noun; a preposition after");
        assertFalse(aboutFigure("Four managers later testified before the committee.", "Four").background(), "the noun ends its part");
        assertTrue(aboutFigure("Two men were arrested before the court hearing began.", "Two").background(),
                "before the court hearing: a noun follows, a time");
        assertTrue(aboutFigure("Two men were arrested before a long trial.", "Two").background(), "no audience's noun: a time");
        assertTrue(aboutFigure("Two men were arrested before trial.", "Two").background(), "no determiner: a time");
        assertTrue(aboutFigure("Two men were arrested before the newly appointed judge.", "Two").background(),
                "the noun too far from the determiner");
        assertTrue(aboutFigure("Two men had been arrested before the judge ruled.", "Two").background(), "a verb after the noun: a time");
        assertTrue(aboutFigure("Two men had been arrested just before.", "Two").background(), "before ending the sentence");
        assertTrue(aboutFigure("Two men had been arrested before the", "Two").background(), "a determiner and nothing after");
        assertTrue(Happenings.AUDIENCES.contains("magistrate") && Happenings.AUDIENCES.stream().allMatch(w -> w.matches("\\p{Ll}+")),
                "one lower-case word a line: " + Happenings.AUDIENCES);
    }

    @Test
    void aBackgroundMarkerBehindACommaDoesNotCount() {
        Happenings.About a = about("The earthquake struck on Tuesday, the strongest since April.", "Tuesday", false);
        assertFalse(a.background());
        assertTrue(a.of("quake"));
    }

    @Test
    void aFigureReportedBySomeoneIsStillTheHappeningsFigure() {
        Happenings.About a = about("A flood struck the town on Wednesday, killing at least 40 people, the Red Cross said.", "at least 40", true);
        assertEquals("storm", a.kind());
        assertFalse(a.ownDate());
        assertTrue(a.freeOrOf("storm"));
        // Read as a date, the same words would belong to "said".
        assertTrue(about("A flood struck the town on Wednesday, killing at least 40 people, the Red Cross said.", "at least 40", false).ownDate());
    }

    @Test
    void theWordOfAnotherCountTellsWhatThatCountIsNotWhatTheFigureIsAbout() {
        String s = "Police said 18 people had been hurt and 9 arrested after the match.";
        assertEquals(null, about(s, "18", true).kind(), "'arrested' belongs to the 9");
        assertEquals("arrest", about(s, "9", true).kind(), "the figure's own word still names its happening");
        assertEquals("arrest", about("Police said 18 people had been hurt and others arrested.", "18", true).kind(),
                "no count before the word: it names a happening of the clause");
        assertEquals("arrest", about("On Monday 18 people were hurt and nine arrested.", "Monday", false).kind(),
                "a date is still about the arrests");
    }

    @Test
    void aClauseWithoutAnyHappeningTiesNothing() {
        Happenings.About a = about("Two men on Tuesday were talking about the news.", "Tuesday", false);
        assertEquals(null, a.kind());
        assertFalse(a.of("quake"));
        assertTrue(a.freeOrOf("quake"));
    }

    @Test
    void theNearestTriggerWinsOverAFartherOne() {
        Happenings.About a = about("After the earthquake, police arrested three looters on Monday.", "Monday", false);
        assertEquals("arrest", a.kind());
    }

    @Test
    void aSemicolonEndsTheClause() {
        Happenings.About a = about("The storm passed; on Monday the town was quiet.", "Monday", false);
        assertEquals(null, a.kind());
    }

    @Test
    void wordsOutsideAnySentenceAreAboutNothing() {
        String text = HEAD + "A quake struck on Monday.\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
        Happenings.About a = Happenings.of(d).about(new Span(0, 9));
        assertEquals(null, a.kind());
        assertFalse(a.ownDate());
        assertFalse(a.background());
    }

    @Test
    void theWordListsAreReadFromTheirFiles() {
        assertTrue(Happenings.OWN_DATE_VERBS.contains("announced"));
        assertTrue(Happenings.OWN_DATE_VERBS.contains("found"));
        assertTrue(Happenings.BACKGROUND.contains("previously"));
        assertTrue(Happenings.BACKGROUND.contains("ago"));
        assertFalse(Happenings.OWN_DATE_VERBS.contains("struck"), "a happening's own verb never takes its date away");
    }

    private static boolean someoneElse(String body, String words) {
        String text = HEAD + body;
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
        int at = text.indexOf(words, HEAD.length());
        return Happenings.of(d).aboutSomeoneElse(new Span(at, at + words.length()), d.names());
    }

    private static final String ARREST = "Chargers lineman Jamal Williams was arrested early Sunday.\n"
            + "Williams was booked into county jail, coach Norv Turner said.\n"
            + "Williams was released on bail, and Turner said Williams would play.\n"
            + "Asked again, Turner did not say more about Williams.\n"
            + "The receiver Vincent Jackson was arrested on Jan. 6 in another case.\n"
            + "A lawyer said Jackson was sorry.\n"
            + "The team said nothing on Monday.\n";

    @Test
    void aSentenceAboutSomeoneTheArticleIsNotAboutIsTheirs() {
        assertTrue(someoneElse(ARREST, "Jan. 6"));
    }

    @Test
    void aSentenceNamingAMainPersonIsTheArticles() {
        assertFalse(someoneElse(ARREST, "Sunday"), "the most mentioned person, in full");
        assertFalse(someoneElse(ARREST, "bail"), "the most mentioned person, by surname");
        assertFalse(someoneElse(ARREST, "did not say"), "the second most mentioned person");
    }

    @Test
    void aSentenceNamingNobodyIsTheArticles() {
        assertFalse(someoneElse(ARREST, "Monday"));
    }

    @Test
    void anArticleWithoutPeopleHasNobodyElse() {
        assertFalse(someoneElse("A strong earthquake struck the island on Tuesday.\n", "Tuesday"));
    }

    @Test
    void aDashEndsTheClauseAsASemicolonDoes() {
        assertEquals(null, about("The storm passed \u2014 on Monday the town was quiet.", "Monday", false).kind());
        assertEquals(null, about("The storm passed \u2013 on Monday the town was quiet.", "Monday", false).kind());
        assertEquals("storm", about("The storm passed on Monday \u2014 the town was quiet.", "Monday", false).kind());
    }

    @Test
    void wordsAtTheEdgesOfTheirSentenceAreFound() {
        Happenings.About first = about("Tuesday brought an earthquake to the island.", "Tuesday", false);
        assertEquals("quake", first.kind());
        Happenings.About last = about("An earthquake struck the island Tuesday", "Tuesday", false);
        assertEquals("quake", last.kind());
        assertEquals(new Span(HEAD.length() + 3, HEAD.length() + 13), last.trigger(), "'earthquake', from the sentence's fourth character");
    }

    private static Happenings reader(String body) {
        return Happenings.of(Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of()))));
    }

    private static Span at(String body, String words) {
        int k = (HEAD + body).indexOf(words, HEAD.length());
        return new Span(k, k + words.length());
    }

    @Test
    void aFigureWithAModalVerbIsAPossibility() {
        String body = "A magnitude 6 quake can cause severe damage. The quake killed 12 people in May.";
        Happenings h = reader(body);
        assertTrue(h.hypothetical(at(body, "6")));
        assertFalse(h.hypothetical(at(body, "12")), "May is a month, not a modal");
        assertTrue(Happenings.HYPOTHETICAL.containsAll(java.util.Set.of("can", "could", "might", "would")));
        assertFalse(Happenings.HYPOTHETICAL.contains("may"));
    }

    @Test
    void aPlaceWhereTheQuakeWasFeltIsNotWhereItStruck() {
        String body = "The quake struck in Harlan County, and it rattled homes in Brenton.";
        Happenings h = reader(body);
        assertFalse(h.effectPlace(at(body, "Harlan County")));
        assertTrue(h.effectPlace(at(body, "Brenton")));
        assertTrue(Happenings.EFFECT.containsAll(java.util.Set.of("felt", "rattled", "shook")));
    }

    @Test
    void aSentenceOpeningWithItGoesOnAboutTheBackgroundBeforeIt() {
        String body = "The last major quake to hit the region was in February. It killed 612 people. "
                + "A quake struck Aceh on Tuesday. It killed 15 people.";
        Happenings h = reader(body);
        assertTrue(h.aboutFigure(at(body, "612")).background(), "goes on about the last quake");
        assertFalse(h.aboutFigure(at(body, "15")).background(), "the sentence before is no background");
    }

    @Test
    void aPronounStandsForThePersonNamedBeforeIt() {
        String body = "Carmine Ostrava ran a crew in Greenwich Village. Ostrava was feared. In 1969, he was indicted in New Jersey.";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        assertEquals(List.of("carmine ostrava"), Happenings.of(d).people(at(body, "1969"), d.names()));
        String two = "Carmine Ostrava met Louis Varga. In 1969, he was indicted in New Jersey.";
        ExtractedDocument d2 = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + two + "\n", List.of())));
        assertEquals(List.of(), Happenings.of(d2).people(at(two, "1969"), d2.names()), "two people before, neither most named");
    }

    private static List<String> peopleAt(String body, String words) {
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        return Happenings.of(d).people(at(body, words), d.names());
    }

    @Test
    void aPronounBeforeTheNamesOfTheSentenceBeforeIsFollowedBack() {
        String base = "Carmine Ostrava led the crew. ";
        assertEquals(List.of("carmine ostrava"),
                peopleAt(base + "In his youth he helped reporters Dana Perrin and Tomas Vell. In 2006 he came forward.", "2006"),
                "his, then he, before the reporters' names: the pronoun of the sentence before is followed back");
        assertEquals(List.of(),
                peopleAt(base + "Reporters Dana Perrin and Tomas Vell helped him. In 2006 he came forward.", "2006"),
                "the names before the pronoun: they may be whom it stands for");
        assertEquals(List.of(),
                peopleAt(base + "Dana Perrin and Tomas Vell met. In 2006 he came forward.", "2006"), "no pronoun in the sentence before");
        assertEquals(List.of(),
                peopleAt("Carmine Ostrava met Louis Varga. He helped reporters Dana Perrin and Tomas Vell. In 2006 he came forward.", "2006"),
                "followed back to two people, neither most named");
        assertEquals(List.of(),
                peopleAt("Carmine Ostrava led the crew. One. Two. He helped reporters Dana Perrin and Tomas Vell. In 2006 he came forward.",
                        "2006"), "the person who is followed back to lies beyond the reach");
        assertEquals(List.of("carmine ostrava"),
                peopleAt("Carmine Ostrava led the crew. Two. He helped reporters Dana Perrin and Tomas Vell. In 2006 he came forward.",
                        "2006"), "within the reach");
        assertEquals(List.of("carmine ostrava"),
                peopleAt("Carmine Ostrava led the crew. He helped reporters Dana Perrin and Tomas Vell. Then in 2006 he came forward.", "2006"));
    }

    @Test
    void itThatDoesAHappeningStandsForTheNameWrittenFirstBefore() {
        String base = "The frigate Karsa Vell escorted the tanker Mira Dorn. ";
        assertEquals(List.of("karsa vell"), peopleAt(base + "It had sunk a skiff on May 2.", "May 2"), "it, an auxiliary, the verb");
        assertEquals(List.of("karsa vell"), peopleAt(base + "It sank a skiff on May 2.", "May 2"));
        assertEquals(List.of(), peopleAt(base + "It was sunk on May 2.", "May 2"), "done to, not doing");
        assertEquals(List.of(), peopleAt(base + "It said on May 2 that a skiff sank.", "May 2"), "no happening right after it");
        assertEquals(List.of(), peopleAt(base + "On May 2 it had been escorting a skiff.", "May 2"), "an auxiliary and no happening");
        assertEquals(List.of(), peopleAt(base + "It had", "It had"), "nothing after the auxiliary");
        assertEquals(List.of("karsa vell"), peopleAt("Karsa Vell met Mira Dorn at sea; on May 2 it sank a skiff.", "May 2"),
                "the name written first in its own sentence, before the clause that names nobody");
        assertEquals(List.of("karsa vell"),
                peopleAt("The frigate Karsa Vell left port. One. Two. On May 2 it sank a skiff.", "May 2"), "within the reach");
        assertEquals(List.of(),
                peopleAt("The frigate Karsa Vell left port. One. Two. Three. On May 2 it sank a skiff.", "May 2"), "beyond the reach");
    }

    @Test
    void peopleBesideADateAreThoseOfItsCommaBoundedPart() {
        String body = "The Harbour Hawks signed Tom Velko on Monday after releasing Ray Dunn, and on Wednesday, signed Sam Ortel; "
                + "Ivo Renn left. Tom Velko and Sam Ortel trained on Thursday.";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", HEAD + body + "\n", List.of())));
        Happenings h = Happenings.of(d);
        List<String> monday = h.peopleBeside(at(body, "Monday"), d.names());
        assertTrue(monday.contains("tom velko") && monday.contains("ray dunn"), monday.toString());
        assertFalse(monday.contains("sam ortel"), "after the comma: " + monday);
        assertEquals(List.of(), h.peopleBeside(at(body, "Wednesday"), d.names()), "a part that names nobody");
        List<String> thursday = h.peopleBeside(at(body, "Thursday"), d.names());
        assertTrue(thursday.contains("sam ortel") && !thursday.contains("ivo renn"), "not across a semicolon or sentence: " + thursday);
    }

    @Test
    void aNameWithAWeekdayOrALaterMonthIsNoPerson() {
        assertTrue(Happenings.calendarWord("athens saturday"));
        assertTrue(Happenings.calendarWord("early friday"));
        assertTrue(Happenings.calendarWord("Vancouver Friday"));
        assertTrue(Happenings.calendarWord("lindor december"));
        assertFalse(Happenings.calendarWord("june carter"), "a month opens a person's name");
        assertFalse(Happenings.calendarWord("dana perrin"));
        assertFalse(Happenings.calendarWord("fridays"), "a whole word only");
    }

    @Test
    void aHappeningsWordBeforeATallyNounNamesTheTallyNotAHappening() {
        String body = "The death toll rose to 10. Casualty Count unclear. Fire tolls rang. Blast, toll roads shut. Quake counts vary. Crash";
        Happenings h = reader(body);
        assertTrue(h.namesTally(at(body, "death")), "'death toll'");
        assertTrue(h.namesTally(at(body, "Casualty")), "'Casualty Count': the list's word, whatever its case");
        assertTrue(h.namesTally(at(body, "Fire")), "'tolls' is on the list too");
        assertFalse(h.namesTally(at(body, "Blast")), "a comma after the word: no tally noun beside it");
        assertFalse(h.namesTally(at(body, "Quake")), "'counts' is not on the list");
        assertFalse(h.namesTally(at(body, "Crash")), "the text's last word has only the line's end after it");
        assertFalse(h.namesTally(at(body, "rose")), "a space after, then a word that is no tally noun");
    }

    /** Whether the sentence holding {@code time} goes on about {@code person}, the person of {@code earlier}. */
    private static boolean goesOnAbout(String body, String earlier, String time, String person) {
        String text = HEAD + body + "\n";
        ExtractedDocument d = Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
        int e = text.indexOf(earlier, HEAD.length());
        int t = text.indexOf(time, HEAD.length());
        return Happenings.of(d).goesOnAbout(new Span(t, t + time.length()), new Span(e, e + earlier.length()), person, d.names());
    }

    @Test
    void aSentenceGoesOnAboutThePersonItOpensWithWhenItTellsOfNoHappeningOfItsOwn() {
        String two = "Dara Quell was detained on Sunday in Lisbourne. Quell failed a breath test at 1 a.m., a trooper said.";
        assertTrue(goesOnAbout(two, "Sunday", "1 a.m.", "dara quell"), "the surname opens it");
        assertFalse(goesOnAbout(two, "Sunday", "1 a.m.", "ivo marsh"), "another person");
        assertFalse(goesOnAbout(two, "1 a.m.", "Sunday", "dara quell"), "the sentence after, not before");
        assertTrue(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. She failed a breath test at 1 a.m.", "Sunday",
                "1 a.m.", "dara quell"), "a pronoun for the person");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. She failed a breath test at 1 a.m.", "Sunday",
                "1 a.m.", "ivo marsh"), "the pronoun stands for another");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. The road was shut. Quell failed a breath test "
                + "at 1 a.m.", "Sunday", "1 a.m.", "dara quell"), "two sentences on");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. Quell was released at 5 p.m.", "Sunday",
                "5 p.m.", "dara quell"), "a happening's word of its own");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. Released at 5 p.m., Quell went home.", "Sunday",
                "5 p.m.", "dara quell"), "a happening's word opening the sentence");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. Quell went home, and was arrested at 5 p.m.",
                "Sunday", "5 p.m.", "dara quell"), "a happening's word closing the sentence");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. Quell told reporters at 5 p.m. she was calm.",
                "Sunday", "5 p.m.", "dara quell"), "a verb with a date of its own");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. Quell had last driven at 5 p.m. that day.",
                "Sunday", "5 p.m.", "dara quell"), "a background marker");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. Later Quell sat in a cell at 5 p.m.", "Sunday",
                "5 p.m.", "dara quell"), "the person is not the opening word");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. quell sat in a cell at 5 p.m.", "Sunday",
                "5 p.m.", "dara quell"), "a lower-case opening is no name");
        assertFalse(goesOnAbout("Dara Quell was detained on Sunday in Lisbourne. Ivo Marsh and Quell sat in a cell at 5 p.m.",
                "Sunday", "5 p.m.", "dara quell"), "another name written first");
    }

    @Test
    void aSentenceTellsOfAHappeningWhenItHoldsAHappeningsWordBesideTheWords() {
        String text = HEAD + "Fire, the farmer said.\nThey saw a fire there.\nThe weather was mild on Tuesday, the farmer said.\n";
        Happenings h = Happenings.of(Extractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))));
        int opening = text.indexOf("Fire");
        int farmer = text.indexOf("farmer");
        assertTrue(h.sentenceTells(new Span(farmer, farmer + 6)), "the word opens the sentence");
        assertFalse(h.sentenceTells(new Span(opening, opening + 4)), "the word itself is not beside itself");
        int fire = text.indexOf("fire there");
        assertTrue(h.sentenceTells(new Span(fire + 4, fire + 10)), "words right after the word");
        assertTrue(h.sentenceTells(new Span(fire - 6, fire)), "words right before the word");
        assertTrue(h.sentenceTells(new Span(fire + 4, fire + 11)), "words up to the sentence's end");
        int tuesday = text.indexOf("Tuesday");
        assertFalse(h.sentenceTells(new Span(tuesday, tuesday + 7)), "a sentence with no happening's word");
        assertFalse(h.sentenceTells(new Span(text.length() + 5, text.length() + 9)), "no sentence");
    }
}
