package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.crosscheck.claims.QuantityClaim;
import org.crosscheck.claims.Span;
import org.junit.jupiter.api.Test;

class FigureClauseTest {

    /** The tie of the first occurrence of {@code figure} in {@code sentence}, read over the whole sentence. */
    private static FigureClause.Tie tie(String sentence, String figure) {
        int at = sentence.indexOf(figure);
        assertTrue(at >= 0, figure);
        return FigureClause.of(sentence, 0, sentence.length(), at, at + figure.length());
    }

    private static void ties(String sentence, String figure, String act, String owner) {
        FigureClause.Tie t = tie(sentence, figure);
        assertEquals(act, t.act(), "act of " + figure + " in: " + sentence);
        assertEquals(owner, t.owner(), "owner of " + figure + " in: " + sentence);
    }

    @Test
    void anActiveVerbBeforeTheFigureGovernsItAndItsSubjectOwnsIt() {
        ties("The quake killed 12 people on Tuesday.", "12", "killed", "quake");
        ties("The Ravens scored 19 unanswered points in the third quarter.", "19", "scored", "ravens");
        ties("Shy Ely had 23 points for the Bears.", "23", "had", "shy ely");
        ties("Indian commandos seized at least 12 pirates.", "12", "seized", "indian commandos");
        ties("Police arrested a total of 26 men.", "26", "arrested", "police");
    }

    @Test
    void anAdverbBetweenTheSubjectAndItsVerbIsNoPartOfTheOwner() {
        ties("Nolan now has 1,950 career points.", "1,950", "has", "nolan");
        ties("The club currently has 40,000 members.", "40,000", "has", "club");
        ties("The firm recently hired 300 workers.", "300", "hired", "firm");
        assertTrue(FigureClause.AUXILIARIES.containsAll(java.util.List.of("now", "currently", "recently", "also", "still")));
    }

    @Test
    void aPassiveParticipleAfterTheCountedNounGovernsItAndItsAgentOrHappeningOwnsIt() {
        ties("Twelve people were killed in the quake.", "Twelve", "killed", "quake");
        ties("Five people were wounded by the blast on Sunday.", "Five", "wounded", "blast");
        ties("Five merchant vessels being escorted by the navy reached port.", "Five", "escorted", "navy");
        ties("More than 100 schools occupied by students stayed shut.", "100", "occupied", "students");
        ties("Two people died.", "Two", "died", null);
        // A place is no owner: "in" gives one only for a word of a happening.
        ties("Twelve people were injured in Athens.", "Twelve", "injured", null);
    }

    @Test
    void aRelativeClauseGivesItsAntecedentAsOwner() {
        ties("It was a fire that injured 3 firefighters.", "3", "injured", "fire");
        ties("The Colts, who scored 17 points, won.", "17", "scored", "colts");
        // A relative after a comma is read; a plain comma before the verb ends the subject.
        ties("On Sunday, scored 17 points.", "17", "scored", null);
    }

    @Test
    void aVerbAndToBeforeTheFigureGovernIt() {
        ties("Gigante was sentenced to 12 years in prison.", "12", "sentenced", "gigante");
        ties("He was sentenced to 12 years in prison.", "12", "sentenced", null);
        ties("Rusk was arrested in May. He was sentenced to 12 years in prison.", "12", "sentenced", "rusk");
        ties("Cheeks was given two contract extensions.", "two", "given", "cheeks");
    }

    @Test
    void aParticipleOfTheFigureGovernsIt() {
        ties("The navy was escorting five merchant vessels.", "five", "escorting", "navy");
        ties("The ship, escorting five merchant vessels, sailed.", "five", "escorting", null);
    }

    @Test
    void aNameBetweenTheVerbAndTheFigureIsTheVerbsObjectAndOwnsIt() {
        ties("The team signed Elton Brand to an $82 million deal.", "$82 million", "signed", "elton brand");
        ties("The judge sentenced Gigante to 12 years.", "12", "sentenced", "gigante");
        ties("The club gave Cheeks two extensions.", "two", "gave", "cheeks");
        // A name after a word that governs nothing is no object.
        ties("In Athens 12 people marched.", "12", "marched", null);
    }

    @Test
    void anAsideBetweenCommasStandsBetweenASubjectAndItsVerb() {
        ties("The Colts, trailing 14-0 at the half, scored 17 points.", "17", "scored", "colts");
        ties("HMS Larch, posted in the strait, was escorting a group of six cargo ships.", "six", "escorting",
                "hms larch");
        // An aside too long, or opened by another mark, is no aside.
        ties("The Colts (trailing 14-0), scored 17 points.", "17", "scored", null);
    }

    @Test
    void aHeadlineVerbInThePresentGovernsTheFigure() {
        ties("Indian Navy captures 26 Somali pirates", "26", "captures", "indian navy");
        ties("Powerful Quake in Iran Kills 10", "10", "kills", "powerful quake in iran");
        // A plural after a preposition is no verb.
        ties("It happened in games 3 and 4.", "3", null, null);
    }

    @Test
    void aParticipleInIngHasItsSubjectOnlyThroughAnAuxiliaryOrARelative() {
        ties("The film opened on November 21st grossing $69.6 million.", "$69.6 million", "grossing", null);
        ties("The film was grossing $69.6 million.", "$69.6 million", "grossing", "film");
        ties("The film that is grossing $69.6 million.", "$69.6 million", "grossing", "film");
    }

    @Test
    void aFigureInsideTheSubjectOfAnActiveVerbIsItsSubjects() {
        ties("A strong quake with a magnitude of 5.7 struck northern Chile.", "5.7", "struck", "strong quake");
        // Only a figure in a phrase of the clause's first noun is that noun's.
        ties("Reyes broke Garcia's record of 3,912 yards passing.", "3,912", "passing", null);
        ties("Marsh knows a thing or two about making deals.", "two", "making", null);
        // A passive has an agent, not a holder.
        ties("A quake with a magnitude of 6.1 was recorded.", "6.1", "recorded", null);
        ties("Police said 14 people were injured in the riots.", "14", "injured", "riots");
    }

    @Test
    void aPossessiveBeforeTheFigureOwnsIt() {
        ties("Elton Brand's $82 million contract was signed.", "$82 million", "signed", "elton brand");
        ties("The Hunger Games' $368 million gross.", "$368 million", null, "hunger games");
        ties("He received Brand's five-year deal.", "five", "received", "brand");
        // A lower-case possessive is no name.
        ties("The team's 17 points won it.", "17", "won", null);
    }

    @Test
    void withoutAVerbTheNearestHappeningOfItsPartGovernsIt() {
        ties("In the election two parties took part.", "two", "took", null);
        ties("The quake of magnitude 6.1 was felt far away.", "6.1", "quake", null);
        ties("Magnitude 6.1, the quake said nothing.", "6.1", null, null);
        ties("A magnitude of 6.1 for the quake.", "6.1", "quake", null);
    }

    @Test
    void wordsThatOnlyLookLikeVerbsGovernNothing() {
        ties("It had, including 3 children, no shelter.", "3", null, null);
        ties("An estimated 200 people.", "200", null, null);
        ties("Mr Reed 12 times.", "12", null, null);
        ties("On Sunday morning 12 people.", "12", null, null);
        // A name before the figure is no verb, even with a verb's ending.
        ties("Ahmed Mohammed 12 people.", "12", null, null);
    }

    @Test
    void aClauseMarkEndsTheSearch() {
        ties("The quake struck; 12 people.", "12", null, null);
        ties("They killed (12 people).", "12", null, null);
        ties("12 people, killed.", "12", null, null);
        ties("Twelve people -- killed.", "Twelve", null, null);
    }

    @Test
    void tyingSetsTheActAndOwnerOnTheClaimAndKeepsThemThroughGrouping() {
        String text = "The quake killed 12 people.";
        QuantityClaim q = new QuantityClaim("d", new Span(17, 19), "12", "killed", null, 12, "", 12, false, 12, false, 1,
                null, null, -1, null, -1, -1, null, true, true, true, null, null, null);
        QuantityClaim tied = FigureClause.tie(q, text, 0, text.length());
        assertEquals("killed", tied.act());
        assertEquals("quake", tied.owner());
        assertEquals("killed", tied.withEvent("E1", 3, "x").act());
        assertEquals("quake", tied.withMainHappening("quake").owner());
        String bare = "It is 12.";
        QuantityClaim untied = new QuantityClaim("d", new Span(6, 8), "12", "count", null, 12, "", 12, false,
                12, false, 1, null, null, -1, null, -1, -1, null, false, false, false, null, null, null);
        assertSame(untied, FigureClause.tie(untied, bare, 0, bare.length()), "a clause that names nothing leaves the claim as it was");
        assertNull(untied.act());
        assertNull(untied.owner());
    }

    @Test
    void afterALightVerbTheParticipleOfTheCountedNounIsTheAct() {
        ties("The war has seen more than 13,000 people killed.", "13,000", "killed", "war");
        ties("The quake left 12 people injured by the collapse.", "12", "injured", "collapse");
        ties("The quake left 12 people injured.", "12", "injured", "quake");
        ties("Rescuers found 12 people.", "12", "found", "rescuers");
        // Any other verb keeps its figure: "seized 12 pirates armed with rifles".
        ties("The navy seized 12 pirates armed with rifles.", "12", "seized", "navy");
        for (String w : FigureClause.LIGHT_VERBS) {
            assertTrue(FigureClause.act(w), w + " is read as a verb");
        }
    }

    @Test
    void aVerbGovernsAFigureOnlyWithinFourLeads() {
        ties("The quake killed up as many as 12.", "12", "killed", "quake");
        // Five leads: too far; the nearest happening word of the part is taken instead.
        ties("The quake killed up to as many as 12.", "12", "quake", null);
        ties("Police said 12 people were later all still reportedly escorted.", "12", null, null);
        ties("Police said 12 people were later all reportedly escorted.", "12", "escorted", null);
    }

    @Test
    void numbersWithCommasAndPointsAreOneWord() {
        ties("The quake killed 1,500 people.", "1,500", "killed", "quake");
        ties("The quake measured 6.1 on the scale.", "6.1", "measured", "quake");
        ties("He said: killed 12.", "12", "killed", null);
        ties("The Colts' 17 points won it.", "17", "won", "colts");
        ties("The Big New York Colts' 17 points won it.", "17", "won", "new york colts");
    }

    @Test
    void aPossessiveOwnsAFigureOnlyWithinTwoLeads() {
        ties("Brand's nearly $82 million deal.", "$82 million", null, "brand");
        ties("Brand's about nearly $82 million deal.", "$82 million", null, "brand");
        ties("Brand's up to about nearly $82 million deal.", "$82 million", null, null);
    }

    @Test
    void anOwnersPhraseHoldsThreeWordsAndOnePhraseOfItsNoun() {
        ties("The Indian Navy Western Command captured 26 pirates.", "26", "captured", "navy western command");
        ties("The chief of Athens police arrested 12 men.", "12", "arrested", "chief of athens police");
        ties("A strong deadly quake with a magnitude of 5.7 struck.", "5.7", "struck", "strong deadly quake");
        ties("A quake of 6.1 struck.", "6.1", "struck", "quake");
        ties("Ten were killed by the very strong quake in Iran.", "Ten", "killed", "very strong quake");
        ties("He says 12 people died.", "12", "died", null);
        ties("Navy captures 26 pirates", "26", "captures", "navy");
    }

    @Test
    void anAsideHoldsAtMostTwelveWords() {
                ties("The Colts, one two three four five six seven eight nine ten eleven twelve, scored 17 points.", "17", "scored", "colts");
        ties("The Colts, one two three four five six seven eight nine ten eleven twelve thirteen, scored 17 points.", "17", "scored",
                null);
    }

    @Test
    void aClauseIsReadNearItsFigureOnly() {
        String far = "The quake killed " + "12 ".repeat(200) + "people.";
        FigureClause.Tie t = FigureClause.of(far, 0, far.length(), far.length() - 10, far.length() - 8);
        assertNull(t.act(), "a verb more than a window away governs nothing");
        String near = "x ".repeat(300) + "The quake killed 12 people.";
        int at = near.indexOf("12");
        assertEquals(new FigureClause.Tie("killed", "quake"), FigureClause.of(near, 0, near.length(), at, at + 2));
    }

    @Test
    void listsAreFoldedAndHoldNoWordOfEachOther() {
        for (Set<String> list : java.util.List.of(FigureClause.VERBS, FigureClause.NOT_ACTS, FigureClause.LEADS,
                FigureClause.AUXILIARIES, FigureClause.RELATIVES, FigureClause.OWNER_STOPS, FigureClause.OCCASIONS,
                FigureClause.LIGHT_VERBS)) {
            assertFalse(list.isEmpty());
            for (String w : list) {
                assertEquals(w.toLowerCase(java.util.Locale.ROOT).strip(), w, w);
            }
        }
        for (String w : FigureClause.NOT_ACTS) {
            assertFalse(FigureClause.VERBS.contains(w), w + " is both a verb and no act");
            assertFalse(FigureClause.act(w), w);
        }
        for (String w : FigureClause.LEADS) {
            assertFalse(FigureClause.act(w), w + " leads to a figure and governs none");
        }
        assertTrue(FigureClause.AUXILIARIES.containsAll(FigureClause.RELATIVES), "a relative pronoun may stand before a participle");
        for (String w : FigureClause.OCCASIONS) {
            assertFalse(w.endsWith("s"), w + ": occasions are listed in the singular");
            assertFalse(EventExtractor.WORDS.containsKey(w), w + " is a trigger already");
            assertTrue(FigureClause.happeningWord(w + "s"), w);
        }
        assertTrue(FigureClause.happeningWord("incident") && FigureClause.happeningWord("quakes"));
        assertFalse(FigureClause.happeningWord("athens") || FigureClause.happeningWord("head"));
        assertTrue(FigureClause.act("escorted") && FigureClause.act("escorting") && FigureClause.act("had"));
        assertFalse(FigureClause.act("red") || FigureClause.act("sing") || FigureClause.act("were"));
    }

    @Test
    void theWordsOfARangeAreReadOnceForItsFiguresAndAnewForAnotherRangeOrText() {
        String text = "The storm killed 12 people and destroyed 300 homes, officials said on Monday.";
        java.util.List<FigureClause.Word> words = FigureClause.words(text, 0, text.length());
        assertEquals(FigureClause.read(text, 0, text.length()), words);
        assertEquals(13, words.size());
        assertEquals(new FigureClause.Word("homes", "homes", 45, 50, (char) 0), words.get(8));
        assertEquals(',', words.get(9).mark());
        assertSame(words, FigureClause.words(text, 0, text.length()), "the same range of the same text: read once");
        String copy = new String(text);
        java.util.List<FigureClause.Word> again = FigureClause.words(copy, 0, copy.length());
        assertFalse(words == again, "another text, even of the same characters, is read anew");
        assertEquals(words, again);
        assertEquals(FigureClause.read(copy, 4, copy.length()), FigureClause.words(copy, 4, copy.length()));
        assertEquals(FigureClause.read(copy, 4, 18), FigureClause.words(copy, 4, 18));
        assertEquals("storm killed 1", FigureClause.words(copy, 4, 18).stream().map(FigureClause.Word::text)
                .collect(java.util.stream.Collectors.joining(" ")), "a range's end cuts a word");
        assertEquals(FigureClause.read(copy, 0, 20), FigureClause.words(copy, 0, 20));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> words.add(words.get(0)));
        // Two figures of one sentence tie as each alone does.
        assertEquals("killed", FigureClause.of(text, 0, text.length(), 17, 19).act());
        assertEquals("destroyed", FigureClause.of(text, 0, text.length(), 41, 44).act());
        assertEquals("killed", FigureClause.of(text, 0, text.length(), 17, 19).act());
    }

    @Test
    void aVerbJoinedByAndHasTheSubjectOfTheVerbBeforeIt() {
        ties("The coastguard stopped a trawler off the cape and detained 14 crewmen.", "14", "detained", "coastguard");
        ties("Rangers searched the hills, found the camp and seized 9 rifles.", "9", "seized", "rangers");
        // No verb before the "and", or a mark other than a comma between: no owner.
        ties("Smith and Jones scored 40 points.", "40", "scored", "jones");
        ties("The ferry sank (in the storm) and drowned 8 passengers.", "8", "drowned", null);
        ties("They searched the hills and seized 9 rifles.", "9", "seized", null);
    }

    @Test
    void aTimeAdjunctBetweenTheSubjectAndItsVerbIsNoPartOfTheOwner() {
        ties("The coastguard on Friday detained 14 crewmen.", "14", "detained", "coastguard");
        ties("Wardens last night counted 300 geese.", "300", "counted", "wardens");
        ties("The agency earlier this week received 900 letters.", "900", "received", "agency");
        // Links alone are no adjunct.
        ties("The boats in port held 40 crew.", "40", "held", "boats in port");
        assertTrue(FigureClause.TIME_ADJUNCTS.containsAll(java.util.List.of("on", "saturday", "night", "last", "week")));
        assertEquals(java.util.Set.of("on", "in", "last", "this", "early", "late", "earlier"), FigureClause.TIME_LINKS,
                "the link words read from figure-time-links.txt");
        assertTrue(FigureClause.TIME_ADJUNCTS.containsAll(FigureClause.TIME_LINKS), "every link word is an adjunct's word");
    }

    @Test
    void aParticipleAfterACommaThatEndsAClauseIsItsSubjects() {
        ties("Marines stormed the dhow at dawn, freeing 17 hostages.", "17", "freeing", "marines");
        ties("Armed marines stormed the dhow, freeing 17 hostages.", "17", "freeing", "armed marines");
        // The part before the comma has no verb: the participle is an aside.
        ties("The cutter, towing 3 barges, left.", "3", "towing", null);
        ties("The dhow sank at dawn freeing 17 hostages.", "17", "freeing", null);
    }

    @Test
    void anAsideInAppositionNamesTheSubjectWhenNoNounStandsBeforeIt() {
        ties("The second expert the court called, surveyor Ana Brill, spent 40 minutes on the stand.", "40", "spent",
                "surveyor ana brill");
        // A noun before the aside is the subject; an aside that is no noun phrase names none.
        ties("Ana Brill, a surveyor, spent 40 minutes on the stand.", "40", "spent", "ana brill");
        ties("The expert the court called, questioned at length, spent 40 minutes there.", "40", "spent", null);
    }

    @Test
    void roleWordsBeforeANamedObjectAreNoBarToIt() {
        ties("The club signed free agent Tom Rusk to a $6 million deal.", "$6 million", "signed", "tom rusk");
        ties("The club signed guard Tom Rusk to a $6 million deal.", "$6 million", "signed", "tom rusk");
        // Three lower-case words are too many.
        ties("Fans loved the club's tall new guard Tom Rusk to the tune of $6 million.", "$6 million", null, null);
    }

    @Test
    void aNameInAForPhraseAfterTheCountedNounOwnsTheFigureWhenNothingElseDoes() {
        ties("It was a $6 million deal for Tom Rusk.", "$6 million", null, "tom rusk");
        ties("It reached $6 million for the Harwick Rovers on Friday.", "$6 million", "reached", "harwick rovers");
        ties("The club agreed a $6 million contract for Rusk.", "$6 million", "agreed", "club");
        // A lower-case phrase, a day, a phrase past a verb or another preposition names none.
        ties("It was a $6 million deal for the club.", "$6 million", null, null);
        ties("It was a $6 million deal for Monday.", "$6 million", null, null);
        ties("It was a $6 million deal signed for Rusk.", "$6 million", "signed", null);
        ties("It was a $6 million deal in cash for Rusk.", "$6 million", null, null);
    }

    @Test
    void aPersonsPronounStandsForTheNearestNameBeforeItThatIsASubject() {
        ties("Ana Brill had won before. She could be sentenced to up to 9 years.", "9", "sentenced", "ana brill");
        ties("Tom Rusk, 49, was upset by the loss of one of his four dogs.", "four", null, "tom rusk");
        ties("In March Rusk lost the title. He had 14 wins.", "14", "had", "rusk");
        // A name that is no subject, a day, a month's figure, or no name at all: no owner.
        ties("Police thanked Rusk. He was sentenced to 12 years.", "12", "sentenced", null);
        ties("They met on Monday. He was sentenced to 12 years.", "12", "sentenced", null);
        ties("It rained. He was sentenced to 12 years.", "12", "sentenced", null);
        ties("Rusk (a guard), she said, had seen 12 of them.", "12", "seen", null);
        ties("Rusk said she, in court, took 12 of them.", "12", "took", null);
        assertEquals(null, FigureClause.antecedent("Rusk and Lee. ", 14));
        assertEquals("rusk", FigureClause.antecedent("Tom said Lee, 40, and Rusk, who is 39, had left. ", 48));
        assertEquals("lee", FigureClause.antecedent("Lee, 40, was there. Tom, 39, and Al met. ", 41));
        assertTrue(FigureClause.PERSON_PRONOUNS.containsAll(java.util.List.of("he", "she", "his", "her")));
    }

    @Test
    void aPronounStandsForNoOrganisationPlaceGroupOrPersonOfTheOtherGender() {
        // An organisation's noun in the name's run, read back over "of" and articles, or in the name.
        ties("Tom Rusk was there. The head of the Order of Saint Varn Monks was charged. He could be sentenced to 9 years.",
                "9", "sentenced", "tom rusk");
        ties("Tom Rusk was there. Harwick Council was upset. He had 14 wins.", "14", "had", "tom rusk");
        ties("Tom Rusk was there. Police was upset. He had 14 wins.", "14", "had", "tom rusk");
        ties("Tom Rusk was there. The Town of Orwen was upset. He had 14 wins.", "14", "had", "tom rusk");
        // A country, a plural name or a plural verb.
        ties("Rusk was there. France was upset. He had 14 wins.", "14", "had", "rusk");
        ties("Rusk was there. Harwick Rovers was upset. He had 14 wins.", "14", "had", "rusk");
        ties("Rusk was there. Varn were upset. He had 14 wins.", "14", "had", "rusk");
        ties("Rusk was there. Varn are upset. He had 14 wins.", "14", "had", "rusk");
        ties("Rusk was there. Varn have left. He had 14 wins.", "14", "had", "rusk");
        // A first name of the other gender; one of the pronoun's own, or none, is kept.
        ties("Tom Rusk was there. Ana Brill was upset. He had 14 wins.", "14", "had", "tom rusk");
        ties("Ana Brill was there. Tom Rusk was upset. She had 14 wins.", "14", "had", "ana brill");
        ties("Ana Brill was there. Tom Rusk was upset. Her 14 wins stood.", "14", "wins", "ana brill");
        ties("Tom Rusk was there. Ana Brill was upset. His 14 wins stood.", "14", "wins", "tom rusk");
        ties("Ana Brill was there. Tom Rusk was upset. He had 14 wins.", "14", "had", "tom rusk");
        ties("Ana Brill was there. Tom Rusk was upset. She had 14 wins.", "14", "had", "ana brill");
        ties("Ana Brill was there. Varn Rusk was upset. She had 14 wins.", "14", "had", "varn rusk");
        // A single word is read as a surname, whatever first name it may also be.
        ties("Tom Rusk was there. Ana was upset. He had 14 wins.", "14", "had", "ana");
        ties("Tom Rusk was there. Ana Rovers was upset. He had 14 wins.", "14", "had", "tom rusk");
        // A first name holds over an organisation's noun, a plural or a plural verb; a single name is no plural.
        ties("Rusk was there. Tom Church was upset. He had 14 wins.", "14", "had", "tom church");
        ties("Rusk was there. Tom Adams was upset. He had 14 wins.", "14", "had", "tom adams");
        ties("Rusk was there. Adams was upset. He had 14 wins.", "14", "had", "adams");
        ties("Rusk was there. Orwen Rusk was upset. He had 14 wins.", "14", "had", "orwen rusk");
        // A comma ends the run: an organisation before it is another phrase.
        ties("Rusk was there. In the Harwick Council, Varn Lee was upset. He had 14 wins.", "14", "had", "varn lee");
        assertEquals(Genders.MALE, FigureClause.genderOf("his dog", 0));
        assertEquals(Genders.MALE, FigureClause.genderOf("He", 0));
        assertEquals(Genders.FEMALE, FigureClause.genderOf("her", 0));
        assertNull(FigureClause.genderOf("their", 0));
        assertTrue(FigureClause.PLURAL_AUXILIARIES.containsAll(java.util.List.of("were", "are", "have")));
    }

    /** The owner of {@code figure} read over the second sentence of {@code text}, which opens at {@code from}. */
    private static String ownerFrom(String text, int from, String figure) {
        int at = text.indexOf(figure, from);
        return FigureClause.of(text, from, text.length(), at, at + figure.length()).owner();
    }

    @Test
    void aPronounOpeningItsSentenceIsReadAndNoOtherWordIs() {
        String first = "Lee was there. ";
        assertEquals("lee", ownerFrom(first + "He was sentenced to 12 years.", first.length(), "12"));
        assertEquals("lee", ownerFrom(first + "His 12 dogs barked.", first.length(), "12"));
        assertEquals("lee", ownerFrom(first + "Her 12 dogs barked.", first.length(), "12"));
        // A mark before the figure, only leads before it, or no verb: no pronoun, no owner.
        assertNull(ownerFrom(first + "Then, 12 people died.", first.length(), "12"));
        assertNull(ownerFrom(first + "About 12 people died.", first.length(), "12"));
        assertNull(ownerFrom(first + "Then 12 people died.", first.length(), "12"));
        // An aside that never closes is no aside.
        assertNull(FigureClause.antecedent("Lee, then Rusk", 14));
    }
}
