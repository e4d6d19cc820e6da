package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.claims.EventClaim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

/** The happenings an article names, from {@code happening-triggers.txt}. */
class EventExtractorTest {

    private static List<String> happenings(String body) {
        String text = "Published: July 3, 2013 10:00 GMT\nNews\n" + body + "\n";
        return EventExtractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).stream()
                .filter(EventClaim.class::isInstance).map(c -> ((EventClaim) c).text() + "=" + ((EventClaim) c).happening())
                .toList();
    }

    private static List<String> places(String body) {
        String text = "Published: July 3, 2013 10:00 GMT\nNews\n" + body + "\n";
        return EventExtractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of()))).stream()
                .filter(org.crosscheck.claims.PlaceClaim.class::isInstance).map(c -> ((org.crosscheck.claims.PlaceClaim) c).text())
                .toList();
    }

    private static List<org.crosscheck.claims.Claim> claims(String body) {
        String text = "Published: July 3, 2013 10:00 GMT\nNews\n" + body + "\n";
        return EventExtractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())));
    }

    private static String describe(org.crosscheck.claims.Claim c) {
        return c instanceof org.crosscheck.claims.PlaceClaim p ? "place " + p.happening() + " " + p.text() : c.kind() + " " + c.value();
    }

    @Test
    void aPlaceEndsBeforeAMonthOrWeekday() {
        assertEquals(List.of("Athens"), places("Riots followed the shooting of a boy in Athens Saturday night."));
        assertEquals(List.of("New York"), places("The shooting in New York Monday left two hurt."));
        assertEquals(List.of("Port Louis"), places("The shooting in Port Louis, March 3, left two hurt."));
        assertEquals(List.of("Lindor"), places("The shooting at Christmas in Lindor left two hurt."), "a holiday is a time");
        assertEquals(List.of("Rio Grande Valley"), places("The shooting in Rio Grande Valley left two hurt."));
        assertEquals("Athens", EventExtractor.beforeCalendarWord("Athens Saturday"));
        assertEquals("New York", EventExtractor.beforeCalendarWord("New York Monday."));
        assertEquals("Saturday", EventExtractor.beforeCalendarWord("Saturday"));
    }

    @Test
    void theTriggerListNamesKindsForWordForms() {
        assertEquals("meeting", EventExtractor.WORDS.get("met"));
        assertEquals("quake", EventExtractor.WORDS.get("temblor"));
        assertEquals("arrest", EventExtractor.WORDS.get("detained"));
        assertEquals("arrest", EventExtractor.WORDS.get("captured"), "a capture is an arrest");
        assertEquals("arrest", EventExtractor.WORDS.get("recaptured"));
        assertEquals("arrest", EventExtractor.WORDS.get("apprehended"));
        assertFalse(EventExtractor.WORDS.containsKey("caught"), "caught fire, caught on camera");
        assertFalse(Mentions.PASSING.containsKey("captured"), "one list for one word");
        assertEquals("appointment", EventExtractor.WORDS.get("hired"));
        for (String word : EventExtractor.WORDS.keySet()) {
            assertEquals(word.strip().toLowerCase(java.util.Locale.ROOT), word, "one lower-case word form a line");
            assertTrue(word.matches("[\\p{L}-]+( [\\p{L}-]+)?"), "a word form or a phrase of two: " + word);
        }
        Set<String> kinds = new TreeSet<>(EventExtractor.WORDS.values());
        assertTrue(kinds.containsAll(Set.of("meeting", "visit", "attack", "quake", "arrest", "fire", "death")), kinds.toString());
    }

    @Test
    void aRobberyIsAKindOfHappeningButATheftsWordsAloneAreNot() {
        for (String w : List.of("robbery", "robberies", "robbed", "robbers", "burglary", "burglaries", "burgled")) {
            assertEquals("robbery", EventExtractor.WORDS.get(w), w);
        }
        assertEquals(List.of("robbers=robbery"), happenings("Armed robbers took gems from a jeweller in Lindor on Friday."));
        assertEquals(List.of("robbery=robbery"), happenings("The robbery at the Lindor bank lasted ten minutes."));
        for (String w : List.of("stole", "stolen", "stealing", "thieves", "theft", "heist")) {
            assertNull(EventExtractor.WORDS.get(w), w + ": recalls of earlier thefts or records, or a thing described");
        }
        assertEquals(List.of(), happenings("Last month thieves stole a painting from the Lindor museum."));
    }

    @Test
    void aPhraseOfTwoWordsIsOneTriggerWhereItsFirstWordAloneIsNone() {
        assertEquals("rehab", EventExtractor.WORDS.get("checked into"));
        assertNull(EventExtractor.WORDS.get("checked"));
        assertEquals(List.of("checked into=rehab"),
                happenings("The singer checked into a clinic in Malibu on Friday."));
        assertEquals(List.of("checked  into=rehab"),
                happenings("The singer checked  into a clinic in Malibu on Friday."));
        assertEquals(List.of(), happenings("Officers checked the car on Friday."));
        assertEquals(List.of("re-signed=signing", "sank=sinking"),
                happenings("The club re-signed the striker after the navy sank a trawler."));
    }

    @Test
    void onlyAWordThatBeginsAListedPhraseLooksAtTheNextWord() {
        assertTrue(EventExtractor.PHRASE_FIRST_WORDS.containsAll(List.of("checked", "checking")));
        assertFalse(EventExtractor.PHRASE_FIRST_WORDS.contains("into"));
        String sentence = "Ada Checked into rehab";
        assertEquals(sentence.indexOf(" rehab"), EventExtractor.phraseEnd(sentence, 4, 11, "checked"));
        assertEquals(11, EventExtractor.phraseEnd(sentence, 4, 11, "scanned"), "a word that begins no phrase");
        assertEquals(List.of("Checked into=rehab"), happenings("Checked into a clinic, the singer rested."));
    }

    @Test
    void eachTriggerInASentenceIsAHappeningOfItsKind() {
        assertEquals(List.of("earthquake=quake", "fire=fire"),
                happenings("An earthquake hit Aceh on Tuesday and a fire broke out."));
        assertEquals(List.of("arrested=arrest", "met=meeting"),
                happenings("Police arrested two men after the ministers met in Brussels."));
    }

    @Test
    void aCapitalisedTriggerInsideASentenceIsAName() {
        assertEquals(List.of("fire=fire"), happenings("Residents of Fire Island saw the fire spread."));
        assertEquals(List.of("Fire=fire"), happenings("Fire swept through the hall."));
    }

    @Test
    void fireThatIsOpenedOrReturnedIsGunfire() {
        assertEquals(List.of("fire=attack"), happenings("A worker opened fire at the plant on Thursday."));
        assertEquals(List.of("fire=attack"), happenings("Officers returned fire."));
        assertEquals(List.of("fire=attack", "fire=fire"), happenings("Two men open fire as a fire burns the hall."));
        assertEquals(List.of("fire=fire"), happenings("The fire spread to the roof."));
        assertEquals(List.of("Fire=fire"), happenings("Fire swept through the hall."), "no word before it");
    }

    @Test
    void theVerbsThatMakeFireGunfireAreAWordList() {
        assertFalse(EventExtractor.SHOOTING_FIRE.isEmpty());
        for (String w : EventExtractor.SHOOTING_FIRE) {
            assertEquals(w.strip().toLowerCase(java.util.Locale.ROOT), w);
        }
        assertTrue(EventExtractor.SHOOTING_FIRE.containsAll(Set.of("opened", "returned", "exchanged")));
        assertFalse(EventExtractor.SHOOTING_FIRE.contains("set"), "'set fire to' is a blaze");
        assertEquals("opened", EventExtractor.wordBefore("the gunman opened  fire", 19));
    }

    @Test
    void aBlockOfAStreetEndsWithTheWordThatEndsTheStreetsName() {
        assertEquals("400 block of Main Street", EventExtractor.streetEnd("400 block of Main Street Tuesday"));
        assertEquals("12000 block of East 223rd St.", EventExtractor.streetEnd("12000 block of East 223rd St."));
        assertNull(EventExtractor.streetEnd("2500 block of Oregon 214"), "no word that ends a street's name");
        assertNull(EventExtractor.streetEnd("100 block of Street"), "a street needs a name");
    }

    /** The venue {@link EventExtractor#venue} reads in a sentence, or null. */
    private static String venue(String sentence) {
        int[] v = EventExtractor.venue(sentence);
        return v == null ? null : sentence.substring(v[0], v[1]);
    }

    @Test
    void aVenueEndsAtItsNoun() {
        assertEquals("the break room", venue("Two were shot in the break room on Friday."));
        assertEquals("the break room", venue("Two were shot in the break room where they ate."));
        assertEquals("the employee lounge", venue("She walked into the employee lounge and fired."));
        assertEquals("outside a hotel", venue("He was arrested outside a hotel."));
        assertEquals("a hospice", venue("She died at a hospice near her home."), "a preposition of place may follow the venue");
        assertEquals("the nursing home", venue("She died at the nursing home in Lindor."));
        assertEquals("Outside the courthouse", venue("Outside the courthouse, a deputy was shot."));
        assertEquals("near the stadium", venue("A bomb exploded near the stadium."));
        assertEquals("a parking lot", venue("He was shot in a parking lot."), "a noun of two words");
        assertEquals("the hotel lobby", venue("He was shot in the hotel lobby."), "the last noun ends it");
        assertEquals("the stairs", venue("The man was shot on the stairs."));
        assertEquals("the courtroom", venue("He burst into the courtroom and shot the judge."));
    }

    @Test
    void noVenueWithoutItsNounAtTheEnd() {
        assertNull(venue("He was arrested in his home state."), "a noun before another noun");
        assertNull(venue("It was the worst fire in the club's history."), "a possessive");
        assertNull(venue("He was arrested in the morning."));
        assertNull(venue("He was charged in a deadly office Christmas party shooting."), "a name after the noun");
        assertEquals("the lobby", venue("He was shot in the lobby Tuesday night."), "a day after the noun");
        assertNull(venue("He was arrested in Lindor."));
        assertNull(venue("He was arrested at home."), "no determiner");
        assertNull(venue("The store was attacked."), "no preposition");
    }

    @Test
    void theVenueNounsAreListedFoldedAndEachIsRead() {
        assertTrue(EventExtractor.VENUE_NOUNS.contains("courtroom"));
        for (String noun : EventExtractor.VENUE_NOUNS) {
            assertEquals(noun, noun.strip().toLowerCase(java.util.Locale.ROOT), noun);
            assertEquals("the " + noun, venue("Two men were attacked in the " + noun + " on Friday."), noun);
        }
    }

    @Test
    void aWordOfAPlaceOnlyGivesItsSentenceAKindForPlacesAlone() {
        assertTrue(EventExtractor.PLACE_TRIGGERS.containsKey("shot"));
        for (var e : EventExtractor.PLACE_TRIGGERS.entrySet()) {
            assertTrue(EventExtractor.WORDS.containsValue(e.getValue()), e.getKey() + ": a kind of happening-triggers.txt");
            assertFalse(EventExtractor.WORDS.containsKey(e.getKey()), e.getKey() + ": not a trigger already");
            List<org.crosscheck.claims.Claim> claims = claims("The man was " + e.getKey() + " in Lindor on Friday.");
            assertEquals(List.of("place " + e.getValue() + " Lindor"), claims.stream().map(EventExtractorTest::describe).toList(), e.getKey());
        }
        assertEquals(List.of(), claims("The film was shot in Lindor by Anna Perl.").stream()
                .filter(c -> !(c instanceof org.crosscheck.claims.PlaceClaim)).toList(), "no happening of its own");
        assertEquals(List.of(), places("The Shot Tower in Lindor is old."), "a capitalised word inside the sentence is a name");
    }

    @Test
    void aCapitalisedPrepositionOpensAPlaceOnlyAtTheStartOfItsSentence() {
        assertEquals(List.of("Lindor"), places("In Lindor, a fire destroyed a barn on Monday."));
        assertEquals(List.of("Outside the courthouse"), places("Outside the courthouse, a deputy was attacked."));
        assertEquals(List.of(), places("Research In Motion's phones were launched on Monday."), "part of a name");
        assertEquals(List.of(), places("The band Live At The Lounge was attacked on Monday."), "part of a name");
    }

    @Test
    void aSentenceAfterTheHappeningsOwnMayCarryItsPlace() {
        assertTrue(EventExtractor.CARRIER_WORDS.contains("epicentre"));
        for (String w : EventExtractor.CARRIER_WORDS) {
            assertEquals(w, w.strip().toLowerCase(java.util.Locale.ROOT), w);
            assertTrue(EventExtractor.carries("The " + w + " was in Lindor."), w);
            assertTrue(EventExtractor.carries("It " + w.toUpperCase(java.util.Locale.ROOT) + " in Lindor."), w + " in any case");
        }
        assertFalse(EventExtractor.carries("The weather in Lindor was fine."));
        assertFalse(EventExtractor.carries("The scenery in Lindor was fine."), "a whole word only");
        assertEquals(List.of("near Lindor"), places("A quake struck on Sunday. Its epicentre was near Lindor."));
        assertEquals(List.of(), places("A quake struck on Sunday. The weather in Lindor was fine."));
        assertEquals(List.of(), places("The mayor spoke on Sunday. Its epicentre was near Lindor."), "no happening before");
    }

    @Test
    void eachPlaceSpansItsOwnWords() {
        String body = "Police said the man was shot at 1234 North Elm Ave. near Lindor, outside the  lobby";
        String text = "Published: July 3, 2013 10:00 GMT\nNews\n" + body + "\n";
        List<org.crosscheck.claims.PlaceClaim> places = EventExtractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())))
                .stream().filter(org.crosscheck.claims.PlaceClaim.class::isInstance).map(org.crosscheck.claims.PlaceClaim.class::cast).toList();
        assertEquals(List.of("1234 North Elm Ave.", "near Lindor", "outside the lobby"),
                places.stream().map(org.crosscheck.claims.PlaceClaim::text).toList());
        for (var p : places) {
            assertEquals(p.text(), text.substring(p.span().start(), p.span().end()).replaceAll("\\s+", " "), p.text());
        }
        assertEquals(List.of("1234 Elm Street"), places("The man was shot at 1234 Elm Street.").stream()
                .filter(t -> t.startsWith("1")).toList());
        assertEquals(List.of(), places("The man was shot at 1234 Elmwood."), "no street word");
        assertEquals(List.of(), places("The man was shot at 1234 Elm Streetcar."), "a whole word");
    }

    private static List<org.crosscheck.claims.PlaceClaim> streets(String body) {
        return claims(body).stream().filter(org.crosscheck.claims.PlaceClaim.class::isInstance)
                .map(org.crosscheck.claims.PlaceClaim.class::cast).filter(p -> p.streetName() != null).toList();
    }

    @Test
    void aStreetIsReadAfterAPrepositionAloneOrBeforeItsBuilding() {
        assertEquals(List.of("place arrest Orm Street"), streets("The man was arrested at an Orm Street flat on Friday.").stream()
                .map(EventExtractorTest::describe).toList());
        assertEquals(List.of("Orm Street"), streets("He was arrested in Anna Perl's house on Orm Street.").stream()
                .map(org.crosscheck.claims.PlaceClaim::text).toList(), "after a place that is no street");
        assertEquals(List.of("118th St."), streets("Two men were attacked on 118th St. late on Friday.").stream()
                .map(org.crosscheck.claims.PlaceClaim::text).toList());
        assertEquals(List.of("West Orm Avenue"), streets("Two men were attacked inside the West Orm Avenue shop.").stream()
                .map(org.crosscheck.claims.PlaceClaim::text).toList());
        assertEquals(List.of("Orm Street", "Varth Road"), streets("Two men were attacked on Orm Street and on Varth Road.").stream()
                .map(org.crosscheck.claims.PlaceClaim::text).toList());
        assertEquals(1, streets("Two men were attacked at the Orm Street house.").size(), "read once, though two readings find it");
        assertEquals(List.of(), streets("The mayor walked on Orm Street on Friday."), "no happening");
        assertEquals(List.of(), streets("Two men were attacked at Varth District Court."), "no street");
        assertEquals(List.of(), streets("Two men were attacked near Orm Street."), "near a street is not on it");
        assertEquals(List.of(), streets("Two men were attacked at 12 Orm Street."), "an address, read as one");
        assertEquals(List.of(), streets("Two men were attacked at Orm Streetcar Depot."), "a whole word");
        assertEquals(List.of(), streets("Two men were attacked by The On Orm Street Band."), "a capitalised preposition inside a sentence");
        org.crosscheck.claims.PlaceClaim p = streets("Two men were attacked on Orm Street. A bus stops on Varth Rd. near it.").get(0);
        assertEquals(Set.of("street:orm street", "street:varth road"), p.namesInDocument(), "every street the document names");
    }

    @Test
    void theStreetsADocumentNamesHaveEachTail() {
        assertEquals(Set.of("street:orm street", "street:north orm street"), EventExtractor.streetsNamed("It lies on North Orm Street."));
        assertEquals(Set.of("street:orm street"), EventExtractor.streetsNamed("The Orm St. flat"));
        assertEquals(Set.of("street:118th avenue"), EventExtractor.streetsNamed("at 12 118th Ave, police said"));
        assertEquals(Set.of(), EventExtractor.streetsNamed("The street was closed; Varth Court sat; Orm Streets played."));
    }

    @Test
    void aPlaceAfterANounOfPlacesAndOfIsTheNamedPlace() {
        assertTrue(org.crosscheck.claims.PlaceClaim.PLACE_NAME_NOUNS.contains("village"));
        assertFalse(org.crosscheck.claims.PlaceClaim.PLACE_NAME_NOUNS.contains("capital"), "the capital of a country is not the country");
        for (String noun : org.crosscheck.claims.PlaceClaim.PLACE_NAME_NOUNS) {
            assertEquals(noun, noun.strip().toLowerCase(java.util.Locale.ROOT), noun);
            assertEquals(List.of("place attack Orwen"), claims("Two men were shot in the " + noun + " of Orwen on Friday.").stream()
                    .filter(org.crosscheck.claims.PlaceClaim.class::isInstance).map(EventExtractorTest::describe).toList(), noun);
        }
        assertEquals(List.of("near the town of Kessel"), places("Two men were shot near the town of Kessel on Monday."), "a relation keeps its words");
        assertEquals(List.of(), places("Two men were shot in the capital of Varmont."), "not a noun of the list");
        assertEquals(List.of(), places("Two men were shot in the village hall of Orwen."), "the noun right before 'of'");
        assertEquals(List.of(), places("Two men were shot in the village on Friday."), "the noun alone names no place");
        assertEquals(List.of(), places("The mayor lives in the village of Orwen."), "no happening");
    }

    @Test
    void aPersonFoundDeadGivesTheDeathItsPlace() {
        assertEquals(List.of("place death Kessel", "place death a hotel room"),
                claims("The singer was found dead in a hotel room in Kessel on Monday.").stream().map(EventExtractorTest::describe).toList());
        assertEquals(List.of(), places("The singer found deadlines in Kessel hard."), "whole words");
    }

    @Test
    void aNameBeforeANounOfAnAffairIsNoPlace() {
        assertTrue(EventExtractor.AFFAIR_NOUNS.contains("scandal"));
        for (String noun : EventExtractor.AFFAIR_NOUNS) {
            assertEquals(noun, noun.strip().toLowerCase(java.util.Locale.ROOT), noun);
            assertEquals(List.of("Kessel"), places("A key player in the Orlin " + noun + " was shot in Kessel on Friday."), noun);
        }
        assertEquals(List.of("Orlin"), places("A man was shot in Orlin scandalously."), "a whole word");
        assertEquals(List.of("Orlin"), places("A man was shot in Orlin on Friday."));
        assertTrue(EventExtractor.beforeAffairNoun("the Orlin case", 9));
        assertFalse(EventExtractor.beforeAffairNoun("the Orlin case", 10), "the next word only, after a space");
        assertFalse(EventExtractor.beforeAffairNoun("the Orlin", 9));
    }

    @Test
    void aPlaceWhereAPersonLivesOrWasBornIsPassedOver() {
        assertTrue(EventExtractor.HOME_PLACE_WORDS.contains("lived"));
        for (String w : EventExtractor.HOME_PLACE_WORDS) {
            assertEquals(w, w.strip().toLowerCase(java.util.Locale.ROOT), w);
            assertEquals(List.of("Kessel"), places("The man, " + w + " in Orwen, was shot in Kessel on Friday."), w);
        }
        assertEquals(List.of("Kessel"), places("Born in the village of Orwen, the man was shot in Kessel."));
        assertEquals(List.of(), places("The man who was shot lived in Orwen."), "no other place");
        assertEquals(List.of("Orwen"), places("The man was shot in Orwen, where he lived."), "the word before the preposition only");
    }
    @Test
    void anAddressIsSoughtOnlyInASentenceWithADigit() {
        assertTrue(EventExtractor.hasAsciiDigit("at 0 Orm Street"));
        assertTrue(EventExtractor.hasAsciiDigit("Orm Street 9"));
        assertFalse(EventExtractor.hasAsciiDigit("at Orm Street"));
        assertFalse(EventExtractor.hasAsciiDigit(""));
        assertFalse(EventExtractor.hasAsciiDigit("at /: Orm Street"), "the characters beside 0 and 9 are no digits");
        assertFalse(EventExtractor.hasAsciiDigit("at \u0663 Orm Street"), "an Arabic-Indic digit is no \\d to the pattern");
        // Addresses are read as before, with the digits at either end of 0 to 9.
        assertTrue(places("Two men were attacked at 90 Orm Street on Friday.").contains("90 Orm Street"));
        assertTrue(places("Two men were attacked outside 9 North Varth Ave. on Friday.").contains("9 North Varth Ave."));
        assertFalse(places("Two men were attacked at Orm Street on Friday.").stream().anyMatch(p -> p.matches("\\d.*")));
    }
}
