package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.claims.AttributeClaim;
import org.crosscheck.claims.Claim;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.corpus.Document;
import org.crosscheck.claims.DateClaim;
import org.crosscheck.claims.Span;
import org.crosscheck.text.Literals;

/**
 * Four readers search a sentence (a paragraph, for the moments of plays) only when one of their cue
 * words stands there as a word of its own ({@link Literals#containsWordIgnoringAsciiCase}): on any
 * text made of cue words, the same letters inside longer words, names, counts and punctuation, each
 * reads what it reads searching every text that holds the cue words' letters anywhere. Sentences
 * written for the test.
 */
class WordGateProperties {

    /** Words beside the cues: letters of a cue inside a longer word, a digit or a hyphen against one, punctuation. */
    private static final List<String> AROUND = List.of(
            "Ann Roe", "Pierce Lund", "Mr.", "the", "a", "and", "was", "is", "in", "of", "by", "on", ",", ".", "(", ")", "-",
            "5", "14", "twenty", "Seven", "THREE", "first", "second", "half", "times", "injured", "stand", "golden", "reddish",
            "5red", "red-", "-red", "white,", "\u00e9red", "red\u00e9", "display", "played", "plays", "snapshot", "white",
            "grounds", "hitter", "shadows", "headed", "hadn't", "scoreds", "\u212aickoff");

    private static Arbitrary<String> texts(List<String> cues) {
        List<String> words = new ArrayList<>(AROUND);
        words.addAll(cues);
        return Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(14).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<String> colours() {
        return texts(List.of("red", "Red", "RED", "tan", "gold", "silver", "grey", "Ford", "Toyota", "ford", "2009", "Focus",
                "a red Ford Focus", "the white Toyota", "A silver 2009 Honda Civic"));
    }

    @Provide
    Arbitrary<String> moments() {
        return texts(List.of("on the", "On", "opening", "final", "play", "snap", "kickoff", "Kick-off", "play from scrimmage",
                "game's", "overtime", "on the first play of the second half", "on the opening kickoff",
                "On the game's final play", "on the first snap of the game", "on the opening kick-off", "on the second half's first Kickoff"));
    }

    @Provide
    Arbitrary<String> tallies() {
        return texts(List.of("scored", "had", "Had", "added", "pulled down", "finished with", "grabbed", "threw for",
                "goals", "rebounds", "assists", "yards", "Ann Roe scored two goals", "Ann Roe had twenty rebounds and 5 assists",
                "Pierce Lund threw for 300 yards"));
    }

    @Provide
    Arbitrary<String> shootings() {
        return texts(List.of("shot", "hit", "struck", "shooting", "hitting", "striking", "Shot", "bullets", "rounds", "shots",
                "entered", "pierced", "was shot 5 times", "Roe was hit by seven bullets", "Seven bullets hit Pierce Lund",
                "striking Ann Roe three times", "shooting Lund 14 times"));
    }

    @Provide
    Arbitrary<String> streets() {
        return texts(List.of("fire", "A fire broke out", "shooting", "Street", "street", "St.", "St", "Avenue", "Ave.", "Road",
                "Rd", "3rd", "Lane", "Way", "Drive", "Streetcar", "Roadside", "Stone", "Elm", "Orm", "Main", "on", "at", "into",
                "flat", "house", "12", "400", "118th", "on Orm Street", "at an Elm Avenue flat", "at 12 Main St.",
                "in the 3rd Street house", "near 400 Orm Road", "."));
    }

    private static List<Claim> events(String text, boolean gated) {
        return EventExtractor.extract(Cleaner.clean(new Document("d", "d.txt", text, List.of())), gated);
    }

    private static List<People.Mention> people(String text) {
        List<People.Mention> here = new ArrayList<>();
        for (String[] p : new String[][] {{"Ann Roe", "Ann Roe"}, {"Pierce Lund", "Pierce Lund"}}) {
            if (text.contains(p[0])) {
                here.add(TestPeople.mention(text, p[0], p[1]));
            }
        }
        return here;
    }

    private static List<AttributeClaim> colour(String text, boolean gated) {
        List<AttributeClaim> out = new ArrayList<>();
        VehicleColours.sentence(text, "d", 0, text.length(), DateClaim.NO_DAY, null, out, gated);
        return out;
    }

    private static List<AttributeClaim> tally(String text, boolean gated) {
        List<AttributeClaim> out = new ArrayList<>();
        GameTallies.sentence(text, "d", 0, text.length(), people(text), DateClaim.NO_DAY, null, out, gated);
        return out;
    }

    private static List<AttributeClaim> shooting(String text, boolean gated) {
        List<AttributeClaim> out = new ArrayList<>();
        List<People.Mention> here = people(text);
        TimesShot.sentence(text, "d", 0, text.length(), here, null, DateClaim.NO_DAY, null, out, gated);
        return out;
    }

    @Property(tries = 2000)
    void aSentencePassedOverGivesNoColourSearchingItWouldGive(@ForAll("colours") String text) {
        assertEquals(colour(text, false), colour(text, true), text);
    }

    @Property(tries = 2000)
    void aParagraphPassedOverGivesNoMomentSearchingItWouldGive(@ForAll("moments") String text) {
        assertEquals(PlayLengths.moments(text, 0, text.length(), false), PlayLengths.moments(text, 0, text.length(), true), text);
        // A region inside the text: its ends are boundaries, as for the pattern.
        int from = Math.min(3, text.length());
        int to = Math.max(from, text.length() - 2);
        assertEquals(PlayLengths.moments(text, from, to, false), PlayLengths.moments(text, from, to, true), text);
    }

    @Property(tries = 2000)
    void aSentencePassedOverGivesNoTallySearchingItWouldGive(@ForAll("tallies") String text) {
        assertEquals(tally(text, false), tally(text, true), text);
    }

    @Property(tries = 2000)
    void aSentencePassedOverGivesNoShootingSearchingItWouldGive(@ForAll("shootings") String text) {
        assertEquals(shooting(text, false), shooting(text, true), text);
    }

    @Property(tries = 1500)
    void aSentencePassedOverGivesNoStreetNorAddressSearchingItWouldGive(@ForAll("streets") String text) {
        assertEquals(events(text, false), events(text, true), text);
    }

    @Example
    void theGeneratedTextsGiveWhatEachReaderReads() {
        assertTrue(events("A fire broke out on Orm Street.", true).stream().anyMatch(c -> c.text().equals("Orm Street")));
        assertTrue(events("A fire broke out at 12 Main St. today.", true).stream().anyMatch(c -> c.text().startsWith("12 Main")));
        assertFalse(colour("Police sought a red Ford Focus.", true).isEmpty());
        assertEquals(List.of(new Span(13, 49)), PlayLengths.moments("He ran it in on the first play of the second half.", 0, 50, true));
        assertFalse(tally("Ann Roe scored two goals in the win.", true).isEmpty());
        assertFalse(PlayLengths.moments("He ran on the opening kick-off.", 0, 30, true).isEmpty());
        assertFalse(shooting("Pierce Lund was shot 5 times.", true).isEmpty());
        assertFalse(shooting("Seven bullets hit Pierce Lund in the attack.", true).isEmpty());
    }

    @Example
    void aCueInsideALongerWordIsNoCue() {
        assertFalse(Literals.containsWordIgnoringAsciiCase("two were injured by it", 0, 22, "red", "tan"));
        assertTrue(Literals.containsWordIgnoringAsciiCase("a RED van", 0, 9, "red", "tan"));
        assertFalse(PlayLengths.moments("He played on the display.", 0, 25, false).size() > 0);
        assertTrue(colour("Two were injured in the stand.", true).isEmpty());
    }
}
